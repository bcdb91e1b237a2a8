//! The front view's compact copy of the model (`geometry::model_front`): the hip bone and
//! the sacrum as chapter 1 draws them (fixed), the femur's axes, head, cut and named
//! points (posed by the drawing), and the socket measured on the mesh.

use super::mesh;
use hip_anatomy::api;
use hip_anatomy::landmarks::{self, Samples};
use hip_anatomy::measure;
use hip_anatomy::model::BoneId;
use hip_anatomy::vec::{V2, V3};
use hip_anatomy::view::View;
use hip_model::geometry::lateral::bezier_keep;
use hip_model::geometry::Vec2;
use std::fmt::Write;

/// Where chapter 1 cuts the femur: mid-thigh, 200 mm below the hip centre.
pub const CUT: f64 = 200.0;

fn tenths(v: f64) -> i32 {
    (v * 10.0).round() as i32
}

/// `[[x, y], ...]` in tenths.
pub fn list2(out: &mut String, pts: &[Vec2]) {
    out.push_str("&[");
    for (i, p) in pts.iter().enumerate() {
        out.push_str(if i % 8 == 0 { "\n    " } else { " " });
        let _ = write!(out, "[{}, {}],", tenths(p.x), tenths(p.y));
    }
    out.push_str("\n]");
}

/// The loops of `bone`'s outline in `view` (mm, the view's plane), with fewer segments
/// ([`super::bezier::merge`]).
pub fn loops(bone: &str, view: View) -> Vec<Vec<Vec2>> {
    loops_within(bone, view, super::bezier::MERGE_TOL)
}

/// [`loops`] merged to within `tol` mm.
pub fn loops_within(bone: &str, view: View, tol: f64) -> Vec<Vec<Vec2>> {
    api::outline(bone, view)
        .unwrap_or_else(|| panic!("{bone} outline"))
        .loops
        .iter()
        .map(|l| {
            l.iter()
                .map(|p| Vec2::new(f64::from(p[0]), f64::from(p[1])))
                .collect::<Vec<_>>()
        })
        .map(|l| super::bezier::merge(&l, tol))
        .collect()
}

/// A landmark of the anatomy crate.
pub fn landmark(id: &str) -> V3 {
    let p = api::landmark(id)
        .unwrap_or_else(|| panic!("landmark {id}"))
        .at;
    V3::new(f64::from(p[0]), f64::from(p[1]), f64::from(p[2]))
}

/// Surface samples of the model (computed once).
pub fn samples() -> &'static Samples {
    static S: std::sync::OnceLock<Samples> = std::sync::OnceLock::new();
    S.get_or_init(|| Samples::of(mesh::model()))
}

/// The most forward surface point of `bone` within `reach` mm of `(x, y)` as seen from the
/// front (what a label's leader can point at from the front).
pub fn front_point(bone: BoneId, x: f64, y: f64, reach: f64) -> V3 {
    let q = V2::new(x, y);
    landmarks::extreme(
        samples().of_bone(bone),
        |p| V2::new(p.x, p.y).dist(q) <= reach,
        |p| p.z,
    )
}

/// The sacrum's outline seen from `view`, cut along the midline: the subject's right half
/// (x at most the midline's), closed by a straight line along the midline.
pub fn right_half(l: &[Vec2], keep_right: impl Fn(Vec2) -> bool) -> Vec<Vec2> {
    bezier_keep(l, keep_right)
}

/// The named points chapter 1 labels or draws from (3D, mm).
pub fn points() -> Vec<(&'static str, V3)> {
    let head = V3::new(0.0, 0.0, 0.0);
    let (_, neck, down) = measure::neck_shaft_angle(samples());
    let along = -neck;
    let at_neck = head + along * 31.0;
    let shaft_y = 150.0;
    let shaft_x = samples()
        .of_bone(BoneId::Femur)
        .iter()
        .filter(|p| (p.y - shaft_y).abs() < 2.0)
        .map(|p| p.x)
        .sum::<f64>();
    let n = samples()
        .of_bone(BoneId::Femur)
        .iter()
        .filter(|p| (p.y - shaft_y).abs() < 2.0)
        .count();
    let _ = down;
    let gt = landmark("greater-trochanter");
    vec![
        // The front of the head, over its centre: clear of the socket's rims however the
        // leg is turned.
        ("femoral-head", front_point(BoneId::Femur, 0.0, 0.0, 2.0)),
        (
            "femoral-neck",
            front_point(BoneId::Femur, at_neck.x, at_neck.y, 1.5),
        ),
        // The greater trochanter's outer face (the model's landmark): the femur's lateral
        // edge there, in view however the leg is lifted, swung or turned.
        ("greater-trochanter", gt),
        ("lesser-trochanter", {
            let lt = landmark("lesser-trochanter");
            landmarks::extreme(
                samples().of_bone(BoneId::Femur),
                |p| p.dist(lt) < 15.0,
                |p| p.x,
            )
        }),
        (
            "femur",
            front_point(BoneId::Femur, shaft_x / n as f64, shaft_y, 1.5),
        ),
        // The iliac fossa's front face, above the socket.
        (
            "iliac-fossa",
            front_point(BoneId::PelvisR, 15.0, -95.0, 2.0),
        ),
        ("ischial-tuberosity", landmark("ischial-tuberosity")),
        ("pubic-symphysis", landmark("pubic-symphysis")),
        ("asis", landmark("asis")),
        ("iliac-crest", landmark("iliac-crest")),
    ]
}

/// The acetabular rim in the frontal section through the hip centre: the angles (degrees
/// from straight up towards the midline) where the socket's bone ends, lateral and lower.
pub fn rim_angles(cup_r: f64) -> (f64, f64) {
    let deg = |p: &V3| {
        let a = p.x.atan2(-p.y).to_degrees();
        if a < -90.0 {
            a + 360.0
        } else {
            a
        }
    };
    // Bone of the socket in the section: within 3 mm of the section's plane, from just
    // inside the cup's radius to `depth` mm beyond it.
    let covered = |a: f64, depth: f64| {
        samples().of_bone(BoneId::PelvisR).iter().any(|p| {
            p.z.abs() < 3.0
                && (cup_r - 2.0..cup_r + depth).contains(&p.len())
                && (deg(p) - a).abs() < 2.5
        })
    };
    // From straight up (the roof, always bone), out to each side until the bone stops:
    // laterally the rim (6 mm deep: beyond it lies the ilium's outer face, not the
    // socket), below and medially the thin floor of the fossa and the lower rim (12 mm).
    let mut lat = 0.0;
    while lat > -90.0 && covered(lat - 1.0, 6.0) {
        lat -= 1.0;
    }
    let mut low = 0.0;
    while low < 250.0 && covered(low + 1.0, 12.0) {
        low += 1.0;
    }
    (lat, low)
}

/// Centre and half widths (x, z) of the femur's cross-section at the cut.
pub fn cut_section() -> (V3, f64, f64) {
    let mut pts = Vec::new();
    for t in mesh::tris(BoneId::Femur) {
        for k in 0..3 {
            let (a, b) = (t[k], t[(k + 1) % 3]);
            if (a.y <= CUT) != (b.y <= CUT) {
                pts.push(a.lerp(b, (CUT - a.y) / (b.y - a.y)));
            }
        }
    }
    let (lx, hx) = pts
        .iter()
        .fold((f64::MAX, f64::MIN), |(l, h), p| (l.min(p.x), h.max(p.x)));
    let (lz, hz) = pts
        .iter()
        .fold((f64::MAX, f64::MIN), |(l, h), p| (l.min(p.z), h.max(p.z)));
    (
        V3::new((lx + hx) / 2.0, CUT, (lz + hz) / 2.0),
        (hx - lx) / 2.0,
        (hz - lz) / 2.0,
    )
}

/// Where the neck's axis comes closest to the shaft's (mm).
fn neck_shaft_junction(neck: V3, down: V3) -> V3 {
    let shaft: Vec<V3> = samples()
        .of_bone(BoneId::Femur)
        .iter()
        .copied()
        .filter(|p| p.y > 100.0 && p.y < 300.0)
        .collect();
    let c = shaft.iter().fold(V3::default(), |a, p| a + *p) * (1.0 / shaft.len() as f64);
    // Closest points of the lines s * u (through the head centre) and c + t * v.
    let (u, v) = (-neck, down);
    let w = -c;
    let (a, b, cc, d, e) = (u.dot(u), u.dot(v), v.dot(v), u.dot(w), v.dot(w));
    let den = a * cc - b * b;
    let s = (b * e - cc * d) / den;
    u * s
}

fn arr(v: V3) -> String {
    format!("[{:.4}, {:.4}, {:.4}]", v.x, v.y, v.z)
}

/// `geometry/model_front.rs`.
pub fn source() -> String {
    let s = samples();
    let (head_c, head_r) = measure::femoral_head(s);
    let (cup_c, cup_r) = measure::acetabulum(s);
    let (nsa, neck, down) = measure::neck_shaft_angle(s);
    let midline = landmarks::midline_x(s);
    let knee = api::joint("knee").expect("knee");
    let (lat, low) = rim_angles(cup_r);
    let (cut_c, cut_x, cut_z) = cut_section();
    let junction = neck_shaft_junction(neck, down);
    let _ = (head_c, cup_c);
    let mut out = String::from(
        "//! GENERATED from the hip-anatomy crate (MyoSim 0.2.3 / Rajagopal et al. 2016) by the\n\
         //! test `front_model_is_the_anatomy_crates` in `crates/hip-model/tests/anatomy_front.rs`:\n\
         //! do not edit; regenerate with `FRONT_MODEL_WRITE=1 cargo test -p hip-model --test\n\
         //! anatomy_front front_model`. Only what chapter 1 draws (the femur's parts are\n\
         //! `model_femur`), so the wasm carries nothing else.\n\
         //!\n\
         //! Millimetres (tables in tenths), origin at the right hip centre, x to the subject's\n\
         //! left, y down, z forward; the model's standing pose. Outlines are the front view\n\
         //! `(x, y)`, closed cubic Béziers (`3 n + 1` points: knot, control, control, knot, ...).\n\n",
    );
    let hip = loops("hip-bone-right", View::Front);
    // The foramen, small on the page: merged to within 0.8 mm, as the side views' small
    // vertebrae.
    let foramen = &loops_within("hip-bone-right", View::Front, 0.8)[1];
    out.push_str(
        "/// Right hip bone, front view: outer outline.\npub static HIP_BONE: &[[i16; 2]] = ",
    );
    list2(&mut out, &hip[0]);
    out.push_str(";\n\n/// Right hip bone, front view: the obturator foramen (a hole).\npub static OBTURATOR: &[[i16; 2]] = ");
    list2(&mut out, foramen);
    let sacrum = right_half(&loops("sacrum", View::Front)[0], |p| p.x <= midline + 0.05);
    out.push_str(";\n\n/// The sacrum and coccyx, front view, the subject's right half (an open chain from\n/// the midline round to the midline; the drawing closes it along the midline).\npub static SACRUM: &[[i16; 2]] = ");
    list2(&mut out, &sacrum);
    let _ = write!(
        out,
        ";\n\n/// The body's midline: x of the sacrum's centre (mm).\n\
         pub const MIDLINE_X: f64 = {midline:.1};\n\n\
         /// Radius of the femoral head: the sphere fitted to the femur within 26 mm of the hip\n\
         /// centre (mm).\n\
         pub const HEAD_RADIUS: f64 = {head_r:.2};\n\n\
         /// Radius of the socket's bone: the sphere fitted to the hip bone within 30 mm of the\n\
         /// hip centre (mm).\n\
         pub const CUP_RADIUS: f64 = {cup_r:.2};\n\n\
         /// Where the socket's bone ends in the frontal section through the hip centre, lateral\n\
         /// and lower rim (degrees from straight up towards the midline).\n\
         pub const RIM_DEG: [f64; 2] = [{lat:.1}, {low:.1}];\n\n\
         /// Unit vector along the femoral neck, from the head towards the shaft (the neck's\n\
         /// axis through its narrowest section).\n\
         pub const NECK_AXIS: [f64; 3] = {};\n\n\
         /// Unit vector along the shaft, downwards (main axis of the femur 100-300 mm below\n\
         /// the hip centre).\n\
         pub const SHAFT_AXIS: [f64; 3] = {};\n\n\
         /// Neck-shaft angle (degrees) of these axes.\n\
         pub const NECK_SHAFT_DEG: f64 = {nsa:.1};\n\n\
         /// Where the neck's axis passes closest to the shaft's (mm).\n\
         pub const NECK_SHAFT_JUNCTION: [f64; 3] = {};\n\n\
         /// The knee joint centre (the femur's mechanical axis runs to it from the hip centre).\n\
         pub const KNEE: [f64; 3] = [{:.1}, {:.1}, {:.1}];\n\n\
         /// Where chapter 1 cuts the femur: mm below the hip centre, standing.\n\
         pub const CUT_LEVEL: f64 = {CUT:.1};\n\n\
         /// The femur's cross-section at the cut: centre (mm) and half widths across (x) and\n\
         /// front to back (z).\n\
         pub const CUT_SECTION: ([f64; 3], f64, f64) = ({}, {cut_x:.2}, {cut_z:.2});\n\n",
        arr(-neck),
        arr(down),
        arr(junction),
        knee[0],
        knee[1],
        knee[2],
        arr(cut_c),
    );
    out.push_str("/// Named points (tenths of a mm): where labels point, on the bone's surface.\npub static POINTS: &[(&str, [i16; 3])] = &[\n");
    for (id, p) in points() {
        let _ = writeln!(
            out,
            "    (\"{id}\", [{}, {}, {}]),",
            tenths(p.x),
            tenths(p.y),
            tenths(p.z)
        );
    }
    out.push_str("];\n");
    out
}
