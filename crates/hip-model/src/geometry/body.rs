//! A simple whole-body figure for chapter 3: rounded limb segments placed from joint angles,
//! in millimetres, in the crate's one frame (x towards the subject's left, y down, z forward;
//! origin at the centre of the right femoral head). Pure data, no drawing.
//!
//! Every segment is a "capsule": a line between two joint centres swept by a sphere whose
//! radius changes along it. Its orthographic projection is exactly the hull of two circles,
//! which is what the diagram draws, so the figure reads as smooth line art from any angle.

use crate::geometry::trig::Trig;
use std::f64::consts::PI;

use super::vec::{Mat3, Vec3};

/// Distance between the two hip joint centres (mm).
pub const HIP_WIDTH: f64 = 176.0;
/// Hip joint -> knee joint.
pub const THIGH: f64 = 420.0;
/// Knee joint -> ankle joint.
pub const SHANK: f64 = 410.0;
/// Shoulder joint -> elbow.
pub const UPPER_ARM: f64 = 300.0;
/// Elbow -> centre of the hand.
pub const FOREARM: f64 = 320.0;

/// Which side of the body a part is on (the far side is drawn a shade darker).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodySide {
    /// The subject's right.
    Right,
    /// The subject's left.
    Left,
    /// On the midline.
    Middle,
}

/// Angles of one leg, in degrees, relative to the pelvis (0 = standing).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LegPose {
    /// + = thigh forward, - = thigh behind the body.
    pub hip_flexion: f64,
    /// + = thigh out to the side, - = across the midline.
    pub hip_abduction: f64,
    /// + = knee turned in (internal rotation), - = turned out.
    pub hip_rotation: f64,
    /// 0 = straight knee, + = bent.
    pub knee_flexion: f64,
    /// + = toes up (dorsiflexion), - = toes pointed (plantarflexion).
    pub ankle: f64,
}

/// Angles of one arm, in degrees, relative to the trunk (0 = hanging at the side).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ArmPose {
    /// + = arm forward, - = arm behind.
    pub shoulder_flexion: f64,
    /// + = arm out to the side.
    pub shoulder_abduction: f64,
    /// 0 = straight elbow, + = bent.
    pub elbow_flexion: f64,
}

/// Every joint angle of the figure, in degrees. Standing upright = all zero.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BodyPose {
    /// Whole-pelvis turn about the vertical; + = turned to the subject's left.
    pub pelvis_turn: f64,
    /// Whole-pelvis forward lean (anterior tilt); + = forward.
    pub pelvis_lean: f64,
    /// Trunk bend forward on the pelvis (low back); + = forward.
    pub trunk_lean: f64,
    /// Trunk twist on the pelvis; + = towards the subject's left.
    pub trunk_twist: f64,
    /// Right leg.
    pub right_leg: LegPose,
    /// Left leg.
    pub left_leg: LegPose,
    /// Right arm.
    pub right_arm: ArmPose,
    /// Left arm.
    pub left_arm: ArmPose,
}

/// A named joint angle with its value and the range a healthy adult reaches (for tests).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Angle {
    /// What it is, e.g. `right knee flexion`.
    pub name: &'static str,
    /// Degrees.
    pub value: f64,
    /// Least and greatest value allowed.
    pub range: (f64, f64),
}

impl BodyPose {
    /// Every angle with its human range (ranges from common clinical norms, kept a little
    /// inside the extremes).
    pub fn angles(&self) -> Vec<Angle> {
        let a = |name, value, lo, hi| Angle {
            name,
            value,
            range: (lo, hi),
        };
        let mut v = vec![
            a("pelvis turn", self.pelvis_turn, -60.0, 60.0),
            a("pelvis lean", self.pelvis_lean, -15.0, 35.0),
            a("trunk lean", self.trunk_lean, -10.0, 45.0),
            a("trunk twist", self.trunk_twist, -30.0, 30.0),
        ];
        for (leg, n) in [(&self.right_leg, 0), (&self.left_leg, 1)] {
            const NAMES: [[&str; 5]; 2] = [
                [
                    "right hip flexion",
                    "right hip abduction",
                    "right hip rotation",
                    "right knee flexion",
                    "right ankle",
                ],
                [
                    "left hip flexion",
                    "left hip abduction",
                    "left hip rotation",
                    "left knee flexion",
                    "left ankle",
                ],
            ];
            let names = NAMES[n];
            v.push(a(names[0], leg.hip_flexion, -25.0, 120.0));
            v.push(a(names[1], leg.hip_abduction, -20.0, 40.0));
            v.push(a(names[2], leg.hip_rotation, -40.0, 40.0));
            v.push(a(names[3], leg.knee_flexion, 0.0, 135.0));
            v.push(a(names[4], leg.ankle, -45.0, 20.0));
        }
        for (arm, name) in [
            (
                &self.right_arm,
                [
                    "right shoulder flexion",
                    "right shoulder abduction",
                    "right elbow",
                ],
            ),
            (
                &self.left_arm,
                [
                    "left shoulder flexion",
                    "left shoulder abduction",
                    "left elbow",
                ],
            ),
        ] {
            v.push(a(name[0], arm.shoulder_flexion, -50.0, 170.0));
            v.push(a(name[1], arm.shoulder_abduction, 0.0, 170.0));
            v.push(a(name[2], arm.elbow_flexion, 0.0, 145.0));
        }
        v
    }
}

/// A rounded limb segment: centres `a` -> `b`, radii `ra` -> `rb` (mm).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    /// Body part id, e.g. `right-thigh`.
    pub id: &'static str,
    /// Side of the body.
    pub side: BodySide,
    /// Start centre.
    pub a: Vec3,
    /// End centre.
    pub b: Vec3,
    /// Radius at `a`.
    pub ra: f64,
    /// Radius at `b`.
    pub rb: f64,
}

/// An ellipse of the trunk's surface (a horizontal "ring" of the torso).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ring {
    /// Centre.
    pub centre: Vec3,
    /// Half-width direction times half-width.
    pub u: Vec3,
    /// Half-depth direction times half-depth.
    pub v: Vec3,
}

impl Ring {
    /// `n` points around the ring.
    pub fn points(&self, n: usize) -> Vec<Vec3> {
        (0..n)
            .map(|i| {
                let t = i as f64 * 2.0 * PI / n as f64;
                self.centre + self.u * t.cosine() + self.v * t.sine()
            })
            .collect()
    }
}

/// A piece of furniture or equipment the activity needs (chair, desk, exercise bike): thin
/// lines and flat shapes, in mm.
#[derive(Debug, Clone, PartialEq)]
pub struct PropPart {
    /// Part id, e.g. `chair-seat`.
    pub id: &'static str,
    /// Points of the outline.
    pub points: Vec<Vec3>,
    /// A closed, filled shape (true) or an open line (false).
    pub closed: bool,
}

/// The whole figure in one pose.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    /// The pose it was built from.
    pub pose: BodyPose,
    /// Midpoint between the hip joints.
    pub pelvis_centre: Vec3,
    /// Right and left hip joint centres.
    pub hips: [Vec3; 2],
    /// Right and left knees.
    pub knees: [Vec3; 2],
    /// Right and left ankles.
    pub ankles: [Vec3; 2],
    /// Under the ball of each foot (where a pedal sits).
    pub balls: [Vec3; 2],
    /// Right and left hand centres.
    pub hands: [Vec3; 2],
    /// Centre of the head.
    pub head: Vec3,
    /// Every rounded segment (legs, feet, arms, neck, head).
    pub segments: Vec<Segment>,
    /// Rings whose hull is the trunk.
    pub trunk: Vec<Ring>,
    /// The floor's height (y): the lowest point of the feet or of the equipment.
    pub floor_y: f64,
}

/// Rotation about an axis by degrees.
fn rot(axis: Vec3, deg: f64) -> Mat3 {
    Mat3::axis_angle(axis, deg.to_radians())
}

/// Foot: heel and toe sphere centres in the foot's frame (y down the shin, z forward), radii.
const HEEL: (Vec3, f64) = (Vec3::new(0.0, 42.0, -28.0), 32.0);
const TOE: (Vec3, f64) = (Vec3::new(0.0, 52.0, 168.0), 20.0);
/// Under the ball of the foot, in the foot's frame.
const BALL: Vec3 = Vec3::new(0.0, 70.0, 115.0);

impl Body {
    /// Places every part for `pose`. The pelvis is fixed (the right hip centre stays at the
    /// origin); [`Body::floor_y`] says where the floor is for this pose.
    pub fn new(pose: &BodyPose) -> Body {
        let pelvis = rot(Vec3::Y, pose.pelvis_turn).mul(&rot(Vec3::X, -pose.pelvis_lean));
        let hips = [Vec3::ZERO, pelvis.apply(Vec3::new(HIP_WIDTH, 0.0, 0.0))];
        let pelvis_centre = hips[0].lerp(hips[1], 0.5);
        let trunk = pelvis
            .mul(&rot(Vec3::Y, pose.trunk_twist))
            .mul(&rot(Vec3::X, -pose.trunk_lean));
        let up = |m: &Mat3, base: Vec3, v: Vec3| base + m.apply(v);
        let waist = up(&pelvis, pelvis_centre, Vec3::new(0.0, -120.0, 0.0));

        let mut segments = Vec::new();
        let mut knees = [Vec3::ZERO; 2];
        let mut ankles = [Vec3::ZERO; 2];
        let mut balls = [Vec3::ZERO; 2];
        for (i, (leg, side, sign)) in [
            (&pose.right_leg, BodySide::Right, 1.0),
            (&pose.left_leg, BodySide::Left, -1.0),
        ]
        .into_iter()
        .enumerate()
        {
            let thigh = pelvis
                .mul(&rot(Vec3::Z, sign * leg.hip_abduction))
                .mul(&rot(Vec3::X, leg.hip_flexion))
                .mul(&rot(Vec3::Y, sign * leg.hip_rotation));
            let knee = hips[i] + thigh.apply(Vec3::new(0.0, THIGH, 0.0));
            let shank = thigh.mul(&rot(Vec3::X, -leg.knee_flexion));
            let ankle = knee + shank.apply(Vec3::new(0.0, SHANK, 0.0));
            let foot = shank.mul(&rot(Vec3::X, leg.ankle));
            let heel = ankle + foot.apply(HEEL.0);
            let toe = ankle + foot.apply(TOE.0);
            knees[i] = knee;
            ankles[i] = ankle;
            balls[i] = ankle + foot.apply(BALL);
            let ids = if i == 0 {
                ["right-thigh", "right-shank", "right-foot"]
            } else {
                ["left-thigh", "left-shank", "left-foot"]
            };
            segments.push(seg(ids[0], side, hips[i], knee, 78.0, 50.0));
            segments.push(seg(ids[1], side, knee, ankle, 48.0, 30.0));
            segments.push(seg(ids[2], side, heel, toe, HEEL.1, TOE.1));
        }

        let shoulder_y = -500.0;
        let neck_base = up(
            &trunk,
            pelvis_centre,
            Vec3::new(0.0, shoulder_y - 20.0, 0.0),
        );
        let head = up(
            &trunk,
            pelvis_centre,
            Vec3::new(0.0, shoulder_y - 150.0, 10.0),
        );
        let mut hands = [Vec3::ZERO; 2];
        for (i, (arm, side, sign)) in [
            (&pose.right_arm, BodySide::Right, 1.0),
            (&pose.left_arm, BodySide::Left, -1.0),
        ]
        .into_iter()
        .enumerate()
        {
            let shoulder = up(
                &trunk,
                pelvis_centre,
                Vec3::new(-sign * 175.0, shoulder_y + 25.0, -10.0),
            );
            let upper = trunk
                .mul(&rot(Vec3::Z, sign * arm.shoulder_abduction))
                .mul(&rot(Vec3::X, arm.shoulder_flexion));
            let elbow = shoulder + upper.apply(Vec3::new(0.0, UPPER_ARM, 0.0));
            let fore = upper.mul(&rot(Vec3::X, arm.elbow_flexion));
            let hand = elbow + fore.apply(Vec3::new(0.0, FOREARM, 0.0));
            hands[i] = hand;
            let ids = if i == 0 {
                ["right-upper-arm", "right-forearm"]
            } else {
                ["left-upper-arm", "left-forearm"]
            };
            segments.push(seg(ids[0], side, shoulder, elbow, 46.0, 36.0));
            segments.push(seg(ids[1], side, elbow, hand, 34.0, 34.0));
        }
        let head_up = trunk.apply(Vec3::new(0.0, -1.0, 0.0));
        segments.push(seg("neck", BodySide::Middle, neck_base, head, 50.0, 46.0));
        segments.push(seg(
            "head",
            BodySide::Middle,
            head - head_up * 22.0,
            head + head_up * 28.0,
            88.0,
            92.0,
        ));

        let ring = |m: &Mat3, c: Vec3, w: f64, d: f64| Ring {
            centre: c,
            u: m.apply(Vec3::X) * w,
            v: m.apply(Vec3::Z) * d,
        };
        let trunk_rings = vec![
            ring(
                &pelvis,
                up(&pelvis, pelvis_centre, Vec3::new(0.0, 45.0, -15.0)),
                150.0,
                95.0,
            ),
            ring(
                &pelvis,
                up(&pelvis, pelvis_centre, Vec3::new(0.0, -40.0, -10.0)),
                168.0,
                105.0,
            ),
            ring(&pelvis, waist, 140.0, 90.0),
            ring(
                &trunk,
                up(&trunk, pelvis_centre, Vec3::new(0.0, -330.0, 5.0)),
                160.0,
                110.0,
            ),
            ring(
                &trunk,
                up(
                    &trunk,
                    pelvis_centre,
                    Vec3::new(0.0, shoulder_y + 20.0, -10.0),
                ),
                190.0,
                80.0,
            ),
        ];

        let lowest_foot = segments
            .iter()
            .filter(|s| s.id.ends_with("foot"))
            .flat_map(|s| [s.a.y + s.ra, s.b.y + s.rb])
            .fold(f64::NEG_INFINITY, f64::max);
        Body {
            pose: *pose,
            pelvis_centre,
            hips,
            knees,
            ankles,
            balls,
            hands,
            head,
            segments,
            trunk: trunk_rings,
            floor_y: lowest_foot,
        }
    }

    /// Every point of the figure's surface hull (segment ends grown by their radius in the
    /// six axis directions, and the trunk rings), for bounds checks.
    pub fn extreme_points(&self) -> Vec<Vec3> {
        let mut v = Vec::new();
        for s in &self.segments {
            for (c, r) in [(s.a, s.ra), (s.b, s.rb)] {
                for d in [Vec3::X, Vec3::Y, Vec3::Z] {
                    v.push(c + d * r);
                    v.push(c - d * r);
                }
            }
        }
        for r in &self.trunk {
            v.extend(r.points(16));
        }
        v
    }
}

fn seg(id: &'static str, side: BodySide, a: Vec3, b: Vec3, ra: f64, rb: f64) -> Segment {
    Segment {
        id,
        side,
        a,
        b,
        ra,
        rb,
    }
}
