//! The whole model in one pose: where each bone is, so anything attached to a bone (muscle
//! attachments, landmarks, outlines) can be placed in the shared frame.
//!
//! Frame (see `geometry`): origin at the right femoral head centre, x towards the subject's
//! left, y down, z forward. Each bone has a rest frame equal to this frame in the neutral
//! standing pose; a pose turns each bone rigidly:
//! - the pelvis (with sacrum and, at their base, the lumbar vertebrae) turns about the hip
//!   axis (the x axis through the origin) by the pelvic tilt; positive = posterior tilt (top
//!   of the pelvis backwards, sit bones forward and down);
//! - the femur turns about the head centre by the hip angles (`Femur::orientation`);
//! - the tibia and fibula follow the femur (the knee stays straight in this model).

use super::femur::Femur;
use super::pose::Pose;
use super::vec::{Mat3, Vec3};

/// A bone something can be attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bone {
    /// Hip bone and sacrum (they move together).
    Pelvis,
    /// Thigh bone.
    Femur,
    /// Shin bone (knee straight: moves with the femur).
    Tibia,
    /// Outer lower-leg bone (moves with the tibia).
    Fibula,
}

/// A point fixed to a bone, given in the bone's rest frame (millimetres, neutral pose).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Attachment {
    /// The bone it moves with.
    pub bone: Bone,
    /// Where it is in the neutral standing pose.
    pub at: Vec3,
}

impl Attachment {
    /// A point on `bone` at `(x, y, z)` mm in the neutral pose.
    pub const fn new(bone: Bone, x: f64, y: f64, z: f64) -> Attachment {
        Attachment {
            bone,
            at: Vec3 { x, y, z },
        }
    }
}

/// The rigid placement of every bone for one pose.
#[derive(Debug, Clone, PartialEq)]
pub struct Skeleton {
    /// The pose it was built from (clamped to the model's ranges).
    pub pose: Pose,
    pelvis: Mat3,
    femur: Mat3,
}

impl Skeleton {
    /// Places every bone for `pose` (clamped first, so the result is always finite).
    pub fn new(pose: &Pose) -> Skeleton {
        let pose = pose.clamped();
        let pelvis = Mat3::axis_angle(Vec3::X, pose.pelvic_tilt_deg.to_radians());
        let femur = Femur::turn(&pose);
        Skeleton {
            pose,
            pelvis,
            femur,
        }
    }

    /// The rotation that carries `bone` from rest to this pose (all turn about the origin).
    pub fn rotation(&self, bone: Bone) -> &Mat3 {
        match bone {
            Bone::Pelvis => &self.pelvis,
            Bone::Femur | Bone::Tibia | Bone::Fibula => &self.femur,
        }
    }

    /// Where a point fixed to a bone is in this pose.
    pub fn place(&self, a: &Attachment) -> Vec3 {
        self.rotation(a.bone).apply(a.at)
    }

    /// Where a rest-frame point of `bone` is in this pose.
    pub fn place_point(&self, bone: Bone, at: Vec3) -> Vec3 {
        self.rotation(bone).apply(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutral_pose_leaves_everything_in_place() {
        let s = Skeleton::new(&Pose::default());
        let a = Attachment::new(Bone::Pelvis, 30.0, 50.0, -40.0);
        assert!(s.place(&a).distance(a.at) < 1e-9);
        let b = Attachment::new(Bone::Tibia, -10.0, 430.0, 0.0);
        assert!(s.place(&b).distance(b.at) < 1e-6);
    }

    #[test]
    fn posterior_tilt_moves_the_crest_back_and_the_sit_bone_forward() {
        let pose = Pose {
            pelvic_tilt_deg: 15.0,
            ..Pose::default()
        };
        let s = Skeleton::new(&pose);
        let crest = Vec3::new(0.0, -110.0, 0.0);
        let sit_bone = Vec3::new(30.0, 80.0, -40.0);
        assert!(s.place_point(Bone::Pelvis, crest).z < -20.0);
        assert!(s.place_point(Bone::Pelvis, sit_bone).z > -40.0);
    }
}
