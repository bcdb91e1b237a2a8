//! The atlas look (`diagram::look`) holds together: every page that draws with it carries
//! its gradients once, the stylesheet fills only with gradients that exist (each with a plain
//! colour after it, for a page without them), and every gradient has its colours in both
//! themes.

use hip_explainer::diagram::look::PAINTS;
use hip_explainer::prerender::{render_blocking, render_embed_blocking, render_gallery_blocking};

fn stylesheet() -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join("static/diagram.css")).expect("diagram.css")
}

#[test]
fn every_page_drawn_in_the_atlas_look_carries_its_gradients_once() {
    for (page, html) in [
        ("index", render_blocking().app_html),
        ("embed", render_embed_blocking().app_html),
        ("figures", render_gallery_blocking().app_html),
    ] {
        assert!(html.contains("dg-atlas-bone"), "{page} draws atlas bones");
        assert_eq!(html.matches("class=\"dg-paints\"").count(), 1, "{page}");
        for p in PAINTS {
            assert_eq!(
                html.matches(&format!("id=\"{}\"", p.id)).count(),
                1,
                "{page}: {}",
                p.id
            );
        }
    }
}

#[test]
fn the_stylesheet_fills_only_with_gradients_that_exist_and_colours_each_in_both_themes() {
    let css = stylesheet();
    let mut used = 0;
    for (at, _) in css.match_indices("url(#") {
        let rest = &css[at + "url(#".len()..];
        let id = &rest[..rest.find(')').expect("a closing parenthesis")];
        assert!(PAINTS.iter().any(|p| p.id == id), "unknown paint {id}");
        // A plain colour after the gradient, so a page without it still fills the shape.
        let after = rest[id.len() + 1..].trim_start();
        assert!(
            after.starts_with("var(") || after.starts_with('#'),
            "{id}: no fallback colour"
        );
        used += 1;
    }
    assert!(used >= PAINTS.len(), "every paint is used");
    for p in PAINTS {
        let rule = format!("#{} {{ --dg-stop-0:", p.id);
        let at: Vec<usize> = css.match_indices(&rule).map(|(i, _)| i).collect();
        assert_eq!(at.len(), 2, "{}: its stops in light and dark", p.id);
        // The first at the top level (a line of its own), the second indented in the dark
        // theme's block.
        assert!(css[..at[0]].ends_with('\n'), "{}: light", p.id);
        assert!(css[..at[1]].ends_with("\n  "), "{}: dark", p.id);
        let block = css[..at[1]].rfind("@media").expect("a media block");
        assert!(
            css[block..].starts_with("@media (prefers-color-scheme: dark)"),
            "{}: dark",
            p.id
        );
    }
}
