//! The embedded page, the clinic slot and the help page as the server renders them.

use hip_explainer::content::{self, Block};
use hip_explainer::prerender::{render_blocking, render_embed_blocking, render_help_blocking};
use hip_explainer::settings::KEYS;

/// The clinic slot's markup in a rendered page.
fn clinic_slot(html: &str) -> &str {
    let start = html
        .find("data-clinic-slot")
        .expect("the page has a clinic slot");
    let start = html[..start].rfind("<div").unwrap();
    let end = start + html[start..].find("</div>").unwrap();
    &html[start..end]
}

#[test]
fn the_clinic_slot_is_neutral_with_empty_hidden_places_for_a_clinic() {
    let words = content::load()
        .chapters
        .iter()
        .flat_map(|c| &c.blocks)
        .find_map(|b| match b {
            Block::Clinic { clinic } => Some(clinic.clone()),
            _ => None,
        })
        .unwrap();
    for html in [render_blocking().app_html, render_embed_blocking().app_html] {
        let slot = clinic_slot(&html);
        assert!(slot.contains(&words.default_text), "{slot}");
        // No clinic is invented: the name is empty, and no link has an address.
        assert!(
            slot.contains("<strong><bdi class=\"clinic-name\"></bdi></strong>"),
            "{slot}"
        );
        assert!(!slot.contains("href="), "{slot}");
        assert!(
            slot.contains("hidden=\"hidden\" class=\"clinic-named\""),
            "{slot}"
        );
        assert!(
            slot.contains("hidden=\"hidden\" class=\"clinic-actions\""),
            "{slot}"
        );
    }
    // The slot sits in "When to get help", after the part on seeing a physical therapist.
    let ch7 = content::load()
        .chapters
        .iter()
        .find(|c| c.slug == "when-to-get-help")
        .unwrap();
    let i = ch7
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Clinic { .. }))
        .expect("chapter 7 has the clinic slot");
    assert!(ch7.blocks[..i]
        .iter()
        .any(|b| matches!(b, Block::Paragraph { text } if text.contains("physical therapist"))));
}

#[test]
fn the_embedded_page_has_no_site_header_and_chapters_that_open_and_close() {
    let page = render_embed_blocking();
    let html = &page.app_html;
    assert!(!html.contains("site-header"));
    assert!(!html.contains("class=\"toc\""));
    assert_eq!(html.matches("<h1").count(), 1);
    let chapters = &content::load().chapters;
    assert_eq!(
        html.matches("class=\"chapter-details\"").count(),
        chapters.len()
    );
    assert_eq!(
        html.matches("<details open=\"open\" class=\"chapter-details\"")
            .count(),
        1
    );
    for ch in chapters {
        assert!(html.contains(&format!("<section id=\"{}\"", ch.slug)));
    }
    // Interactive figures are still islands, prerendered complete.
    assert!(html.contains("data-island=\"hip-front\""));
    assert!(html.contains("id=\"no-storage\""));
    assert!(!html.contains("style=\""));
}

#[test]
fn the_main_page_is_unchanged_by_embed_mode() {
    let html = render_blocking().app_html;
    assert!(html.contains("site-header"));
    assert!(!html.contains("chapter-details"));
    assert!(!html.contains("no-storage"));
}

#[test]
fn the_help_page_has_three_snippets_and_every_setting() {
    let html = render_help_blocking("https://explainer.example.org", "sha384-TESTVALUE").app_html;
    assert_eq!(html.matches("<pre").count(), 3);
    assert!(html.contains("https://explainer.example.org/embed.js"));
    // The script is pinned by the integrity value the build computes, and fetched with CORS.
    assert!(html.contains("integrity=\"sha384-TESTVALUE\""));
    assert!(html.contains("crossorigin=\"anonymous\""));
    // The sample clinic page is the demo folder.
    assert!(html.contains("<a href=\"demo/\">"));
    assert!(html.contains("https://explainer.example.org/embed.html?"));
    for k in KEYS {
        assert!(
            html.contains(&format!("<code>data-{k}</code>")),
            "setting {k} is documented"
        );
    }
    // The help text lists exactly the settings the parser knows.
    let ids: Vec<&str> = content::load()
        .embed
        .help
        .settings
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids, KEYS);
    // Snippets are shown as text, never as markup.
    assert!(html.contains("&lt;div data-hip-explainer"));
    assert!(!html.contains("<div data-hip-explainer"));
}
