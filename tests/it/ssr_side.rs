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

/// Every labelled muscle of chapters 4 and 5 and the bend is a hotspot, as in chapter 2: in
/// each language's prerendered page, each drawing of the figure has one focusable shape per
/// muscle, named "name: job" from content, lying on the muscle's own drawn outline; the
/// drawing around them is a group, not an image; the info line under it has the hint and
/// one line per muscle, and the stylesheet shows each muscle's line for its hotspot.
#[test]
fn every_labelled_muscle_of_the_side_views_is_a_hotspot() {
    use hip_explainer::diagram::spots::{self, spots_css};
    let css = spots_css();
    for lang in content::languages() {
        let c = content::load_lang(lang).expect("language loads");
        content::set_language(lang);
        let html = render_blocking().app_html;
        for id in ["hamstrings-side", "pelvis-side", "bend-forward"] {
            let f = c
                .chapters
                .iter()
                .flat_map(|ch| ch.figures())
                .find(|f| f.id == id)
                .unwrap_or_else(|| panic!("{lang}: figure {id}"));
            assert!(!f.muscles.is_empty(), "{lang} {id}: muscles in content");
            let at = html
                .find(&format!("<figure id=\"fig-{id}\""))
                .unwrap_or_else(|| panic!("{lang} {id}"));
            let figure = &html[at..at + html[at..].find("</figure>").expect("figure ends")];
            let drawings = figure.split("<svg").skip(1).count();
            assert!(drawings >= 1, "{lang} {id}: a drawing");
            for svg in figure.split("<svg").skip(1) {
                let open = &svg[..svg.find('>').expect("svg tag")];
                assert!(open.contains("role=\"group\""), "{lang} {id}: a group");
            }
            // Every muscle whose label is drawn (in this figure, or in a panel) has a hotspot.
            for m in &f.muscles {
                assert!(
                    f.labels
                        .iter()
                        .any(|l| l.id == m.id || l.id.ends_with(&format!("-{}", m.id))),
                    "{lang} {id}: {} is labelled",
                    m.id
                );
                assert!(spots::IDS.contains(&m.id.as_str()), "{}", m.id);
                let name = escape(&format!("{}: {}", m.name, m.job));
                let spot = format!(
                    "<path class=\"dg-spot\" data-id=\"{}\" tabindex=\"0\" role=\"img\" aria-label=\"{name}\" d=\"M",
                    m.id
                );
                assert_eq!(
                    figure.matches(&spot).count(),
                    drawings,
                    "{lang} {id}: one hotspot for {} per drawing",
                    m.id
                );
                let line = format!("<span data-for=\"{}\"><strong class=\"muscle-info-name\">{}</strong>: {}</span>", m.id, escape(&m.name), escape(&m.job));
                assert!(figure.contains(&line), "{lang} {id}: info line of {}", m.id);
                assert!(
                    css.contains(&format!(
                        ".diagram:has(.dg-spot[data-id=\"{0}\"]:is(:hover, :focus)) .spot-words [data-for=\"{0}\"]",
                        m.id
                    )),
                    "{}: shown by the stylesheet",
                    m.id
                );
            }
            assert_eq!(
                figure.matches("class=\"dg-spot\"").count(),
                f.muscles.len() * drawings,
                "{lang} {id}: every hotspot has its class"
            );
            let hint = escape(f.hint.as_deref().unwrap_or_default());
            assert!(
                figure.contains(&format!("<span data-for=\"\">{hint}</span>")),
                "{lang} {id}: the hint"
            );
        }
    }
    content::set_language("en");
}

/// A hotspot covers exactly the drawn outlines of the muscle it names (its leader's dot is
/// on them), in every drawing and at every end of the slider.
#[test]
fn each_hotspot_is_its_muscles_own_outline() {
    use hip_explainer::diagram::bend_forward::{bend_forward, Panel};
    use hip_explainer::diagram::hamstrings_side::hamstrings_side;
    use hip_explainer::diagram::pelvis_side::pelvis_side;
    use hip_explainer::diagram::scene::Shape;
    use hip_explainer::diagram::spots::{members, spot_path};
    let scenes = [
        (
            hamstrings_side(0.0, &[]),
            vec![
                "gluteus-medius",
                "biceps-femoris-long",
                "biceps-femoris-short",
                "semitendinosus",
                "semimembranosus",
            ],
        ),
        (
            hamstrings_side(100.0, &[]),
            vec!["gluteus-medius", "semitendinosus"],
        ),
        (pelvis_side(0.0, &[]), vec!["hamstrings"]),
        (pelvis_side(100.0, &[]), vec!["hamstrings"]),
        (bend_forward(Panel::Relaxed, &[]), vec!["hamstrings"]),
        (bend_forward(Panel::Tight, &[]), vec!["hamstrings"]),
    ];
    for (scene, ids) in scenes {
        for id in ids {
            let d = spot_path(&scene, id);
            assert!(d.starts_with('M'), "{id}: drawn");
            let parts: Vec<&str> = scene
                .shapes
                .iter()
                .filter_map(|s| match s {
                    Shape::Path { id: i, d, .. } if members(id).contains(i) => Some(d.as_str()),
                    _ => None,
                })
                .collect();
            assert!(!parts.is_empty(), "{id}");
            assert_eq!(d, parts.join(" "), "{id}: the muscle's own outlines");
        }
    }
    assert!(spot_path(&pelvis_side(50.0, &[]), "femur").is_empty());
}
