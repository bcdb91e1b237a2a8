//! Chapters 4 and 5: the chain model, the side-view geometry (spine, hamstrings) and the
//! three side-view drawings.

use hip_explainer::content;
use hip_explainer::diagram::bend_forward::{self, bend_forward, Panel};
use hip_explainer::diagram::hamstrings_side::{self, hamstrings_side};
use hip_explainer::diagram::labels::label_box;
use hip_explainer::diagram::path::{numbers, points};
use hip_explainer::diagram::pelvis_side::{self, pelvis_side};
use hip_explainer::diagram::scene::{Scene, Shape};
use hip_explainer::diagram::viewport::Rect;
use hip_explainer::geometry::chain::{Chain, READOUT_IDS, STRENGTH_MAX, STRENGTH_MIN};
use hip_explainer::geometry::hamstrings::hamstrings;
use hip_explainer::geometry::lateral::LateralBones;
use hip_explainer::geometry::skeleton::Skeleton;
use hip_explainer::geometry::spine::Spine;
use hip_explainer::geometry::{Pose, Vec2};
use proptest::prelude::*;

fn figure_labels(id: &str) -> Vec<(String, String)> {
    content::load()
        .chapters
        .iter()
        .flat_map(|c| c.figures())
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("content has figure {id}"))
        .labels
        .iter()
        .map(|a| (a.id.clone(), a.text.clone()))
        .collect()
}

fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

fn tilt_pose(tilt: f64, curve: f64) -> Pose {
    Pose {
        pelvic_tilt_deg: tilt,
        lumbar_curve: curve,
        ..Pose::default()
    }
}

/// Every number finite, every point inside the viewBox, labels inside, apart and leaders
/// ending on their dots.
fn check_scene(scene: &Scene) {
    crate::diagram::assert_labels_clear_of_shapes(scene);
    let [x, y, w, h] = scene.view_box;
    let vb = Rect::new(x, y, w, h);
    for s in &scene.shapes {
        match s {
            Shape::Path { d, .. } => {
                let ns = numbers(d);
                assert!(ns.iter().all(|v| v.is_finite()), "non-finite in {s:?}");
                for p in points(d) {
                    assert!(
                        vb.inflate(0.01).contains(p),
                        "{p:?} outside the viewBox in {s:?}"
                    );
                }
            }
            Shape::Circle { cx, cy, .. } => assert!(vb.contains(Vec2::new(*cx, *cy))),
        }
    }
    for (i, a) in scene.labels.iter().enumerate() {
        let ba = label_box(a);
        assert!(vb.contains_rect(&ba), "label {} outside: {ba:?}", a.id);
        let end = *points(&a.leader).last().expect("a leader");
        assert!(end.distance(crate::diagram::drawn(a.dot)) < 1e-9);
        assert!(vb.contains(end), "leader of {} ends outside", a.id);
        for b in &scene.labels[i + 1..] {
            assert!(
                !ba.overlaps(&label_box(b)),
                "labels {} and {} overlap",
                a.id,
                b.id
            );
        }
    }
}

fn path_d(scene: &Scene, id: &str) -> String {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Path { id: i, d, .. } if *i == id => Some(d.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("|")
}

#[test]
fn the_chain_is_monotonic_and_saturating() {
    let at = |s: f64| Chain::new(s);
    let mut prev = at(STRENGTH_MAX);
    for i in (0..100).rev() {
        let c = at(i as f64);
        assert!(c.hamstring_load > prev.hamstring_load);
        assert!(c.posterior_tilt_deg > prev.posterior_tilt_deg);
        assert!(c.lumbar_curve < prev.lumbar_curve);
        prev = c;
    }
    // Saturating: the last tenth of weakness adds less load than the first tenth.
    let first = at(90.0).hamstring_load - at(100.0).hamstring_load;
    let last = at(0.0).hamstring_load - at(10.0).hamstring_load;
    assert!(last < first, "{last} < {first}");
    for id in READOUT_IDS {
        assert_eq!(at(STRENGTH_MAX).level(id), Some(0.0), "{id}");
    }
}

/// Standing with tight hamstrings changes posture only a little (Li, McClure and Pratt
/// 1996): over the whole slider the low back keeps a clear inward curve (L1-S1 lordosis of
/// 20 degrees or more), the pelvis tips back by no more than 8 degrees, and no disc closes
/// at the front.
#[test]
fn standing_changes_stay_clinically_modest_over_the_whole_slider() {
    let neutral = Chain::new(STRENGTH_MAX);
    let mut least = f64::INFINITY;
    for i in 0..=200 {
        let s = STRENGTH_MIN + (STRENGTH_MAX - STRENGTH_MIN) * f64::from(i) / 200.0;
        let chain = Chain::new(s);
        let spine = Spine::new(&Skeleton::new(&chain.pose()));
        let lordosis = spine.measured_lordosis_deg();
        least = least.min(lordosis);
        assert!(lordosis >= 20.0, "strength {s}: lordosis {lordosis:.1}");
        let tilt = chain.posterior_tilt_deg - neutral.posterior_tilt_deg;
        assert!(
            tilt.abs() <= 8.0,
            "strength {s}: pelvic tilt changes by {tilt:.1}"
        );
        for d in &spine.discs {
            assert_eq!(
                d.front_squeeze(),
                0.0,
                "strength {s}: {} closes at the front",
                d.id
            );
            assert!(d.anterior_height > d.posterior_height, "{}", d.id);
        }
    }
    let strong = Spine::new(&Skeleton::new(&neutral.pose())).measured_lordosis_deg();
    assert!(strong > 40.0, "a normal hollow when strong: {strong:.1}");
    assert!(
        least < strong - 5.0,
        "the curve does get a little flatter: {least:.1} from {strong:.1}"
    );
}

/// A normal full forward bend reverses the lumbar curve in both panels (at least 30 degrees
/// of lumbar flexion from standing, within the usual 40 to 60), and the difference between
/// them is how much the hips contribute.
#[test]
fn the_bend_drawings_differ_the_way_the_text_says() {
    let standing = Spine::new(&Skeleton::new(&Pose::default())).measured_lordosis_deg();
    let (hip_relaxed, back_relaxed) = bend_forward::summary(Panel::Relaxed);
    let (hip_tight, back_tight) = bend_forward::summary(Panel::Tight);
    for (panel, back) in [("relaxed", back_relaxed), ("tight", back_tight)] {
        let flexion = standing - back;
        assert!(
            (30.0..=65.0).contains(&flexion),
            "{panel}: {flexion:.1} degrees of lumbar flexion from standing"
        );
    }
    assert!(
        hip_relaxed > hip_tight + 15.0,
        "the hips bend further with relaxed hamstrings: {hip_relaxed} and {hip_tight}"
    );
    assert!(
        back_tight < back_relaxed - 5.0,
        "the low back rounds a little more with tight ones"
    );
    // Both reach about as far: the upper body's angle differs by less than 20 degrees.
    let reach = |hip: f64, back: f64| hip + (standing - back);
    let (r, t) = (
        reach(hip_relaxed, back_relaxed),
        reach(hip_tight, back_tight),
    );
    assert!((r - t).abs() < 20.0, "reach {r:.0} and {t:.0}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn hamstrings_stay_attached_in_every_tilt(tilt in -20.0f64..=20.0, curve in 0.0f64..=1.0) {
        let sk = Skeleton::new(&tilt_pose(tilt, curve));
        for m in hamstrings() {
            let path = m.path(&sk);
            prop_assert!(path.iter().all(|p| p.is_finite()));
            prop_assert_eq!(path[0], sk.place(&m.origin));
            prop_assert_eq!(*path.last().unwrap(), sk.place(&m.insertion));
        }
        // The three that start on the sit bone stay near it.
        let bones = LateralBones::placed(&sk);
        let sit = bones.landmark("ischial-tuberosity").unwrap();
        for m in hamstrings().iter().filter(|m| m.origin.bone == hip_explainer::geometry::skeleton::Bone::Pelvis) {
            prop_assert!(sk.place(&m.origin).distance(sit) < 90.0);
        }
        let spine = Spine::new(&sk);
        prop_assert!(spine.points().all(|p| p.is_finite()));
        for d in &spine.discs {
            prop_assert!(d.anterior_height > 1.0 && d.posterior_height > 1.0, "{:?}", d);
        }
    }

    #[test]
    fn the_lumbar_curve_falls_as_the_pelvis_tips_back(t in -20.0f64..=19.0, dt in 0.5f64..=5.0, curve in 0.0f64..=1.0) {
        let a = Spine::new(&Skeleton::new(&tilt_pose(t, curve))).measured_lordosis_deg();
        let b = Spine::new(&Skeleton::new(&tilt_pose((t + dt).min(20.0), curve))).measured_lordosis_deg();
        prop_assert!(b <= a + 1e-9, "{} then {}", a, b);
    }

    #[test]
    fn chain_outputs_are_monotonic(s in 0.0f64..=99.0, ds in 0.5f64..=10.0) {
        let (a, b) = (Chain::new(s), Chain::new((s + ds).min(100.0)));
        prop_assert!(b.hamstring_load < a.hamstring_load);
        prop_assert!(b.posterior_tilt_deg < a.posterior_tilt_deg);
        prop_assert!(b.lumbar_curve > a.lumbar_curve);
    }

    #[test]
    fn every_strength_draws_clean_scenes(s in 0.0f64..=100.0) {
        let l4 = figure_labels(hamstrings_side::FIGURE_ID);
        let l5 = figure_labels(pelvis_side::FIGURE_ID);
        let h = hamstrings_side(s, &pairs(&l4));
        check_scene(&h);
        prop_assert_eq!(h.labels.len(), l4.len());
        let p = pelvis_side(s, &pairs(&l5));
        check_scene(&p);
        prop_assert_eq!(p.labels.len(), l5.len());
    }
}

#[test]
fn the_slider_changes_the_drawings() {
    let l4 = figure_labels(hamstrings_side::FIGURE_ID);
    let strong = hamstrings_side(100.0, &pairs(&l4));
    let weak = hamstrings_side(0.0, &pairs(&l4));
    for id in [
        "biceps-femoris-long",
        "semitendinosus",
        "gluteus-medius",
        "hamstring-pull",
    ] {
        assert_ne!(path_d(&strong, id), path_d(&weak, id), "{id}");
    }
    let l5 = figure_labels(pelvis_side::FIGURE_ID);
    let strong = pelvis_side(100.0, &pairs(&l5));
    let weak = pelvis_side(0.0, &pairs(&l5));
    for id in ["pelvis", "l3", "disc-l4-l5", "sacrum"] {
        assert_ne!(path_d(&strong, id), path_d(&weak, id), "{id}");
    }
    // No squeeze mark in standing, at either end or in between.
    for s in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let scene = pelvis_side(s, &pairs(&l5));
        assert!(path_d(&scene, "disc-squeeze").is_empty(), "strength {s}");
        assert!(!scene
            .shapes
            .iter()
            .any(|x| matches!(x, Shape::Path { class, .. } if class.contains("squeeze"))));
    }
    // Label text stays put while the bones move.
    for (a, b) in strong.labels.iter().zip(&weak.labels) {
        assert_eq!((a.x, a.y), (b.x, b.y), "{}", a.id);
    }
}

#[test]
fn the_bend_panels_are_clean_and_labelled() {
    let l = figure_labels(bend_forward::FIGURE_ID);
    for panel in Panel::ALL {
        let s = bend_forward(panel, &pairs(&l));
        check_scene(&s);
        let want = l
            .iter()
            .filter(|(id, _)| id.starts_with(panel.id()))
            .count();
        assert_eq!(s.labels.len(), want, "{:?}", panel);
        assert!(s.labels.iter().all(|x| x.id.starts_with(panel.id())));
        assert!(
            path_d(&s, "disc-squeeze").is_empty(),
            "{panel:?}: no squeeze mark"
        );
    }
}

#[test]
fn readouts_and_controls_in_content_are_known() {
    for id in [hamstrings_side::FIGURE_ID, pelvis_side::FIGURE_ID] {
        let f = content::load()
            .chapters
            .iter()
            .flat_map(|c| c.figures())
            .find(|f| f.id == id)
            .unwrap();
        assert!(f.control("stabilizer-strength").is_some(), "{id}");
        assert!(!f.readouts.is_empty(), "{id}");
        for r in &f.readouts {
            assert!(
                READOUT_IDS.contains(&r.id.as_str()),
                "{id}: readout {}",
                r.id
            );
            assert_eq!(r.words(0.0), r.bands[0]);
            assert_eq!(r.words(1.0), *r.bands.last().unwrap());
        }
        assert!(f.note.is_some(), "{id}: says it is an illustration");
    }
}

/// Writes `target/preview/side-*.html` with the real stylesheet, to look at.
#[test]
fn writes_side_previews() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/preview");
    std::fs::create_dir_all(&dir).expect("preview dir");
    let css = root.join("static/diagram.css");
    let mut pages: Vec<(String, String)> = Vec::new();
    let l4 = figure_labels(hamstrings_side::FIGURE_ID);
    let l5 = figure_labels(pelvis_side::FIGURE_ID);
    for s in [100.0, 50.0, 0.0] {
        pages.push((
            format!("ham-{s}"),
            crate::diagram::scene_preview_svg(&hamstrings_side(s, &pairs(&l4))),
        ));
        pages.push((
            format!("pelvis-{s}"),
            crate::diagram::scene_preview_svg(&pelvis_side(s, &pairs(&l5))),
        ));
    }
    let lb = figure_labels(bend_forward::FIGURE_ID);
    let both: String = Panel::ALL
        .iter()
        .map(|p| {
            format!(
                "<div>{}</div>",
                crate::diagram::scene_preview_svg(&bend_forward(*p, &pairs(&lb)))
            )
        })
        .collect();
    pages.push((
        "bend".into(),
        format!("<div style=\"display:grid;grid-template-columns:1fr 1fr\">{both}</div>"),
    ));
    for (name, svg) in pages {
        let html = format!(
            "<!doctype html><html><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"file://{}\"><style>body{{margin:0;background:#fbf8f3;color:#1f2328;font:18px/1.6 system-ui,sans-serif}} svg{{display:block;width:100%;height:auto}}</style></head><body>{svg}{}</body></html>",
            css.display(),
            crate::diagram::paints_preview_svg()
        );
        std::fs::write(dir.join(format!("side-{name}.html")), html).expect("write preview");
    }
}

#[test]
fn no_leader_ends_on_a_structure_drawn_over_the_one_it_names() {
    use crate::leaders::dots_under_other_structures;
    let ham = figure_labels("hamstrings-side");
    let pelvis = figure_labels("pelvis-side");
    let bend = figure_labels("bend-forward");
    for s in (0..=10).map(|i| i as f64 * 10.0) {
        let scene = hamstrings_side(s, &pairs(&ham));
        assert_eq!(
            dots_under_other_structures(&scene, &[]),
            Vec::<String>::new(),
            "strength {s}"
        );
        // The standing pelvis's dashed outline is a reference drawn over the tipped one.
        let scene = pelvis_side(s, &pairs(&pelvis));
        assert_eq!(
            dots_under_other_structures(&scene, &["neutral-outline"]),
            Vec::<String>::new(),
            "strength {s}"
        );
    }
    for panel in [Panel::Relaxed, Panel::Tight] {
        let scene = bend_forward(panel, &pairs(&bend));
        assert_eq!(
            dots_under_other_structures(&scene, &[]),
            Vec::<String>::new()
        );
    }
}
