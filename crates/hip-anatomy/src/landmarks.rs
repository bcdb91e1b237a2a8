//! Landmarks located on the meshes, each by a stated geometric rule, and the acetabular rim.
//!
//! All rules work on points sampled over the mesh surface every [`SPACING`] mm
//! ([`crate::surface::samples`]), in the app frame (mm; x to the subject's left, y down, z
//! forward; origin at the right hip centre), so every landmark but the disc centres lies on
//! the surface by construction.

use crate::model::{BoneId, Model};
use crate::surface;
use crate::vec::V3;

/// Sampling distance of the surface points (mm).
pub const SPACING: f64 = 1.0;

/// A named point fixed to a bone.
#[derive(Debug, Clone, PartialEq)]
pub struct Landmark {
    /// Id (kebab case), e.g. `asis`.
    pub id: String,
    /// Plain name.
    pub name: String,
    /// The bone it is found on.
    pub bone: BoneId,
    /// Where (mm, app frame, neutral pose).
    pub at: V3,
    /// The rule that found it.
    pub rule: &'static str,
    /// Whether it is on the bone surface (false only for disc centres, which sit in the
    /// gap between two vertebrae).
    pub on_surface: bool,
}

/// Surface samples of every bone.
pub struct Samples {
    per_bone: Vec<(BoneId, Vec<V3>)>,
}

impl Samples {
    /// Samples every bone of `m`.
    pub fn of(m: &Model) -> Samples {
        Samples {
            per_bone: m
                .bones
                .iter()
                .map(|b| (b.bone, surface::samples(&b.tris, SPACING)))
                .collect(),
        }
    }

    /// The samples of `bone`.
    pub fn of_bone(&self, bone: BoneId) -> &[V3] {
        &self
            .per_bone
            .iter()
            .find(|(b, _)| *b == bone)
            .expect("every bone sampled")
            .1
    }
}

/// The sample of `pts` passing `keep` that maximises `score`.
pub fn extreme(pts: &[V3], keep: impl Fn(V3) -> bool, score: impl Fn(V3) -> f64) -> V3 {
    pts.iter()
        .copied()
        .filter(|&p| keep(p))
        .max_by(|&a, &b| score(a).total_cmp(&score(b)))
        .expect("a landmark rule matched no surface point")
}

/// The sample of `pts` nearest to `q`.
pub fn nearest(pts: &[V3], q: V3) -> V3 {
    extreme(pts, |_| true, |p| -p.dist(q))
}

/// x of the body's midline: the mean x of the sacrum's surface.
pub fn midline_x(s: &Samples) -> f64 {
    let sac = s.of_bone(BoneId::Sacrum);
    sac.iter().map(|p| p.x).sum::<f64>() / sac.len() as f64
}

fn lm(id: &str, name: &str, bone: BoneId, at: V3, rule: &'static str) -> Landmark {
    Landmark {
        id: id.into(),
        name: name.into(),
        bone,
        at,
        rule,
        on_surface: true,
    }
}

/// Front extent of a vertebral body used by the lumbar rules (mm from the front).
const BODY_DEPTH: f64 = 30.0;

/// Every landmark.
pub fn locate(s: &Samples) -> Vec<Landmark> {
    locate_in(s)
}

/// The landmark called `id` (panics if there is none: ids are fixed in this module).
pub fn find<'a>(all: &'a [Landmark], id: &str) -> &'a Landmark {
    all.iter()
        .find(|l| l.id == id)
        .unwrap_or_else(|| panic!("no landmark {id}"))
}

fn locate_in(s: &Samples) -> Vec<Landmark> {
    let hip = s.of_bone(BoneId::PelvisR);
    let femur = s.of_bone(BoneId::Femur);
    let sacrum = s.of_bone(BoneId::Sacrum);
    let mid = midline_x(s);
    let mut out = Vec::new();
    out.push(lm(
        "asis",
        "Anterior superior iliac spine",
        BoneId::PelvisR,
        extreme(hip, |p| p.y < -40.0, |p| p.z),
        "right hip bone: the most forward point more than 40 mm above the hip centre",
    ));
    out.push(lm(
        "iliac-crest",
        "Iliac crest (top)",
        BoneId::PelvisR,
        extreme(hip, |_| true, |p| -p.y),
        "right hip bone: the highest point",
    ));
    let down_back = V3::new(0.0, 30f64.to_radians().cos(), -30f64.to_radians().sin());
    let tuberosity = extreme(hip, |_| true, |p| p.dot(down_back));
    out.push(lm(
        "ischial-tuberosity",
        "Ischial tuberosity",
        BoneId::PelvisR,
        tuberosity,
        "right hip bone: the farthest point in the direction 30 degrees back from straight \
         down (the sit bone)",
    ));
    out.push(lm(
        "ischial-spine",
        "Ischial spine",
        BoneId::PelvisR,
        extreme(hip, |p| p.z < -30.0 && p.y.abs() < 20.0, |p| p.x),
        "right hip bone: the most medial point more than 30 mm behind the hip centre and \
         within 20 mm of its height (the point of the posterior border between the two \
         sciatic notches)",
    ));
    out.push(lm(
        "pubic-symphysis",
        "Pubic symphysis",
        BoneId::PelvisR,
        extreme(hip, |p| p.z > 0.0, |p| p.x),
        "right hip bone: the most medial point in front of the hip centre",
    ));
    out.push(lm(
        "greater-trochanter",
        "Greater trochanter",
        BoneId::Femur,
        extreme(femur, |p| p.y < 40.0, |p| -p.x),
        "femur: the most lateral point less than 40 mm below the hip centre (its outer face)",
    ));
    out.push(lm(
        "greater-trochanter-tip",
        "Tip of the greater trochanter",
        BoneId::Femur,
        extreme(femur, |p| p.x < -40.0, |p| -p.y),
        "femur: the highest point more than 40 mm lateral to the hip centre",
    ));
    let d = V3::new(1.0, 0.0, -1.0).unit();
    out.push(lm(
        "lesser-trochanter",
        "Lesser trochanter",
        BoneId::Femur,
        extreme(femur, |p| p.y > 35.0 && p.y < 90.0, |p| p.dot(d)),
        "femur: between 35 and 90 mm below the hip centre, the point farthest towards the \
         back and the midline (direction (1, 0, -1))",
    ));
    let top = sacrum.iter().map(|p| p.y).fold(f64::MAX, f64::min);
    out.push(lm(
        "sacral-promontory",
        "Sacrum (promontory)",
        BoneId::Sacrum,
        extreme(
            sacrum,
            |p| p.y < top + 20.0 && (p.x - mid).abs() < 5.0,
            |p| p.z,
        ),
        "sacrum: on the midline (within 5 mm), in its top 20 mm, the most forward point",
    ));
    out.push(lm(
        "coccyx",
        "Coccyx (tip)",
        BoneId::Sacrum,
        extreme(sacrum, |_| true, |p| p.y),
        "sacrum mesh (which includes the coccyx): the lowest point",
    ));
    out.push(lm(
        "fibular-head",
        "Head of the fibula",
        BoneId::Fibula,
        extreme(s.of_bone(BoneId::Fibula), |_| true, |p| -p.y),
        "fibula: the highest point",
    ));
    // Lumbar bodies: the front BODY_DEPTH mm of each vertebra near the midline.
    let lumbar = [BoneId::L1, BoneId::L2, BoneId::L3, BoneId::L4, BoneId::L5];
    let body = |b: BoneId| -> Vec<V3> {
        let pts = s.of_bone(b);
        let front = pts.iter().map(|p| p.z).fold(f64::MIN, f64::max);
        pts.iter()
            .copied()
            .filter(|p| p.z > front - BODY_DEPTH && (p.x - mid).abs() < 4.0)
            .collect()
    };
    let mut endplates = Vec::new();
    for b in lumbar {
        let pts = body(b);
        let front = pts.iter().map(|p| p.z).fold(f64::MIN, f64::max);
        let centre_z = front - BODY_DEPTH / 2.0;
        let core: Vec<V3> = pts
            .iter()
            .copied()
            .filter(|p| (p.z - centre_z).abs() < 4.0)
            .collect();
        let upper = extreme(&core, |_| true, |p| -p.y);
        let lower = extreme(&core, |_| true, |p| p.y);
        let mid_y = (upper.y + lower.y) / 2.0;
        out.push(lm(
            &format!("{}-body", b.id()),
            &format!("{} vertebral body", b.name()),
            b,
            extreme(&pts, |p| (p.y - mid_y).abs() < 3.0, |p| p.z),
            "vertebra: near the midline (within 4 mm), the front face of the body at the \
             height midway between its upper and lower endplates (the most forward point \
             within 3 mm of that height)",
        ));
        endplates.push((b, upper, lower));
    }
    // S1's upper endplate: the sacrum's highest point near the midline, 10-25 mm behind
    // its front edge.
    let s1_front = extreme(
        sacrum,
        |p| p.y < top + 20.0 && (p.x - mid).abs() < 4.0,
        |p| p.z,
    )
    .z;
    let s1 = extreme(
        sacrum,
        |p| (p.x - mid).abs() < 4.0 && p.z < s1_front - 10.0 && p.z > s1_front - 25.0,
        |p| -p.y,
    );
    for k in 0..5 {
        let (b, _, lower) = endplates[k];
        let (below_id, below_upper) = if k + 1 < 5 {
            (endplates[k + 1].0.id(), endplates[k + 1].1)
        } else {
            ("s1", s1)
        };
        out.push(Landmark {
            id: format!("disc-{}-{}", b.id(), below_id),
            name: format!("{}-{} disc", b.name(), below_id.to_uppercase()),
            bone: b,
            at: lower.lerp(below_upper, 0.5),
            rule: "midway between the centre of the lower endplate of the vertebra above and \
                   the upper endplate of the one below (each: the lowest/highest midline point \
                   of the body, 11-19 mm behind its front face)",
            on_surface: false,
        });
    }
    out
}

/// The acetabular rim of the right hip bone as a loop of surface points (mm, app frame).
///
/// Rule: take the hip bone's surface between `inner` (the femoral head's radius: nearer
/// points are the floor of the fossa and notch, not the rim) and [`RIM_REACH`] mm of the hip
/// centre (the cup and its rim). The cup's opening points along `a`, the opposite of the mean direction from the
/// centre to those points. Around `a`, in each of [`RIM_SECTORS`] equal sectors, the rim is
/// the point nearest in angle to `a` (the edge of the cup).
pub fn acetabular_rim(s: &Samples, centre: V3, inner: f64) -> Vec<V3> {
    let cup: Vec<V3> = s
        .of_bone(BoneId::PelvisR)
        .iter()
        .copied()
        .filter(|p| (inner..RIM_REACH).contains(&p.dist(centre)))
        .collect();
    let mean = cup
        .iter()
        .fold(V3::default(), |acc, p| acc + (*p - centre).unit());
    let a = (-mean).unit();
    // An orthonormal pair around a.
    let helper = if a.x.abs() < 0.9 {
        V3::new(1.0, 0.0, 0.0)
    } else {
        V3::new(0.0, 1.0, 0.0)
    };
    let u = a.cross(helper).unit();
    let v = a.cross(u);
    let mut rim: Vec<Option<(f64, V3)>> = vec![None; RIM_SECTORS];
    for p in cup {
        let d = (p - centre).unit();
        let phi = d.dot(v).atan2(d.dot(u));
        let k = (((phi + std::f64::consts::PI) / std::f64::consts::TAU * RIM_SECTORS as f64)
            as usize)
            .min(RIM_SECTORS - 1);
        let score = d.dot(a);
        if rim[k].is_none_or(|(s, _)| score > s) {
            rim[k] = Some((score, p));
        }
    }
    rim.into_iter().flatten().map(|(_, p)| p).collect()
}

/// How far from the hip centre the acetabular rim is looked for (mm).
pub const RIM_REACH: f64 = 32.0;
/// Sectors of the rim.
pub const RIM_SECTORS: usize = 36;

/// A ridge line on a bone from `from` to `to`: at each of `steps + 1` evenly spaced points
/// `q` of the segment, among the surface points within 1 mm of the plane through `q` across
/// the segment and within `reach` mm of `q`, the one farthest along `dir`.
pub fn ridge(pts: &[V3], from: V3, to: V3, dir: V3, reach: f64, steps: usize) -> Vec<V3> {
    let axis = (to - from).unit();
    (0..=steps)
        .filter_map(|k| {
            let q = from.lerp(to, k as f64 / steps as f64);
            pts.iter()
                .copied()
                .filter(|p| (*p - q).dot(axis).abs() < 1.0 && p.dist(q) < reach)
                .max_by(|a, b| a.dot(dir).total_cmp(&b.dot(dir)))
        })
        .collect()
}
