//! The clinicians' review page as the server renders it: complete by construction, and the
//! report link only where the build gave one.

use hip_explainer::content::{self, claims::claims, Block};
use hip_explainer::prerender::{render_blocking, render_clinicians_blocking};

/// Visible text of some HTML: tags dropped, the entities Yew writes decoded, spaces folded.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Content text as the page shows it (the `*term*` marks become plain words).
fn shown(s: &str) -> String {
    s.replace('*', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_evidence_note_of_the_article_is_on_the_clinicians_page() {
    let c = content::load();
    let page = text(&render_clinicians_blocking(None).app_html);
    let notes: Vec<&str> = c
        .chapters
        .iter()
        .flat_map(|ch| &ch.blocks)
        .filter_map(|b| match b {
            Block::Evidence { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert!(notes.len() >= 10, "{} notes", notes.len());
    assert_eq!(claims(c).len(), notes.len());
    for n in notes {
        assert!(page.contains(&shown(n)), "missing note: {n}");
    }
    // And the main page shows the same notes.
    let main = text(&render_blocking().app_html);
    for cl in claims(c) {
        assert!(main.contains(&shown(cl.note)), "{}", cl.note);
        assert!(
            page.contains(&shown(cl.claim)),
            "claim of {:?} missing",
            cl.note
        );
        for r in cl.refs {
            let cite = &c
                .site
                .references
                .iter()
                .find(|x| &x.id == r)
                .unwrap()
                .citation;
            assert!(page.contains(&shown(cite)), "{r}");
        }
    }
}

#[test]
fn every_figure_says_what_it_simplifies_and_the_review_date_shows() {
    let c = content::load();
    let html = render_clinicians_blocking(None).app_html;
    let page = text(&html);
    for f in c.chapters.iter().flat_map(|ch| ch.figures()) {
        assert!(page.contains(&shown(&f.name)), "{}", f.id);
        let note = c
            .clinicians
            .drawings
            .iter()
            .find(|d| d.figure == f.id)
            .unwrap();
        for p in &note.text {
            assert!(page.contains(&shown(p)), "{}", f.id);
        }
    }
    assert!(html.contains(&format!("datetime=\"{}\"", c.site.reviewed)));
    assert!(page.contains(&c.site.reviewed_display));
}

#[test]
fn the_report_link_is_the_one_the_build_gave_and_nothing_is_invented_without_one() {
    let k = &content::load().clinicians;
    let with = render_clinicians_blocking(Some("mailto:review@clinic.example")).app_html;
    assert!(
        with.contains("href=\"mailto:review@clinic.example\""),
        "{with}"
    );
    assert!(!text(&with).contains(&k.report_missing));
    let without = render_clinicians_blocking(None).app_html;
    assert!(!without.contains("mailto:"));
    assert!(text(&without).contains(&k.report_missing));
}

#[test]
fn the_main_page_links_to_the_clinicians_page() {
    let html = render_blocking().app_html;
    assert!(html.contains("href=\"clinicians.html\""));
}
