//! Bone outlines for the side (lateral) views of the right hip and thigh, as 3D points fixed
//! to bones, so a pose moves them (`LateralBones::placed`).
//!
//! The side views look at the subject's right side: the subject faces the viewer's right,
//! and a model point `(x, y, z)` is drawn at `(z, y)` ([`side`]). Outlines and landmarks
//! come from the anatomy model (the `hip-anatomy` crate, via its compact copy
//! [`super::model_side`]); only their `z` and `y` matter for the drawing.

use super::model_side as model;
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
/// How far the app's neutral standing pelvis is turned back from the model's (degrees,
/// about the hip axis): none. The model (Rajagopal et al. 2016) stands with the back spine
/// (PSIS) about 9 degrees higher than the front (ASIS), a sacral slope of about 35 degrees and
/// the anterior pelvic plane (ASIS to pubic symphysis) about 14 degrees forward of vertical:
/// each within the normal range for standing adults (physiotherapists' ASIS-PSIS measure
/// averages about 11 degrees). Turning it back to a vertical pelvic plane would raise the
/// ASIS above the PSIS and flatten the sacrum, a posteriorly tilted pelvis: so the model's
/// orientation is the neutral, and chapter 5's tilt is measured from it. A change here
/// turns the pelvis, sacrum, their landmarks and attachments together (regenerate
/// `model_side`).
pub const MODEL_TILT_BACK_DEG: f64 = 0.0;

/// A closed outline fixed to one bone.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    /// Structure id (content labels may name it).
    pub id: &'static str,
    /// The bone it moves with.
    pub bone: Bone,
    /// A closed cubic Bézier curve from the anatomy model: `3 n + 1` points (knot, control,
    /// control, knot, ...), the last equal to the first.
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

/// Every bone outline of the side views, in one pose, traced from the anatomy model
/// (`geometry::model_side`).
#[derive(Debug, Clone, PartialEq)]
pub struct LateralBones {
    /// The hip bone: outer outline (ilium, ischium, pubis).
    pub hip_bone: Outline,
    /// The obturator foramen, a hole in the hip bone.
    pub obturator: Outline,
    /// The acetabular rim, an interior line of the hip bone: points of a closed smooth curve
    /// (not Béziers).
    pub rim: Outline,
    /// The thigh bone (head, neck, trochanters, shaft, condyles).
    pub femur: Outline,
    /// Centre of the femoral head (the hip centre).
    pub head_centre: Vec3,
    /// The kneecap.
    pub patella: Outline,
    /// The shin bone (the views cut it at [`SHIN_CUT`]).
    pub tibia: Outline,
    /// The fibula with its head (cut at [`SHIN_CUT`]).
    pub fibula: Outline,
    /// Named points.
    pub landmarks: Vec<SideLandmark>,
}

/// A side-view point of the compact model tables (tenths of a millimetre) in mm.
pub fn tenths(p: [i16; 2]) -> Vec2 {
    Vec2::new(f64::from(p[0]) / 10.0, f64::from(p[1]) / 10.0)
}

fn lift(x: f64, pts: &[[i16; 2]]) -> Vec<Vec3> {
    pts.iter()
        .map(|&p| {
            let q = tenths(p);
            Vec3::new(x, q.y, q.x)
        })
        .collect()
}

fn outline(id: &'static str, bone: Bone, x: f64, pts: &[[i16; 2]]) -> Outline {
    Outline {
        id,
        bone,
        points: lift(x, pts),
    }
}

/// A named point of the model tables (side view, mm).
pub fn model_point(id: &str) -> Option<Vec2> {
    model::POINTS
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, p)| tenths(*p))
}

/// The middle of the knots of a Bézier outline within `tol` mm of height `y`.
fn middle_at(pts: &[Vec3], y: f64, tol: f64) -> Vec3 {
    let near: Vec<Vec3> = pts
        .iter()
        .step_by(3)
        .copied()
        .filter(|p| (p.y - y).abs() <= tol)
        .collect();
    let (lo, hi) = near
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.z), b.max(p.z)));
    Vec3::new(pts.first().map_or(0.0, |p| p.x), y, (lo + hi) / 2.0)
}

impl LateralBones {
    /// Neutral standing.
    pub fn standard() -> LateralBones {
        let hip_bone = outline("pelvis", Bone::Pelvis, -40.0, model::HIP_BONE);
        let obturator = outline("obturator-foramen", Bone::Pelvis, -40.0, model::OBTURATOR);
        let rim = outline("acetabulum", Bone::Pelvis, -40.0, model::RIM);
        let femur = outline("femur", Bone::Femur, -45.0, model::FEMUR);
        let patella = outline("patella", Bone::Tibia, -20.0, model::PATELLA);
        let tibia = outline("tibia", Bone::Tibia, -30.0, model::TIBIA);
        let fibula = outline("fibula", Bone::Fibula, -50.0, model::FIBULA);
        let lm = |id, bone, p: Vec2| SideLandmark {
            id,
            bone,
            at: Vec3::new(-40.0, p.y, p.x),
        };
        let point = |id: &str| model_point(id).unwrap_or(Vec2::ZERO);
        let asis = point("asis");
        let crest = point("iliac-crest");
        // The lower front spine: the most forward knot of the front edge between the ASIS
        // and the socket.
        let aiis = hip_bone
            .points
            .iter()
            .step_by(3)
            .filter(|p| p.y > asis.y + 18.0 && p.y < -12.0)
            .fold(Vec2::new(f64::MIN, 0.0), |a, p| {
                if p.z > a.x {
                    Vec2::new(p.z, p.y)
                } else {
                    a
                }
            });
        let rim_top = rim.points.iter().fold(Vec2::new(0.0, f64::MAX), |a, p| {
            if p.y < a.y {
                Vec2::new(p.z, p.y)
            } else {
                a
            }
        });
        let centre = |o: &Outline| {
            let n = o.points.len().max(1) as f64;
            let s = o.points.iter().fold(Vec3::ZERO, |a, p| a + *p);
            let c = s * (1.0 / n);
            Vec2::new(c.z, c.y)
        };
        let femur_mid = middle_at(&femur.points, 260.0, 12.0);
        let tibia_mid = middle_at(&tibia.points, 520.0, 14.0);
        let landmarks = vec![
            lm("asis", Bone::Pelvis, asis),
            lm("aiis", Bone::Pelvis, aiis + Vec2::new(-3.0, 0.0)),
            lm("iliac-crest", Bone::Pelvis, crest + Vec2::new(0.0, 3.0)),
            lm("ilium", Bone::Pelvis, crest.lerp(Vec2::ZERO, 0.42)),
            lm("acetabulum", Bone::Pelvis, rim_top),
            lm("ischial-spine", Bone::Pelvis, point("ischial-spine")),
            lm(
                "ischial-tuberosity",
                Bone::Pelvis,
                point("ischial-tuberosity"),
            ),
            lm("pubis", Bone::Pelvis, point("pubis")),
            lm(
                "greater-trochanter",
                Bone::Femur,
                point("greater-trochanter"),
            ),
            lm("femur", Bone::Femur, Vec2::new(femur_mid.z, femur_mid.y)),
            lm("femoral-head", Bone::Femur, Vec2::new(6.0, 8.0)),
            lm("patella", Bone::Tibia, centre(&patella)),
            lm("tibia", Bone::Tibia, Vec2::new(tibia_mid.z, tibia_mid.y)),
            lm("fibula-head", Bone::Fibula, point("fibula-head")),
        ];
        LateralBones {
            hip_bone,
            obturator,
            rim,
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
            rim: o(&s.rim),
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

/// Point `t` of a cubic segment, and the segment split there (`[first half, second half]`).
fn split(s: &[Vec2], t: f64) -> [[Vec2; 4]; 2] {
    let l = |a: Vec2, b: Vec2| a.lerp(b, t);
    let (ab, bc, cd) = (l(s[0], s[1]), l(s[1], s[2]), l(s[2], s[3]));
    let (abc, bcd) = (l(ab, bc), l(bc, cd));
    let m = l(abc, bcd);
    [[s[0], ab, abc, m], [m, bcd, cd, s[3]]]
}

/// Where along a segment whose start is kept and end is not the curve leaves what `keep`s
/// (bisection).
fn leave_at(s: &[Vec2], keep: &impl Fn(Vec2) -> bool) -> f64 {
    let (mut lo, mut hi) = (0.0, 1.0);
    for _ in 0..20 {
        let mid = (lo + hi) / 2.0;
        if keep(split(s, mid)[0][3]) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The part of a closed Bézier outline (`3 n + 1` points) that `keep`s: the longest run of
/// kept segments with the pieces of the segments on either side up to where they leave, as
/// an open chain (`3 k + 1` points) a straight line closes.
pub fn bezier_keep(pts: &[Vec2], keep: impl Fn(Vec2) -> bool) -> Vec<Vec2> {
    let n = pts.len().saturating_sub(1) / 3;
    let ok: Vec<bool> = (0..n)
        .map(|i| keep(pts[3 * i]) && keep(pts[3 * i + 3]))
        .collect();
    if ok.iter().all(|k| *k) || n == 0 {
        return pts.to_vec();
    }
    // Longest run of kept segments, going round the loop.
    let (mut best, mut best_len) = (0, 0);
    for start in 0..n {
        if ok[start] && !ok[(start + n - 1) % n] {
            let len = (0..n).take_while(|k| ok[(start + k) % n]).count();
            if len > best_len {
                (best, best_len) = (start, len);
            }
        }
    }
    let seg = |i: usize| &pts[3 * (i % n)..=3 * (i % n) + 3];
    let mut out = Vec::new();
    // The segment before the run, from where it enters.
    let before = seg(best + n - 1);
    if keep(before[3]) && !keep(before[0]) {
        let rev = [before[3], before[2], before[1], before[0]];
        let t = leave_at(&rev, &keep);
        let part = split(&rev, t)[0];
        out.extend([part[3], part[2], part[1]]);
    }
    out.push(pts[3 * best]);
    for k in 0..best_len {
        out.extend_from_slice(&seg(best + k)[1..]);
    }
    let after = seg(best + best_len);
    if keep(after[0]) && !keep(after[3]) {
        let part = split(after, leave_at(after, &keep))[0];
        out.extend_from_slice(&part[1..]);
    }
    out
}
