//! The server-rendered page holds the chapter 4-5 figures with their names, descriptions,
//! controls, readouts and labels, and nothing interactive inside any image.

use hip_explainer::content;
use hip_explainer::prerender::render_blocking;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn the_side_view_figures_are_prerendered_with_words_and_controls() {
    let html = render_blocking().app_html;
    let figures: Vec<_> = content::load()
        .chapters
        .iter()
        .flat_map(|c| c.figures())
        .filter(|f| ["hamstrings-side", "pelvis-side", "bend-forward"].contains(&f.id.as_str()))
        .collect();
    assert_eq!(figures.len(), 3);
    for f in figures {
        let id = &f.id;
        assert!(html.contains(&format!("<figure id=\"fig-{id}\"")), "{id}");
        assert!(
            html.contains(&format!("aria-describedby=\"fig-{id}-desc\"")),
            "{id}"
        );
        assert!(html.contains(&escape(&f.caption)), "{id} caption");
        for p in &f.description {
            assert!(html.contains(&escape(p)), "{id} description");
        }
        assert!(
            html.contains(&escape(f.note.as_deref().unwrap_or_default())),
            "{id} note"
        );
        for a in &f.labels {
            for word in a.text.split_whitespace() {
                assert!(html.contains(&escape(word)), "{id}: label word {word:?}");
            }
        }
        if f.panels.is_empty() {
            assert!(html.contains(&format!(
                "<title id=\"fig-{id}-name\">{}</title>",
                escape(&f.name)
            )));
            assert!(
                html.contains(&format!("id=\"{id}-stabilizer-strength\"")),
                "{id} slider"
            );
            assert!(
                html.contains(&format!("id=\"{id}-readout\"")),
                "{id} readout"
            );
        } else {
            for p in &f.panels {
                assert!(html.contains(&format!(
                    "<title id=\"fig-{id}-{}-name\">{}</title>",
                    p.id,
                    escape(&p.title)
                )));
            }
        }
    }
    // No control inside any image (a drawing that is a group of controls is not an image).
    for svg in html.split("<svg").skip(1) {
        let svg = &svg[..svg.find("</svg>").unwrap_or(svg.len())];
        if !svg[..svg.find('>').unwrap_or(0)].contains("role=\"img\"") {
            continue;
        }
        for tag in ["<input", "<button", "<a ", "tabindex"] {
            assert!(!svg.contains(tag), "{tag} inside an image");
        }
    }
}
