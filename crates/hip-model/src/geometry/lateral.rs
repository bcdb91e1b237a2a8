//! Bone outlines for the side (lateral) views of the right hip and thigh, as 3D points fixed
//! to bones, so a pose moves them (`LateralBones::placed`).
//!
//! The side views look at the subject's right side: the subject faces the viewer's right,
//! and a model point `(x, y, z)` is drawn at `(z, y)` ([`side`]). Outlines are given in the
//! plane of the bone's outer surface; only their `z` and `y` matter for the drawing.

use super::skeleton::{Bone, Skeleton};
use super::vec::{Vec2, Vec3};

/// The side-view projection: forward (z) to the right, down (y) down.
pub fn side(p: Vec3) -> Vec2 {
    Vec2::new(p.z, p.y)
}

/// x of the body's midline (the pubic symphysis, the sacrum and the spine).
pub const MIDLINE_X: f64 = 88.0;
/// Radius of the bony rim of the socket seen from the side (mm).
pub const ACETABULUM_RIM_RADIUS: f64 = 29.0;
/// Radius of the femoral head (as in `femur`).
pub const HEAD_RADIUS: f64 = super::femur::HEAD_RADIUS;
/// Where the side views cut the lower leg (mm below the hip centre).
pub const SHIN_CUT: f64 = 545.0;

/// A closed outline fixed to one bone.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    /// Structure id (content labels may name it).
    pub id: &'static str,
    /// The bone it moves with.
    pub bone: Bone,
    /// Points of a closed smooth curve.
    pub points: Vec<Vec3>,
}

/// A named point fixed to a bone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SideLandmark {
    /// Id, e.g. `asis`.
    pub id: &'static str,
    /// The bone it moves with.
    pub bone: Bone,
    /// Where it is (in the pose the set was placed for).
    pub at: Vec3,
}

/// Every bone outline of the side views, in one pose.
#[derive(Debug, Clone, PartialEq)]
pub struct LateralBones {
    /// The hip bone: outer outline (ilium, ischium, pubis).
    pub hip_bone: Outline,
    /// The obturator foramen, a hole in the hip bone.
    pub obturator: Outline,
    /// The thigh bone below the head (neck, trochanters, shaft, condyles).
    pub femur: Outline,
    /// Centre of the femoral head (the hip centre).
    pub head_centre: Vec3,
    /// The kneecap.
    pub patella: Outline,
    /// The upper shin bone, cut at [`SHIN_CUT`].
    pub tibia: Outline,
    /// The upper fibula with its head, cut at [`SHIN_CUT`].
    pub fibula: Outline,
    /// Named points.
    pub landmarks: Vec<SideLandmark>,
}

fn lift(x: f64, pts: &[(f64, f64)]) -> Vec<Vec3> {
    pts.iter().map(|&(z, y)| Vec3::new(x, y, z)).collect()
}

fn outline(id: &'static str, bone: Bone, x: f64, pts: &[(f64, f64)]) -> Outline {
    Outline {
        id,
        bone,
        points: lift(x, pts),
    }
}

impl LateralBones {
    /// Neutral standing.
    pub fn standard() -> LateralBones {
        // (z, y) in mm: forward, down. Drawn from an adult right hip bone seen from the side.
        let hip_bone = outline(
            "pelvis",
            Bone::Pelvis,
            -40.0,
            &[
                (53.0, -72.0), // ASIS
                (46.0, -90.0),
                (31.0, -107.0),
                (10.0, -119.0),
                (-14.0, -123.0),
                (-38.0, -118.0),
                (-58.0, -108.0),
                (-74.0, -95.0),
                (-83.0, -84.0), // PSIS
                (-85.0, -72.0),
                (-80.0, -61.0), // PIIS
                (-72.0, -52.0),
                (-61.0, -38.0), // greater sciatic notch
                (-54.0, -20.0),
                (-54.0, -4.0),
                (-59.0, 8.0),
                (-65.0, 15.0), // ischial spine
                (-58.0, 22.0),
                (-55.0, 33.0), // lesser sciatic notch
                (-60.0, 46.0),
                (-60.0, 62.0), // ischial tuberosity
                (-54.0, 78.0),
                (-42.0, 89.0),
                (-25.0, 88.0),
                (-4.0, 82.0), // ischial ramus
                (18.0, 72.0),
                (35.0, 58.0), // inferior pubic ramus
                (45.0, 44.0),
                (48.0, 28.0), // pubic symphysis
                (46.0, 12.0),
                (38.0, 2.0), // pubic tubercle, superior ramus
                (31.0, -10.0),
                (30.0, -24.0),
                (35.0, -38.0), // AIIS
                (36.0, -48.0),
                (40.0, -58.0),
                (47.0, -64.0),
            ],
        );
        let obturator = outline(
            "obturator-foramen",
            Bone::Pelvis,
            -40.0,
            &[
                (20.0, 34.0),
                (31.0, 38.0),
                (34.0, 48.0),
                (27.0, 59.0),
                (14.0, 66.0),
                (2.0, 66.0),
                (-2.0, 58.0),
                (5.0, 44.0),
            ],
        );
        let femur = outline(
            "femur",
            Bone::Femur,
            -45.0,
            &[
                (16.0, 14.0), // front of the neck
                (17.0, 32.0), // intertrochanteric line
                (12.0, 70.0),
                (8.0, 130.0),
                (7.0, 220.0),
                (9.0, 300.0),
                (14.0, 350.0),
                (21.0, 385.0),
                (25.0, 410.0), // patellar surface
                (22.0, 432.0),
                (10.0, 450.0),
                (-8.0, 457.0), // condyles
                (-27.0, 452.0),
                (-39.0, 438.0),
                (-42.0, 418.0),
                (-35.0, 396.0),
                (-24.0, 372.0),
                (-20.0, 330.0),
                (-19.0, 250.0),
                (-18.0, 160.0),
                (-19.0, 90.0),
                (-25.0, 50.0),
                (-32.0, 26.0), // intertrochanteric crest
                (-33.0, 6.0),
                (-25.0, -8.0), // greater trochanter
                (-12.0, -12.0),
                (-2.0, -8.0),
                (8.0, -4.0),
            ],
        );
        let patella = outline(
            "patella",
            Bone::Tibia,
            -20.0,
            &[
                (28.0, 382.0),
                (38.0, 386.0),
                (43.0, 402.0),
                (40.0, 422.0),
                (32.0, 432.0),
                (26.5, 420.0),
                (26.0, 398.0),
            ],
        );
        let tibia = outline(
            "tibia",
            Bone::Tibia,
            -30.0,
            &[
                (-31.0, 461.0),
                (-10.0, 459.0),
                (10.0, 459.0),
                (27.0, 462.0),
                (30.0, 472.0),
                (27.0, 482.0),
                (31.0, 495.0), // tibial tuberosity
                (24.0, 510.0),
                (17.0, SHIN_CUT),
                (-11.0, SHIN_CUT),
                (-15.0, 505.0),
                (-24.0, 483.0),
                (-32.0, 470.0),
            ],
        );
        let fibula = outline(
            "fibula",
            Bone::Fibula,
            -50.0,
            &[
                (-26.0, 476.0),
                (-22.0, 467.0),
                (-12.0, 466.0),
                (-6.0, 474.0),
                (-9.0, 489.0),
                (-10.0, 505.0),
                (-9.0, SHIN_CUT),
                (-17.0, SHIN_CUT),
                (-18.0, 505.0),
                (-23.0, 490.0),
            ],
        );
        let lm = |id, bone, z, y| SideLandmark {
            id,
            bone,
            at: Vec3::new(-40.0, y, z),
        };
        let landmarks = vec![
            lm("asis", Bone::Pelvis, 50.0, -73.0),
            lm("aiis", Bone::Pelvis, 34.0, -40.0),
            lm("iliac-crest", Bone::Pelvis, 36.0, -101.0),
            lm("ilium", Bone::Pelvis, -10.0, -75.0),
            lm("acetabulum", Bone::Pelvis, 0.0, -27.0),
            lm("ischial-spine", Bone::Pelvis, -62.0, 14.0),
            lm("ischial-tuberosity", Bone::Pelvis, -55.0, 70.0),
            lm("pubis", Bone::Pelvis, 42.0, 30.0),
            lm("greater-trochanter", Bone::Femur, -20.0, -2.0),
            lm("femur", Bone::Femur, -5.0, 260.0),
            lm("femoral-head", Bone::Femur, 6.0, 8.0),
            lm("patella", Bone::Tibia, 35.0, 405.0),
            lm("tibia", Bone::Tibia, 4.0, 525.0),
            lm("fibula-head", Bone::Fibula, -15.0, 473.0),
        ];
        LateralBones {
            hip_bone,
            obturator,
            femur,
            head_centre: Vec3::ZERO,
            patella,
            tibia,
            fibula,
            landmarks,
        }
    }

    /// Every outline and landmark placed for `skeleton`'s pose.
    pub fn placed(skeleton: &Skeleton) -> LateralBones {
        let s = LateralBones::standard();
        let o = |o: &Outline| Outline {
            id: o.id,
            bone: o.bone,
            points: o
                .points
                .iter()
                .map(|p| skeleton.place_point(o.bone, *p))
                .collect(),
        };
        LateralBones {
            hip_bone: o(&s.hip_bone),
            obturator: o(&s.obturator),
            femur: o(&s.femur),
            head_centre: skeleton.place_point(Bone::Femur, s.head_centre),
            patella: o(&s.patella),
            tibia: o(&s.tibia),
            fibula: o(&s.fibula),
            landmarks: s
                .landmarks
                .iter()
                .map(|l| SideLandmark {
                    at: skeleton.place_point(l.bone, l.at),
                    ..*l
                })
                .collect(),
        }
    }

    /// The landmark with this id.
    pub fn landmark(&self, id: &str) -> Option<Vec3> {
        self.landmarks.iter().find(|l| l.id == id).map(|l| l.at)
    }

    /// Every outline, back to front in drawing order.
    pub fn outlines(&self) -> [&Outline; 6] {
        [
            &self.hip_bone,
            &self.obturator,
            &self.femur,
            &self.tibia,
            &self.fibula,
            &self.patella,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::pose::Pose;

    #[test]
    fn landmarks_sit_where_an_anatomist_expects() {
        let b = LateralBones::standard();
        let z = |id| b.landmark(id).unwrap().z;
        let y = |id| b.landmark(id).unwrap().y;
        assert!(
            z("asis") > z("aiis") && y("asis") < y("aiis"),
            "ASIS above and in front"
        );
        assert!(z("ischial-tuberosity") < 0.0 && y("ischial-tuberosity") > 40.0);
        assert!(y("ischial-spine") < y("ischial-tuberosity"));
        assert!(z("pubis") > 30.0);
        assert!(z("fibula-head") < z("tibia"), "fibula head behind");
    }

    #[test]
    fn posterior_tilt_moves_the_sit_bone_forward_and_the_asis_back() {
        let tilted = LateralBones::placed(&Skeleton::new(&Pose {
            pelvic_tilt_deg: 15.0,
            ..Pose::default()
        }));
        let b = LateralBones::standard();
        let it = |x: &LateralBones| x.landmark("ischial-tuberosity").unwrap();
        assert!(it(&tilted).z > it(&b).z);
        assert!(tilted.landmark("asis").unwrap().z < b.landmark("asis").unwrap().z);
        assert_eq!(tilted.femur, b.femur, "the femur stays put");
    }
}
