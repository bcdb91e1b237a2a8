//! The server-rendered page: every word and the chapter-1 diagram are in the HTML.

use hip_explainer::content;
use hip_explainer::prerender::render_blocking;

fn page() -> String {
    render_blocking().app_html
}

#[test]
fn every_chapter_heading_and_takeaway_is_prerendered() {
    let html = page();
    for ch in &content::load().chapters {
        assert!(
            html.contains(&format!("id=\"{}\"", ch.slug)),
            "section #{} missing",
            ch.slug
        );
        assert!(
            html.contains(&escape(&ch.title)),
            "title of {} missing",
            ch.slug
        );
        assert!(
            html.contains(&escape(&ch.takeaway)),
            "takeaway of {} missing",
            ch.slug
        );
    }
}

#[test]
fn table_of_contents_links_to_every_chapter() {
    let html = page();
    for ch in &content::load().chapters {
        assert!(html.contains(&format!("href=\"#{}\"", ch.slug)));
    }
}

#[test]
fn chapter_one_figure_has_name_description_and_controls() {
    let html = page();
    let f = content::load().chapters[0].figures().next().unwrap();
    assert!(html.contains("<figure id=\"fig-hip-front\""));
    assert!(html.contains("role=\"img\""));
    assert!(html.contains("aria-describedby=\"fig-hip-front-desc\""));
    assert!(html.contains("aria-labelledby=\"fig-hip-front-name\""));
    assert!(html.contains(&format!(
        "<title id=\"fig-hip-front-name\">{}</title>",
        escape(&f.name)
    )));
    assert!(html.contains(&escape(&f.description[0])));
    assert!(html.contains(&escape(&f.caption)));
    for id in ["hip-flexion", "hip-abduction", "hip-rotation"] {
        assert!(html.contains(&format!("id=\"hip-front-{id}\"")), "{id}");
    }
    // Every label text is drawn.
    for a in &f.labels {
        for word in a.text.split_whitespace() {
            assert!(html.contains(&escape(word)), "label word {word:?} missing");
        }
    }
    // Nothing interactive inside the image: its controls live outside role=img.
    let svg_start = html.find("<svg").unwrap();
    let svg = &html[svg_start..svg_start + html[svg_start..].find("</svg>").unwrap()];
    for tag in ["<input", "<button", "<a ", "tabindex"] {
        assert!(!svg.contains(tag), "{tag} inside the image");
    }
}

#[test]
fn chapter_two_figure_has_name_description_list_and_layer_toggle() {
    let f = hip_explainer::content::load().chapters[1]
        .figures()
        .find(|f| f.id == hip_explainer::diagram::stabilizers_back::FIGURE_ID)
        .expect("chapter 2's figure")
        .clone();
    // The whole prerendered page: the static frame with the filled island inside it.
    let page = hip_explainer::prerender::render_blocking().app_html;
    let start = page
        .find("<figure id=\"fig-stabilizers-back\"")
        .expect("chapter 2's figure frame");
    let html = &page[start..start + page[start..].find("</figure>").unwrap()];
    // Not hydrated: a small tool works on this markup in place.
    assert!(html.contains("data-island=\"muscles\""));
    assert!(html.contains("aria-describedby=\"fig-stabilizers-back-desc\""));
    assert!(html.contains(&format!(
        "<title id=\"fig-stabilizers-back-name\">{}</title>",
        escape(&f.name)
    )));
    assert!(html.contains(&escape(&f.description[0])));
    assert!(html.contains(&escape(&f.caption)));
    // The drawing is a group of focusable muscle buttons, not a flat image.
    let at = html.find("scene dg-back").expect("the back-view svg");
    let start = html[..at].rfind("<svg").unwrap();
    let svg = &html[start..start + html[start..].find("</svg>").unwrap()];
    assert!(svg.contains("role=\"group\""));
    assert!(!svg.contains("role=\"img\""));
    for m in &f.muscles {
        // Every muscle is listed as a toggle button; all but the hidden layer are in the drawing.
        assert!(html.contains(&format!(
            "data-id=\"{}\" aria-pressed=\"false\" class=\"muscle-button\"",
            m.id
        )));
        assert!(html.contains(&escape(&m.name)));
        let label = format!(
            "aria-label=\"{}\"",
            escape(&format!("{}: {}", m.name, m.job))
        );
        // Every muscle is in the drawing; the gluteus maximus layer starts switched off.
        assert!(svg.contains(&label), "{}", m.id);
        let at = svg.find(&label).unwrap();
        let group = &svg[svg[..at].rfind("<g ").unwrap()..at + svg[at..].find('>').unwrap()];
        assert_eq!(
            group.contains("is-off"),
            m.id == "gluteus-maximus",
            "{}",
            m.id
        );
        // Its info line is ready in the page, hidden until the muscle is picked.
        assert!(html.contains(&format!("<span data-for=\"{}\" hidden=\"hidden\">", m.id)));
        assert!(html.contains(&escape(&m.job)));
    }
    let t = f.toggle("gluteus-maximus").unwrap();
    assert!(html.contains("id=\"stabilizers-back-gluteus-maximus\" aria-pressed=\"false\""));
    assert!(html.contains(&escape(&t.label)));
    assert!(html.contains(&escape(f.hint.as_deref().unwrap())));
    assert!(svg.contains("data-id=\"sciatic-nerve\""));
}

#[test]
fn evidence_notes_link_to_references_that_exist() {
    let html = page();
    let site = &content::load().site;
    for r in &site.references {
        assert!(
            html.contains(&format!("href=\"#ref-{}\"", r.id)),
            "{} never cited",
            r.id
        );
        assert!(html.contains(&format!("id=\"ref-{}\"", r.id)));
    }
}

#[test]
fn the_page_has_one_h1_landmarks_and_a_live_region() {
    let html = page();
    assert_eq!(html.matches("<h1").count(), 1);
    for landmark in ["<header", "<nav", "<main", "<footer"] {
        assert!(html.contains(landmark), "{landmark}");
    }
    assert_eq!(html.matches("aria-live=\"polite\"").count(), 1);
    assert!(html.contains("id=\"interactive-unavailable\""));
}

#[test]
fn no_inline_style_anywhere() {
    let html = page();
    assert!(!html.contains("style=\""));
    assert!(!html.contains("<style"));
    assert!(!html.contains("<script"));
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn chapter_three_figure_has_name_description_buttons_and_chart() {
    let html = page();
    let f = content::load()
        .chapters
        .iter()
        .flat_map(|c| c.figures())
        .find(|f| f.id == "activity-planes")
        .expect("chapter 3 figure");
    assert!(html.contains("<figure id=\"fig-activity-planes\""));
    assert!(html.contains("aria-describedby=\"fig-activity-planes-desc\""));
    assert!(html.contains(&format!(
        "<title id=\"fig-activity-planes-name\">{}</title>",
        escape(&f.name)
    )));
    for p in &f.description {
        assert!(html.contains(&escape(p)), "description paragraph missing");
    }
    assert!(html.contains(&escape(&f.caption)));
    // Six toggle buttons, walking pressed at first, the rest not.
    let picker = f.picker.as_ref().unwrap();
    let at = html.find("id=\"activity-planes-picker\"").expect("picker");
    let group = &html[at..at + html[at..].find("</div></div>").unwrap()];
    assert!(html[..at].ends_with("role=\"group\" ") || group.contains("aria-labelledby"));
    assert_eq!(group.matches("<button").count(), picker.options.len());
    assert_eq!(group.matches("aria-pressed=\"true\"").count(), 1);
    assert_eq!(
        group.matches("aria-pressed=\"false\"").count(),
        picker.options.len() - 1
    );
    for o in &picker.options {
        assert!(group.contains(&escape(&o.label)), "{} button", o.id);
    }
    // The walking summary and the chart's words are in the page.
    assert!(html.contains(&escape(&picker.options[0].summary)));
    let chart = f.chart.as_ref().unwrap();
    for g in &chart.groups {
        assert!(html.contains(&escape(&g.name)), "{}", g.name);
        assert!(html.contains(&escape(&g.job)), "{}", g.job);
    }
    // Nothing interactive inside the image.
    let fig = &html[html.find("<figure id=\"fig-activity-planes\"").unwrap()..];
    let svg_start = fig.find("<svg").unwrap();
    let svg = &fig[svg_start..svg_start + fig[svg_start..].find("</svg>").unwrap()];
    for tag in ["<input", "<button", "<a ", "tabindex"] {
        assert!(!svg.contains(tag), "{tag} inside the image");
    }
    for l in &f.labels {
        for word in l.text.split_whitespace() {
            assert!(svg.contains(&escape(word)), "label word {word:?}");
        }
    }
}

#[test]
fn every_interactive_island_carries_its_words_in_the_page() {
    use hip_explainer::islands::{self, words, Island};
    let html = page();
    let redrawn: Vec<Island> = Island::FIGURES
        .into_iter()
        .filter(Island::carries_words)
        .collect();
    assert_eq!(redrawn.len(), 4, "chapters 1, 3, 4 and 5");
    for island in &redrawn {
        let id = island.figure_id().unwrap();
        let slot = format!("{}=\"{}\"", islands::ATTRIBUTE, island.name());
        let at = html
            .find(&slot)
            .unwrap_or_else(|| panic!("no slot for {id}"));
        let tag = &html[at..at + html[at..].find('>').unwrap()];
        let key = format!("{}=\"", words::ATTRIBUTE);
        let value = &tag[tag.find(&key).unwrap_or_else(|| panic!("{id}: no words")) + key.len()..];
        let value = &value[..value.find('"').unwrap()];
        let decoded = words::decode(value).unwrap_or_else(|| panic!("{id}: words do not decode"));
        let full = islands::figure(id).unwrap();
        let expected = words::island_words(full);
        assert_eq!(decoded, expected, "{id}");
        // What the island redraws and says is all there.
        assert_eq!(decoded.labels, full.labels, "{id}");
        assert_eq!(decoded.controls, full.controls, "{id}");
        assert_eq!(decoded.readouts, full.readouts, "{id}");
        assert_eq!(decoded.muscles, full.muscles, "{id}");
        assert_eq!(
            decoded.picker.as_ref().map(|p| &p.options),
            full.picker.as_ref().map(|p| &p.options),
            "{id}"
        );
        assert_eq!(
            decoded.chart.as_ref().map(|c| &c.levels),
            full.chart.as_ref().map(|c| &c.levels),
            "{id}"
        );
    }
}

proptest::proptest! {
    #[test]
    fn escaped_words_round_trip(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
        use hip_explainer::islands::words::{escape, unescape};
        let text = escape(&bytes);
        proptest::prop_assert!(text.bytes().all(|b| (0x20..0x7f).contains(&b)), "printable: {}", text);
        proptest::prop_assert_eq!(unescape(&text), Some(bytes));
    }
}
