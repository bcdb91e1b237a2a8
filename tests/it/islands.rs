//! The island registry: slot names read and written in one place, every figure of the
//! content mapped to an island (or drawn statically), and every island on the page with the
//! markup its behaviour needs.

use hip_explainer::content::{self, Block, Content};
use hip_explainer::islands::{Island, STATIC_FIGURES};
use proptest::prelude::*;

fn exercise_ids(c: &Content) -> Vec<&str> {
    c.chapters
        .iter()
        .flat_map(|ch| ch.blocks.iter())
        .filter_map(|b| match b {
            Block::Exercise { exercise } => Some(exercise.id.as_str()),
            _ => None,
        })
        .collect()
}

fn every_island() -> Vec<Island> {
    Island::every(exercise_ids(content::load()))
}

#[test]
fn every_island_round_trips_through_its_slot_name() {
    let all = every_island();
    assert_eq!(
        all.len(),
        13,
        "5 figures, 4 tools, 4 pause buttons: {all:?}"
    );
    let mut names: Vec<String> = Vec::new();
    for island in &all {
        let name = island.name().into_owned();
        assert_eq!(Island::parse(&name).as_ref(), Some(island), "{name:?}");
        assert!(!names.contains(&name), "two islands named {name:?}");
        names.push(name);
    }
    assert_eq!(
        Island::parse("motion:clamshell"),
        Some(Island::Motion("clamshell".into()))
    );
    assert_eq!(Island::parse("hip-front"), Some(Island::HipFront));
    assert_eq!(Island::parse("muscles"), Some(Island::Muscles));
}

#[test]
fn names_that_are_no_island_parse_to_none() {
    for bad in [
        "",
        "motion:",
        "motion",
        "nope",
        "plan:x",
        "figure:hip-front",
        "Hip-Front",
        " plan",
        "plan ",
        // Figures that are not islands by their own id: one is drawn statically, the
        // other's island is its muscle picker.
        "bend-forward",
        "stabilizers-back",
        "builder",
    ] {
        assert_eq!(Island::parse(bad), None, "{bad:?}");
    }
}

proptest! {
    #[test]
    fn any_name_parses_to_none_or_to_an_island_named_so(name in ".{0,40}") {
        if let Some(island) = Island::parse(&name) {
            prop_assert_eq!(island.name(), name.as_str());
        }
    }

    #[test]
    fn any_pause_button_round_trips(id in "[a-z0-9:-]{1,30}") {
        let island = Island::Motion(id);
        prop_assert_eq!(Island::parse(&island.name()), Some(island));
    }
}

#[test]
fn every_figure_of_every_language_has_an_island_or_is_drawn_statically() {
    for code in content::languages() {
        let c = content::load_lang(code).expect("language loads");
        let ids: Vec<&str> = c
            .chapters
            .iter()
            .flat_map(|ch| ch.figures())
            .map(|f| f.id.as_str())
            .collect();
        for id in &ids {
            let island = Island::for_figure(id);
            assert!(
                island.is_some() != STATIC_FIGURES.contains(id),
                "{code}: figure {id:?} needs exactly one of an island or a static drawing"
            );
        }
        // ... and vice versa: no island or static drawing for a figure the content lacks.
        for island in Island::FIGURES {
            let id = island.figure_id().expect("a figure island shows a figure");
            assert!(
                ids.contains(&id),
                "{code}: {island:?} shows {id:?}, not in the content"
            );
            assert_eq!(Island::for_figure(id), Some(island));
        }
        for id in STATIC_FIGURES {
            assert!(
                ids.contains(id),
                "{code}: static figure {id:?} not in the content"
            );
        }
    }
}

#[test]
fn only_figure_islands_show_a_figure() {
    for island in every_island() {
        assert_eq!(
            island.figure_id().is_some(),
            Island::FIGURES.contains(&island),
            "{island:?}"
        );
    }
}

#[cfg(feature = "ssr")]
mod page {
    use super::*;
    use hip_explainer::islands::ATTRIBUTE;
    use hip_explainer::prerender::{render_blocking, render_embed_blocking};

    /// The slot element named `name` in `html`, from its `<div` to its closing `</div>`.
    fn slot<'a>(html: &'a str, name: &str) -> &'a str {
        let attr = format!("{ATTRIBUTE}=\"{name}\"");
        let at = html
            .find(&attr)
            .unwrap_or_else(|| panic!("no slot {name:?}"));
        let start = html[..at].rfind("<div").expect("a slot is a div");
        let mut depth = 0;
        let mut i = start;
        loop {
            let open = html[i..].find("<div").map(|o| i + o);
            let close = i + html[i..].find("</div>").expect("slot closes");
            match open {
                Some(o) if o < close => {
                    depth += 1;
                    i = o + 4;
                }
                _ => {
                    depth -= 1;
                    i = close + 6;
                    if depth == 0 {
                        return &html[start..i];
                    }
                }
            }
        }
    }

    /// The `data-island` values of every slot in `html`, in page order.
    fn slot_names(html: &str) -> Vec<&str> {
        let attr = format!("{ATTRIBUTE}=\"");
        html.match_indices(&attr)
            .map(|(at, _)| {
                let v = &html[at + attr.len()..];
                &v[..v.find('"').unwrap()]
            })
            .collect()
    }

    fn has_class(html: &str, class: &str) -> bool {
        html.match_indices("class=\"").any(|(at, m)| {
            let v = &html[at + m.len()..];
            v[..v.find('"').unwrap()]
                .split_whitespace()
                .any(|c| c == class)
        })
    }

    fn check(html: &str, page: &str) {
        let mut expected: Vec<String> = every_island()
            .iter()
            .map(|i| i.name().into_owned())
            .collect();
        let mut found: Vec<String> = slot_names(html).into_iter().map(String::from).collect();
        expected.sort();
        found.sort();
        assert_eq!(found, expected, "{page}: one slot per island, no other");
        for island in every_island() {
            let name = island.name();
            let s = slot(html, &name);
            let markup = island.markup();
            for class in markup.classes {
                assert!(
                    has_class(s, class.name()),
                    "{page}: {name:?} lacks class {class:?}"
                );
            }
            for attribute in markup.attributes {
                assert!(
                    s.contains(&format!(" {attribute}=\"")),
                    "{page}: {name:?} lacks attribute {attribute:?}"
                );
            }
            // A figure's slot holds its drawing: never an empty box.
            if island.figure_id().is_some() {
                assert!(s.contains("<svg"), "{page}: {name:?} has no drawing");
            }
        }
    }

    #[test]
    fn every_island_has_its_slot_on_the_page_with_the_markup_it_needs() {
        check(&render_blocking().app_html, "index.html");
    }

    #[test]
    fn every_island_has_its_slot_on_the_embedded_page_too() {
        check(&render_embed_blocking().app_html, "embed.html");
    }

    #[test]
    fn every_figure_of_the_content_is_drawn_on_the_page() {
        let html = render_blocking().app_html;
        for f in content::load().chapters.iter().flat_map(|ch| ch.figures()) {
            let at = html
                .find(&format!("<figure id=\"fig-{}\"", f.id))
                .unwrap_or_else(|| panic!("figure {:?} not on the page", f.id));
            let body = &html[at..at + html[at..].find("</figure>").unwrap()];
            assert!(body.contains("<svg"), "figure {:?} has no drawing", f.id);
        }
    }
}

#[test]
fn the_muscle_pickers_written_out_selectors_are_made_of_its_names() {
    use hip_explainer::islands::muscles::*;
    assert_eq!(
        PICKS,
        format!("{}, {}", MUSCLE.selector(), BUTTON.selector())
    );
    assert_eq!(
        MOVERS,
        format!("{}, {}", MUSCLE_MOVER.selector(), BADGE_MOVER.selector())
    );
    assert_eq!(INFO_LINES, format!("{} [{FOR}]", INFO.selector()));
    assert_eq!(FOR_IS, format!("[{FOR}=\""));
    assert_eq!(ID_IS, format!("[{ID}=\""));
}

#[test]
fn a_class_selector_is_its_name_with_a_dot() {
    use hip_explainer::islands::{motion, muscles, plan, print, quiz};
    for markup in [
        muscles::MARKUP,
        plan::MARKUP,
        quiz::MARKUP,
        print::MARKUP,
        motion::MARKUP,
    ] {
        for class in markup.classes {
            assert_eq!(class.selector(), format!(".{}", class.name()));
            assert!(!class.name().contains([' ', '.', ',']), "{class:?}");
        }
    }
}
