//! The back view's compact copy of the model (`geometry::model_back`): the hip bone and
//! the sacrum and the femur as chapter 2 draws them (the traced outlines, each point given the depth of
//! the bone under it, so a pose can turn them), the intertrochanteric crest, named points,
//! the muscles' paths (the model's, and the deep rotators it lacks, placed by hand in the
//! anatomy crate) and the sciatic nerve.

use super::front::{landmark, loops, samples};
use hip_anatomy::api;
use hip_anatomy::landmarks;
use hip_anatomy::model::BoneId;
use hip_anatomy::vec::{V2, V3};
use hip_anatomy::view::View;
use hip_model::geometry::lateral::bezier_keep;
use hip_model::geometry::model_front::CUT_LEVEL;
use hip_model::geometry::Vec2;
use std::fmt::Write;

fn tenths(v: f64) -> i32 {
    (v * 10.0).round() as i32
}

fn p3(p: V3) -> String {
    format!("[{}, {}, {}]", tenths(p.x), tenths(p.y), tenths(p.z))
}

/// The model point under a back-view point `(u, y)` (u = -x): the mean depth of the bone's
/// surface within 2.5 mm of it as seen from behind (the nearest sample's, if none is).
pub fn lift(bone: BoneId, q: Vec2) -> V3 {
    let pts = samples().of_bone(bone);
    let seen = |p: &V3| V2::new(-p.x, p.y).dist(V2::new(q.x, q.y));
    let near: Vec<&V3> = pts.iter().filter(|p| seen(p) <= 2.5).collect();
    let z = if near.is_empty() {
        pts.iter()
            .min_by(|a, b| seen(a).total_cmp(&seen(b)))
            .map_or(0.0, |p| p.z)
    } else {
        let (lo, hi) = near
            .iter()
            .fold((f64::MAX, f64::MIN), |(l, h), p| (l.min(p.z), h.max(p.z)));
        (lo + hi) / 2.0
    };
    V3::new(-q.x, q.y, z)
}

fn list(out: &mut String, pts: &[V3]) {
    out.push_str("&[");
    for (i, p) in pts.iter().enumerate() {
        out.push_str(if i % 6 == 0 { "\n    " } else { " " });
        out.push_str(&p3(*p));
        out.push(',');
    }
    out.push_str("\n]");
}

/// The most posterior surface point of `bone` within `reach` mm of `(x, y)` as seen from
/// behind (model x).
pub fn back_point(bone: BoneId, x: f64, y: f64, reach: f64) -> V3 {
    let q = V2::new(x, y);
    landmarks::extreme(
        samples().of_bone(bone),
        |p| V2::new(p.x, p.y).dist(q) <= reach,
        |p| -p.z,
    )
}

/// Named points of the back view: (id, bone: `p` pelvis or `f` femur, where), each on the
/// bone's surface.
pub fn points() -> Vec<(&'static str, char, V3)> {
    let crest = api::lines("femur", View::Back)
        .find(|l| l.id == "intertrochanteric-crest")
        .expect("crest");
    let mid = crest.points[crest.points.len() / 2];
    let shaft_y = 150.0;
    let near: Vec<&V3> = samples()
        .of_bone(BoneId::Femur)
        .iter()
        .filter(|p| (p.y - shaft_y).abs() < 2.0)
        .collect();
    let shaft_x = near.iter().map(|p| p.x).sum::<f64>() / near.len() as f64;
    let coccyx = landmark("coccyx");
    let glmax = api::muscle("glmax2").expect("glmax2");
    let tuberosity = glmax.points[3].at;
    let glmed = api::muscle("glmed2").expect("glmed2").points[0].at;
    let piri = api::muscle("piri").expect("piri").points[0].at;
    let oi = at(api::muscle("obturator-internus").expect("OI").points[0].at);
    let hole = &loops("hip-bone-right", View::Front)[1];
    let hole_c = hole.iter().fold(Vec2::default(), |a, p| a + *p) * (1.0 / hole.len() as f64);
    vec![
        // The crest above gluteus medius (its highest point there).
        ("iliac-crest", 'p', {
            let s = samples().of_bone(BoneId::PelvisR);
            let x = f64::from(glmed[0]);
            landmarks::extreme(s, |p| (p.x - x).abs() < 3.0, |p| -p.y)
        }),
        ("psis", 'p', {
            let s = samples().of_bone(BoneId::PelvisR);
            landmarks::extreme(s, |p| p.y < -60.0, |p| -p.z)
        }),
        // The gluteal surface (the outer face of the ilium the gluteus medius and minimus
        // arise from): the hip bone's point nearest the mean of their six origins.
        ("gluteal-surface", 'p', {
            let ids = ["glmed1", "glmed2", "glmed3", "glmin1", "glmin2", "glmin3"];
            let sum = ids.iter().fold(V3::default(), |a, id| {
                a + at(api::muscle(id).expect("gluteal part").points[0].at)
            });
            landmarks::nearest(samples().of_bone(BoneId::PelvisR), sum * (1.0 / 6.0))
        }),
        ("ischial-spine", 'p', landmark("ischial-spine")),
        ("ischial-tuberosity", 'p', landmark("ischial-tuberosity")),
        // The foramen's rim: the hip bone's point nearest its centre (seen from the front)
        // at the depth of obturator internus's origin.
        ("obturator-foramen", 'p', {
            let q = V3::new(hole_c.x, hole_c.y, oi.z);
            landmarks::nearest(samples().of_bone(BoneId::PelvisR), q)
        }),
        // The back of the sacrum, behind piriformis's origin on its front.
        (
            "sacrum",
            'p',
            back_point(BoneId::Sacrum, f64::from(piri[0]), f64::from(piri[1]), 3.0),
        ),
        // On the coccyx a little above its tip (the label's leader must end on it).
        (
            "coccyx",
            'p',
            back_point(BoneId::Sacrum, coccyx.x, coccyx.y - 8.0, 3.0),
        ),
        ("greater-trochanter", 'f', {
            let gt = landmark("greater-trochanter");
            back_point(BoneId::Femur, gt.x + 8.0, gt.y, 2.0)
        }),
        (
            "intertrochanteric-crest",
            'f',
            V3::new(f64::from(mid[0]), f64::from(mid[1]), f64::from(mid[2])),
        ),
        // Where gluteus maximus's middle part inserts: the femur's surface nearest the
        // model's point.
        (
            "gluteal-tuberosity",
            'f',
            landmarks::nearest(samples().of_bone(BoneId::Femur), at(tuberosity)),
        ),
        ("lesser-trochanter", 'f', landmark("lesser-trochanter")),
        (
            "femur",
            'f',
            back_point(BoneId::Femur, shaft_x, shaft_y, 2.0),
        ),
    ]
}

fn at(p: [f32; 3]) -> V3 {
    V3::new(f64::from(p[0]), f64::from(p[1]), f64::from(p[2]))
}

fn seg(s: &str) -> char {
    if s == "pelvis" {
        'p'
    } else {
        'f'
    }
}

/// Two points `half` mm either side of `p`, across the line towards `to` in the back view
/// (same depth): the edge of a hand-placed muscle's belly.
fn across(p: V3, to: V3, half: f64) -> [V3; 2] {
    let d = V2::new(to.x - p.x, to.y - p.y);
    let n = V2::new(-d.y, d.x) * (1.0 / d.len().max(1e-9));
    [
        V3::new(p.x + n.x * half, p.y + n.y * half, p.z),
        V3::new(p.x - n.x * half, p.y - n.y * half, p.z),
    ]
}

/// A muscle of the figure: (id, path point index where it comes into view, path
/// (bone, point), belly edges where it comes into view and at its insertion).
pub type Sheet = (&'static str, usize, Vec<(char, V3)>, [(char, V3); 4]);

/// The figure's muscles, deepest first. Model muscles with parts: the middle part is the
/// line of pull, the front and back parts the belly's edges at both ends. Hand-placed ones:
/// their points, with edges across the line.
pub fn sheets() -> Vec<Sheet> {
    let path = |id: &str| -> Vec<(char, V3)> {
        api::muscle(id)
            .unwrap_or_else(|| panic!("muscle {id}"))
            .points
            .iter()
            .map(|p| (seg(p.segment), at(p.at)))
            .collect()
    };
    let fanned = |name: &'static str, ids: [&str; 3]| -> Sheet {
        let (a, mid, b) = (path(ids[0]), path(ids[1]), path(ids[2]));
        let edges = [a[0], b[0], a[a.len() - 1], b[b.len() - 1]];
        (name, 0, mid, edges)
    };
    let by_hand = |name: &'static str, id: &str, from: usize, w0: f64, w1: f64| -> Sheet {
        let pts = path(id);
        let (s, e) = (pts[from], pts[pts.len() - 1]);
        let [s0, s1] = across(s.1, e.1, w0 / 2.0);
        let [e0, e1] = across(e.1, s.1, w1 / 2.0);
        (
            name,
            from,
            pts,
            [(s.0, s0), (s.0, s1), (e.0, e1), (e.0, e0)],
        )
    };
    vec![
        fanned("gluteus-minimus", ["glmin1", "glmin2", "glmin3"]),
        fanned("gluteus-medius", ["glmed1", "glmed2", "glmed3"]),
        by_hand("piriformis", "piri", 1, 20.0, 8.0),
        by_hand("superior-gemellus", "superior-gemellus", 0, 8.0, 4.0),
        by_hand("obturator-internus", "obturator-internus", 1, 10.0, 5.0),
        by_hand("inferior-gemellus", "inferior-gemellus", 0, 10.0, 5.0),
        by_hand("quadratus-femoris", "quadratus-femoris", 0, 22.0, 20.0),
        fanned("gluteus-maximus", ["glmax1", "glmax2", "glmax3"]),
    ]
}

/// The sciatic nerve, placed by hand on the model's bones: it leaves the pelvis through
/// the greater sciatic notch below piriformis, runs down between the ischial tuberosity and
/// the greater trochanter behind the deep rotators, then down the back of the thigh.
pub fn nerve() -> Vec<(char, V3)> {
    let piri = api::muscle("piri").expect("piri").points[1].at;
    let (notch, it, gt) = (
        at(piri),
        landmark("ischial-tuberosity"),
        landmark("greater-trochanter"),
    );
    let between = |t: f64| it.x + (gt.x - it.x) * t;
    vec![
        ('p', V3::new(notch.x + 10.0, notch.y + 12.0, notch.z - 16.0)),
        ('p', V3::new(between(0.3), -5.0, -66.0)),
        ('p', V3::new(between(0.33), 25.0, -64.0)),
        ('p', V3::new(between(0.36), 55.0, -58.0)),
        ('f', V3::new(between(0.45), 95.0, -50.0)),
        ('f', V3::new(between(0.55), 135.0, -44.0)),
        ('f', V3::new(between(0.62), CUT_LEVEL - 4.0, -40.0)),
    ]
}

/// `geometry/model_back.rs`.
pub fn source() -> String {
    let mut out = String::from(
        "//! GENERATED from the hip-anatomy crate (MyoSim 0.2.3 / Rajagopal et al. 2016) by the\n\
         //! test `back_model_is_the_anatomy_crates` in `crates/hip-model/tests/anatomy_front.rs`:\n\
         //! do not edit; regenerate with `BACK_MODEL_WRITE=1 cargo test -p hip-model --test\n\
         //! anatomy_front back_model`. What chapter 2 draws (prerendered: none of it is in the\n\
         //! wasm).\n\
         //!\n\
         //! Tenths of a millimetre, origin at the right hip centre, x to the subject's left,\n\
         //! y down, z forward; the model's standing pose. Outlines are the back view's traced\n\
         //! outlines, closed cubic Béziers (`3 n + 1` points: knot, control, control, knot,\n\
         //! ...), each point given the depth of the bone under it. Bones: `p` pelvis, `f` femur.\n\n",
    );
    let hip = loops("hip-bone-right", View::Back);
    let lifted = |bone, l: &[Vec2]| -> Vec<V3> { l.iter().map(|q| lift(bone, *q)).collect() };
    out.push_str(
        "/// Right hip bone, back view: outer outline.\npub static HIP_BONE: &[[i16; 3]] = ",
    );
    list(&mut out, &lifted(BoneId::PelvisR, &hip[0]));
    out.push_str(";\n\n/// Right hip bone, back view: the obturator foramen (a hole).\npub static OBTURATOR: &[[i16; 3]] = ");
    list(&mut out, &lifted(BoneId::PelvisR, &hip[1]));
    let mid = landmarks::midline_x(samples());
    let sacrum = bezier_keep(&loops("sacrum", View::Back)[0], |p| -p.x <= mid + 0.05);
    out.push_str(";\n\n/// The sacrum and coccyx, back view, the subject's right half (an open chain from the\n/// midline round to the midline; the drawing closes it along the midline).\npub static SACRUM: &[[i16; 3]] = ");
    list(&mut out, &lifted(BoneId::Sacrum, &sacrum));
    let femur = bezier_keep(&loops("femur", View::Back)[0], |p| p.y <= CUT_LEVEL);
    out.push_str(";\n\n/// The femur, back view, down to the cut (`model_front::CUT_LEVEL`): an open chain\n/// (the drawing closes it across the cut).\npub static FEMUR: &[[i16; 3]] = ");
    list(&mut out, &lifted(BoneId::Femur, &femur));
    let crest = api::lines("femur", View::Back)
        .find(|l| l.id == "intertrochanteric-crest")
        .expect("crest");
    let crest: Vec<V3> = crest.points.iter().map(|p| at(*p)).collect();
    out.push_str(";\n\n/// The intertrochanteric crest: points on the femur's back.\npub static CREST: &[[i16; 3]] = ");
    list(&mut out, &crest);
    let _ = write!(
        out,
        ";\n\n/// The body's midline: x of the sacrum's centre (mm).\npub const MIDLINE_X: f64 = {mid:.1};\n\n"
    );
    out.push_str("/// Named points on the bones' surface: (id, bone, where).\npub static POINTS: &[(&str, char, [i16; 3])] = &[\n");
    for (id, b, p) in points() {
        let _ = writeln!(out, "    (\"{id}\", '{b}', {}),", p3(p));
    }
    out.push_str("];\n\n/// The muscles, deepest first: (id, path point where it comes into view, path from\n/// origin to insertion, belly edges where it comes into view and at its insertion).\n#[allow(clippy::type_complexity)]\npub static MUSCLES: &[(&str, usize, &[(char, [i16; 3])], [(char, [i16; 3]); 4])] = &[\n");
    for (id, from, path, edges) in sheets() {
        let _ = write!(out, "    (\n        \"{id}\",\n        {from},\n        &[");
        for (b, p) in &path {
            let _ = write!(out, "('{b}', {}), ", p3(*p));
        }
        out.truncate(out.len() - 2);
        out.push_str("],\n        [");
        for (i, (b, p)) in edges.iter().enumerate() {
            let _ = write!(out, "{}('{b}', {})", if i > 0 { ", " } else { "" }, p3(*p));
        }
        out.push_str("],\n    ),\n");
    }
    out.push_str("];\n\n/// The sciatic nerve's centre line, placed by hand on the model's bones.\npub static NERVE: &[(char, [i16; 3])] = &[\n");
    for (b, p) in nerve() {
        let _ = writeln!(out, "    ('{b}', {}),", p3(p));
    }
    out.push_str("];\n");
    out
}
