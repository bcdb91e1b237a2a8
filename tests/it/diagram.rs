//! The diagram layer: viewport, path data, label layout and the chapter-1 hip drawing.

use hip_explainer::diagram::hip_front::{self, hip_front, FIGURE_ID};
use hip_explainer::diagram::known_annotation_ids;
use hip_explainer::diagram::labels::{
    label_box, place_labels, LabelFrame, LabelRequest, Side, SidePref,
};
use hip_explainer::diagram::path::{num, numbers, points, PathBuilder};
use hip_explainer::diagram::scene::{Scene, Shape};
use hip_explainer::diagram::viewport::{Rect, Viewport};
use hip_explainer::geometry::{Pose, Vec2};
use proptest::prelude::*;

const SAMPLE_LABELS: [(&str, &str); 9] = [
    ("femoral-head", "Ball (head of the thigh bone)"),
    ("acetabulum", "Socket (acetabulum)"),
    ("labrum", "Labrum (rim of the socket)"),
    ("capsule", "Joint capsule"),
    ("femoral-neck", "Neck of the thigh bone"),
    ("greater-trochanter", "Greater trochanter"),
    ("lesser-trochanter", "Lesser trochanter"),
    ("femur", "Thigh bone (femur)"),
    ("pelvis", "Hip bone (pelvis)"),
];

fn pose(flexion: f64, abduction: f64, rotation: f64) -> Pose {
    Pose {
        hip_flexion_deg: flexion,
        hip_abduction_deg: abduction,
        hip_rotation_deg: rotation,
        ..Pose::default()
    }
}

fn shape_numbers(s: &Shape) -> Vec<f64> {
    match s {
        Shape::Path { d, .. } => numbers(d),
        Shape::Circle { cx, cy, r, .. } => vec![*cx, *cy, *r],
    }
}

/// Points of every shape, in absolute coordinates (arc radii and flags are not points).
fn shape_points(s: &Shape) -> Vec<Vec2> {
    match s {
        Shape::Path { d, .. } => points(d),
        Shape::Circle { cx, cy, .. } => vec![Vec2::new(*cx, *cy)],
    }
}

fn view_rect(scene: &Scene) -> Rect {
    let [x, y, w, h] = scene.view_box;
    Rect::new(x, y, w, h)
}

fn femur_d(scene: &Scene) -> String {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Path { class, d, .. } if class.contains("femur") => Some(d.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// No label's text box holds any visible point of any drawn shape (end and control points of
/// every path, circle centres; inside the scene's crop frame, if it has one): labels never
/// sit on the drawing.
pub fn assert_labels_clear_of_shapes(scene: &Scene) {
    let clip = scene.clip.map(|[x, y, w, h]| Rect::new(x, y, w, h));
    for l in &scene.labels {
        let b = label_box(l);
        for s in &scene.shapes {
            for p in shape_points(s) {
                if clip.is_some_and(|c| !c.contains(p)) {
                    continue;
                }
                assert!(!b.contains(p), "label {} covers {p:?} of {s:?}", l.id);
            }
        }
    }
}

fn check_scene(scene: &Scene) {
    assert_labels_clear_of_shapes(scene);
    let vb = view_rect(scene);
    for s in &scene.shapes {
        for v in shape_numbers(s) {
            assert!(v.is_finite(), "non-finite number in {s:?}");
        }
        for p in shape_points(s) {
            assert!(vb.contains(p), "{p:?} outside the viewBox in {s:?}");
        }
    }
    for (i, a) in scene.labels.iter().enumerate() {
        let ba = label_box(a);
        assert!(
            vb.contains_rect(&ba),
            "label {} outside the viewBox: {ba:?}",
            a.id
        );
        let pts = points(&a.leader);
        assert!(pts.iter().all(|p| p.is_finite()));
        let end = pts.last().expect("a leader");
        assert!(
            end.distance(drawn(a.dot)) < 1e-9,
            "leader of {} ends at its dot (as both are drawn)",
            a.id
        );
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

#[test]
fn the_registry_knows_exactly_the_nine_structures() {
    let ids = known_annotation_ids(FIGURE_ID).expect("hip-front is registered");
    let mut got: Vec<&str> = ids.to_vec();
    got.sort_unstable();
    let mut want = vec![
        "femoral-head",
        "acetabulum",
        "labrum",
        "capsule",
        "femoral-neck",
        "greater-trochanter",
        "lesser-trochanter",
        "femur",
        "pelvis",
    ];
    want.sort_unstable();
    assert_eq!(got, want);
    assert_eq!(known_annotation_ids("no-such-figure"), None);
}

#[test]
fn every_label_is_drawn_and_unknown_ids_are_skipped() {
    let mut labels = SAMPLE_LABELS.to_vec();
    labels.push(("not-a-structure", "x"));
    let scene = hip_front(&Pose::default(), &labels);
    assert_eq!(scene.labels.len(), SAMPLE_LABELS.len());
    check_scene(&scene);
}

#[test]
fn each_hip_angle_changes_the_femur() {
    let base = femur_d(&hip_front(&Pose::default(), &[]));
    for p in [
        pose(30.0, 0.0, 0.0),
        pose(0.0, 20.0, 0.0),
        pose(0.0, 0.0, 25.0),
    ] {
        assert_ne!(femur_d(&hip_front(&p, &[])), base, "{p:?}");
    }
}

#[test]
fn the_socket_does_not_move() {
    let cup = |s: &Scene| {
        s.shapes
            .iter()
            .find_map(|sh| match sh {
                Shape::Path {
                    id: "acetabulum",
                    d,
                    ..
                } => Some(d.clone()),
                _ => None,
            })
            .expect("a socket")
    };
    assert_eq!(
        cup(&hip_front(&Pose::default(), &[])),
        cup(&hip_front(&pose(90.0, 40.0, -30.0), &[]))
    );
}

#[test]
fn shapes_all_have_classes() {
    let scene = hip_front(&Pose::default(), &SAMPLE_LABELS);
    for s in &scene.shapes {
        let class = match s {
            Shape::Path { class, .. } | Shape::Circle { class, .. } => *class,
        };
        assert!(class.starts_with("dg-"), "{s:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_pose_draws_a_clean_scene(
        flexion in 0.0f64..=100.0,
        abduction in -15.0f64..=45.0,
        rotation in -40.0f64..=40.0,
    ) {
        let scene = hip_front(&pose(flexion, abduction, rotation), &SAMPLE_LABELS);
        check_scene(&scene);
        prop_assert_eq!(scene.labels.len(), SAMPLE_LABELS.len());
    }
}

#[test]
fn extreme_poses_draw_clean_scenes() {
    for f in [0.0, 100.0] {
        for a in [-15.0, 45.0] {
            for r in [-40.0, 40.0] {
                check_scene(&hip_front(&pose(f, a, r), &SAMPLE_LABELS));
            }
        }
    }
}

#[test]
fn viewport_round_trips() {
    let v = Viewport::fit(
        Rect::new(-70.0, -125.0, 160.0, 340.0),
        Rect::new(0.0, 0.0, 360.0, 440.0),
    );
    for p in [
        Vec2::new(0.0, 0.0),
        Vec2::new(-70.0, 215.0),
        Vec2::new(12.345, -99.9),
    ] {
        assert!(v.from_svg(v.to_svg(p)).distance(p) < 1e-9);
    }
    assert!((v.len_from_svg(v.len_to_svg(23.0)) - 23.0).abs() < 1e-12);
    let lay = hip_front::layout();
    let p = Vec2::new(5.0, 7.0);
    assert!(lay.viewport.from_svg(lay.viewport.to_svg(p)).distance(p) < 1e-9);
}

#[test]
fn path_numbers_are_compact() {
    assert_eq!(num(-0.004), "0");
    assert_eq!(num(3.10), "3.1");
    assert_eq!(num(2.0), "2");
    assert_eq!(num(-1.236), "-1.2");
    let d = PathBuilder::new()
        .move_to(Vec2::new(1.0, -0.0001))
        .cubic_to(
            Vec2::new(1.5, 2.0),
            Vec2::new(2.25, 3.0),
            Vec2::new(4.0, 4.0),
        )
        .arc_to(3.0, 3.0, 0.0, false, true, Vec2::new(0.0, 0.0))
        .close()
        .build();
    // First move absolute, then relative to the written point; a minus sign separates.
    assert_eq!(d, "M1 0c0.5 2 1.3 3 3 4a3 3 0 0 1-4-4z");
    assert!(
        numbers(&d)
            .iter()
            .all(|v| *v != 0.0 || v.is_sign_positive()),
        "never -0"
    );
    assert_eq!(
        points(&d),
        [(1.0, 0.0), (1.5, 2.0), (2.3, 3.0), (4.0, 4.0), (0.0, 0.0)].map(|(x, y)| Vec2::new(x, y))
    );
}

#[test]
fn labels_stack_without_overlap_in_both_margins() {
    let vb = Rect::new(0.0, 0.0, 360.0, 300.0);
    let frame = LabelFrame::new(vb, Rect::new(115.0, 10.0, 130.0, 280.0), 15.0);
    let reqs: Vec<LabelRequest> = (0..8)
        .map(|i| LabelRequest {
            id: format!("s{i}"),
            text: "A fairly long label that wraps".into(),
            target: Vec2::new(130.0 + 12.0 * i as f64, 150.0 + 3.0 * i as f64),
            side: SidePref::Auto,
        })
        .collect();
    let placed = place_labels(&reqs, &frame);
    assert_eq!(placed.len(), 8);
    let left = placed.iter().filter(|l| l.x < 180.0).count();
    assert_eq!(left, 4, "balanced");
    for (i, a) in placed.iter().enumerate() {
        let b = label_box(a);
        assert!(vb.contains_rect(&b));
        assert!(a.lines.len() <= 3);
        assert!(!b.overlaps(&frame.drawing));
        for c in &placed[i + 1..] {
            assert!(!b.overlaps(&label_box(c)));
            assert!(!hip_explainer::diagram::labels::leaders_cross(a, c));
        }
    }
}

#[test]
fn blocked_parts_of_a_margin_stay_free() {
    let vb = Rect::new(0.0, 0.0, 360.0, 400.0);
    let mut frame = LabelFrame::new(vb, Rect::new(115.0, 10.0, 130.0, 380.0), 15.0);
    frame.blocked_left.push((150.0, 260.0));
    let reqs: Vec<LabelRequest> = (0..3)
        .map(|i| LabelRequest {
            id: format!("b{i}"),
            text: "Label".into(),
            target: Vec2::new(130.0, 200.0 + i as f64),
            side: SidePref::Only(Side::Left),
        })
        .collect();
    for l in place_labels(&reqs, &frame) {
        let b = label_box(&l);
        assert!(b.bottom() <= 150.0 || b.y >= 260.0, "{b:?}");
    }
}

/// Writes `target/preview/hip-front-*.html` (the SVG as the page would show it, with the
/// real stylesheet) so the drawing can be looked at in a browser.
#[test]
fn writes_previews() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/preview");
    std::fs::create_dir_all(&dir).expect("preview dir");
    let css = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/diagram.css");
    let css = std::fs::canonicalize(&css).unwrap_or(css);
    let poses = [
        ("neutral", Pose::default()),
        ("flexed-90", pose(90.0, 0.0, 0.0)),
        ("flexed-45", pose(45.0, 0.0, 0.0)),
        ("abducted-45", pose(0.0, 45.0, 0.0)),
        ("adducted-15", pose(0.0, -15.0, 0.0)),
        ("external-40", pose(0.0, 0.0, 40.0)),
        ("internal-40", pose(0.0, 0.0, -40.0)),
        ("flex-abd", pose(90.0, 45.0, 20.0)),
    ];
    for (name, p) in poses {
        let svg = scene_preview_svg(&hip_front(&p, &SAMPLE_LABELS));
        let html = format!(
            "<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><link rel=\"stylesheet\" href=\"file://{}\"><style>body{{margin:0;background:#fbf8f3;color:#1f2328;font:18px/1.6 system-ui,sans-serif}} svg{{display:block;width:100%;height:auto}}</style></head><body>{svg}</body></html>",
            css.display()
        );
        std::fs::write(dir.join(format!("hip-front-{name}.html")), html).expect("write preview");
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;")
}

/// A scene as standalone SVG markup for preview pages (shared by the preview tests).
pub fn scene_preview_svg(s: &Scene) -> String {
    let mut out = format!(
        "<svg class=\"scene\" viewBox=\"{} {} {} {}\" xmlns=\"http://www.w3.org/2000/svg\"><g class=\"shapes\">",
        s.view_box[0], s.view_box[1], s.view_box[2], s.view_box[3]
    );
    for sh in &s.shapes {
        match sh {
            Shape::Path { id, class, d } => {
                out += &format!("<path class=\"{class}\" data-id=\"{id}\" d=\"{d}\"/>")
            }
            Shape::Circle {
                class, cx, cy, r, ..
            } => out += &format!("<circle class=\"{class}\" cx=\"{cx}\" cy=\"{cy}\" r=\"{r}\"/>"),
        }
    }
    out += "</g><g class=\"labels\">";
    for l in &s.labels {
        out += &format!(
            "<g class=\"label\"><path class=\"leader\" d=\"{}\"/><circle class=\"leader-dot\" cx=\"{}\" cy=\"{}\" r=\"2.5\"/><text x=\"{}\" y=\"{}\" text-anchor=\"{}\">",
            l.leader, num(l.dot.0), num(l.dot.1), num(l.x), num(l.y), l.anchor.as_svg()
        );
        for (i, line) in l.lines.iter().enumerate() {
            let dy = if i == 0 { 0.0 } else { l.line_height };
            out += &format!(
                "<tspan x=\"{}\" dy=\"{}\">{}</tspan>",
                num(l.x),
                num(dy),
                esc(line)
            );
        }
        out += "</text></g>";
    }
    out + "</g></svg>"
}

/// The atlas look's gradients as the page draws them once (`components::paints`), for the
/// previews.
pub fn paints_preview_svg() -> String {
    use hip_explainer::diagram::look::{Shading, PAINTS};
    let mut out = String::from(
        "<svg class=\"dg-paints\" aria-hidden=\"true\" width=\"0\" height=\"0\"><defs>",
    );
    for p in PAINTS {
        let tag = match p.shading {
            Shading::Round => "radialGradient",
            Shading::Across => "linearGradient",
        };
        out += &format!("<{tag} id=\"{}\"", p.id);
        for (name, value) in p.shading.attributes() {
            out += &format!(" {name}=\"{value}\"");
        }
        out += ">";
        for offset in p.shading.offsets() {
            out += &format!("<stop offset=\"{offset}\"/>");
        }
        out += &format!("</{tag}>");
    }
    out + "</defs></svg>"
}

/// A point as the page draws it: each coordinate through the path number format.
pub fn drawn(p: (f64, f64)) -> Vec2 {
    Vec2::new(
        num(p.0).parse().expect("a number"),
        num(p.1).parse().expect("a number"),
    )
}

#[test]
fn labels_of_parts_hidden_behind_the_shaft_lose_their_leaders() {
    let behind = |p: Pose| -> Vec<String> {
        hip_front(&p, &SAMPLE_LABELS)
            .labels
            .iter()
            .filter(|l| l.behind)
            .map(|l| l.id.clone())
            .collect()
    };
    // Leg down, however it is swung, turned out or not turned: the shaft hides nothing.
    for a in [-15.0, 0.0, 20.0, 45.0] {
        for r in [0.0, 20.0, 40.0] {
            assert!(
                behind(pose(0.0, a, r)).is_empty(),
                "abduction {a}, rotation {r}"
            );
        }
        // Turned fully in, the lesser trochanter swings behind the shaft (as on an X-ray
        // of an inward-turned hip), and only it.
        assert_eq!(
            behind(pose(0.0, a, -40.0)),
            ["lesser-trochanter"],
            "abduction {a}"
        );
    }
    // Lifted high, the shaft points at the viewer and hides the neck (the model's ball lies
    // beside the shaft, medial to it, and stays in view); the greater trochanter, the shaft
    // itself and the pelvis are never behind it.
    for r in [-40.0, 0.0, 40.0] {
        let high = behind(pose(90.0, 0.0, r));
        assert!(
            high.iter().any(|h| h == "femoral-neck"),
            "the neck should be behind at rotation {r}: {high:?}"
        );
        for id in ["greater-trochanter", "femur", "pelvis", "acetabulum"] {
            assert!(!high.iter().any(|h| h == id), "{id} is in view: {high:?}");
        }
    }
}

#[test]
fn a_label_behind_the_shaft_draws_no_leader_or_dot() {
    use hip_explainer::components::scene_svg::SceneSvg;
    let scene = hip_front(&pose(90.0, 0.0, 0.0), &SAMPLE_LABELS);
    let html = futures::executor::block_on(
        yew::LocalServerRenderer::<SceneSvg>::with_props(
            hip_explainer::components::scene_svg::SceneSvgProps {
                scene: std::rc::Rc::new(scene),
                name_id: "n".into(),
                name: "Hip".into(),
                described_by: "d".into(),
                muscles: Default::default(),
            },
        )
        .render(),
    );
    let group = html
        .split("<g class=\"label is-behind\" data-id=\"femoral-neck\">")
        .nth(1)
        .and_then(|rest| rest.split("</g>").next())
        .expect("the neck's label is marked as behind");
    assert!(!group.contains("leader"), "{group}");
    assert!(group.contains("Neck"), "the text stays: {group}");
}

/// Leaders end on what they name, on the model's bones: no other named structure is painted
/// over a label's dot (labels of parts the femur hides have none), at every combination of
/// the ends and middles of the three controls (the capsule is drawn translucent, so it does
/// not hide what is under it).
#[test]
fn leaders_end_on_what_they_name() {
    use crate::leaders::dots_under_other_structures;
    let mut poses = Vec::new();
    for f in [0.0, 50.0, 100.0] {
        for a in [-15.0, 15.0, 45.0] {
            for r in [-40.0, 0.0, 40.0] {
                poses.push(pose(f, a, r));
            }
        }
    }
    for p in poses {
        let scene = hip_front(&p, &SAMPLE_LABELS);
        let shown: Vec<_> = scene.labels.iter().filter(|l| !l.behind).cloned().collect();
        let scene = Scene {
            labels: shown,
            ..scene
        };
        assert_eq!(
            dots_under_other_structures(&scene, &["capsule"]),
            Vec::<String>::new(),
            "{p:?}"
        );
    }
}
