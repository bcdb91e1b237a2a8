//! The posable figure and the exercises: every keyframe and every in-between frame keeps
//! joint angles in human range, nothing below the floor, and the right parts on it; planted
//! feet stay put; and the drawing and its animation come from the same frames.

use hip_explainer::diagram::exercise_figure::{self, capsule_path, drawing, Still, SAMPLES};
use hip_explainer::geometry::figure::exercise::{by_id, Exercise, Point, CONTACT, FLOOR};
use hip_explainer::geometry::figure::pose::{Frame, Part};
use hip_explainer::geometry::figure::EXERCISES;
use proptest::prelude::*;

/// How far below the floor line an outline may reach (rounding only).
const BELOW: f64 = 0.5;

fn check_frame(ex: &Exercise, f: &Frame, when: &str) {
    let at = format!("{} at {when}", ex.id);
    assert_eq!(
        f.pose.out_of_range(ex.view),
        Vec::<String>::new(),
        "{at}: angles out of human range"
    );
    for p in f.outlines() {
        assert!(
            p.a.is_finite() && p.b.is_finite(),
            "{at}: {} not finite",
            p.part.name()
        );
        assert!(
            p.lowest() >= FLOOR - BELOW,
            "{at}: {} reaches {:.1} mm below the floor",
            p.part.name(),
            FLOOR - p.lowest()
        );
    }
    for part in ex.on_floor {
        let p = f.outlines().into_iter().find(|o| o.part == *part).unwrap();
        assert!(
            p.lowest() <= FLOOR + CONTACT,
            "{at}: {} should rest on the floor but is {:.1} mm above it",
            part.name(),
            p.lowest()
        );
    }
    let (point, place) = ex.anchor;
    let now = match point {
        Point::Pelvis => f.joints[0].0,
        Point::Chest => f.point(Part::Trunk, ex.view.body().trunk.to),
        Point::Knee(i) => f.point(Part::Shin(i), 0.0),
    };
    assert!(now.distance(place) < 0.01, "{at}: anchor moved to {now:?}");
}

#[test]
fn keyframes_are_in_human_range_and_on_the_floor() {
    for ex in EXERCISES {
        assert!(
            ex.keyframes.len() >= 2,
            "{}: needs a start and an end",
            ex.id
        );
        for (k, _) in ex.keyframes.iter().enumerate() {
            let t = k as f64 / (ex.keyframes.len() - 1) as f64;
            check_frame(ex, &ex.frame_at(t), &format!("keyframe {k}"));
        }
    }
}

#[test]
fn every_sampled_in_between_frame_is_valid() {
    for ex in EXERCISES {
        for (k, f) in ex.frames(60).iter().enumerate() {
            check_frame(ex, f, &format!("sample {k}/60"));
        }
    }
}

proptest! {
    #[test]
    fn any_in_between_frame_is_valid(i in 0..EXERCISES.len(), t in 0.0f64..=1.0) {
        let ex = &EXERCISES[i];
        check_frame(ex, &ex.frame_at(t), &format!("t = {t}"));
    }

    #[test]
    fn planted_feet_stay_where_they_start(i in 0..EXERCISES.len(), t in 0.0f64..=1.0) {
        let ex = &EXERCISES[i];
        let start = ex.frame_at(0.0);
        let now = ex.frame_at(t);
        for &leg in ex.plant_feet {
            let a = start.point(Part::Foot(leg), 0.0);
            let b = now.point(Part::Foot(leg), 0.0);
            prop_assert!(a.distance(b) < 0.5, "{}: ankle {leg} slid {:.1} mm", ex.id, a.distance(b));
            if ex.view == hip_explainer::geometry::figure::View::Side {
                let turn = start.direction(Part::Foot(leg)) - now.direction(Part::Foot(leg));
                prop_assert!(turn.abs() < 0.5, "{}: foot {leg} turned {turn:.1}", ex.id);
            }
        }
    }

    #[test]
    fn out_of_range_times_are_held_at_the_ends(i in 0..EXERCISES.len(), t in -10.0f64..10.0) {
        let ex = &EXERCISES[i];
        let f = ex.frame_at(t);
        let end = if t < 0.0 { ex.frame_at(0.0) } else if t > 1.0 { ex.frame_at(1.0) } else { f.clone() };
        prop_assert_eq!(f, end);
    }
}

#[test]
fn each_exercise_makes_its_movement() {
    let rise = |id: &str, part: Part, along: f64| {
        let ex = by_id(id).unwrap();
        ex.frame_at(1.0).point(part, along).y - ex.frame_at(0.0).point(part, along).y
    };
    // The top leg lifts from resting on the other leg to 25-30 degrees of abduction, as
    // clinicians cue it; drawn, that is the angle between the top thigh and the body's axis.
    let side = by_id("side-lying-abduction").unwrap();
    let top = side.keyframes[side.keyframes.len() - 1].hip[1];
    assert!((25.0..=30.0).contains(&top), "abduction at the top {top}");
    let end = side.frame_at(1.0);
    let in_line = end.direction(Part::Pelvis) + 180.0;
    let drawn =
        hip_explainer::geometry::figure::pose::wrap(end.direction(Part::Thigh(1)) - in_line).abs();
    assert!((25.0..=30.0).contains(&drawn), "drawn abduction {drawn:.1}");
    let lift = rise("side-lying-abduction", Part::Foot(1), 0.0);
    assert!((350.0..=650.0).contains(&lift), "leg lift {lift:.0} mm");
    // The top knee opens while the feet stay together.
    let knee = rise("clamshell", Part::Shin(1), 0.0);
    assert!(knee > 120.0, "clamshell knee rises {knee:.0} mm");
    let clam = by_id("clamshell").unwrap().frame_at(1.0);
    let feet = clam
        .point(Part::Foot(0), 0.0)
        .distance(clam.point(Part::Foot(1), 0.0));
    assert!(feet < 120.0, "clamshell feet {feet:.0} mm apart");
    // The hips lift off the floor in the bridge and the side plank.
    // (The side plank's lift is smaller: the shoulder stays over the elbow on the floor.)
    for (id, least) in [("glute-bridge", 100.0), ("side-plank-knees", 60.0)] {
        let hips = rise(id, Part::Pelvis, 0.0);
        assert!(hips > least, "{id}: hips rise {hips:.0} mm");
    }
    // At the top of the bridge, shoulder, hip and knee are close to a straight line.
    let top = by_id("glute-bridge").unwrap().frame_at(1.0);
    let (chest, hip, knee) = (
        top.point(Part::Trunk, 400.0),
        top.joints[0].0,
        top.point(Part::Shin(1), 0.0),
    );
    let bend = ((hip - chest).cross(knee - hip) / ((hip - chest).length() * (knee - hip).length()))
        .asin()
        .to_degrees();
    assert!(
        bend.abs() < 15.0,
        "bridge bends {bend:.0} degrees at the hip"
    );
}

#[test]
fn joint_range_check_catches_impossible_poses() {
    let ex = by_id("glute-bridge").unwrap();
    let mut p = ex.keyframes[0];
    p.knee[0] = -20.0;
    assert!(!p.out_of_range(ex.view).is_empty());
    let mut p = ex.keyframes[0];
    p.hip[1] = 170.0;
    assert!(!p.out_of_range(ex.view).is_empty());
    let front = by_id("side-lying-abduction").unwrap();
    let mut p = front.keyframes[0];
    p.knee[1] = 40.0; // a straight leg seen from the front cannot bend sideways
    assert!(!p.out_of_range(front.view).is_empty());
}

#[test]
fn the_moving_drawing_starts_at_the_start_still_and_animates_from_the_model() {
    let css = exercise_figure::keyframes_css();
    for ex in EXERCISES {
        let moving = drawing(ex, Still::Moving);
        let start = drawing(ex, Still::Start);
        let end = drawing(ex, Still::End);
        assert_eq!(moving.view_box, start.view_box);
        assert_eq!(moving.view_box, end.view_box);
        assert_eq!(moving.root.transform, start.root.transform);
        // A joint that only turns animates its turn alone, inside a group that places it;
        // the stills need no such groups.
        assert!(!places(&moving.root).is_empty(), "{}", ex.id);
        assert!(places(&start.root).is_empty() && places(&end.root).is_empty());
        assert_ne!(
            start.root, end.root,
            "{}: start and end look the same",
            ex.id
        );
        // Every moving joint has keyframes with one step per sample, and the first step is
        // the start pose.
        let mut names = Vec::new();
        collect(&moving.root, &mut names);
        assert!(!names.is_empty(), "{}: nothing moves", ex.id);
        for (name, first) in names {
            let at = css
                .find(&format!("@keyframes {name}{{"))
                .unwrap_or_else(|| panic!("no keyframes for {name}"));
            let block = &css[at..at + css[at..].find("}\n").unwrap()];
            assert_eq!(block.matches("transform:").count(), SAMPLES + 1, "{name}");
            assert!(
                block.contains(&format!("{{transform:{}}}", to_css(&first))),
                "{name}: first keyframe is not the start pose {first}"
            );
        }
    }
}

fn places(n: &exercise_figure::Node) -> Vec<String> {
    let mut out: Vec<String> = n.place.iter().cloned().collect();
    for c in n.behind.iter().chain(&n.front) {
        out.extend(places(c));
    }
    out
}

fn collect(n: &exercise_figure::Node, out: &mut Vec<(String, String)>) {
    if let Some(m) = &n.motion {
        out.push((m.clone(), n.transform.clone()));
    }
    for c in n.behind.iter().chain(&n.front) {
        collect(c, out);
    }
}

/// `translate(1 2) rotate(3)` or `rotate(3)` (attribute form) -> the CSS form.
fn to_css(attr: &str) -> String {
    let rot = &attr[attr.rfind('(').unwrap() + 1..attr.len() - 1];
    if !attr.starts_with("translate") {
        return format!("rotate({rot}deg)");
    }
    let args: Vec<&str> = attr[attr.find('(').unwrap() + 1..attr.find(')').unwrap()]
        .split(' ')
        .collect();
    format!("translate({}px,{}px) rotate({rot}deg)", args[0], args[1])
}

#[test]
fn outlines_are_closed_smooth_paths() {
    use hip_explainer::geometry::figure::body::SIDE;
    for c in [SIDE.thigh_shape, SIDE.trunk, SIDE.head, SIDE.foot_shape] {
        let d = capsule_path(c);
        assert!(
            d.starts_with('M') && d.to_ascii_uppercase().ends_with('Z'),
            "{d}"
        );
        assert_eq!(
            d.to_ascii_uppercase().matches('A').count(),
            2,
            "two round ends: {d}"
        );
        // Closed: the points read back end where they start.
        let pts = hip_explainer::diagram::path::points(&d);
        assert!(pts.len() >= 4, "{d}");
    }
    // A segment seen end-on is a circle.
    let mut c = SIDE.shin_shape;
    c.to = 0.0;
    assert_eq!(capsule_path(c).to_ascii_uppercase().matches('A').count(), 2);
}
