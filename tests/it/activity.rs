//! Chapter 3: everyday activities, their poses, the planes they work, and the drawing.

use hip_explainer::content;
use hip_explainer::diagram::activity_planes::{self, activity_planes, capsule, FIGURE_ID};
use hip_explainer::diagram::labels::label_box;
use hip_explainer::diagram::path::{arc_radii, points};
use hip_explainer::diagram::scene::{Scene, Shape};
use hip_explainer::diagram::viewport::Rect;
use hip_explainer::geometry::activity::{Activity, Emphasis, Kind, MuscleGroup, Plane, MAX_LEAD};
use hip_explainer::geometry::body::{ArmPose, Body, BodyPose, LegPose};
use hip_explainer::geometry::{Vec2, Vec3};
use proptest::prelude::*;

const LABELS: [(&str, &str); 3] = [
    ("sagittal-plane", "Forward-back plane (sagittal)"),
    ("frontal-plane", "Side-to-side plane (frontal)"),
    ("transverse-plane", "Turning plane (transverse)"),
];

fn feet_bottoms(b: &Body) -> Vec<f64> {
    b.segments
        .iter()
        .filter(|s| s.id.ends_with("foot"))
        .flat_map(|s| [s.a.y + s.ra, s.b.y + s.rb])
        .collect()
}

#[test]
fn every_pose_keeps_its_joints_in_human_range() {
    for a in Activity::ALL {
        for angle in a.pose().angles() {
            let (lo, hi) = angle.range;
            assert!(
                angle.value.is_finite() && (lo..=hi).contains(&angle.value),
                "{a:?}: {} = {} outside {lo}..={hi}",
                angle.name,
                angle.value
            );
        }
    }
}

#[test]
fn feet_rest_on_or_above_the_floor_and_something_stands_on_it() {
    for a in Activity::ALL {
        let s = a.stage();
        let feet = feet_bottoms(&s.body);
        for y in &feet {
            assert!(*y <= s.floor_y + 1e-6, "{a:?}: a foot is below the floor");
        }
        let lowest_prop = s
            .props
            .iter()
            .flat_map(|p| p.points.iter().map(|q| q.y))
            .fold(f64::NEG_INFINITY, f64::max);
        assert!(
            lowest_prop <= s.floor_y + 1e-6,
            "{a:?}: equipment below the floor"
        );
        let touching = feet.iter().any(|y| (s.floor_y - y).abs() < 1.0)
            || (lowest_prop - s.floor_y).abs() < 1.0;
        assert!(touching, "{a:?}: nothing rests on the floor");
        // Standing height is that of an adult: hips 0.8-1.0 m above the floor when upright.
        if matches!(
            a,
            Activity::Walking | Activity::SideStepping | Activity::Turning
        ) {
            let h = s.floor_y - s.body.pelvis_centre.y;
            assert!((800.0..=1000.0).contains(&h), "{a:?}: hip height {h}");
        }
    }
}

#[test]
fn walking_puts_the_front_heel_and_back_toes_on_the_floor() {
    let s = Activity::Walking.stage();
    let f = |id: &str| s.body.segments.iter().find(|x| x.id == id).unwrap();
    let (r, l) = (f("right-foot"), f("left-foot"));
    assert!(s.floor_y - (r.a.y + r.ra) < 8.0, "right heel down");
    assert!(s.floor_y - (r.b.y + r.rb) > 30.0, "right toes up");
    assert!(s.floor_y - (l.b.y + l.rb) < 8.0, "left toes down");
    assert!(s.floor_y - (l.a.y + l.ra) > 30.0, "left heel up");
    assert!(r.b.z > l.b.z + 300.0, "a real stride");
}

#[test]
fn sitting_rests_on_a_chair_at_a_desk_with_feet_flat() {
    let s = Activity::Sitting.stage();
    for y in feet_bottoms(&s.body) {
        assert!(s.floor_y - y < 5.0, "feet flat on the floor");
    }
    let seat = s.props.iter().find(|p| p.id == "chair-seat").unwrap();
    let seat_h = s.floor_y - seat.points[0].y;
    assert!((380.0..=500.0).contains(&seat_h), "seat height {seat_h}");
    let desk = s.props.iter().find(|p| p.id == "desk-top").unwrap();
    let desk_h = s.floor_y - desk.points[0].y;
    assert!((620.0..=780.0).contains(&desk_h), "desk height {desk_h}");
}

#[test]
fn cycling_puts_the_feet_on_opposite_pedals_of_a_real_crank() {
    let s = Activity::Cycling.stage();
    let [r, l] = s.body.balls;
    let radius = r.distance(l) / 2.0;
    assert!((150.0..=210.0).contains(&radius), "crank radius {radius}");
    assert!(r.y < l.y, "right pedal up, left down");
    for y in feet_bottoms(&s.body) {
        assert!(s.floor_y - y > 50.0, "feet off the floor, on the pedals");
    }
}

#[test]
fn each_activity_mostly_works_one_plane_as_the_chapter_says() {
    use Emphasis::*;
    for a in Activity::ALL {
        let p = a.planes();
        assert_eq!(p.iter().filter(|e| **e == Mostly).count(), 1, "{a:?}");
    }
    let mostly = |a: Activity| Plane::ALL[a.planes().iter().position(|e| *e == Mostly).unwrap()];
    for a in [
        Activity::Walking,
        Activity::Running,
        Activity::Cycling,
        Activity::Sitting,
    ] {
        assert_eq!(mostly(a), Plane::Sagittal, "{a:?}");
    }
    assert_eq!(mostly(Activity::SideStepping), Plane::Frontal);
    assert_eq!(mostly(Activity::Turning), Plane::Transverse);
    // Walking also asks the side muscles to keep the pelvis level on one leg.
    assert_eq!(Activity::Walking.planes()[1], ALittle);
    assert!(Activity::Walking.lead(MuscleGroup::GluteusMediusMinimus) >= 2);
}

#[test]
fn muscle_levels_are_ordinal_and_modest() {
    for a in Activity::ALL {
        assert!(a.leads().iter().all(|l| *l <= MAX_LEAD));
    }
    assert!(Activity::Sitting.leads().iter().all(|l| *l == 0));
    let top = |a: Activity, k: Kind| {
        MuscleGroup::ALL
            .into_iter()
            .filter(|g| g.kind() == k)
            .map(|g| a.lead(g))
            .max()
            .unwrap()
    };
    for a in [Activity::Running, Activity::Cycling] {
        assert!(
            top(a, Kind::BigMover) > top(a, Kind::Stabilizer),
            "{a:?}: big movers lead"
        );
    }
    for a in [Activity::SideStepping, Activity::Turning] {
        assert!(
            top(a, Kind::Stabilizer) > top(a, Kind::BigMover),
            "{a:?}: stabilizers lead"
        );
    }
    assert_eq!(
        MuscleGroup::ALL
            .iter()
            .filter(|g| g.kind() == Kind::Stabilizer)
            .count(),
        2
    );
}

#[test]
fn content_names_every_activity_plane_and_muscle_group() {
    let f = content::load()
        .chapters
        .iter()
        .flat_map(|c| c.figures())
        .find(|f| f.id == FIGURE_ID)
        .expect("chapter 3 has the activity figure");
    let picker = f.picker.as_ref().expect("a picker");
    let ids: Vec<&str> = picker.options.iter().map(|o| o.id.as_str()).collect();
    let want: Vec<&str> = Activity::ALL.iter().map(|a| a.id()).collect();
    assert_eq!(ids, want);
    let chart = f.chart.as_ref().expect("a chart");
    assert_eq!(chart.levels.len(), usize::from(MAX_LEAD) + 1);
    let groups: Vec<&str> = chart.groups.iter().map(|g| g.id.as_str()).collect();
    let want: Vec<&str> = MuscleGroup::ALL.iter().map(|g| g.id()).collect();
    assert_eq!(groups, want);
    let labels: Vec<&str> = f.labels.iter().map(|l| l.id.as_str()).collect();
    for p in Plane::ALL {
        assert!(labels.contains(&p.id()), "{} is labelled", p.id());
    }
    assert_eq!(
        hip_explainer::diagram::known_annotation_ids(FIGURE_ID),
        Some(activity_planes::annotation_ids())
    );
}

// ----- The drawing -----

/// Every point of a path (move/line/curve ends and control points, arc ends), checking on
/// the way that arc radii are finite and positive.
fn path_points(d: &str) -> Vec<Vec2> {
    for (rx, ry) in arc_radii(d) {
        assert!(rx > 0.0 && ry > 0.0, "arc radii in {d}");
    }
    points(d)
}

fn check_scene(scene: &Scene, what: &str) {
    let [x, y, w, h] = scene.view_box;
    let vb = Rect::new(x, y, w, h);
    for s in &scene.shapes {
        let pts = match s {
            Shape::Path { d, .. } => path_points(d),
            Shape::Circle { cx, cy, .. } => vec![Vec2::new(*cx, *cy)],
        };
        assert!(!pts.is_empty(), "{what}: empty shape {s:?}");
        for p in pts {
            assert!(p.is_finite(), "{what}: NaN in {s:?}");
            assert!(vb.contains(p), "{what}: {p:?} outside the viewBox in {s:?}");
        }
    }
    assert_eq!(scene.labels.len(), 3, "{what}: every plane is labelled");
    for (i, a) in scene.labels.iter().enumerate() {
        let ba = label_box(a);
        assert!(vb.contains_rect(&ba), "{what}: label {} outside", a.id);
        let end = *points(&a.leader).last().unwrap();
        assert!(end.distance(crate::diagram::drawn(a.dot)) < 1e-9);
        for b in &scene.labels[i + 1..] {
            assert!(!ba.overlaps(&label_box(b)), "{what}: labels overlap");
        }
    }
}

fn shape_d(scene: &Scene) -> String {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Path { d, .. } => Some(d.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("|")
}

#[test]
fn every_activity_draws_inside_the_view_box_with_clear_labels() {
    let lay = activity_planes::layout();
    assert_eq!(lay.view_box.w, 360.0);
    assert!(
        lay.view_box.h < 480.0,
        "fits a phone screen: {}",
        lay.view_box.h
    );
    for a in Activity::ALL {
        let scene = activity_planes(a, &LABELS);
        check_scene(&scene, &format!("{a:?}"));
        // Labels stay beside the drawing, never on it.
        for l in &scene.labels {
            let b = label_box(l);
            assert!(
                b.right() <= lay.drawing.x || b.x >= lay.drawing.right(),
                "{a:?}: {}",
                l.id
            );
        }
        // The plane it mostly works is drawn strong, exactly once.
        let strong = scene
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Path { class, .. } if class.contains("plane-mostly")))
            .count();
        assert_eq!(strong, 1, "{a:?}");
    }
}

#[test]
fn each_activity_draws_differently() {
    let all: Vec<String> = Activity::ALL
        .iter()
        .map(|a| shape_d(&activity_planes(*a, &LABELS)))
        .collect();
    for i in 0..all.len() {
        for j in i + 1..all.len() {
            assert_ne!(
                all[i],
                all[j],
                "{:?} vs {:?}",
                Activity::ALL[i],
                Activity::ALL[j]
            );
        }
    }
}

#[test]
fn unknown_labels_are_skipped() {
    let scene = activity_planes(Activity::Walking, &[("femur", "Thigh bone")]);
    assert!(scene.labels.is_empty());
}

#[test]
fn a_capsule_outline_wraps_both_ends() {
    let d = capsule(Vec2::new(0.0, 0.0), 10.0, Vec2::new(0.0, 50.0), 5.0);
    let pts = path_points(&d);
    assert!(pts
        .iter()
        .all(|p| p.x.abs() <= 10.0 + 1e-6 && p.y >= -10.0 - 1e-6 && p.y <= 55.0 + 1e-6));
    assert_eq!(d.matches(['A', 'a']).count(), 2);
    // One circle inside the other: just the big circle.
    let d = capsule(Vec2::new(0.0, 0.0), 10.0, Vec2::new(1.0, 0.0), 2.0);
    assert!(d.contains(['A', 'a']) && !d.contains(['L', 'l']));
}

// ----- Any pose in range -----

fn leg() -> impl Strategy<Value = LegPose> {
    (
        -25.0..=120.0f64,
        -20.0..=40.0f64,
        -40.0..=40.0f64,
        0.0..=135.0f64,
        -45.0..=20.0f64,
    )
        .prop_map(|(f, a, r, k, an)| LegPose {
            hip_flexion: f,
            hip_abduction: a,
            hip_rotation: r,
            knee_flexion: k,
            ankle: an,
        })
}

fn arm() -> impl Strategy<Value = ArmPose> {
    (-50.0..=170.0f64, 0.0..=170.0f64, 0.0..=145.0f64).prop_map(|(f, a, e)| ArmPose {
        shoulder_flexion: f,
        shoulder_abduction: a,
        elbow_flexion: e,
    })
}

fn pose() -> impl Strategy<Value = BodyPose> {
    (
        (
            -60.0..=60.0f64,
            -15.0..=35.0f64,
            -10.0..=45.0f64,
            -30.0..=30.0f64,
        ),
        leg(),
        leg(),
        arm(),
        arm(),
    )
        .prop_map(|((turn, lean, trunk, twist), rl, ll, ra, la)| BodyPose {
            pelvis_turn: turn,
            pelvis_lean: lean,
            trunk_lean: trunk,
            trunk_twist: twist,
            right_leg: rl,
            left_leg: ll,
            right_arm: ra,
            left_arm: la,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any pose in range gives finite points, limbs that stay joined at their joints and
    /// keep their lengths, and a floor no foot goes through.
    #[test]
    fn any_pose_in_range_builds_a_joined_figure(p in pose()) {
        let b = Body::new(&p);
        for q in b.extreme_points() {
            prop_assert!(q.is_finite());
        }
        prop_assert!(b.hips[0].distance(Vec3::ZERO) < 1e-9, "the right hip stays at the origin");
        let seg = |id: &str| *b.segments.iter().find(|s| s.id == id).unwrap();
        for (i, side) in ["right", "left"].iter().enumerate() {
            let thigh = seg(&format!("{side}-thigh"));
            let shank = seg(&format!("{side}-shank"));
            prop_assert!(thigh.a.distance(b.hips[i]) < 1e-9);
            prop_assert!(thigh.b.distance(shank.a) < 1e-9, "knee joined");
            prop_assert!((thigh.a.distance(thigh.b) - 420.0).abs() < 1e-6);
            prop_assert!((shank.a.distance(shank.b) - 410.0).abs() < 1e-6);
            let upper = seg(&format!("{side}-upper-arm"));
            let fore = seg(&format!("{side}-forearm"));
            prop_assert!(upper.b.distance(fore.a) < 1e-9, "elbow joined");
        }
        for y in feet_bottoms(&b) {
            prop_assert!(y <= b.floor_y + 1e-9);
        }
        for angle in p.angles() {
            prop_assert!(angle.value >= angle.range.0 && angle.value <= angle.range.1);
        }
    }

    /// Any activity, with any label words that fit, draws finite shapes inside the viewBox.
    #[test]
    fn any_activity_with_any_words_stays_inside(i in 0usize..6, words in "[A-Za-z]{2,9}( [A-Za-z]{2,9}){0,3}") {
        let a = Activity::ALL[i];
        let labels = [
            ("sagittal-plane", words.as_str()),
            ("frontal-plane", words.as_str()),
            ("transverse-plane", words.as_str()),
        ];
        check_scene(&activity_planes(a, &labels), &format!("{a:?} with {words:?}"));
    }
}

#[test]
fn plane_labels_point_at_their_plane_where_the_figure_leaves_it_in_view() {
    use crate::cover::{Cover, TARGET_CLEARANCE};
    use activity_planes::{plane_corners, project};
    use hip_explainer::diagram::labels::leader_points;
    let vp = activity_planes::layout().viewport;
    for a in Activity::ALL {
        let stage = a.stage();
        let cover = Cover::new(&stage, &vp);
        let near = Cover::near(&stage, &vp);
        let scene = activity_planes(a, &LABELS);
        assert_eq!(scene.labels.len(), LABELS.len(), "{a:?}");
        for l in &scene.labels {
            let dot = crate::diagram::drawn(l.dot);
            // On its own plane...
            let plane = Plane::ALL
                .into_iter()
                .find(|p| p.id() == l.id)
                .expect("a plane");
            let corners: Vec<Vec2> = plane_corners(&stage, plane)
                .iter()
                .map(|p| vp.to_svg(project(*p).0))
                .collect();
            assert!(
                crate::leaders::inside(&corners, dot),
                "{a:?}: {} dot off its plane",
                l.id
            );
            // ...where no head, arm or bike is drawn over it...
            assert!(
                !cover.covers(dot, TARGET_CLEARANCE - 0.2),
                "{a:?}: {} dot on the figure at {dot:?} (move it in `label_spot`)",
                l.id
            );
            // ...and the leader does not run over the head, trunk or near limbs on the way
            // (a far limb or a bike may wall a plane off: see `activity_planes`).
            for w in leader_points(l).windows(2) {
                for k in 0..=40 {
                    let q = w[0].lerp(w[1], k as f64 / 40.0);
                    assert!(
                        !near.covers(q, 0.5),
                        "{a:?}: {} leader crosses the figure at {q:?} (move it in `label_spot`)",
                        l.id
                    );
                }
            }
        }
    }
}

#[test]
fn the_cover_holds_the_figure_and_not_the_empty_corners() {
    use crate::cover::Cover;
    use activity_planes::project;
    let lay = activity_planes::layout();
    let vp = lay.viewport;
    for a in Activity::ALL {
        let stage = a.stage();
        let cover = Cover::new(&stage, &vp);
        let down = Vec3::new(0.0, -stage.floor_y, 0.0);
        for s in &stage.body.segments {
            let mid = vp.to_svg(project(s.a.lerp(s.b, 0.5) + down).0);
            assert!(cover.covers(mid, 0.0), "{a:?}: {}", s.id);
        }
        let pelvis = vp.to_svg(project(stage.body.pelvis_centre + down).0);
        assert!(cover.covers(pelvis, 0.0), "{a:?}: trunk");
        let d = lay.drawing;
        for corner in [
            Vec2::new(d.x, d.y),
            Vec2::new(d.right(), d.y),
            Vec2::new(d.x, d.y + d.h),
        ] {
            assert!(!cover.covers(corner, 0.0), "{a:?}: {corner:?}");
        }
    }
}
