//! The right femur, from the head to mid-thigh, built from simple solids and posed as a rigid
//! body about the centre of its head.

use super::pose::Pose;
use super::solid::{Ring, Solid};
use super::vec::{Mat3, Vec3};
use crate::geometry::trig::Trig;

/// Radius of the femoral head (adult, mm).
pub const HEAD_RADIUS: f64 = 23.0;
/// Neck-shaft angle in the plane of the neck (degrees).
pub const NECK_SHAFT_ANGLE_DEG: f64 = 127.0;
/// Femoral anteversion: the neck points this far forward of the frontal plane (degrees).
pub const ANTEVERSION_DEG: f64 = 12.0;
/// Angle of the anatomical (shaft) axis from vertical, lower end towards the midline (degrees).
pub const SHAFT_VALGUS_DEG: f64 = 9.0;
/// Distance from the head centre along the neck axis to where it meets the shaft axis (mm).
pub const NECK_LENGTH: f64 = 53.0;
/// How far below the head centre (standing) the drawn femur is cut, at mid-thigh (mm).
pub const CUT_LEVEL: f64 = 200.0;
/// Height of the knee centre below the head centre when standing (mm).
pub const KNEE_LEVEL: f64 = 430.0;

/// A part of the femur: which structure it is and its solid.
#[derive(Debug, Clone, PartialEq)]
pub struct FemurPart {
    /// Structure id (see [`crate::geometry::STRUCTURE_IDS`]), or an internal id.
    pub id: &'static str,
    /// Its shape.
    pub solid: Solid,
}

/// The right femur in the model frame (see [`crate::geometry`]); `Femur::standard()` is the
/// standing pose, [`Femur::posed`] moves it.
#[derive(Debug, Clone, PartialEq)]
pub struct Femur {
    /// Centre of the head: the centre of rotation (always the origin).
    pub head_centre: Vec3,
    /// Radius of the head.
    pub head_radius: f64,
    /// Unit vector along the neck, from the head towards the shaft.
    pub neck_axis: Vec3,
    /// Unit vector along the shaft, downwards.
    pub shaft_axis: Vec3,
    /// Where the neck axis meets the shaft axis.
    pub neck_shaft_junction: Vec3,
    /// Unit vector from the head centre to the fovea (the small pit on the head).
    pub fovea: Vec3,
    /// The edge of the head's cartilage, where the head meets the neck.
    pub head_neck_ring: Ring,
    /// The parts, from the head down: head, neck (two pieces), trochanteric region,
    /// greater and lesser trochanters, shaft.
    pub parts: Vec<FemurPart>,
    /// Centre of the greater trochanter.
    pub greater_trochanter: Vec3,
    /// Centre of the lesser trochanter.
    pub lesser_trochanter: Vec3,
    /// The cut at mid-thigh: the shaft's cross-section where the drawing stops.
    pub shaft_cut: Ring,
    /// Centre of the shaft at the cut.
    pub shaft_end: Vec3,
    /// Centre of the knee (not drawn; defines the mechanical axis).
    pub knee_centre: Vec3,
    /// Where the capsule attaches: round the base of the neck (intertrochanteric line).
    pub capsule_ring: Ring,
}

impl Femur {
    /// An adult right femur, standing.
    pub fn standard() -> Femur {
        let rad = f64::to_radians;
        let shaft_axis = Vec3::new(
            rad(SHAFT_VALGUS_DEG).sine(),
            rad(SHAFT_VALGUS_DEG).cosine(),
            0.0,
        );
        // In the frontal plane the neck rises medially at (180 - neck-shaft - valgus) degrees.
        let rise = rad(180.0 - NECK_SHAFT_ANGLE_DEG - SHAFT_VALGUS_DEG);
        let av = rad(ANTEVERSION_DEG);
        let to_head = Vec3::new(
            rise.cosine() * av.cosine(),
            -rise.sine(),
            rise.cosine() * av.sine(),
        );
        let neck_axis = -to_head;
        let junction = neck_axis * NECK_LENGTH;
        let on_shaft = |y: f64| junction + shaft_axis * ((y - junction.y) / shaft_axis.y);
        let up = Vec3::new(0.0, -1.0, 0.0);
        let neck_ring = |t: f64, ru: f64, rv: f64| Ring::new(neck_axis * t, neck_axis, up, ru, rv);
        let shaft_ring = |y: f64, r: f64| Ring::new(on_shaft(y), shaft_axis, Vec3::X, r, r * 0.95);

        let head = Solid::Sphere {
            centre: Vec3::ZERO,
            radius: HEAD_RADIUS,
        };
        // Neighbouring parts overlap a little so their fills leave no seam.
        let neck_in = Solid::Rings(vec![
            neck_ring(10.0, 19.5, 17.5),
            neck_ring(32.0, 16.0, 13.0),
        ]);
        let neck_out = Solid::Rings(vec![
            neck_ring(27.0, 16.0, 13.0),
            neck_ring(50.0, 23.0, 18.0),
        ]);
        let trochanteric = Solid::Rings(vec![
            neck_ring(46.0, 22.0, 17.5),
            shaft_ring(10.0, 19.0),
            shaft_ring(45.0, 18.5),
            shaft_ring(92.0, 15.3),
        ]);
        let greater_trochanter = Vec3::new(-46.0, 15.0, -8.0);
        let gt_long = Vec3::new(-0.2, 1.0, 0.0).normalize();
        let gt = Solid::Ellipsoid {
            centre: greater_trochanter,
            axes: [
                gt_long * 16.5,
                Vec3::Z.cross(gt_long).normalize() * 15.0,
                Vec3::Z * 15.0,
            ],
        };
        let lesser_trochanter = Vec3::new(-19.0, 58.0, -12.0);
        let lt_long = Vec3::new(0.75, 0.45, -0.5).normalize();
        let lt_side = lt_long.cross(Vec3::Y).normalize();
        let lt = Solid::Ellipsoid {
            centre: lesser_trochanter,
            axes: [lt_long * 11.0, lt_side * 7.5, lt_long.cross(lt_side) * 7.5],
        };
        let shaft_cut = shaft_ring(CUT_LEVEL, 13.5);
        let shaft = Solid::Rings(vec![shaft_ring(75.0, 15.8), shaft_cut]);
        let fovea = Vec3::new(0.9, 0.4, 0.02).normalize();
        let junction_t = 12.0;
        let head_neck_ring = {
            let r = (HEAD_RADIUS * HEAD_RADIUS - junction_t * junction_t).sqrt();
            Ring::new(neck_axis * junction_t, neck_axis, up, r, r)
        };
        Femur {
            head_centre: Vec3::ZERO,
            head_radius: HEAD_RADIUS,
            neck_axis,
            shaft_axis,
            neck_shaft_junction: junction,
            fovea,
            head_neck_ring,
            parts: vec![
                FemurPart {
                    id: "femur",
                    solid: shaft,
                },
                FemurPart {
                    id: "lesser-trochanter",
                    solid: lt,
                },
                FemurPart {
                    id: "trochanteric-region",
                    solid: trochanteric,
                },
                FemurPart {
                    id: "greater-trochanter",
                    solid: gt,
                },
                FemurPart {
                    id: "femoral-neck",
                    solid: neck_out,
                },
                FemurPart {
                    id: "femoral-neck",
                    solid: neck_in,
                },
                FemurPart {
                    id: "femoral-head",
                    solid: head,
                },
            ],
            greater_trochanter,
            lesser_trochanter,
            shaft_end: shaft_cut.centre,
            shaft_cut,
            knee_centre: on_shaft(KNEE_LEVEL),
            capsule_ring: neck_ring(44.0, 25.0, 20.0),
        }
    }

    /// Unit vector of the mechanical axis (head centre to knee centre).
    pub fn mechanical_axis(&self) -> Vec3 {
        (self.knee_centre - self.head_centre).normalize()
    }

    /// The rotation that takes the standing femur to `pose`: rotation about its own mechanical
    /// axis first, then abduction about the front-to-back axis, then flexion about the
    /// side-to-side axis. Pelvic tilt and lumbar curve do not move the femur here.
    pub fn orientation(&self, pose: &Pose) -> Mat3 {
        let p = pose.clamped();
        let rad = f64::to_radians;
        // Right femur, y down: a negative turn about the downward axis turns the front outwards.
        let rotation = Mat3::axis_angle(self.mechanical_axis(), rad(-p.hip_rotation_deg));
        // About +z, down turns towards -x (lateral): abduction.
        let abduction = Mat3::axis_angle(Vec3::Z, rad(p.hip_abduction_deg));
        // About +x, down turns towards +z (forward): flexion.
        let flexion = Mat3::axis_angle(Vec3::X, rad(p.hip_flexion_deg));
        flexion.mul(&abduction).mul(&rotation)
    }

    /// The femur in `pose`: every point turned rigidly about the head centre.
    pub fn posed(&self, pose: &Pose) -> Femur {
        let m = self.orientation(pose);
        let r = |v: Vec3| m.apply(v);
        Femur {
            head_centre: r(self.head_centre),
            head_radius: self.head_radius,
            neck_axis: r(self.neck_axis),
            shaft_axis: r(self.shaft_axis),
            neck_shaft_junction: r(self.neck_shaft_junction),
            fovea: r(self.fovea),
            head_neck_ring: self.head_neck_ring.transformed(&m),
            parts: self
                .parts
                .iter()
                .map(|p| FemurPart {
                    id: p.id,
                    solid: p.solid.transformed(&m),
                })
                .collect(),
            greater_trochanter: r(self.greater_trochanter),
            lesser_trochanter: r(self.lesser_trochanter),
            shaft_cut: self.shaft_cut.transformed(&m),
            shaft_end: r(self.shaft_end),
            knee_centre: r(self.knee_centre),
            capsule_ring: self.capsule_ring.transformed(&m),
        }
    }

    /// Distance from the head centre to the centre of the cut (constant in every pose).
    pub fn drawn_length(&self) -> f64 {
        self.shaft_end.distance(self.head_centre)
    }

    /// A point on the shaft axis `t` (0..1) of the way from the junction with the neck to the cut.
    pub fn shaft_point(&self, t: f64) -> Vec3 {
        self.neck_shaft_junction.lerp(self.shaft_end, t)
    }

    /// A point on the neck axis at `t` millimetres from the head centre.
    pub fn neck_point(&self, t: f64) -> Vec3 {
        self.head_centre + self.neck_axis * t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proportions_are_adult() {
        let f = Femur::standard();
        let angle = f.neck_axis.dot(f.shaft_axis).acos().to_degrees();
        // Angle between the neck (towards the head) and the shaft (downwards), in 3D,
        // slightly less than the frontal-plane angle because of anteversion.
        assert!((120.0..=135.0).contains(&(180.0 - angle)) || (120.0..=135.0).contains(&angle));
        assert!(
            f.greater_trochanter.x < f.lesser_trochanter.x,
            "GT is lateral"
        );
        assert!(
            f.greater_trochanter.y < f.lesser_trochanter.y,
            "GT is higher"
        );
        assert!(f.lesser_trochanter.z < 0.0, "LT is posterior");
        assert!(
            -f.neck_axis.z > 0.0,
            "the head points forward (anteversion)"
        );
        let mech = f.mechanical_axis();
        assert!(mech.x > 0.0 && mech.x.atan2(mech.y).to_degrees() < 5.0);
    }

    #[test]
    fn flexion_brings_the_knee_forward_and_abduction_out() {
        let f = Femur::standard();
        let flexed = f.posed(&Pose {
            hip_flexion_deg: 90.0,
            ..Pose::default()
        });
        assert!(flexed.knee_centre.z > 400.0);
        let abducted = f.posed(&Pose {
            hip_abduction_deg: 30.0,
            ..Pose::default()
        });
        assert!(abducted.knee_centre.x < f.knee_centre.x - 100.0);
        let external = f.posed(&Pose {
            hip_rotation_deg: 30.0,
            ..Pose::default()
        });
        // External rotation swings the head (front of the neck) medially-forward, the
        // greater trochanter backwards.
        assert!(external.greater_trochanter.z < f.greater_trochanter.z);
    }
}
