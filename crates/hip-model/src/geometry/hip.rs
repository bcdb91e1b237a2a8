//! The right hip joint: pelvis and femur together, sharing one centre.

use super::femur::Femur;
use super::pelvis::Pelvis;
use super::pose::Pose;
use super::vec::Vec3;

/// The right hip joint in the model frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Hip {
    /// The hip bone with its socket.
    pub pelvis: Pelvis,
    /// The femur (in the pose it was built for).
    pub femur: Femur,
}

impl Hip {
    /// The standing hip.
    pub fn standard() -> Hip {
        Hip {
            pelvis: Pelvis::standard(),
            femur: Femur::standard(),
        }
    }

    /// The hip in `pose`: the femur turns about the head centre; the pelvis stays put
    /// (chapter 1 ignores pelvic tilt).
    pub fn posed(pose: &Pose) -> Hip {
        let standard = Hip::standard();
        Hip {
            femur: standard.femur.posed(pose),
            pelvis: standard.pelvis,
        }
    }

    /// Distance between the femoral head centre and the centre of the socket.
    pub fn head_offset(&self) -> f64 {
        self.femur
            .head_centre
            .distance(self.pelvis.acetabulum.centre)
    }

    /// Smallest gap between the head's surface and the socket's cartilage surface (mm); the
    /// head sits in the cup while this stays between 0 and the cartilage thickness.
    pub fn joint_gap(&self) -> f64 {
        self.pelvis.acetabulum.cartilage_inner - self.head_offset() - self.femur.head_radius
    }

    /// A named point of either bone: pelvic landmarks plus `femoral-head` (centre),
    /// `greater-trochanter`, `lesser-trochanter`, `knee-centre`.
    pub fn landmark(&self, id: &str) -> Option<Vec3> {
        match id {
            "femoral-head" => Some(self.femur.head_centre),
            "greater-trochanter" => Some(self.femur.greater_trochanter),
            "lesser-trochanter" => Some(self.femur.lesser_trochanter),
            "knee-centre" => Some(self.femur.knee_centre),
            "acetabulum" => Some(self.pelvis.acetabulum.centre),
            _ => self.pelvis.landmark(id),
        }
    }
}
