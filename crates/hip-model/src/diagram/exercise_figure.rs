//! The exercise figures as SVG values: nested groups (one per joint), each segment's
//! rounded outline, and CSS keyframes sampled from the model's interpolation.
//!
//! The drawing is static markup: every joint group carries the start pose in its
//! `transform` attribute, and an animated joint also gets a class whose CSS animation
//! (generated here, served in the stylesheet) turns it through the sampled poses. No script
//! moves anything, so the page's strict CSP holds; pausing is a class on the figure.

use std::fmt::Write;

use crate::diagram::path::{push_num, PathBuilder};
use crate::geometry::figure::body::Capsule;
use crate::geometry::figure::exercise::{Exercise, EXERCISES};
use crate::geometry::figure::pose::{Frame, Part};
use crate::geometry::Vec2;

/// Intervals sampled from start to end for the animation (samples = this + 1).
pub const SAMPLES: usize = 6;

/// Share of each half-cycle spent holding still at the start and at the end.
const HOLD: f64 = 0.14;

/// One joint group of the drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// `transform` attribute (the pose this drawing shows, or the start pose).
    pub transform: String,
    /// A joint that only turns in place keeps its place in a wrapping group with this
    /// `transform`, so its animation needs only the turn.
    pub place: Option<String>,
    /// Animation class, if this joint moves during the exercise.
    pub motion: Option<String>,
    /// Outline path data, in the joint's frame.
    pub d: String,
    /// `transform` of the outline within the joint's frame (a capsule lying across the
    /// axis), if any.
    pub turn: Option<String>,
    /// Scale class for an outline that looks longer or shorter as it turns out of the
    /// drawing plane (with the path drawn at its start length).
    pub stretch: Option<String>,
    /// Paint class: `fig-far` (limb behind), `fig-near` or `fig-body`.
    pub paint: &'static str,
    /// The working muscle on this part: `(cx, cy, rx, ry)`.
    pub muscle: Option<(f64, f64, f64, f64)>,
    /// Children painted before this outline.
    pub behind: Vec<Node>,
    /// Children painted after it.
    pub front: Vec<Node>,
}

/// A whole drawing of one exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    /// `viewBox` attribute (the same for the animation and both stills).
    pub view_box: String,
    /// The floor line: `(x1, x2)` at height 0.
    pub floor: (f64, f64),
    /// The figure's root group (the pelvis).
    pub root: Node,
}

/// Which drawing of an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Still {
    /// The moving figure (start pose plus animation classes).
    Moving,
    /// The start pose, no animation.
    Start,
    /// The end pose, no animation.
    End,
}

/// The drawing of exercise `ex`.
pub fn drawing(ex: &Exercise, which: Still) -> Drawing {
    let index = EXERCISES.iter().position(|e| e.id == ex.id).unwrap_or(0);
    let frames = ex.frames(SAMPLES);
    let shown = match which {
        Still::End => frames.last().cloned().unwrap_or_else(|| ex.frame_at(1.0)),
        _ => frames[0].clone(),
    };
    let names = if which == Still::Moving {
        motion_names(index, &frames)
    } else {
        vec![None; shown.links.len()]
    };
    let root = node(
        ex,
        &shown,
        &frames,
        &names,
        which == Still::Moving,
        0,
        index,
    );
    let (lo, hi) = bounds(&frames);
    let margin = 40.0;
    let mut view_box = String::new();
    for v in [
        lo.x - margin,
        -(hi.y + margin),
        hi.x - lo.x + 2.0 * margin,
        hi.y + 2.0 * margin,
    ] {
        if !view_box.is_empty() {
            view_box.push(' ');
        }
        push_num(&mut view_box, v.round());
    }
    Drawing {
        view_box,
        floor: (lo.x - margin, hi.x + margin),
        root,
    }
}

/// Lowest-left and highest-right corners of every outline of every frame (the floor at 0
/// is always inside).
pub fn bounds(frames: &[Frame]) -> (Vec2, Vec2) {
    let mut lo = Vec2::new(f64::MAX, 0.0);
    let mut hi = Vec2::new(f64::MIN, 0.0);
    for f in frames {
        for p in f.outlines() {
            for (c, r) in [(p.a, p.r0), (p.b, p.r1)] {
                lo.x = lo.x.min(c.x - r);
                lo.y = lo.y.min(c.y - r);
                hi.x = hi.x.max(c.x + r);
                hi.y = hi.y.max(c.y + r);
            }
        }
    }
    (lo, hi)
}

/// Animation name per link (`None` if it keeps its place and turn in every frame).
fn motion_names(index: usize, frames: &[Frame]) -> Vec<Option<String>> {
    let n = frames[0].links.len();
    (0..n)
        .map(|i| {
            let first = &frames[0].links[i];
            let moves = frames.iter().any(|f| {
                let l = &f.links[i];
                (l.angle - first.angle).abs() > 0.05 || l.offset.distance(first.offset) > 0.05
            });
            moves.then(|| format!("e{index}-{i}"))
        })
        .collect()
}

/// Whether link `i` moves its joint (not only turns) during the exercise.
fn shifts(frames: &[Frame], i: usize) -> bool {
    let first = frames[0].links[i].offset;
    frames
        .iter()
        .any(|f| f.links[i].offset.distance(first) > 0.05)
}

fn translate(offset: Vec2, css: bool) -> String {
    let mut s = String::from("translate(");
    let (unit, sep) = if css { ("px", ",") } else { ("", " ") };
    push_num(&mut s, offset.x.round());
    s.push_str(unit);
    s.push_str(sep);
    push_num(&mut s, offset.y.round());
    s.push_str(unit);
    s.push(')');
    s
}

fn rotate(angle: f64, css: bool) -> String {
    let mut s = String::from("rotate(");
    push_num(&mut s, angle);
    s.push_str(if css { "deg)" } else { ")" });
    s
}

fn transform(offset: Vec2, angle: f64, css: bool) -> String {
    format!("{} {}", translate(offset, css), rotate(angle, css))
}

/// The outline of a capsule along +x: two arcs joined by the outer tangent lines.
pub fn capsule_path(c: Capsule) -> String {
    let len = c.to - c.from;
    if len <= (c.r0 - c.r1).abs() + 0.5 {
        // Seen end-on: the larger circle.
        let r = c.r0.max(c.r1);
        let at = if c.r0 >= c.r1 { c.from } else { c.to };
        return PathBuilder::new()
            .move_to(Vec2::new(at - r, 0.0))
            .arc_to(r, r, 0.0, true, false, Vec2::new(at + r, 0.0))
            .arc_to(r, r, 0.0, true, false, Vec2::new(at - r, 0.0))
            .close()
            .build();
    }
    // Tangent points: the normal leans back by asin((r0 - r1) / len).
    let s = (c.r0 - c.r1) / len;
    let k = (1.0 - s * s).max(0.0).sqrt();
    let a = Vec2::new(c.from, 0.0);
    let b = Vec2::new(c.to, 0.0);
    let n_up = Vec2::new(s, k);
    let n_dn = Vec2::new(s, -k);
    // Whole millimetres: a millimetre is a third of a pixel at the largest size drawn.
    let mm = |p: Vec2| Vec2::new(p.x.round(), p.y.round());
    PathBuilder::new()
        .move_to(mm(a + n_up * c.r0))
        .line_to(mm(b + n_up * c.r1))
        .arc_to(c.r1, c.r1, 0.0, false, false, mm(b + n_dn * c.r1))
        .line_to(mm(a + n_dn * c.r0))
        .arc_to(c.r0, c.r0, 0.0, true, false, mm(a + n_up * c.r0))
        .close()
        .build()
}

fn node(
    ex: &Exercise,
    shown: &Frame,
    frames: &[Frame],
    names: &[Option<String>],
    moving: bool,
    i: usize,
    index: usize,
) -> Node {
    let l = &shown.links[i];
    // A folded segment changes its drawn length: draw it at the first frame's length and
    // scale it (only the moving drawing; the stills are drawn at their own length).
    let first_len = frames[0].links[i].shape.to;
    let stretches = moving
        && frames
            .iter()
            .any(|f| (f.links[i].shape.to - first_len).abs() > 0.5);
    let shape = if moving {
        frames[0].links[i].shape
    } else {
        l.shape
    };
    let paint = match l.part {
        Part::Pelvis | Part::Trunk | Part::Head => "fig-body",
        Part::Thigh(0) | Part::Shin(0) | Part::Foot(0) | Part::UpperArm(0) | Part::Forearm(0) => {
            "fig-far"
        }
        _ => "fig-near",
    };
    let m = &ex.muscle;
    let muscle = (m.part == l.part).then_some((m.along, m.across, m.rx, m.ry));
    let mut behind = Vec::new();
    let mut front = Vec::new();
    for (c, link) in shown.links.iter().enumerate() {
        if link.parent == Some(i) {
            let child = node(ex, shown, frames, names, moving, c, index);
            if link.behind {
                behind.push(child);
            } else {
                front.push(child);
            }
        }
    }
    // A joint that only turns: its place in a wrapping group, the turn animated alone.
    let turns_only = names[i].is_some() && !shifts(frames, i);
    Node {
        transform: if turns_only {
            rotate(l.angle, false)
        } else {
            transform(l.offset, l.angle, false)
        },
        place: turns_only.then(|| translate(l.offset, false)),
        motion: names[i].clone(),
        d: capsule_path(shape),
        turn: (shape.turn != 0.0).then(|| {
            let mut t = String::from("rotate(");
            push_num(&mut t, shape.turn);
            t.push(')');
            t
        }),
        stretch: stretches.then(|| format!("e{index}-{i}s")),
        paint,
        muscle,
        behind,
        front,
    }
}

/// Keyframe percentages of the samples: hold, move, hold.
fn percent(k: usize) -> f64 {
    100.0 * (HOLD + (1.0 - 2.0 * HOLD) * k as f64 / SAMPLES as f64)
}

/// The CSS that animates every exercise figure: per moving joint, a class naming its
/// animation and the keyframes sampled from [`Exercise::frame_at`]. Shared timing (duration,
/// alternate direction, paused until the page is interactive) lives in the stylesheet.
pub fn keyframes_css() -> String {
    let mut css = String::new();
    for (index, ex) in EXERCISES.iter().enumerate() {
        let frames = ex.frames(SAMPLES);
        let names = motion_names(index, &frames);
        for (i, name) in names.iter().enumerate() {
            if let Some(name) = name {
                let moves = shifts(&frames, i);
                let steps: Vec<String> = frames
                    .iter()
                    .map(|f| {
                        let l = &f.links[i];
                        if moves {
                            transform(l.offset, l.angle, true)
                        } else {
                            rotate(l.angle, true)
                        }
                    })
                    .collect();
                write_keyframes(&mut css, name, &steps);
            }
            let first_len = frames[0].links[i].shape.to;
            if frames
                .iter()
                .any(|f| (f.links[i].shape.to - first_len).abs() > 0.5)
            {
                let steps: Vec<String> = frames
                    .iter()
                    .map(|f| {
                        let k = (f.links[i].shape.to / first_len.max(1.0) * 1000.0).round() as i64;
                        format!("scale({}.{:03},1)", k / 1000, k % 1000)
                    })
                    .collect();
                write_keyframes(&mut css, &format!("e{index}-{i}s"), &steps);
            }
        }
    }
    css
}

fn write_keyframes(css: &mut String, name: &str, steps: &[String]) {
    let _ = write!(css, ".{name}{{animation-name:{name}}}@keyframes {name}{{");
    let last = steps.len().saturating_sub(1);
    for (k, step) in steps.iter().enumerate() {
        if k == 0 {
            css.push_str("0%,");
        }
        push_num(css, percent(k));
        css.push('%');
        if k == last {
            css.push_str(",100%");
        }
        let _ = write!(css, "{{transform:{step}}}");
    }
    css.push_str("}\n");
}
