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
            "<!doctype html><html><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"file://{}\"><style>body{{margin:0;background:#fbf8f3;color:#1f2328;font:18px/1.6 system-ui,sans-serif}} svg{{display:block;width:100%;height:auto}}</style></head><body>{svg}</body></html>",
            css.display()
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

/// The side views' compact copy of the model (`geometry::model_side`): regenerated from the
/// hip-anatomy crate; fails when the committed file differs (write it again with
/// `SIDE_MODEL_WRITE=1`).
#[test]
fn side_model_is_the_anatomy_crates() {
    let fresh = side_model::generate();
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/hip-model/src/geometry/model_side.rs");
    if std::env::var_os("SIDE_MODEL_WRITE").is_some() {
        std::fs::write(&file, &fresh).expect("write model_side.rs");
    }
    let committed = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        committed == fresh,
        "crates/hip-model/src/geometry/model_side.rs is stale: run with SIDE_MODEL_WRITE=1"
    );
}

mod side_model {
    use hip_anatomy::api;
    use hip_anatomy::view::View;
    use hip_explainer::geometry::lateral::MODEL_TILT_BACK_DEG;
    use hip_explainer::geometry::Vec2;
    use std::fmt::Write;

    /// The model point `p` (x, y, z) as the side view's (z, y), the pelvis turned back.
    pub fn tilted(p: [f32; 3]) -> Vec2 {
        turn(Vec2::new(f64::from(p[2]), f64::from(p[1])))
    }

    /// A side-view (z, y) point of the pelvis turned back about the hip axis.
    pub fn turn(p: Vec2) -> Vec2 {
        let a = MODEL_TILT_BACK_DEG.to_radians();
        // Posterior tilt (Skeleton): y' = y cos - z sin, z' = y sin + z cos.
        Vec2::new(p.y * a.sin() + p.x * a.cos(), p.y * a.cos() - p.x * a.sin())
    }

    fn tenths(v: f64) -> i32 {
        (v * 10.0).round() as i32
    }

    fn list(out: &mut String, pts: impl IntoIterator<Item = Vec2>) {
        out.push_str("&[");
        for (i, p) in pts.into_iter().enumerate() {
            if i % 8 == 0 {
                out.push_str("\n    ");
            } else {
                out.push(' ');
            }
            let _ = write!(out, "[{}, {}],", tenths(p.x), tenths(p.y));
        }
        out.push_str("\n]");
    }

    fn cubic(p: &[Vec2], t: f64) -> Vec2 {
        let u = 1.0 - t;
        p[0] * (u * u * u)
            + p[1] * (3.0 * u * u * t)
            + p[2] * (3.0 * u * t * t)
            + p[3] * (t * t * t)
    }

    /// Points along a Bézier chain, `per` a segment.
    pub fn sample(pts: &[Vec2], per: usize) -> Vec<Vec2> {
        pts.windows(4)
            .step_by(3)
            .flat_map(|s| (0..per).map(move |k| cubic(s, k as f64 / per as f64)))
            .collect()
    }

    /// Distance from `p` to the polyline `line`.
    pub fn distance(line: &[Vec2], p: Vec2) -> f64 {
        line.windows(2)
            .map(|w| {
                let (a, b) = (w[0], w[1]);
                let ab = b - a;
                let t = if ab.length() < 1e-12 {
                    0.0
                } else {
                    ((p - a).dot(ab) / ab.dot(ab)).clamp(0.0, 1.0)
                };
                (a + ab * t).distance(p)
            })
            .fold(f64::MAX, f64::min)
    }

    /// Fewer segments: joins neighbouring segments into one (keeping the end tangents)
    /// wherever the joined curve stays within `tol` mm of the model's, so the pages and the
    /// wasm carry less. The chain stays `3 n + 1` points.
    pub fn merge(pts: &[Vec2], tol: f64) -> Vec<Vec2> {
        let segs: Vec<&[Vec2]> = pts.windows(4).step_by(3).collect();
        let mut out = vec![pts[0]];
        let mut i = 0;
        while i < segs.len() {
            let mut best = 1;
            for k in 2..=8 {
                if i + k > segs.len() {
                    break;
                }
                let (a, b) = (segs[i], segs[i + k - 1]);
                // Tangent lengths scale with the span joined (chord lengths).
                let chord = |s: &[Vec2]| s[0].distance(s[3]).max(1e-9);
                let total: f64 = segs[i..i + k].iter().map(|s| chord(s)).sum();
                let m = [
                    a[0],
                    a[0] + (a[1] - a[0]) * (total / chord(a)),
                    b[3] + (b[2] - b[3]) * (total / chord(b)),
                    b[3],
                ];
                let orig: Vec<Vec2> = segs[i..i + k]
                    .iter()
                    .flat_map(|s| (0..=24).map(move |j| cubic(s, j as f64 / 24.0)))
                    .collect();
                let ok = (0..=48).all(|j| distance(&orig, cubic(&m, j as f64 / 48.0)) <= tol)
                    && orig
                        .iter()
                        .step_by(4)
                        .all(|p| distance(&sample(&m, 48), *p) <= tol);
                if ok {
                    best = k;
                } else {
                    break;
                }
            }
            if best == 1 {
                out.extend_from_slice(&segs[i][1..]);
            } else {
                let (a, b) = (segs[i], segs[i + best - 1]);
                let chord = |s: &[Vec2]| s[0].distance(s[3]).max(1e-9);
                let total: f64 = segs[i..i + best].iter().map(|s| chord(s)).sum();
                out.push(a[0] + (a[1] - a[0]) * (total / chord(a)));
                out.push(b[3] + (b[2] - b[3]) * (total / chord(b)));
                out.push(b[3]);
            }
            i += best;
        }
        out
    }

    /// Tolerance of [`merge`] (mm).
    pub const MERGE_TOL: f64 = 0.4;
    /// Tolerance for the lumbar vertebrae, small on the page and placed by the chain (mm).
    pub const LUMBAR_TOL: f64 = 0.8;

    /// The segments of a Bézier loop above height `cut` (an open chain).
    fn above(pts: &[Vec2], cut: f64) -> Vec<Vec2> {
        hip_explainer::geometry::lateral::bezier_keep(pts, |p| p.y <= cut)
    }

    pub fn side_loops(bone: &str) -> Vec<Vec<Vec2>> {
        api::outline(bone, View::Side)
            .unwrap_or_else(|| panic!("{bone} side outline"))
            .loops
            .iter()
            .map(|l| {
                l.iter()
                    .map(|p| Vec2::new(f64::from(p[0]), f64::from(p[1])))
                    .collect()
            })
            .collect()
    }

    fn lm(id: &str) -> [f32; 3] {
        api::landmark(id)
            .unwrap_or_else(|| panic!("landmark {id}"))
            .at
    }

    /// Per vertebra L5..L1: the disc centre below it and its up direction (side view,
    /// pelvis turned back).
    pub fn vertebra_frames() -> Vec<(Vec2, Vec2)> {
        let discs: Vec<Vec2> = [
            "disc-l5-s1",
            "disc-l4-l5",
            "disc-l3-l4",
            "disc-l2-l3",
            "disc-l1-l2",
        ]
        .iter()
        .map(|id| tilted(lm(id)))
        .collect();
        let mut ups: Vec<Vec2> = discs
            .windows(2)
            .map(|w| (w[1] - w[0]).normalize())
            .collect();
        // L1: its up direction continues the turn from L3 to L2.
        let (a, b) = (ups[2], ups[3]);
        ups.push(b.rotate(a.cross(b).atan2(a.dot(b))));
        discs.into_iter().zip(ups).collect()
    }

    pub fn generate() -> String {
        let mut out = String::from(
            "//! GENERATED from the hip-anatomy crate (MyoSim 0.2.3 / Rajagopal et al. 2016) by the\n\
             //! test `side_model_is_the_anatomy_crates` in `tests/it/side_views.rs`: do not edit;\n\
             //! regenerate with `SIDE_MODEL_WRITE=1 cargo test --features hip-explainer/ssr --test it\n\
             //! side_model`. Only what the side views draw, so the wasm carries nothing else.\n\
             //!\n\
             //! Tenths of a millimetre, side view `(z, y)` (forward, down), origin at the hip centre.\n\
             //! Outlines are closed cubic Béziers (`3 n + 1` points: knot, control, control, knot, ...).\n\
             //! Pelvis bones (hip bone, rim, sacrum, their landmarks and attachments) are turned back\n\
             //! by `lateral::MODEL_TILT_BACK_DEG` about the hip axis: the app's neutral standing pelvis.\n\
             //! Lumbar vertebrae are in their own frame: `(forward, up)` from the centre of the disc\n\
             //! below.\n\n",
        );
        let table = |out: &mut String, name: &str, doc: &str, pts: Vec<Vec2>| {
            let _ = write!(out, "/// {doc}\npub static {name}: &[[i16; 2]] = ");
            let pts = if name == "RIM" {
                pts
            } else {
                merge(
                    &pts,
                    if name.starts_with('L') {
                        LUMBAR_TOL
                    } else {
                        MERGE_TOL
                    },
                )
            };
            list(out, pts);
            out.push_str(";\n\n");
        };
        let hip = side_loops("hip-bone-right");
        table(
            &mut out,
            "HIP_BONE",
            "Right hip bone, outer outline.",
            hip[0].iter().map(|p| turn(*p)).collect(),
        );
        table(
            &mut out,
            "OBTURATOR",
            "Right hip bone: the hole (obturator foramen, as the side view sees through it).",
            hip[1].iter().map(|p| turn(*p)).collect(),
        );
        let rim = api::lines("hip-bone-right", View::Side)
            .find(|l| l.id == "acetabular-rim")
            .expect("rim");
        table(
            &mut out,
            "RIM",
            "The acetabular rim: points of a closed smooth curve.",
            rim.points.iter().map(|p| tilted(*p)).collect(),
        );
        table(
            &mut out,
            "SACRUM",
            "Sacrum with the coccyx.",
            side_loops("sacrum")[0].iter().map(|p| turn(*p)).collect(),
        );
        for (name, bone) in [
            ("FEMUR", "femur"),
            ("TIBIA", "tibia"),
            ("FIBULA", "fibula"),
            ("PATELLA", "patella"),
        ] {
            let mut pts = side_loops(bone)[0].clone();
            if name == "TIBIA" || name == "FIBULA" {
                // The views cut the shin: only what lies above the cut.
                pts = above(&pts, hip_explainer::geometry::lateral::SHIN_CUT + 4.0);
            }
            table(
                &mut out,
                name,
                &format!("The {bone} (standing, knee straight; the views cut the shin)."),
                pts,
            );
        }
        let frames = vertebra_frames();
        // The front of each body at its lower and upper endplate (mm forward of the axis):
        // where the discs' front edges go.
        let mut fronts: Vec<(f64, f64)> = Vec::new();
        for (i, id) in ["l5", "l4", "l3", "l2", "l1"].iter().enumerate() {
            let (c, up) = frames[i];
            let fwd = Vec2::new(-up.y, up.x);
            let spacing = if i < 4 {
                frames[i + 1].0.distance(c)
            } else {
                frames[3].0.distance(frames[4].0)
            };
            let local: Vec<Vec2> = sample(&side_loops(id)[0], 8)
                .iter()
                .map(|p| {
                    let r = turn(*p) - c;
                    Vec2::new(r.dot(fwd), r.dot(up))
                })
                .collect();
            let front = |lo: f64, hi: f64| {
                local
                    .iter()
                    .filter(|p| p.y >= lo && p.y <= hi)
                    .map(|p| p.x)
                    .fold(f64::MIN, f64::max)
            };
            fronts.push((front(4.0, 10.0), front(spacing - 10.0, spacing - 4.0)));
        }
        for (i, id) in ["l5", "l4", "l3", "l2", "l1"].iter().enumerate() {
            let (c, up) = frames[i];
            let fwd = Vec2::new(-up.y, up.x);
            let pts = side_loops(id)[0]
                .iter()
                .map(|p| {
                    let r = turn(*p) - c;
                    Vec2::new(r.dot(fwd), r.dot(up))
                })
                .collect();
            table(
                &mut out,
                &id.to_uppercase(),
                &format!("{} in its own frame.", id.to_uppercase()),
                pts,
            );
        }
        // Disc spacing and body depth, for the spine's chain.
        let spacing: Vec<f64> = (0..5)
            .map(|i| {
                if i < 4 {
                    frames[i + 1].0.distance(frames[i].0)
                } else {
                    frames[3].0.distance(frames[4].0)
                }
            })
            .collect();
        let depth: Vec<f64> = ["l5-body", "l4-body", "l3-body", "l2-body", "l1-body"]
            .iter()
            .zip(&frames)
            .zip(&spacing)
            .map(|((id, (c, up)), s)| {
                // The front face at mid-height, from the axis between the discs.
                let mid = *c + *up * (s / 2.0);
                2.0 * (tilted(lm(id)) - mid).dot(Vec2::new(-up.y, up.x))
            })
            .collect();
        let arr = |v: &[f64]| {
            v.iter()
                .map(|x| format!("{:.1}", x))
                .collect::<Vec<_>>()
                .join(", ")
        };
        // The top of S1: its front edge is the promontory, and the L5-S1 disc's centre lies
        // half a disc (11 mm) above its centre: v = R(a) (-half, -q) for slope a.
        let (prom, disc) = (tilted(lm("sacral-promontory")), frames[0].0);
        let v = disc - prom;
        let q = 5.5;
        let half = (v.dot(v) - q * q).sqrt();
        let a = v.y.atan2(v.x) - (-q).atan2(-half);
        let fwd = Vec2::from_angle(a);
        // The plateau's front edge as drawn: the sacrum outline's point nearest the
        // promontory (the landmark lies a little off the silhouette); S1 is 44 mm deep, so
        // L5 and the discs sit on the drawn sacrum.
        let sacrum: Vec<Vec2> = sample(&side_loops("sacrum")[0], 8)
            .iter()
            .map(|p| turn(*p))
            .collect();
        let front = sacrum
            .iter()
            .copied()
            .min_by(|a, b| a.distance(prom).total_cmp(&b.distance(prom)))
            .unwrap_or(prom);
        let half = 22.0;
        let c0 = front - fwd * half;
        let _ = write!(
            out,
            "/// Distance between the centres of the discs below and above L5..L1 (mm).\n\
             pub const DISC_SPACING: [f64; 5] = [{}];\n\n\
             /// Depth of the bodies of L5..L1, twice their front face's distance from the axis (mm).\n\
             pub const BODY_DEPTH: [f64; 5] = [{}];\n\n\
             /// The front of the bodies of L5..L1 at their lower and upper endplates (mm forward\n\
             /// of the line through the disc centres).\n\
             pub const BODY_FRONT: [[f64; 2]; 5] = [{}];\n\n\
             /// Half the depth of the top of S1 (mm: its centre to the promontory).\n\
             pub const S1_HALF_DEPTH: f64 = {:.1};\n\n\
             /// The top of S1 in neutral standing: its centre (mm) and forward direction (unit;\n\
             /// front edge lower by the sacral slope, {:.0} degrees).\n\
             pub const S1: [[f64; 2]; 2] = [[{:.1}, {:.1}], [{:.4}, {:.4}]];\n\n",
            arr(&spacing),
            arr(&depth),
            fronts.iter().map(|(a, b)| format!("[{a:.1}, {b:.1}]")).collect::<Vec<_>>().join(", "),
            half,
            a.to_degrees(),
            c0.x,
            c0.y,
            fwd.x,
            fwd.y
        );
        // Landmarks and muscle attachments, (z, y).
        let mut named: Vec<(String, Vec2)> = Vec::new();
        for (app, id, pelvis) in [
            ("asis", "asis", true),
            ("iliac-crest", "iliac-crest", true),
            ("ischial-spine", "ischial-spine", true),
            ("ischial-tuberosity", "ischial-tuberosity", true),
            ("pubis", "pubic-symphysis", true),
            ("sacral-promontory", "sacral-promontory", true),
            ("coccyx", "coccyx", true),
            ("greater-trochanter", "greater-trochanter-tip", false),
            ("fibula-head", "fibular-head", false),
        ] {
            let p = lm(id);
            named.push((
                app.into(),
                if pelvis {
                    tilted(p)
                } else {
                    Vec2::new(f64::from(p[2]), f64::from(p[1]))
                },
            ));
        }
        for m in [
            "bflh", "bfsh", "semiten", "semimem", "glmed1", "glmed2", "glmed3",
        ] {
            let mm = api::muscle(m).expect("muscle");
            for (k, p) in [(0usize, mm.points[0]), (1, *mm.points.last().unwrap())] {
                let at = if p.segment == "pelvis" {
                    tilted(p.at)
                } else {
                    Vec2::new(f64::from(p.at[2]), f64::from(p.at[1]))
                };
                named.push((
                    format!("{m}-{}", if k == 0 { "origin" } else { "insertion" }),
                    at,
                ));
            }
        }
        out.push_str("/// Named points: model landmarks and muscle attachments (`<muscle>-origin`, `-insertion`).\npub static POINTS: &[(&str, [i16; 2])] = &[\n");
        for (n, p) in &named {
            let _ = writeln!(out, "    (\"{n}\", [{}, {}]),", tenths(p.x), tenths(p.y));
        }
        out.push_str("];\n");
        out
    }
}

/// The drawn bones are the anatomy model's: in each side view, every drawn bone outline
/// (back in millimetres through the figure's viewport) lies within 0.5 mm of the hip-anatomy
/// crate's side outline, and the crate's outline within 0.5 mm of the drawing (the part above
/// a cut, where the figure cuts the bone).
#[test]
fn the_drawn_bones_are_the_models() {
    use hip_explainer::diagram::viewport::Viewport;
    use hip_explainer::geometry::lateral::SHIN_CUT;
    use side_model::{distance, sample, side_loops, turn};
    let first = |scene: &Scene, id: &str| -> Vec<Vec2> {
        let d = path_d(scene, id);
        assert!(!d.is_empty(), "{id} is drawn");
        let d = d.split('|').next().unwrap_or_default().to_string();
        // The first loop only (a hole starts with a move).
        let end = d[1..].find(['m', 'M']).map_or(d.len(), |i| i + 1);
        points(&d[..end])
    };
    let check = |what: &str,
                 drawn_svg: Vec<Vec2>,
                 to_mm: &dyn Fn(Vec2) -> Vec2,
                 model: Vec<Vec2>,
                 keep: &dyn Fn(Vec2) -> bool| {
        let mut drawn: Vec<Vec2> = drawn_svg.iter().map(|p| to_mm(*p)).collect();
        // A cut leaves an open chain closed by a straight line: sample the curves only.
        let n = (drawn.len() - 1) / 3 * 3 + 1;
        drawn.truncate(n);
        let drawn = sample(&drawn, 16);
        let model = sample(&model, 24);
        let worst = drawn
            .iter()
            .map(|p| distance(&model, *p))
            .fold(0.0, f64::max);
        assert!(worst <= 0.5, "{what}: drawn {worst:.2} mm from the model");
        let back = model
            .iter()
            .filter(|p| keep(**p))
            .map(|p| distance(&drawn, *p))
            .fold(0.0, f64::max);
        assert!(back <= 0.5, "{what}: model {back:.2} mm from the drawing");
    };
    let pelvis = |p: Vec2| turn(p);
    let all = |_: Vec2| true;
    // Chapter 5, strong stabilizers (neutral pelvis).
    let vp: Viewport = pelvis_side::layout().viewport;
    let l5 = figure_labels(pelvis_side::FIGURE_ID);
    let s = pelvis_side(STRENGTH_MAX, &pairs(&l5));
    let mm = |p: Vec2| vp.from_svg(p);
    let hip: Vec<Vec2> = side_loops("hip-bone-right")[0]
        .iter()
        .map(|p| pelvis(*p))
        .collect();
    check(
        "pelvis-side hip bone",
        first(&s, "pelvis"),
        &mm,
        hip.clone(),
        &all,
    );
    let sacrum: Vec<Vec2> = side_loops("sacrum")[0].iter().map(|p| pelvis(*p)).collect();
    check("pelvis-side sacrum", first(&s, "sacrum"), &mm, sacrum, &all);
    let cut = pelvis_side::THIGH_CUT;
    check(
        "pelvis-side femur",
        first(&s, "femur"),
        &mm,
        side_loops("femur")[0].clone(),
        &|p: Vec2| p.y < cut - 8.0,
    );
    // Chapter 4.
    let vp = hamstrings_side::layout().viewport;
    let l4 = figure_labels(hamstrings_side::FIGURE_ID);
    let s = hamstrings_side(50.0, &pairs(&l4));
    let mm = |p: Vec2| vp.from_svg(p);
    check(
        "hamstrings-side hip bone",
        first(&s, "pelvis"),
        &mm,
        hip.clone(),
        &all,
    );
    for bone in ["femur", "patella"] {
        check(
            bone,
            first(&s, bone),
            &mm,
            side_loops(bone)[0].clone(),
            &all,
        );
    }
    for bone in ["tibia", "fibula"] {
        check(
            bone,
            first(&s, bone),
            &mm,
            side_loops(bone)[0].clone(),
            &|p: Vec2| p.y < SHIN_CUT - 8.0,
        );
    }
    // The bend: the panel turns the whole body so the thigh stays upright.
    let vp = bend_forward::layout().viewport;
    let lb = figure_labels(bend_forward::FIGURE_ID);
    let s = bend_forward(Panel::Relaxed, &pairs(&lb));
    let mm = |p: Vec2| vp.from_svg(p);
    let femur = side_loops("femur")[0].clone();
    check("bend femur", first(&s, "femur"), &mm, femur, &|p: Vec2| {
        p.y < 160.0
    });
}
