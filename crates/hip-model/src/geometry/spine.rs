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

use super::lateral::{side, MIDLINE_X};
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
/// Body height (mm) of L5..L1.
const BODY_HEIGHT: [f64; 5] = [27.0, 27.0, 26.0, 25.0, 24.0];
/// Body depth, front to back (mm), of L5..L1.
const BODY_DEPTH: [f64; 5] = [44.0, 44.0, 43.0, 41.0, 40.0];
/// Mean disc height (mm) of L5-S1..L1-L2.
const DISC_HEIGHT: [f64; 5] = [11.0, 12.0, 11.0, 10.0, 9.0];
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
    /// Outline of the body (closed smooth curve).
    pub body: Vec<Vec3>,
    /// Outline of the arch with its spinous process (closed smooth curve).
    pub arch: Vec<Vec3>,
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
    /// Sacrum outline (closed smooth curve), fixed to the pelvis.
    pub sacrum: Vec<Vec3>,
    /// Lines across the front of the sacrum where its five pieces fused (open curves).
    pub sacral_ridges: Vec<[Vec3; 2]>,
    /// Coccyx pieces: (centre, half length, half height), fixed to the pelvis.
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
    let centre = Vec2::new(-22.0, -90.0);
    let forward = Vec2::from_angle(SACRAL_SLOPE_DEG.to_radians());
    (centre, forward)
}

const SACRUM: [(f64, f64); 17] = [
    (-5.1, -75.9), // promontory (front of S1)
    (-12.0, -58.0),
    (-22.0, -40.0),
    (-33.0, -24.0),
    (-45.0, -10.0),
    (-55.0, -1.0),
    (-61.0, 2.0), // apex
    (-67.0, -3.0),
    (-73.0, -16.0),
    (-79.0, -36.0),
    (-84.0, -58.0),
    (-87.0, -80.0), // median crest
    (-81.0, -93.0),
    (-66.0, -104.0),
    (-55.0, -113.0), // superior articular process
    (-46.0, -108.0),
    (-38.9, -104.1), // back of S1
];

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

/// Vertebral body outline in units of (half depth, height), from the back of the bottom.
const BODY: [(f64, f64); 10] = [
    (-0.9, 0.0),
    (0.9, 0.0),
    (1.0, 0.07),
    (0.93, 0.5),
    (1.0, 0.93),
    (0.9, 1.0),
    (-0.9, 1.0),
    (-1.0, 0.93),
    (-0.97, 0.5),
    (-1.0, 0.07),
];

/// Arch and spinous process (mm, for a 42 mm deep body), relative to the body's lower
/// endplate centre: u forward, v up.
const ARCH: [(f64, f64); 16] = [
    (-19.0, 23.0),
    (-29.0, 25.0),
    (-32.0, 32.0), // superior articular process
    (-38.0, 32.5),
    (-40.0, 24.0),
    (-46.0, 20.0),
    (-62.0, 17.5),
    (-67.0, 13.0), // spinous process tip
    (-66.0, 6.0),
    (-59.0, 3.5),
    (-46.0, 5.0),
    (-42.0, -1.0),
    (-39.0, -7.0), // inferior articular process
    (-34.0, -5.0),
    (-30.0, 11.0),
    (-19.0, 13.0),
];

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
            let (b_front, b_back) = (
                below.centre + below.forward * (depth / 2.0),
                below.centre - below.forward * (depth / 2.0),
            );
            let (t_front, t_back) = (
                lower.centre + lower.forward * (depth / 2.0),
                lower.centre - lower.forward * (depth / 2.0),
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
            let (d, hh) = (BODY_DEPTH[i], BODY_HEIGHT[i]);
            let body = BODY
                .iter()
                .map(|&(u, v)| lift(lower.at(u * d / 2.0, v * hh)))
                .collect();
            let k = d / 42.0;
            let arch = ARCH
                .iter()
                .map(|&(u, v)| lift(lower.at(u * k, v * hh / 26.0)))
                .collect();
            let upper = Endplate {
                centre: lower.at(0.0, hh),
                ..lower
            };
            vertebrae.push(Vertebra {
                id: VERTEBRA_IDS[i],
                body,
                arch,
                lower,
                upper,
            });
            below = upper;
        }
        let sacrum = SACRUM
            .iter()
            .map(|&(z, y)| place(Vec2::new(z, y)))
            .collect();
        let ridge = |t: f64| {
            let a =
                Vec2::new(SACRUM[1].0, SACRUM[1].1).lerp(Vec2::new(SACRUM[5].0, SACRUM[5].1), t);
            let b = a + Vec2::new(-16.0, -8.0);
            [place(a), place(b)]
        };
        Spine {
            sacrum,
            sacral_ridges: vec![ridge(0.05), ridge(0.4), ridge(0.72)],
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
                    .flat_map(|v| v.body.iter().chain(&v.arch).copied()),
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
