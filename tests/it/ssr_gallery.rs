//! The review gallery (`figures.html`) as the server renders it: every figure of the
//! chapters, each slider at its start, middle and end, drawn by the reader's page's own code.

use hip_explainer::components::figure_gallery::{settings, three};
use hip_explainer::content::{self, Block, Figure};
use hip_explainer::diagram::hip_front::hip_front;
use hip_explainer::geometry::pose::{Param, Pose};
use hip_explainer::prerender::render_gallery_blocking;

fn figures() -> Vec<Figure> {
    content::load()
        .chapters
        .iter()
        .flat_map(|ch| &ch.blocks)
        .filter_map(|b| match b {
            Block::Figure { figure } => Some(figure.clone()),
            _ => None,
        })
        .collect()
}

fn section<'a>(page: &'a str, figure: &str) -> &'a str {
    let start = page
        .find(&format!("id=\"gallery-{figure}\""))
        .unwrap_or_else(|| panic!("no section for {figure}"));
    let rest = &page[start..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

#[test]
fn every_figure_has_its_section_and_every_setting_is_drawn() {
    let page = render_gallery_blocking().app_html;
    let positions = &content::load().clinicians.gallery.positions;
    let mut drawn = 0;
    for f in figures() {
        let s = section(&page, &f.id);
        let n = settings(&f, positions).len();
        assert_eq!(s.matches("<svg").count(), n, "{}", f.id);
        if n == 0 {
            let unchanging = &content::load().clinicians.gallery.unchanging;
            assert!(s.contains(unchanging.as_str()), "{}", f.id);
        }
        // Each drawing is named and points at the figure's long description.
        assert_eq!(s.matches("aria-labelledby=").count(), n);
        assert_eq!(
            s.matches(&format!("aria-describedby=\"gallery-{}-desc\"", f.id))
                .count(),
            n
        );
        assert!(s.contains(&format!("href=\"./#fig-{}\"", f.id)), "{}", f.id);
        drawn += n;
    }
    assert!(drawn >= 20, "only {drawn} drawings");
}

#[test]
fn each_slider_is_shown_at_its_start_middle_and_end() {
    let positions = &content::load().clinicians.gallery.positions;
    let by_id = |id: &str| figures().into_iter().find(|f| f.id == id).unwrap();
    // Chapter 1: three sliders, three settings each, in the page's order.
    let hip = settings(&by_id("hip-front"), positions);
    assert_eq!(hip.len(), 9);
    for (i, s) in hip.iter().enumerate() {
        assert_eq!(s.position, positions[i % 3]);
    }
    // The middle of lifting the leg is the drawing the page makes for that pose.
    let (min, max) = Param::HipFlexion.range();
    let mut pose = Pose::default();
    Param::HipFlexion.set(&mut pose, three(min, max)[1]);
    let f = by_id("hip-front");
    assert_eq!(hip[1].scene, hip_front(&pose.clamped(), &f.label_pairs()));
    // The three settings differ: the slider's ends are not the same drawing.
    assert_ne!(hip[0].scene, hip[2].scene);
    // Chapters 4 and 5: one slider, with the readouts the page shows in the caption.
    for id in ["hamstrings-side", "pelvis-side"] {
        let f = by_id(id);
        let s = settings(&f, positions);
        assert_eq!(s.len(), 3, "{id}");
        assert_ne!(s[0].scene, s[2].scene, "{id}");
        for r in &f.readouts {
            assert!(s.iter().all(|x| x.caption.contains(&r.label)), "{id}");
        }
    }
    // Chapter 3: every activity.
    let planes = by_id("activity-planes");
    let options = planes.picker.as_ref().unwrap().options.len();
    assert_eq!(settings(&planes, positions).len(), options);
}

#[test]
fn the_spanish_gallery_is_in_spanish() {
    content::set_language("es");
    let page = render_gallery_blocking();
    content::set_language("en");
    assert_eq!(page.lang, "es");
    let es = content::load_lang("es").unwrap();
    assert!(page.app_html.contains(&es.clinicians.gallery.title));
    assert!(page.app_html.contains(&es.clinicians.gallery.positions[1]));
}
