//! Muscles as lines of pull: from an origin on one bone, through via points where they wrap,
//! to an insertion on another. Because every point is fixed to a bone, when the pelvis tilts
//! or the femur moves, every muscle follows.
//!
//! Attachments come from `anatomy.md` (origin -> insertion for each muscle). Views project the
//! 3D path and draw a muscle belly around it.

use super::skeleton::{Attachment, Skeleton};
use super::vec::Vec3;

/// What a muscle does in this story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A small deep muscle that steadies the hip (gluteus medius, minimus, the deep six).
    Stabilizer,
    /// A big mover used for forward motion (gluteus maximus, quadriceps...).
    BigMover,
    /// A hamstring: from the sit bone to the lower leg.
    Hamstring,
}

/// One muscle's line of pull.
#[derive(Debug, Clone, PartialEq)]
pub struct Muscle {
    /// Stable id, e.g. `gluteus-medius` (content labels refer to it).
    pub id: &'static str,
    /// Its part in the story.
    pub role: Role,
    /// Where it starts (the less mobile end).
    pub origin: Attachment,
    /// Points it wraps over, in order from origin to insertion.
    pub via: Vec<Attachment>,
    /// Where it ends.
    pub insertion: Attachment,
    /// Typical belly width, millimetres (how thick it is drawn).
    pub width_mm: f64,
}

impl Muscle {
    /// The line of pull in `skeleton`'s pose: origin, via points, insertion.
    pub fn path(&self, skeleton: &Skeleton) -> Vec<Vec3> {
        std::iter::once(&self.origin)
            .chain(self.via.iter())
            .chain(std::iter::once(&self.insertion))
            .map(|a| skeleton.place(a))
            .collect()
    }

    /// Length of the line of pull in `skeleton`'s pose (mm).
    pub fn length(&self, skeleton: &Skeleton) -> f64 {
        self.path(skeleton)
            .windows(2)
            .map(|w| w[0].distance(w[1]))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::pose::Pose;
    use crate::geometry::skeleton::Bone;

    fn sample() -> Muscle {
        Muscle {
            id: "sample",
            role: Role::Hamstring,
            origin: Attachment::new(Bone::Pelvis, 30.0, 80.0, -40.0),
            via: vec![],
            insertion: Attachment::new(Bone::Tibia, 20.0, 440.0, -20.0),
            width_mm: 20.0,
        }
    }

    #[test]
    fn the_path_ends_on_its_attachments_in_every_pose() {
        let m = sample();
        for tilt in [-20.0, 0.0, 20.0] {
            let pose = Pose {
                pelvic_tilt_deg: tilt,
                ..Pose::default()
            };
            let s = Skeleton::new(&pose);
            let path = m.path(&s);
            assert_eq!(path[0], s.place(&m.origin));
            assert_eq!(*path.last().unwrap(), s.place(&m.insertion));
        }
    }

    #[test]
    fn posterior_tilt_shortens_a_hamstring() {
        let m = sample();
        let neutral = m.length(&Skeleton::new(&Pose::default()));
        let tilted = m.length(&Skeleton::new(&Pose {
            pelvic_tilt_deg: 15.0,
            ..Pose::default()
        }));
        assert!(tilted < neutral, "{tilted} < {neutral}");
    }
}
