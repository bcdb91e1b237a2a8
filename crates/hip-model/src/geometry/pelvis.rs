//! The right hip bone of the anatomy model (MyoSim 0.2.3, the OpenSim model of Rajagopal et
//! al. 2016) as chapter 1 draws it from the front, with a hint of the sacrum, and its
//! socket, the acetabulum, measured on the model's mesh.
//!
//! The outlines are the model's front view, traced from its meshes (`model_front`): the
//! pelvis stands still in chapter 1, so they are 2D. Landmarks are 3D.

use super::femur::tenths;
use super::model_front as model;
use super::solid::Ring;
use super::vec::Limit;
use super::vec::{Mat3, Vec2, Vec3};
use crate::geometry::trig::Trig;

/// Radius of the head-facing surface of the socket's cartilage (mm): the model's head
/// with a thin film of joint space.
pub const CARTILAGE_INNER_RADIUS: f64 = model::HEAD_RADIUS + 0.3;
/// Radius of the bone under the socket's cartilage (mm): the sphere fitted to the model's
/// socket.
pub const CARTILAGE_OUTER_RADIUS: f64 = model::CUP_RADIUS;

/// How far the labrum extends the socket's rim at each end (degrees round the section).
pub const LABRUM_DEG: f64 = 18.0;

/// The socket. Angles are measured in the frontal section through the hip centre, from
/// straight up (0) towards the midline (90 = medial, 180 = down, 270 = lateral).
#[derive(Debug, Clone, PartialEq)]
pub struct Acetabulum {
    /// Centre of the cup (equals the femoral head centre).
    pub centre: Vec3,
    /// Unit vector the cup opens towards: lateral, down and forward.
    pub axis: Vec3,
    /// Radius of the cartilage surface facing the head.
    pub cartilage_inner: f64,
    /// Radius of the bone under the cartilage.
    pub cartilage_outer: f64,
    /// Angle of the lateral (upper) bony rim, degrees (negative = lateral of vertical).
    pub rim_lateral_deg: f64,
    /// Angle of the lower (medial-inferior) bony rim, degrees.
    pub rim_inferior_deg: f64,
    /// How far the labrum extends the rim at each end, degrees.
    pub labrum_deg: f64,
}

impl Acetabulum {
    /// A point of the frontal section through the centre at `deg` and radius `r`.
    pub fn section_point(&self, deg: f64, r: f64) -> Vec3 {
        let a = deg.to_radians();
        self.centre + Vec3::new(a.sine() * r, -a.cosine() * r, 0.0)
    }

    /// Thickness of the socket's wall (beyond the cartilage) at `deg`: thickest under the roof.
    pub fn wall_thickness(&self, deg: f64) -> f64 {
        let span = self.rim_inferior_deg - self.rim_lateral_deg;
        let t = ((deg - self.rim_lateral_deg) / span).limit(0.0, 1.0);
        // 5 mm at the rims, up to 11 mm under the roof (a third of the way round).
        let roof = (-((t - 0.3) / 0.3).powi(2)).exp();
        5.0 + 6.0 * roof * (std::f64::consts::PI * t).sine().max(0.0).sqrt()
    }
}

/// A named point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Landmark {
    /// Id, e.g. `asis`.
    pub id: &'static str,
    /// Where it is.
    pub at: Vec3,
}

/// The right hip bone (pelvis) in the model frame, standing.
#[derive(Debug, Clone, PartialEq)]
pub struct Pelvis {
    /// The socket.
    pub acetabulum: Acetabulum,
    /// Where the capsule attaches round the socket (just outside the labrum).
    pub capsule_ring: Ring,
    /// The hip bone's outer outline from the front: a closed cubic Bézier chain (`3 n + 1`
    /// points: knot, control, control, knot, ...), mm.
    pub outline: Vec<Vec2>,
    /// The obturator foramen, a hole in it (same form).
    pub obturator_foramen: Vec<Vec2>,
    /// The subject's right half of the sacrum and coccyx from the front: an open Bézier
    /// chain from the midline round to the midline (closed along it when drawn).
    pub sacrum: Vec<Vec2>,
    /// The body's midline: x of the sacrum's centre.
    pub midline_x: f64,
    /// Named points.
    pub landmarks: Vec<Landmark>,
}

/// A 2D table of the model (tenths of a millimetre) in millimetres.
pub fn tenths2(pts: &[[i16; 2]]) -> Vec<Vec2> {
    pts.iter()
        .map(|p| Vec2::new(f64::from(p[0]) / 10.0, f64::from(p[1]) / 10.0))
        .collect()
}

impl Pelvis {
    /// The model's right hip bone, standing.
    pub fn standard() -> Pelvis {
        let acetabulum = Acetabulum {
            centre: Vec3::ZERO,
            axis: Vec3::new(-0.819, 0.512, 0.259).normalize(),
            cartilage_inner: CARTILAGE_INNER_RADIUS,
            cartilage_outer: CARTILAGE_OUTER_RADIUS,
            rim_lateral_deg: model::RIM_DEG[0],
            rim_inferior_deg: model::RIM_DEG[1],
            labrum_deg: LABRUM_DEG,
        };
        let capsule_ring = Ring::new(
            acetabulum.centre + acetabulum.axis * 6.0,
            acetabulum.axis,
            Vec3::Y,
            38.0,
            38.0,
        );
        let landmarks = model::POINTS
            .iter()
            .map(|(id, p)| Landmark { id, at: tenths(*p) })
            .collect();
        Pelvis {
            acetabulum,
            capsule_ring,
            outline: tenths2(model::HIP_BONE),
            obturator_foramen: tenths2(model::OBTURATOR),
            sacrum: tenths2(model::SACRUM),
            midline_x: model::MIDLINE_X,
            landmarks,
        }
    }

    /// The landmark with this id.
    pub fn landmark(&self, id: &str) -> Option<Vec3> {
        self.landmarks.iter().find(|l| l.id == id).map(|l| l.at)
    }

    /// The landmarks and the socket tilted in the sagittal plane about the hip axis
    /// (positive = anterior tilt: the ASIS moves forward and down). The front outlines stay
    /// those of the standing pelvis (chapter 1 never tilts it).
    pub fn tilted(&self, tilt_deg: f64) -> Pelvis {
        let m = Mat3::axis_angle(Vec3::X, -tilt_deg.to_radians());
        let mut out = self.clone();
        out.acetabulum.axis = m.apply(self.acetabulum.axis);
        out.capsule_ring = self.capsule_ring.transformed(&m);
        out.landmarks = self
            .landmarks
            .iter()
            .map(|l| Landmark {
                id: l.id,
                at: m.apply(l.at),
            })
            .collect();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn landmarks_sit_where_an_anatomist_expects() {
        let pv = Pelvis::standard();
        let asis = pv.landmark("asis").unwrap();
        assert!(
            asis.x < 0.0 && asis.y < -60.0 && asis.z > 30.0,
            "ASIS: up, lateral, forward"
        );
        let sym = pv.landmark("pubic-symphysis").unwrap();
        assert!(
            (sym.x - pv.midline_x).abs() < 3.0,
            "symphysis on the midline"
        );
        let crest = pv.landmark("iliac-crest").unwrap();
        assert!(crest.y < asis.y - 50.0, "crest well above the ASIS");
        let isch = pv.landmark("ischial-tuberosity").unwrap();
        assert!(
            isch.y > 40.0 && isch.z < 0.0,
            "tuberosity: below and behind"
        );
        let a = &pv.acetabulum;
        assert!(a.axis.x < 0.0 && a.axis.y > 0.0 && a.axis.z > 0.0);
        assert!(a.cartilage_inner < a.cartilage_outer);
    }

    #[test]
    fn outlines_are_closed_bezier_chains() {
        let pv = Pelvis::standard();
        for l in [&pv.outline, &pv.obturator_foramen] {
            assert_eq!(l.len() % 3, 1);
            assert!(l[0].distance(l[l.len() - 1]) < 0.2);
        }
        assert_eq!(pv.sacrum.len() % 3, 1);
    }
}
