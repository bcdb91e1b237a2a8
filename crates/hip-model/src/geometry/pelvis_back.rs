//! The right hip region seen from behind, drawn from the anatomy model (MyoSim 0.2.3, the
//! OpenSim model of Rajagopal et al. 2016): the traced back outlines of the hip bone and
//! sacrum and of the femur (each point with the depth of the bone under it, so a pose can
//! turn them), the intertrochanteric crest, named points and the path of
//! the sciatic nerve (placed by hand on the model's bones). From `model_back`.
//!
//! The back view is the orthographic projection `(x, y, z) -> (-x, y)` ([`back`]): the
//! subject's right is on the viewer's right, the midline on the left.

use super::femur::tenths;
use super::model_back as model;
use super::skeleton::{Bone, Skeleton};
use super::vec::{Vec2, Vec3};

/// The back-view projection: mirror x so the subject's right is on the viewer's right.
pub fn back(p: Vec3) -> Vec2 {
    Vec2::new(-p.x, p.y)
}

/// Where the drawn femur is cut (mm below the head centre): as in chapter 1.
pub const BACK_CUT_LEVEL: f64 = super::femur::CUT_LEVEL;

/// A named point fixed to a bone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BackLandmark {
    /// Id, e.g. `ischial-spine`.
    pub id: &'static str,
    /// The bone it belongs to.
    pub bone: Bone,
    /// Where it is in the neutral pose.
    pub at: Vec3,
}

/// Outlines of the back view, in one pose (model millimetres, 3D).
#[derive(Debug, Clone, PartialEq)]
pub struct PelvisBack {
    /// The hip bone's outer outline from behind: a closed cubic Bézier chain (`3 n + 1`
    /// points: knot, control, control, knot, ...).
    pub hip_bone: Vec<Vec3>,
    /// The obturator foramen seen from behind (a hole in it; same form).
    pub obturator_foramen: Vec<Vec3>,
    /// Right half of the sacrum and coccyx: an open Bézier chain from the midline round to
    /// the midline (closed along it when drawn).
    pub sacrum: Vec<Vec3>,
    /// The coccyx below the model's sacrum, down to the side view's tip
    /// ([`super::spine::coccyx_tip`]: one pelvis, two views), its right half tapering to
    /// the tip: a closed Bézier chain.
    pub coccyx: Vec<Vec3>,
    /// The femur's traced outline from behind, down to the cut at [`BACK_CUT_LEVEL`]: an
    /// open Bézier chain (closed across the cut when drawn), posed.
    pub femur: Vec<Vec3>,
    /// The intertrochanteric crest (back of the femur, greater to lesser trochanter).
    pub intertrochanteric_crest: Vec<Vec3>,
    /// Centre line of the sciatic nerve, from under piriformis down the back of the thigh.
    pub sciatic_nerve: Vec<Vec3>,
    /// Width of the nerve (mm).
    pub nerve_width: f64,
    /// The body's midline x.
    pub midline_x: f64,
    /// Named points in this pose.
    pub landmarks: Vec<(&'static str, Vec3)>,
}

/// The bone a table's letter names: `p` pelvis, anything else the femur.
pub fn bone_of(c: char) -> Bone {
    if c == 'p' {
        Bone::Pelvis
    } else {
        Bone::Femur
    }
}

/// The named points of the back view (neutral pose), each on its bone's surface.
pub fn back_landmarks() -> Vec<BackLandmark> {
    model::POINTS
        .iter()
        .map(|(id, b, p)| BackLandmark {
            id,
            bone: bone_of(*b),
            at: tenths(*p),
        })
        .collect()
}

/// The coccyx from behind, standing: from the model sacrum's lowest point on the midline,
/// out 7 mm to the right and tapering down to the side view's tip, closed along the midline.
fn coccyx() -> Vec<Vec3> {
    let apex =
        model::SACRUM
            .iter()
            .map(|p| tenths(*p))
            .fold(
                Vec3::new(0.0, f64::MIN, 0.0),
                |a, p| if p.y > a.y { p } else { a },
            );
    let tip = super::spine::coccyx_tip();
    let mid = model::MIDLINE_X;
    let top = Vec3::new(mid, apex.y - 6.0, apex.z);
    let side = Vec3::new(mid - 7.0, apex.y + 2.0, apex.z);
    let low = Vec3::new(mid - 3.0, tip.y - 4.0, tip.z);
    let tip = Vec3::new(mid, tip.y, tip.z);
    let third = |a: Vec3, b: Vec3, t: f64| a.lerp(b, t);
    vec![
        top,
        third(top, side, 0.3) + Vec3::new(-2.0, 0.0, 0.0),
        third(top, side, 0.7),
        side,
        third(side, low, 0.35) + Vec3::new(0.5, 0.0, 0.0),
        third(side, low, 0.7),
        low,
        third(low, tip, 0.4),
        third(low, tip, 0.7),
        tip,
        third(tip, top, 1.0 / 3.0),
        third(tip, top, 2.0 / 3.0),
        top,
    ]
}

impl PelvisBack {
    /// The back view in the pose of `s`.
    pub fn new(s: &Skeleton) -> PelvisBack {
        let pvs = |pts: &[[i16; 3]]| -> Vec<Vec3> {
            pts.iter()
                .map(|&p| s.place_point(Bone::Pelvis, tenths(p)))
                .collect()
        };
        let sacrum = pvs(model::SACRUM);
        let coccyx = coccyx()
            .into_iter()
            .map(|p| s.place_point(Bone::Pelvis, p))
            .collect();
        PelvisBack {
            hip_bone: pvs(model::HIP_BONE),
            obturator_foramen: pvs(model::OBTURATOR),
            sacrum,
            coccyx,
            femur: model::FEMUR
                .iter()
                .map(|&p| s.place_point(Bone::Femur, tenths(p)))
                .collect(),
            intertrochanteric_crest: model::CREST
                .iter()
                .map(|&p| s.place_point(Bone::Femur, tenths(p)))
                .collect(),
            sciatic_nerve: model::NERVE
                .iter()
                .map(|(b, p)| s.place_point(bone_of(*b), tenths(*p)))
                .collect(),
            nerve_width: 11.0,
            midline_x: s
                .place_point(Bone::Pelvis, Vec3::new(model::MIDLINE_X, 0.0, 0.0))
                .x,
            landmarks: back_landmarks()
                .into_iter()
                .map(|l| (l.id, s.place_point(l.bone, l.at)))
                .collect(),
        }
    }

    /// The named point `id` in this pose.
    pub fn landmark(&self, id: &str) -> Option<Vec3> {
        self.landmarks
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, v)| *v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::pose::Pose;

    #[test]
    fn back_view_is_oriented_and_closed() {
        let b = PelvisBack::new(&Skeleton::new(&Pose::default()));
        // Midline left of everything in the back view, trochanter on the right.
        let gt = back(b.landmark("greater-trochanter").unwrap());
        let sac = back(b.landmark("sacrum").unwrap());
        assert!(gt.x > 40.0 && sac.x < -50.0);
        for l in [&b.hip_bone, &b.obturator_foramen] {
            assert_eq!(l.len() % 3, 1);
            assert!(l[0].distance(l[l.len() - 1]) < 0.2);
        }
    }
}
