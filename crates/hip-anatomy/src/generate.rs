//! Runs the whole pipeline and writes its result as Rust source ([`rust_source`]), which
//! `cargo xtask anatomy` commits as `src/generated.rs`.
//!
//! Why a committed file rather than a build script: the app then compiles plain constants
//! (no mesh reading or rasterising in every clean build, natively or for wasm), a change of
//! the anatomy shows as a reviewable diff, and a test regenerates the file and fails if the
//! committed copy differs, so it cannot go stale.

use std::fmt::Write;

use crate::landmarks::{self, Landmark, Samples};
use crate::measure;
use crate::model::{BoneId, Model, Segment};
use crate::muscles::{self, Muscle};
use crate::trace::{self, Bezier, Traced};
use crate::vec::{V2, V3};
use crate::view::View;

/// One traced bone in one view.
#[derive(Debug, Clone)]
pub struct TracedOutline {
    /// Bone.
    pub bone: BoneId,
    /// View.
    pub view: View,
    /// The trace.
    pub traced: Traced,
}

/// An interior line.
#[derive(Debug, Clone)]
pub struct InteriorLine {
    /// Id.
    pub id: &'static str,
    /// Bone.
    pub bone: BoneId,
    /// View.
    pub view: View,
    /// Surface points it runs through (mm).
    pub points: Vec<V3>,
    /// The curve in the view.
    pub curve: Bezier,
    /// Whether it is a closed loop.
    pub closed: bool,
}

impl InteriorLine {
    /// Its SVG path data.
    pub fn d(&self) -> String {
        if self.closed {
            path_d(std::slice::from_ref(&self.curve))
        } else {
            let d = path_d(std::slice::from_ref(&self.curve));
            d.trim_end_matches('z').to_string()
        }
    }
}

/// Everything the generator produces.
#[derive(Debug, Clone)]
pub struct Anatomy {
    /// Every bone in every view.
    pub outlines: Vec<TracedOutline>,
    /// Interior lines.
    pub lines: Vec<InteriorLine>,
    /// Landmarks.
    pub landmarks: Vec<Landmark>,
    /// Model muscles, then hand-placed ones.
    pub muscles: Vec<Muscle>,
    /// Joint centres and body origins.
    pub joints: Vec<(&'static str, V3)>,
    /// Centre of the obturator foramen.
    pub foramen: V3,
    /// Fitted femoral head (centre, radius).
    pub head: (V3, f64),
    /// Fitted acetabulum (centre, radius).
    pub cup: (V3, f64),
    /// Neck-shaft angle (degrees).
    pub neck_shaft_deg: f64,
}

/// Runs the generator on the embedded data.
pub fn generate() -> Anatomy {
    let m = Model::load();
    let s = Samples::of(&m);
    let outlines = m
        .bones
        .iter()
        .flat_map(|b| {
            View::ALL.map(|view| TracedOutline {
                bone: b.bone,
                view,
                traced: trace::trace(&b.tris, view),
            })
        })
        .collect();
    let lms = landmarks::locate(&s);
    let mut all = muscles::model_muscles(&m);
    all.extend(muscles::deep_muscles(&m, &s, &lms));
    let head = measure::femoral_head(&s);
    let rim = landmarks::acetabular_rim(&s, head.0, head.1);
    let rim_side: Vec<V2> = rim.iter().map(|p| View::Side.project(*p)).collect();
    let mut lines = vec![InteriorLine {
        id: "acetabular-rim",
        bone: BoneId::PelvisR,
        view: View::Side,
        curve: trace::cardinal_closed(&rim_side),
        points: rim,
        closed: true,
    }];
    // The trochanters' ridges: the intertrochanteric line on the front of the femur and the
    // intertrochanteric crest on its back, each from the trochanter's tip to the lesser
    // trochanter (the most forward / backward surface point across that segment, within
    // 20 mm of it, at 11 steps; see `landmarks::ridge`), lightly smoothed.
    let (tip, lt) = (
        landmarks::find(&lms, "greater-trochanter-tip").at,
        landmarks::find(&lms, "lesser-trochanter").at,
    );
    for (id, view, dir) in [
        (
            "intertrochanteric-line",
            View::Front,
            V3::new(0.0, 0.0, 1.0),
        ),
        (
            "intertrochanteric-crest",
            View::Back,
            V3::new(0.0, 0.0, -1.0),
        ),
    ] {
        let raw = landmarks::ridge(s.of_bone(BoneId::Femur), tip, lt, dir, 20.0, 10);
        // One pass of [1 2 1] smoothing (ends kept): the low-poly ridge zigzags by a few mm.
        let pts: Vec<V3> = (0..raw.len())
            .map(|k| {
                if k == 0 || k + 1 == raw.len() {
                    raw[k]
                } else {
                    (raw[k - 1] + raw[k] * 2.0 + raw[k + 1]) * 0.25
                }
            })
            .collect();
        let flat: Vec<V2> = pts.iter().map(|p| view.project(*p)).collect();
        lines.push(InteriorLine {
            id,
            bone: BoneId::Femur,
            view,
            curve: trace::cardinal_open(&flat),
            points: pts,
            closed: false,
        });
    }
    let mut joints = vec![];
    for (id, body) in [
        ("hip", "femur_r"),
        ("knee", "tibia_r"),
        ("patella", "patella_r"),
        ("lumbar5", "lumbar5"),
        ("lumbar4", "lumbar4"),
        ("lumbar3", "lumbar3"),
        ("lumbar2", "lumbar2"),
        ("lumbar1", "lumbar1"),
    ] {
        joints.push((id, m.body_origin(body).expect("joint body")));
    }
    Anatomy {
        outlines,
        lines,
        foramen: muscles::obturator_foramen_centre(&m, &s),
        landmarks: lms,
        muscles: all,
        joints,
        head,
        cup: measure::acetabulum(&s),
        neck_shaft_deg: measure::neck_shaft_angle(&s).0,
    }
}

/// Tenths of a unit, written without float formatting ("-1.5", "12", "0.1").
fn tenths(out: &mut String, t: i64) {
    if t < 0 {
        out.push('-');
    }
    let a = t.unsigned_abs();
    let _ = write!(out, "{}", a / 10);
    if a % 10 != 0 {
        let _ = write!(out, ".{}", a % 10);
    }
}

fn to_tenths(v: f64) -> i64 {
    if v.is_finite() {
        (v * 10.0).round() as i64
    } else {
        0
    }
}

/// SVG path data for closed Bézier loops: the first point absolute, every later one
/// relative to the previous end point as written (so rounding never adds up), one decimal.
pub fn path_d(loops: &[Bezier]) -> String {
    let mut d = String::new();
    let mut at = (0i64, 0i64);
    let push = |d: &mut String, t: i64| {
        if t >= 0 && d.ends_with(|c: char| c.is_ascii_digit()) {
            d.push(' ');
        }
        tenths(d, t);
    };
    for l in loops {
        if l.len() < 4 {
            continue;
        }
        let first = (to_tenths(l[0].x), to_tenths(l[0].y));
        d.push(if d.is_empty() { 'M' } else { 'm' });
        let origin = if d.len() == 1 { (0, 0) } else { at };
        push(&mut d, first.0 - origin.0);
        push(&mut d, first.1 - origin.1);
        at = first;
        d.push('c');
        for seg in l[1..].chunks(3) {
            let end = (to_tenths(seg[2].x), to_tenths(seg[2].y));
            for p in seg {
                push(&mut d, to_tenths(p.x) - at.0);
                push(&mut d, to_tenths(p.y) - at.1);
            }
            at = end;
        }
        d.push('z');
        at = first;
    }
    d
}

fn f1(v: f64) -> String {
    let mut s = String::new();
    let t = to_tenths(v);
    tenths(&mut s, t);
    if !s.contains('.') {
        s.push_str(".0");
    }
    s
}

fn p3(p: V3) -> String {
    format!("[{}, {}, {}]", f1(p.x), f1(p.y), f1(p.z))
}

fn segment_id(s: Segment) -> String {
    match s {
        Segment::Pelvis => "pelvis".into(),
        Segment::Femur => "femur".into(),
        Segment::Shank => "shank".into(),
        Segment::Patella => "patella".into(),
        Segment::Lumbar(n) => format!("lumbar{n}"),
    }
}

/// The generated module's source.
pub fn rust_source(a: &Anatomy) -> String {
    let mut o = String::new();
    o.push_str(
        "//! GENERATED by `cargo xtask anatomy` from the MyoSim 0.2.3 data in `data/`: do not\n\
         //! edit. Types in `crate::data`; conventions in the crate docs.\n\n\
         use crate::data::{Joint, Landmark, Line, Muscle, Outline, PathPoint};\n\n",
    );
    let _ = writeln!(
        o,
        "/// Every bone in every view.\npub static OUTLINES: &[Outline] = &["
    );
    for t in &a.outlines {
        let _ = writeln!(
            o,
            "    Outline {{\n        bone: {:?},\n        view: {:?},\n        d: {:?},\n        loops: &[",
            t.bone.id(),
            t.view.id(),
            path_d(&t.traced.loops)
        );
        for l in &t.traced.loops {
            o.push_str("            &[");
            for (k, p) in l.iter().enumerate() {
                if k > 0 {
                    o.push_str(", ");
                }
                let _ = write!(o, "[{}, {}]", f1(p.x), f1(p.y));
            }
            o.push_str("],\n");
        }
        let _ = writeln!(
            o,
            "        ],\n        holes: {},\n        iou: {:.4},\n    }},",
            t.traced.holes, t.traced.iou
        );
    }
    o.push_str("];\n\n/// Interior lines.\npub static LINES: &[Line] = &[\n");
    for l in &a.lines {
        let pts: Vec<String> = l.points.iter().map(|p| p3(*p)).collect();
        let _ = writeln!(
            o,
            "    Line {{\n        id: {:?},\n        bone: {:?},\n        view: {:?},\n        d: {:?},\n        closed: {},\n        points: &[{}],\n    }},",
            l.id,
            l.bone.id(),
            l.view.id(),
            l.d(),
            l.closed,
            pts.join(", ")
        );
    }
    o.push_str("];\n\n/// Landmarks.\npub static LANDMARKS: &[Landmark] = &[\n");
    for l in &a.landmarks {
        let _ = writeln!(
            o,
            "    Landmark {{\n        id: {:?},\n        name: {:?},\n        bone: {:?},\n        at: {},\n        on_surface: {},\n        rule: {:?},\n    }},",
            l.id,
            l.name,
            l.bone.id(),
            p3(l.at),
            l.on_surface,
            l.rule
        );
    }
    o.push_str("];\n\n/// Muscle paths: the model's, then the hand-placed deep muscles.\npub static MUSCLES: &[Muscle] = &[\n");
    for m in &a.muscles {
        let _ = writeln!(
            o,
            "    Muscle {{\n        id: {:?},\n        name: {:?},\n        by_hand: {},\n        points: &[",
            m.id, m.name, m.by_hand
        );
        for p in &m.points {
            let _ = writeln!(
                o,
                "            PathPoint {{\n                segment: {:?},\n                at: {},\n                source: {:?},\n            }},",
                segment_id(p.segment),
                p3(p.at),
                p.source
            );
        }
        let _ = writeln!(o, "        ],\n        wraps: &{:?},\n    }},", m.wraps);
    }
    o.push_str("];\n\n/// Joint centres and body origins (the pivots of poses).\npub static JOINTS: &[Joint] = &[\n");
    for (id, at) in &a.joints {
        let _ = writeln!(
            o,
            "    Joint {{\n        id: {id:?},\n        at: {},\n    }},",
            p3(*at)
        );
    }
    o.push_str("];\n");
    o
}

/// Parses path data written by [`path_d`] (`M`/`m`, `c`, `z`) back into closed loops of
/// absolute points: knot, control, control, knot, ... as in [`Bezier`]. For checks.
pub fn parse_d(d: &str) -> Result<Vec<Bezier>, String> {
    // Tokenise into commands and numbers.
    let mut tokens: Vec<(char, Vec<f64>)> = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, tokens: &mut Vec<(char, Vec<f64>)>| -> Result<(), String> {
        if !cur.is_empty() {
            let v: f64 = cur.parse().map_err(|e| format!("{cur:?}: {e}"))?;
            if !v.is_finite() {
                return Err(format!("non-finite number {cur}"));
            }
            tokens
                .last_mut()
                .ok_or("a number before any command")?
                .1
                .push(v);
            cur.clear();
        }
        Ok(())
    };
    for c in d.chars() {
        match c {
            'M' | 'm' | 'c' | 'z' => {
                flush(&mut cur, &mut tokens)?;
                tokens.push((c, Vec::new()));
            }
            '-' => {
                flush(&mut cur, &mut tokens)?;
                cur.push(c);
            }
            ' ' => flush(&mut cur, &mut tokens)?,
            '0'..='9' | '.' => cur.push(c),
            other => return Err(format!("unexpected {other:?} in path data")),
        }
    }
    flush(&mut cur, &mut tokens)?;
    let mut loops: Vec<Bezier> = Vec::new();
    let (mut at, mut start) = (V2::default(), V2::default());
    for (cmd, n) in tokens {
        match cmd {
            'M' | 'm' => {
                let [x, y] = n[..] else {
                    return Err(format!("{cmd} takes one point"));
                };
                let p = V2::new(x, y);
                at = if cmd == 'M' { p } else { at + p };
                start = at;
                loops.push(vec![at]);
            }
            'c' => {
                if n.len() % 6 != 0 {
                    return Err("c takes three points a segment".into());
                }
                let l = loops.last_mut().ok_or("c before m")?;
                for g in n.chunks(6) {
                    for k in 0..3 {
                        l.push(at + V2::new(g[2 * k], g[2 * k + 1]));
                    }
                    at = *l.last().unwrap_or(&at);
                }
            }
            _ => at = start,
        }
    }
    Ok(loops)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_data_round_trips_to_a_tenth() {
        let a: Bezier = vec![
            V2::new(1.04, -2.0),
            V2::new(5.0, -2.0),
            V2::new(5.0, 3.33),
            V2::new(1.0, 3.0),
            V2::new(-2.0, 3.0),
            V2::new(-2.0, -2.0),
            V2::new(1.04, -2.0),
        ];
        let b: Bezier = a.iter().map(|p| *p + V2::new(20.0, 0.0)).collect();
        let d = path_d(&[a.clone(), b.clone()]);
        assert!(d.starts_with("M1-2c4 0 4 5.3"), "{d}");
        let back = parse_d(&d).unwrap();
        assert_eq!(back.len(), 2);
        for (x, y) in back.iter().flatten().zip(a.iter().chain(&b)) {
            assert!(x.dist(*y) < 0.08, "{x:?} {y:?}");
        }
    }
}
