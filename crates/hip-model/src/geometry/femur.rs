//! The right femur of the anatomy model (MyoSim 0.2.3, the OpenSim model of Rajagopal et al.
//! 2016), from the head to mid-thigh: convex parts cut from its mesh (`model_femur`), its
//! axes and named surface points (`model_front`), posed as a rigid body about the hip centre
//! (the model's hip joint centre, the centre of its head).

use super::model_femur::PARTS;
use super::model_front as model;
use super::pose::Pose;
use super::solid::{Ring, Solid};
use super::vec::{Mat3, Vec3};

/// Radius of the femoral head (the sphere fitted to the model's head, mm).
pub const HEAD_RADIUS: f64 = model::HEAD_RADIUS;
/// How far below the head centre (standing) the drawn femur is cut, at mid-thigh (mm).
pub const CUT_LEVEL: f64 = model::CUT_LEVEL;

/// A part of the femur: which structure it is and its solid.
#[derive(Debug, Clone, PartialEq)]
pub struct FemurPart {
    /// Structure id (see [`crate::geometry::STRUCTURE_IDS`]).
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
    /// Where the neck axis passes closest to the shaft axis.
    pub neck_shaft_junction: Vec3,
    /// Unit vector from the head centre to the fovea (the small pit on the head, medial).
    pub fovea: Vec3,
    /// The edge of the head's cartilage, where the head meets the neck.
    pub head_neck_ring: Ring,
    /// The parts (convex pieces of the model's mesh), shaft pieces first, the head last.
    pub parts: Vec<FemurPart>,
    /// Front of the greater trochanter (on the bone's surface).
    pub greater_trochanter: Vec3,
    /// The lesser trochanter (the model's landmark, on its surface).
    pub lesser_trochanter: Vec3,
    /// Named points on the surface: `femoral-head`, `femoral-neck`, `greater-trochanter`,
    /// `lesser-trochanter`, `femur` (each where its label points), in this pose.
    pub points: Vec<(&'static str, Vec3)>,
    /// The cut at mid-thigh: the shaft's cross-section where the drawing stops.
    pub shaft_cut: Ring,
    /// Centre of the shaft at the cut.
    pub shaft_end: Vec3,
    /// Centre of the knee (not drawn; defines the mechanical axis).
    pub knee_centre: Vec3,
    /// Where the capsule attaches: round the base of the neck (intertrochanteric line).
    pub capsule_ring: Ring,
}

fn v(a: [f64; 3]) -> Vec3 {
    Vec3::new(a[0], a[1], a[2])
}

/// A point of the model's tables (tenths of a millimetre).
pub fn tenths(p: [i16; 3]) -> Vec3 {
    Vec3::new(
        f64::from(p[0]) / 10.0,
        f64::from(p[1]) / 10.0,
        f64::from(p[2]) / 10.0,
    )
}

/// A named point of chapter 1's model table (standing, mm).
pub fn model_point(id: &str) -> Option<Vec3> {
    model::POINTS
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, p)| tenths(*p))
}

/// Unit vector of the mechanical axis, standing (hip centre to the model's knee centre).
pub fn mechanical_axis() -> Vec3 {
    v(model::KNEE).normalize()
}

impl Femur {
    /// The model's right femur, standing.
    pub fn standard() -> Femur {
        let neck_axis = v(model::NECK_AXIS);
        let shaft_axis = v(model::SHAFT_AXIS);
        let up = Vec3::new(0.0, -1.0, 0.0);
        let neck_ring = |t: f64, ru: f64, rv: f64| Ring::new(neck_axis * t, neck_axis, up, ru, rv);
        let (cut_centre, cut_x, cut_z) = model::CUT_SECTION;
        let shaft_cut = Ring::new(v(cut_centre), Vec3::Y, Vec3::X, cut_x, cut_z);
        let junction_t = 12.0;
        let head_neck_ring = {
            let r = (HEAD_RADIUS * HEAD_RADIUS - junction_t * junction_t).sqrt();
            Ring::new(neck_axis * junction_t, neck_axis, up, r, r)
        };
        let point = |id| model_point(id).unwrap_or_default();
        let ids = [
            "femoral-head",
            "femoral-neck",
            "greater-trochanter",
            "lesser-trochanter",
            "femur",
        ];
        Femur {
            head_centre: Vec3::ZERO,
            head_radius: HEAD_RADIUS,
            neck_axis,
            shaft_axis,
            neck_shaft_junction: v(model::NECK_SHAFT_JUNCTION),
            fovea: Vec3::new(0.9, 0.4, 0.02).normalize(),
            head_neck_ring,
            parts: PARTS
                .iter()
                .map(|(id, pts)| FemurPart {
                    id,
                    solid: Solid::Hull(pts.iter().map(|p| tenths(*p)).collect()),
                })
                .collect(),
            greater_trochanter: point("greater-trochanter"),
            lesser_trochanter: point("lesser-trochanter"),
            points: ids.iter().map(|id| (*id, point(id))).collect(),
            shaft_end: shaft_cut.centre,
            shaft_cut,
            knee_centre: v(model::KNEE),
            capsule_ring: neck_ring(0.8 * v(model::NECK_SHAFT_JUNCTION).length(), 30.0, 24.0),
        }
    }

    /// Unit vector of the mechanical axis (head centre to knee centre).
    pub fn mechanical_axis(&self) -> Vec3 {
        (self.knee_centre - self.head_centre).normalize()
    }

    /// The rotation that takes the standing femur to `pose` (see [`Femur::turn`]).
    pub fn orientation(&self, pose: &Pose) -> Mat3 {
        Femur::turn(pose)
    }

    /// The rotation that takes the standing femur to `pose`, about the hip centre: rotation
    /// about its own mechanical axis first, then abduction about the front-to-back axis,
    /// then flexion about the side-to-side axis (the order of the model's hip coordinates).
    /// Pelvic tilt and lumbar curve do not move the femur here.
    pub fn turn(pose: &Pose) -> Mat3 {
        let p = pose.clamped();
        let rad = f64::to_radians;
        // Right femur, y down: a negative turn about the downward axis turns the front outwards.
        let rotation = Mat3::axis_angle(mechanical_axis(), rad(-p.hip_rotation_deg));
        // About +z, down turns towards -x (lateral): abduction.
        let abduction = Mat3::axis_angle(Vec3::Z, rad(p.hip_abduction_deg));
        // About +x, down turns towards +z (forward): flexion.
        let flexion = Mat3::axis_angle(Vec3::X, rad(p.hip_flexion_deg));
        flexion.mul(&abduction).mul(&rotation)
    }

    /// The femur in `pose`: every point turned rigidly about the head centre, and the parts
    /// in paint order for the front view: the farthest from the viewer first (by their
    /// centres' depth), so a part nearer the viewer is drawn over one behind it.
    pub fn posed(&self, pose: &Pose) -> Femur {
        let m = Femur::turn(pose);
        let r = |v: Vec3| m.apply(v);
        let mut parts: Vec<FemurPart> = self
            .parts
            .iter()
            .map(|p| FemurPart {
                id: p.id,
                solid: p.solid.transformed(&m),
            })
            .collect();
        super::order::sort_by_number(&mut parts, |p| p.solid.centre().z);
        Femur {
            head_centre: r(self.head_centre),
            head_radius: self.head_radius,
            neck_axis: r(self.neck_axis),
            shaft_axis: r(self.shaft_axis),
            neck_shaft_junction: r(self.neck_shaft_junction),
            fovea: r(self.fovea),
            head_neck_ring: self.head_neck_ring.transformed(&m),
            parts,
            greater_trochanter: r(self.greater_trochanter),
            lesser_trochanter: r(self.lesser_trochanter),
            points: self.points.iter().map(|(id, p)| (*id, r(*p))).collect(),
            shaft_cut: self.shaft_cut.transformed(&m),
            shaft_end: r(self.shaft_end),
            knee_centre: r(self.knee_centre),
            capsule_ring: self.capsule_ring.transformed(&m),
        }
    }

    /// The named surface point `id` (see [`Femur::points`]) in this pose.
    pub fn point(&self, id: &str) -> Option<Vec3> {
        self.points.iter().find(|(i, _)| *i == id).map(|(_, p)| *p)
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
        // Neck-shaft angle between the neck (towards the head) and the shaft (downwards):
        // adult normal is about 120 to 135 degrees.
        let angle = (-f.neck_axis).dot(f.shaft_axis).acos().to_degrees();
        assert!((120.0..=135.0).contains(&angle), "{angle}");
        assert!(
            f.greater_trochanter.x < f.lesser_trochanter.x,
            "GT is lateral"
        );
        assert!(
            f.greater_trochanter.y < f.lesser_trochanter.y,
            "GT is higher"
        );
        assert!(f.lesser_trochanter.z < 0.0, "LT is posterior");
        let mech = f.mechanical_axis();
        assert!(mech.x.abs().atan2(mech.y).to_degrees() < 5.0);
        assert!(f.parts.len() >= 5 && f.parts.last().map(|p| p.id) == Some("femoral-head"));
    }

    #[test]
    fn flexion_brings_the_knee_forward_and_abduction_out() {
        let f = Femur::standard();
        let flexed = f.posed(&Pose {
            hip_flexion_deg: 90.0,
            ..Pose::default()
        });
        assert!(flexed.knee_centre.z > 380.0);
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
