//! The exercises as data: a short list of keyframe poses each, what stays where it is, and
//! what must rest on the floor. [`Exercise::frame_at`] interpolates between keyframes and
//! then keeps planted feet and resting elbows in place, the way a body does.

use super::body::View;
use super::pose::{Frame, Part, Pose};
use crate::geometry::vec::Limit;
use crate::geometry::Vec2;

/// A point of the figure an exercise holds still.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    /// Centre of the pelvis (midpoint between the hip joints).
    Pelvis,
    /// Upper end of the trunk's outline (the upper back or the chest).
    Chest,
    /// Knee `i`.
    Knee(usize),
}

/// The muscle that works, drawn as a highlighted oval on a body part.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Muscle {
    /// Muscle id, as the content names it (e.g. `gluteus-medius`).
    pub id: &'static str,
    /// The part it is drawn on (it moves with it).
    pub part: Part,
    /// Centre along the part's axis (mm from its joint).
    pub along: f64,
    /// Centre across the axis (mm, anticlockwise positive).
    pub across: f64,
    /// Half-length along the axis.
    pub rx: f64,
    /// Half-width across the axis.
    pub ry: f64,
}

/// One exercise.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Exercise {
    /// Id used by content and the page (e.g. `clamshell`).
    pub id: &'static str,
    /// From which side the figure is drawn.
    pub view: View,
    /// Start pose, any in-between poses, end pose.
    pub keyframes: &'static [Pose],
    /// A point held at a fixed place in the drawing in every frame.
    pub anchor: (Point, Vec2),
    /// Legs whose ankle stays where it is in the first keyframe (foot planted).
    pub plant_feet: &'static [usize],
    /// Arms whose elbow rests on the floor, forearm lying as in the first keyframe.
    pub arms_on_floor: &'static [usize],
    /// Parts that touch the floor in every frame.
    pub on_floor: &'static [Part],
    /// The muscle the exercise works.
    pub muscle: Muscle,
}

/// Height of the drawing's floor line.
pub const FLOOR: f64 = 0.0;

/// How close (mm) a part must come to the floor to count as resting on it.
pub const CONTACT: f64 = 4.0;

const STILL: Pose = Pose {
    pelvis: 180.0,
    facing: 1.0,
    trunk: 0.0,
    neck: 0.0,
    hip: [0.0, 0.0],
    knee: [0.0, 0.0],
    ankle: [0.0, 0.0],
    shoulder: [0.0, 0.0],
    elbow: [0.0, 0.0],
    hip_fold: [0.0, 0.0],
    knee_fold: [0.0, 0.0],
};

/// Lying on one side, resting on the lower forearm: the trunk and arms of both side-lying
/// exercises.
const ON_SIDE: Pose = Pose {
    trunk: -5.0,
    shoulder: [172.0, 0.0],
    elbow: [-8.0, 0.0],
    ..STILL
};

/// Side-lying abduction's start: the straight top leg rests on the other one.
const SIDE_LYING_START: Pose = Pose {
    neck: 14.0,
    hip: [5.0, -8.0],
    knee: [5.0, 0.0],
    hip_fold: [20.0, 0.0],
    knee_fold: [50.0, 0.0],
    ..ON_SIDE
};

/// Side-lying hip abduction: lying on one side, lift the straight top leg from resting on
/// the other leg (a little adducted) to about 28 degrees of abduction, the 25-30 degrees
/// clinicians usually cue (lift until just before the pelvis starts to hitch up).
pub const SIDE_LYING: Exercise = Exercise {
    id: "side-lying-abduction",
    view: View::Front,
    keyframes: &[
        SIDE_LYING_START,
        Pose {
            hip: [5.0, 28.0],
            ..SIDE_LYING_START
        },
    ],
    anchor: (Point::Pelvis, Vec2::new(0.0, 170.0)),
    plant_feet: &[],
    arms_on_floor: &[0],
    on_floor: &[Part::Thigh(0), Part::Forearm(0)],
    muscle: Muscle {
        id: "gluteus-medius",
        part: Part::Pelvis,
        along: 20.0,
        across: -95.0,
        rx: 75.0,
        ry: 45.0,
    },
};

/// The clamshell's start: hips and knees bent.
const CLAMSHELL_START: Pose = Pose {
    neck: 6.0,
    hip: [6.5, -14.0],
    knee: [6.5, 0.0],
    hip_fold: [45.0, 45.0],
    knee_fold: [90.0, 90.0],
    ..ON_SIDE
};

/// Clamshell: lying on one side with hips and knees bent, open the top knee. Held and
/// worked like side-lying abduction (the same anchor, floor contacts and muscle), with the
/// top foot kept where it starts.
pub const CLAMSHELL: Exercise = Exercise {
    id: "clamshell",
    keyframes: &[
        CLAMSHELL_START,
        Pose {
            hip: [6.5, 30.0],
            knee: [6.5, 60.0],
            hip_fold: [45.0, 33.0],
            knee_fold: [90.0, 66.0],
            ..CLAMSHELL_START
        },
    ],
    plant_feet: &[1],
    ..SIDE_LYING
};

/// Glute bridge: lying on the back, knees bent, lift the hips.
pub const BRIDGE: Exercise = Exercise {
    id: "glute-bridge",
    view: View::Side,
    keyframes: &[
        Pose {
            neck: -7.0,
            hip: [50.0, 50.0],
            knee: [125.0, 125.0],
            ankle: [-15.0, -15.0],
            shoulder: [-14.0, -14.0],
            elbow: [14.0, 14.0],
            ..STILL
        },
        Pose {
            pelvis: 202.0,
            neck: 22.0,
            hip: [0.0, 0.0],
            knee: [90.0, 90.0],
            ankle: [-15.0, -15.0],
            shoulder: [-14.0, -14.0],
            elbow: [14.0, 14.0],
            ..STILL
        },
    ],
    anchor: (Point::Chest, Vec2::new(0.0, 112.0)),
    plant_feet: &[0, 1],
    arms_on_floor: &[0, 1],
    on_floor: &[Part::Trunk, Part::Foot(0), Part::Foot(1), Part::Forearm(1)],
    muscle: Muscle {
        id: "gluteus-maximus",
        part: Part::Pelvis,
        along: -5.0,
        across: 50.0,
        rx: 80.0,
        ry: 55.0,
    },
};

/// Side plank from the knees: lying on one side propped on a forearm, lift the hips.
pub const SIDE_PLANK: Exercise = Exercise {
    id: "side-plank-knees",
    view: View::Front,
    keyframes: &[
        Pose {
            pelvis: 170.0,
            trunk: -10.0,
            neck: 0.0,
            hip: [-3.0, 3.0],
            knee: [0.0, 0.0],
            shoulder: [60.0, 0.0],
            elbow: [60.0, 0.0],
            knee_fold: [90.0, 90.0],
            ..STILL
        },
        Pose {
            pelvis: 162.7,
            trunk: 0.0,
            neck: 0.0,
            hip: [0.0, 0.0],
            knee: [0.0, 0.0],
            shoulder: [60.0, 0.0],
            elbow: [60.0, 0.0],
            knee_fold: [90.0, 90.0],
            ..STILL
        },
    ],
    anchor: (Point::Knee(0), Vec2::new(0.0, 50.0)),
    plant_feet: &[],
    arms_on_floor: &[0],
    on_floor: &[Part::Shin(0), Part::Forearm(0)],
    muscle: Muscle {
        id: "gluteus-medius",
        part: Part::Pelvis,
        along: 20.0,
        across: 95.0,
        rx: 75.0,
        ry: 45.0,
    },
};

/// Every exercise, in the order the chapter shows them.
pub const EXERCISES: &[Exercise] = &[SIDE_LYING, CLAMSHELL, BRIDGE, SIDE_PLANK];

/// The exercise with this id.
pub fn by_id(id: &str) -> Option<&'static Exercise> {
    EXERCISES.iter().find(|e| e.id == id)
}

/// Smooth start and stop: 0 -> 0, 1 -> 1, zero speed at both ends.
pub fn ease(t: f64) -> f64 {
    let t = if t > 0.0 { t.min(1.0) } else { 0.0 };
    t * t * (3.0 - 2.0 * t)
}

impl Exercise {
    /// The figure at `t` (0 = first keyframe, 1 = last), eased between keyframes, with
    /// the anchor held, planted feet kept where they start and resting elbows on the floor.
    pub fn frame_at(&self, t: f64) -> Frame {
        let n = self.keyframes.len();
        if n == 0 {
            return Frame::new(self.view, STILL, Vec2::ZERO);
        }
        let t = if t > 0.0 { t.min(1.0) } else { 0.0 };
        let span = (n - 1) as f64;
        let k = ((t * span).floor() as usize).min(n.saturating_sub(2));
        let u = ease(t * span - k as f64);
        let pose = if n == 1 {
            self.keyframes[0]
        } else {
            self.keyframes[k].lerp(&self.keyframes[k + 1], u)
        };
        let first = self.place(self.keyframes[0]);
        self.solve(pose, &first)
    }

    /// Frames at `count + 1` evenly spaced times from start to end.
    pub fn frames(&self, count: usize) -> Vec<Frame> {
        let count = count.max(1);
        (0..=count)
            .map(|i| self.frame_at(i as f64 / count as f64))
            .collect()
    }

    /// `pose` moved so that the anchor point sits at its place.
    fn place(&self, pose: Pose) -> Frame {
        let f = Frame::new(self.view, pose, Vec2::ZERO);
        let (point, at) = self.anchor;
        let now = match point {
            Point::Pelvis => f.joints[0].0,
            Point::Chest => f.point(Part::Trunk, self.view.body().trunk.to),
            Point::Knee(i) => f.point(Part::Shin(i), 0.0),
        };
        f.moved(at - now)
    }

    /// Keeps planted feet and resting elbows where `first` has them.
    fn solve(&self, pose: Pose, first: &Frame) -> Frame {
        let view = self.view;
        let body = view.body();
        let mut pose = pose;
        let mut f = self.place(pose);
        for &i in self.plant_feet {
            let (Some(t), Some(s)) = (f.index(Part::Thigh(i)), f.index(Part::Shin(i))) else {
                continue;
            };
            let Some(ft) = f.index(Part::Foot(i)) else {
                continue;
            };
            let hip = f.joints[t].0;
            let ankle = first.joints[ft].0;
            let l1 = f.links[s].offset.x;
            let l2 = f.links[ft].offset.x;
            let free = f.joints[t].1;
            let thigh = reach(hip, ankle, l1, l2, free);
            let knee = hip + Vec2::from_angle(thigh.to_radians()) * l1;
            let d = ankle - knee;
            let shin = d.y.atan2(d.x).to_degrees();
            pose.set_leg(view, i, thigh, shin);
            pose.set_foot(view, i, shin, first.joints[ft].1);
            f = self.place(pose);
        }
        for &i in self.arms_on_floor {
            let (Some(a), Some(fa)) = (f.index(Part::UpperArm(i)), f.index(Part::Forearm(i)))
            else {
                continue;
            };
            let shoulder = f.joints[a].0;
            let elbow_r = body.upper_arm_shape.r1.max(body.forearm_shape.r0);
            let v = (FLOOR + elbow_r - shoulder.y) / body.upper_arm;
            let v = v.limit(-1.0, 1.0);
            let phi = v.asin().to_degrees();
            let free = f.joints[a].1;
            let upper = closest(free, phi, 180.0 - phi);
            let trunk = f.direction(Part::Trunk);
            let fore = closest(f.joints[fa].1, 0.0, 180.0);
            pose.set_arm(view, i, trunk, upper, fore);
            f = self.place(pose);
        }
        f
    }
}

/// Direction of the first link of a two-link chain of lengths `l1`, `l2` from `from` that
/// ends as close as it can to `to`, the solution nearest the direction `near`.
fn reach(from: Vec2, to: Vec2, l1: f64, l2: f64, near: f64) -> f64 {
    let d = to - from;
    let len = d.length();
    let lo = (l1 - l2).abs() + 1e-6;
    let hi = l1 + l2 - 1e-6;
    let dist = len.limit(lo, hi);
    let base = d.y.atan2(d.x).to_degrees();
    let c = (l1 * l1 + dist * dist - l2 * l2) / (2.0 * l1 * dist);
    let c = c.limit(-1.0, 1.0);
    let alpha = c.acos().to_degrees();
    closest(near, base + alpha, base - alpha)
}

/// Whichever of `a` and `b` (degrees) is the smaller turn from `near`.
fn closest(near: f64, a: f64, b: f64) -> f64 {
    use super::pose::wrap;
    if wrap(a - near).abs() <= wrap(b - near).abs() {
        a
    } else {
        b
    }
}
