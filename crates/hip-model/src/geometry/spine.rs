//! The low back seen from the side: sacrum and coccyx (fixed to the pelvis), the five lumbar
//! vertebrae L5..L1 and the discs between them.
//!
//! The sacrum turns with the pelvis. The lumbar curve (lordosis, the angle between the top
//! of S1 and the top of L1) comes from the pose: [`lordosis_deg`] is `Pose::lumbar_curve`
//! scaled, minus the pelvis' backward tilt, so tipping the pelvis back first flattens the
//! curve and then reverses it (the low back rounds) while the trunk above stays upright.
//! The curve is shared out over the five discs, which become wedges: taller at the front in
//! a hollow back, squeezed at the front in a rounded one. Vertebral bodies stay rigid.
//!
//! Points are 3D in the shared frame at the midline (`x = MIDLINE_X`); the side view draws
//! `(z, y)`.
//!
//! The bones are the anatomy model's (`model_side`): the sacrum with the pelvis, and each
//! lumbar vertebra's outline turned rigidly about the centre of the disc below it (near the
//! model's joint centre) to sit on this chain of endplates. The chain starts where the
//! model's L5-S1 disc is, and its spacing and body depths are the model's.

use super::lateral::{side, tenths, MIDLINE_X};
use super::model_side as model;
use super::pose::Pose;
use super::skeleton::{Bone, Skeleton};
use super::vec::Limit;
use super::vec::{Vec2, Vec3};
use crate::geometry::trig::Trig;

/// Lordosis (degrees) per unit of `Pose::lumbar_curve`: the neutral 0.5 gives 48 degrees.
pub const LORDOSIS_PER_CURVE: f64 = 96.0;
/// Slope of the top of S1 in the neutral pose (degrees, front edge lower).
pub const SACRAL_SLOPE_DEG: f64 = 40.0;
/// Share of the lordosis each disc takes, from L5-S1 up to L1-L2.
pub const DISC_SHARE: [f64; 5] = [0.30, 0.25, 0.20, 0.15, 0.10];
/// Most a disc may open at the front / close at the front (degrees).
pub const DISC_MAX_LORDOTIC_DEG: f64 = 20.0;
/// See [`DISC_MAX_LORDOTIC_DEG`].
pub const DISC_MAX_KYPHOTIC_DEG: f64 = 15.0;

/// Names of the lumbar vertebrae from the bottom up.
pub const VERTEBRA_IDS: [&str; 5] = ["l5", "l4", "l3", "l2", "l1"];
/// Names of the discs from the bottom up.
pub const DISC_IDS: [&str; 5] = [
    "disc-l5-s1",
    "disc-l4-l5",
    "disc-l3-l4",
    "disc-l2-l3",
    "disc-l1-l2",
];
/// Body depth, front to back (mm), of L5..L1 (the model's).
const BODY_DEPTH: [f64; 5] = model::BODY_DEPTH;
/// Front-to-back depth of a disc as drawn (mm): the vertebrae drawn over it hide what
/// lies behind the bodies.
const DISC_DEPTH: f64 = 34.0;
/// Mean disc height (mm) of L5-S1..L1-L2, and T12-L1.
const DISC_HEIGHT: [f64; 6] = [11.0, 12.0, 11.0, 10.0, 9.0, 9.0];

/// Body height (mm) of vertebra `i` (L5 = 0): the model's disc spacing less half of each
/// disc.
fn body_height(i: usize) -> f64 {
    model::DISC_SPACING[i] - (DISC_HEIGHT[i] + DISC_HEIGHT[i + 1]) / 2.0
}

/// The model's outlines of L5..L1, each in its own frame.
const OUTLINES: [&[[i16; 2]]; 5] = [model::L5, model::L4, model::L3, model::L2, model::L1];
/// Depth of the top of S1 (mm).
const S1_DEPTH: f64 = 44.0;

/// Lordosis for `pose` in degrees (positive = hollow back, negative = rounded).
pub fn lordosis_deg(pose: &Pose) -> f64 {
    let p = pose.clamped();
    LORDOSIS_PER_CURVE * p.lumbar_curve - p.pelvic_tilt_deg
}

/// Each disc's wedge angle (degrees, positive = open at the front) for a total lordosis.
pub fn disc_angles(lordosis_deg: f64) -> [f64; 5] {
    DISC_SHARE.map(|w| (lordosis_deg * w).limit(-DISC_MAX_KYPHOTIC_DEG, DISC_MAX_LORDOTIC_DEG))
}

/// A flat end of a vertebral body, seen from the side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Endplate {
    /// Centre (side-view plane: forward, down).
    pub centre: Vec2,
    /// Unit vector from its back edge to its front edge.
    pub forward: Vec2,
    /// Front-to-back depth (mm).
    pub depth: f64,
}

impl Endplate {
    /// Unit vector pointing up, out of the endplate.
    pub fn up(&self) -> Vec2 {
        -self.forward.perp()
    }

    /// The front edge.
    pub fn front(&self) -> Vec2 {
        self.centre + self.forward * (self.depth / 2.0)
    }

    /// The back edge.
    pub fn back(&self) -> Vec2 {
        self.centre - self.forward * (self.depth / 2.0)
    }

    /// A point `u` mm forward and `v` mm up of the centre.
    pub fn at(&self, u: f64, v: f64) -> Vec2 {
        self.centre + self.forward * u + self.up() * v
    }
}

/// A lumbar vertebra seen from the side.
#[derive(Debug, Clone, PartialEq)]
pub struct Vertebra {
    /// `l5` .. `l1`.
    pub id: &'static str,
    /// Outline of the whole vertebra (body, arch and processes): a closed cubic Bézier
    /// from the anatomy model.
    pub outline: Vec<Vec3>,
    /// Bottom of the body.
    pub lower: Endplate,
    /// Top of the body.
    pub upper: Endplate,
}

/// A disc between two vertebrae (or L5 and the sacrum).
#[derive(Debug, Clone, PartialEq)]
pub struct Disc {
    /// e.g. `disc-l4-l5`.
    pub id: &'static str,
    /// Outline (closed smooth curve).
    pub outline: Vec<Vec3>,
    /// Its front edge, bottom then top.
    pub front: [Vec3; 2],
    /// Wedge angle, degrees (positive = open at the front).
    pub angle_deg: f64,
    /// Height at the front (mm).
    pub anterior_height: f64,
    /// Height at the back (mm).
    pub posterior_height: f64,
}

impl Disc {
    /// How squeezed the front is: 0 while the front is at least as tall as the back,
    /// growing to 1 as the front closes to half the disc's mean height.
    pub fn front_squeeze(&self) -> f64 {
        let mean = (self.anterior_height + self.posterior_height) / 2.0;
        (2.0 * (mean - self.anterior_height) / mean).limit(0.0, 1.0)
    }
}

/// Sacrum, coccyx and lumbar spine in one pose.
#[derive(Debug, Clone, PartialEq)]
pub struct Spine {
    /// Sacrum outline with the coccyx (a closed cubic Bézier from the anatomy model), fixed
    /// to the pelvis.
    pub sacrum: Vec<Vec3>,
    /// Coccyx pieces (the back view's, not drawn here: the model's sacrum includes the
    /// coccyx): (centre, half length, half height), fixed to the pelvis.
    pub coccyx: Vec<(Vec3, f64, f64)>,
    /// Top of S1.
    pub s1: Endplate,
    /// L5 .. L1.
    pub vertebrae: Vec<Vertebra>,
    /// L5-S1 .. L1-L2.
    pub discs: Vec<Disc>,
    /// The lordosis this spine was built for (degrees).
    pub lordosis_deg: f64,
}

/// Lifts a side-view point back to 3D at the midline.
pub fn lift(p: Vec2) -> Vec3 {
    Vec3::new(MIDLINE_X, p.y, p.x)
}

fn s1_rest() -> (Vec2, Vec2) {
    // The model's sacral plateau (its front edge is the promontory).
    let [c, f] = model::S1;
    (Vec2::new(c[0], c[1]), Vec2::new(f[0], f[1]))
}

/// The coccyx's four pieces from the side: (forward, down) of each centre in mm, then half
/// length and half height. It curves down and forward from the sacrum's apex; its tip lies
/// about level with the top of the pubic symphysis and the tip of the greater trochanter.
/// The back view takes its tip from here too ([`coccyx_tip`]): one pelvis, two views.
const COCCYX: [(f64, f64, f64, f64); 4] = [
    (-59.0, 5.0, 4.5, 3.4),
    (-53.5, 8.5, 3.8, 3.0),
    (-48.0, 11.0, 3.2, 2.6),
    (-42.5, 12.5, 2.6, 2.2),
];

/// The tip of the coccyx in the neutral pose (3D, at the midline), fixed to the pelvis.
pub fn coccyx_tip() -> Vec3 {
    let (z, y, a, _) = COCCYX[COCCYX.len() - 1];
    let prev = COCCYX[COCCYX.len() - 2];
    let along = Vec2::new(z - prev.0, y - prev.1).normalize();
    lift(Vec2::new(z, y) + along * a)
}

impl Spine {
    /// The spine for `skeleton`'s pose.
    pub fn new(skeleton: &Skeleton) -> Spine {
        let place = |p: Vec2| skeleton.place_point(Bone::Pelvis, lift(p));
        let (c0, f0) = s1_rest();
        let centre = side(place(c0));
        let forward = (side(place(c0 + f0)) - centre).normalize();
        let s1 = Endplate {
            centre,
            forward,
            depth: S1_DEPTH,
        };
        let lordosis = lordosis_deg(&skeleton.pose);
        let angles = disc_angles(lordosis);
        let mut vertebrae = Vec::with_capacity(5);
        let mut discs = Vec::with_capacity(5);
        let mut below = s1;
        for i in 0..5 {
            let theta = angles[i].to_radians();
            let depth = (below.depth + BODY_DEPTH[i]) / 2.0;
            let h = DISC_HEIGHT[i];
            let up_mid = below.up().rotate(-theta / 2.0);
            let lower = Endplate {
                centre: below.centre + up_mid * h,
                forward: below.forward.rotate(-theta),
                depth: BODY_DEPTH[i],
            };
            // The disc spans the bodies' depth from their front faces (the model's).
            let front_below = if i == 0 {
                model::S1_HALF_DEPTH
            } else {
                model::BODY_FRONT[i - 1][1]
            };
            let front_above = model::BODY_FRONT[i][0];
            let (b_front, b_back) = (
                below.centre + below.forward * front_below,
                below.centre + below.forward * (front_below - DISC_DEPTH),
            );
            let (t_front, t_back) = (
                lower.centre + lower.forward * front_above,
                lower.centre + lower.forward * (front_above - DISC_DEPTH),
            );
            let bulge = |a: Vec2, b: Vec2, dir: Vec2| a.lerp(b, 0.5) + dir * 1.6;
            let outline = [
                b_back,
                b_front,
                bulge(b_front, t_front, below.forward),
                t_front,
                t_back,
                bulge(t_back, b_back, -below.forward),
            ];
            let half = (depth / 2.0) * (theta / 2.0).sine();
            discs.push(Disc {
                id: DISC_IDS[i],
                outline: outline.iter().map(|p| lift(*p)).collect(),
                front: [lift(b_front), lift(t_front)],
                angle_deg: angles[i],
                anterior_height: h + 2.0 * half,
                posterior_height: h - 2.0 * half,
            });
            let hh = body_height(i);
            // The model's outline, turned about the centre of the disc below.
            let pivot = lower.at(0.0, -h / 2.0);
            let outline = OUTLINES[i]
                .iter()
                .map(|&p| {
                    let q = tenths(p);
                    lift(pivot + lower.forward * q.x + lower.up() * q.y)
                })
                .collect();
            let upper = Endplate {
                centre: lower.at(0.0, hh),
                ..lower
            };
            vertebrae.push(Vertebra {
                id: VERTEBRA_IDS[i],
                outline,
                lower,
                upper,
            });
            below = upper;
        }
        let sacrum = model::SACRUM.iter().map(|&p| place(tenths(p))).collect();
        Spine {
            sacrum,
            coccyx: COCCYX
                .iter()
                .map(|&(z, y, a, b)| (place(Vec2::new(z, y)), a, b))
                .collect(),
            s1,
            vertebrae,
            discs,
            lordosis_deg: lordosis,
        }
    }

    /// The measured curve: signed angle from the top of S1 to the top of L1, degrees
    /// (positive = hollow back).
    pub fn measured_lordosis_deg(&self) -> f64 {
        let a = self.s1.forward;
        let b = self.vertebrae.last().map_or(a, |v| v.upper.forward);
        -a.cross(b).atan2(a.dot(b)).to_degrees()
    }

    /// Every point of every outline (for bounds and checks).
    pub fn points(&self) -> impl Iterator<Item = Vec3> + '_ {
        self.sacrum
            .iter()
            .copied()
            .chain(self.coccyx.iter().map(|c| c.0))
            .chain(
                self.vertebrae
                    .iter()
                    .flat_map(|v| v.outline.iter().copied()),
            )
            .chain(self.discs.iter().flat_map(|d| d.outline.iter().copied()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spine(tilt: f64, curve: f64) -> Spine {
        Spine::new(&Skeleton::new(&Pose {
            pelvic_tilt_deg: tilt,
            lumbar_curve: curve,
            ..Pose::default()
        }))
    }

    #[test]
    fn neutral_standing_has_a_hollow_low_back() {
        let s = spine(0.0, Pose::NEUTRAL_LUMBAR_CURVE);
        let l = s.measured_lordosis_deg();
        assert!((40.0..=55.0).contains(&l), "{l}");
        assert!((l - s.lordosis_deg).abs() < 1e-6);
        let l1 = &s.vertebrae[4];
        assert!(l1.upper.centre.y < -250.0, "L1 is high above the hip");
        for d in &s.discs {
            assert!(d.anterior_height > d.posterior_height, "{}", d.id);
            assert_eq!(d.front_squeeze(), 0.0);
        }
    }

    #[test]
    fn tipping_the_pelvis_back_flattens_then_reverses_the_curve() {
        let flat = spine(20.0, 0.0);
        assert!(flat.measured_lordosis_deg() < 0.0);
        assert!(flat.discs.iter().any(|d| d.front_squeeze() > 0.3));
        // The trunk stays upright: L1 keeps its orientation while the pelvis tilts.
        let a = spine(0.0, 0.5).vertebrae[4].upper.forward;
        let b = spine(15.0, 0.5).vertebrae[4].upper.forward;
        assert!(a.distance(b) < 1e-9);
    }
}
