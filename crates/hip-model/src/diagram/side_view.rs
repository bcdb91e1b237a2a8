//! Drawing pieces shared by the side views of chapters 4 and 5 (their frame, hip bone,
//! sacrum, lumbar spine, femur, knee, hamstrings, gluteus medius, force arrows). Each figure
//! module picks the pieces it needs and places the labels.
//!
//! The subject faces the viewer's right: model `(x, y, z)` is drawn at `(z, y)`.

use super::layout::Frame;
use super::look::{self, Role};
use super::path::PathBuilder;
use super::scene::{path, Shape};
use super::viewport::{Rect, Viewport};
use crate::geometry::hamstrings::{belly_range, hamstrings, Fan, BICEPS_LONG, BICEPS_SHORT};
use crate::geometry::lateral::{bezier_keep, side, LateralBones, SHIN_CUT};
use crate::geometry::muscle::Muscle;
use crate::geometry::skeleton::Skeleton;
use crate::geometry::spine::Spine;
use crate::geometry::trig::Trig;
use crate::geometry::vec::Limit;
use crate::geometry::{Vec2, Vec3};

/// Width of every side view's viewBox (user units).
pub const VIEW_WIDTH: f64 = 360.0;
/// Label font size (user units).
pub const FONT_SIZE: f64 = 15.0;

/// Where a side view sits in its [`VIEW_WIDTH`]-wide viewBox: the room kept for labels left
/// and right of the drawing, and the space above and below it.
pub const fn frame(margin_left: f64, margin_right: f64, pad_top: f64, pad_bottom: f64) -> Frame {
    Frame {
        width: VIEW_WIDTH,
        margin_left,
        margin_right,
        pad_top,
        pad_bottom,
    }
}

/// CSS classes (styled in `static/diagram.css`). Bones and muscles take the atlas look
/// ([`super::look`]): shaded, neutral unless they are what the figure is about.
pub mod class {
    use super::look::class as atlas;
    /// A neutral bone (tibia, fibula, kneecap, the thigh bone; hip bone and spine where they
    /// are not the subject).
    pub const BONE: &str = atlas::BONE;
    /// A bone the figure is about (chapter 5's pelvis and low back).
    pub const BONE_SUBJECT: &str = atlas::BONE_SUBJECT;
    /// The hip bone's outline drawn again, dashed, over the spine it hides.
    pub const BONE_GHOST: &str = "dg-bone-ghost";
    /// The thigh bone: neutral in the side views (none of them is about it).
    pub const FEMUR: &str = atlas::BONE;
    /// The socket, inside its rim (a hollow: in shadow).
    pub const SOCKET: &str = "dg-socket";
    /// The socket of a hip bone that is the subject.
    pub const SOCKET_SUBJECT: &str = "dg-socket dg-atlas-subject";
    /// Detail lines on bones.
    pub const BONE_DETAIL: &str = "dg-bone-detail";
    /// The socket's rim, over the femoral head.
    pub const RIM: &str = "dg-rim";
    /// An intervertebral disc.
    pub const DISC: &str = "dg-disc";
    /// A hamstring belly in the hamstrings' colour, by load level (`dg-load-0` ..
    /// `dg-load-3`).
    pub const HAMSTRING: [&str; 4] = atlas::HAMSTRING;
    /// A hamstring belly where the figure is about something else, neutral, by load level.
    pub const HAMSTRING_CONTEXT: [&str; 4] = atlas::MUSCLE;
    /// Fibre lines in a muscle, along its path.
    pub const HAMSTRING_FIBRE: &str = atlas::FIBRE;
    /// Gluteus medius, by strength level (0 = very weak .. 3 = strong).
    pub const STABILIZER: [&str; 4] = [
        "dg-stab dg-strength-0",
        "dg-stab dg-strength-1",
        "dg-stab dg-strength-2",
        "dg-stab dg-strength-3",
    ];
    /// Fibre lines in gluteus medius.
    pub const STABILIZER_FIBRE: &str = "dg-stab-fibre";
    /// Force arrow shaft.
    pub const FORCE: &str = "dg-force";
    /// Force arrow head.
    pub const FORCE_HEAD: &str = "dg-force-head";
    /// Where the bones are in neutral standing (dashed reference).
    pub const GHOST: &str = "dg-ghost";
    /// A dashed line showing which way the upper body points.
    pub const TRUNK_LINE: &str = "dg-trunk-line";
}

/// Model -> SVG for a side view: the side projection, optionally turned about the hip centre
/// (the forward-bend drawings turn the whole body so the thigh stays upright), then the
/// viewport.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projector {
    /// Millimetres -> user units.
    pub viewport: Viewport,
    /// Turn (radians, from +x towards +y on the page) applied about the hip centre first.
    pub turn: f64,
}

impl Projector {
    /// The drawing-plane point (mm) of a model point, before the viewport.
    pub fn plane(&self, p: Vec3) -> Vec2 {
        side(p).rotate(self.turn)
    }

    /// SVG point of a model point.
    pub fn svg(&self, p: Vec3) -> Vec2 {
        self.viewport.to_svg(self.plane(p))
    }

    /// SVG points of model points.
    pub fn svgs(&self, pts: &[Vec3]) -> Vec<Vec2> {
        pts.iter().map(|p| self.svg(*p)).collect()
    }

    /// A model length in user units.
    pub fn len(&self, mm: f64) -> f64 {
        self.viewport.len_to_svg(mm)
    }
}

/// A closed smooth outline through `pts` (SVG units): Catmull-Rom tangents, written with
/// the `S` shorthand (each point's two handles are mirror images), so the data stays short.
pub fn closed(pts: &[Vec2]) -> String {
    smooth(pts, true)
}

/// An open smooth curve through `pts` (SVG units), like [`closed`].
pub fn open(pts: &[Vec2]) -> String {
    smooth(pts, false)
}

fn smooth(pts: &[Vec2], closed: bool) -> String {
    let n = pts.len();
    if n < 3 {
        return PathBuilder::new().polygon(pts).build();
    }
    let at = |i: isize| -> Vec2 {
        if closed {
            pts[i.rem_euclid(n as isize) as usize]
        } else {
            pts[i.clamp(0, n as isize - 1) as usize]
        }
    };
    // Tangent at each point, limited by its shorter neighbouring segment (no overshoot).
    let tangent = |i: usize| -> Vec2 {
        let (prev, p, next) = (at(i as isize - 1), pts[i], at(i as isize + 1));
        let t = (next - prev) * 0.5;
        let room = p.distance(prev).max(1e-9).min(p.distance(next).max(1e-9)) * 1.5;
        let l = t.length();
        if l > room {
            t * (room / l)
        } else {
            t
        }
    };
    let t0 = tangent(0);
    let mut b = PathBuilder::new().move_to(pts[0]);
    let last = if closed { n } else { n - 1 };
    for k in 1..=last {
        let i = k % n;
        let c2 = pts[i] - tangent(i) * (1.0 / 3.0);
        b = if k == 1 {
            b.cubic_to(pts[0] + t0 * (1.0 / 3.0), c2, pts[i])
        } else {
            b.smooth_cubic_to(c2, pts[i])
        };
    }
    if closed {
        b = b.close();
    }
    b.build()
}

/// The part of a closed polygon above the horizontal line `y = cut` (SVG units), with the
/// cut edge sampled so smoothing keeps it straight.
pub fn clip_above(poly: &[Vec2], cut: f64) -> Vec<Vec2> {
    let mut out = Vec::new();
    let n = poly.len();
    for i in 0..n {
        let a = poly[i];
        let b = poly[(i + 1) % n];
        if a.y <= cut {
            out.push(a);
        }
        if (a.y <= cut) != (b.y <= cut) {
            let t = (cut - a.y) / (b.y - a.y);
            let q = a.lerp(b, t);
            if a.y <= cut {
                out.push(q);
            } else {
                // Re-entering: run along the cut from the last exit.
                if let Some(&exit) = out.last() {
                    for k in 1..4 {
                        out.push(exit.lerp(q, k as f64 / 4.0));
                    }
                }
                out.push(q);
            }
        }
    }
    out
}

/// Bounding box of the points.
pub fn bounds(pts: impl IntoIterator<Item = Vec2>) -> Rect {
    Rect::bounding(pts).unwrap_or(Rect::new(0.0, 0.0, 1.0, 1.0))
}

/// What to draw of the bones.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoneOptions {
    /// Draw the leg below the knee (tibia, fibula, kneecap).
    pub knee: bool,
    /// Cut the femur (and everything else) at this SVG y, if any.
    pub cut: Option<f64>,
}

/// A cubic Bézier chain (`3 n + 1` SVG points: knot, control, control, knot, ...) added to
/// `b`, closed with `z`.
pub fn bezier(b: PathBuilder, pts: &[Vec2]) -> PathBuilder {
    if pts.is_empty() {
        return b;
    }
    b.bezier_chain(pts).close()
}

/// The model's closed Bézier outline `pts` (SVG units), keeping only what lies above SVG
/// height `cut`, if any (the cut edge is a straight line).
pub fn bezier_cut(b: PathBuilder, pts: &[Vec2], cut: Option<f64>) -> PathBuilder {
    match cut {
        Some(y) => bezier(b, &bezier_keep(pts, |p| p.y <= y)),
        None => bezier(b, pts),
    }
}

/// The upper part of the acetabular rim (SVG points of a closed curve): the run of points
/// above the hip centre `c`, as an open list.
fn upper_rim(rim: &[Vec2], c: Vec2) -> Vec<Vec2> {
    let n = rim.len();
    let above = |i: usize| rim[i % n].y < c.y + 2.0;
    let Some(start) = (0..n).find(|&i| above(i) && !above(i + n - 1)) else {
        return rim.to_vec();
    };
    (start..start + n)
        .take_while(|&i| above(i))
        .map(|i| rim[i % n])
        .collect()
}

/// Classes of a bone and of a socket in `role`.
fn bone_classes(role: Role) -> (&'static str, &'static str) {
    match role {
        Role::Subject => (class::BONE_SUBJECT, class::SOCKET_SUBJECT),
        Role::Context => (class::BONE, class::SOCKET),
    }
}

/// The hip bone with its obturator foramen (a hole), and the socket inside its rim
/// (behind the femur), in `role`.
pub fn draw_hip_bone(pr: &Projector, b: &LateralBones, role: Role, shapes: &mut Vec<Shape>) {
    let d = bezier(
        bezier(PathBuilder::new(), &pr.svgs(&b.hip_bone.points)),
        &pr.svgs(&b.obturator.points),
    )
    .build();
    let (bone, socket) = bone_classes(role);
    shapes.push(path("pelvis", bone, d));
    shapes.push(path("acetabulum", socket, closed(&pr.svgs(&b.rim.points))));
}

/// The femur (head, neck, trochanters, shaft, condyles; or cut at SVG height `cut`) and the
/// socket's upper rim over its head.
pub fn draw_femur(pr: &Projector, b: &LateralBones, cut: Option<f64>, shapes: &mut Vec<Shape>) {
    let d = bezier_cut(PathBuilder::new(), &pr.svgs(&b.femur.points), cut).build();
    shapes.push(path("femur", class::FEMUR, d));
    // The upper rim of the socket, in front of the head (the head sits in the cup).
    let rim = upper_rim(&pr.svgs(&b.rim.points), pr.svg(b.head_centre));
    shapes.push(path("", class::RIM, open(&rim)));
}

/// Tibia, fibula (cut at [`SHIN_CUT`]) and kneecap.
pub fn draw_knee(pr: &Projector, b: &LateralBones, shapes: &mut Vec<Shape>) {
    let cut = pr.svg(b.head_centre + Vec3::new(0.0, SHIN_CUT, 0.0)).y;
    for o in [&b.tibia, &b.fibula] {
        let d = bezier_cut(PathBuilder::new(), &pr.svgs(&o.points), Some(cut)).build();
        shapes.push(path(o.id, class::BONE, d));
    }
    let d = bezier(PathBuilder::new(), &pr.svgs(&b.patella.points)).build();
    shapes.push(path(b.patella.id, class::BONE, d));
}

/// Sacrum (with the coccyx), discs and lumbar vertebrae, all the anatomy model's outlines
/// but the discs, in `role`.
pub fn draw_spine(pr: &Projector, s: &Spine, role: Role, shapes: &mut Vec<Shape>) {
    let (bone, _) = bone_classes(role);
    let d = bezier(PathBuilder::new(), &pr.svgs(&s.sacrum)).build();
    shapes.push(path("sacrum", bone, d));
    for disc in &s.discs {
        shapes.push(path(disc.id, class::DISC, closed(&pr.svgs(&disc.outline))));
    }
    for v in &s.vertebrae {
        let d = bezier(PathBuilder::new(), &pr.svgs(&v.outline)).build();
        shapes.push(path(v.id, bone, d));
    }
}

/// The bones and hamstrings of chapter 5's side views, in paint order: the hip bone; the
/// hamstrings but the short head of biceps, `thickness` times their width, in load level
/// `level`, as context; the femur; the spine. Hamstrings and femur are cut at SVG height
/// `cut`. Returns the centre line of biceps' long head (SVG units), for the arrows and labels
/// that follow it.
#[allow(clippy::too_many_arguments)]
pub fn draw_pelvis_and_thigh(
    pr: &Projector,
    sk: &Skeleton,
    bones: &LateralBones,
    spine: &Spine,
    thickness: f64,
    level: usize,
    cut: f64,
    shapes: &mut Vec<Shape>,
) -> Vec<Vec2> {
    draw_hip_bone(pr, bones, Role::Subject, shapes);
    let mut long = Vec::new();
    for m in hamstrings().iter().filter(|m| m.id != BICEPS_SHORT) {
        let d = draw_hamstring(
            pr,
            m,
            sk,
            thickness,
            level,
            Role::Context,
            Some(cut),
            shapes,
        );
        if m.id == BICEPS_LONG {
            long = d.centre;
        }
    }
    draw_femur(pr, bones, Some(cut), shapes);
    draw_spine(pr, spine, Role::Subject, shapes);
    long
}

/// The centre line of a muscle in SVG units, resampled evenly (`n` + 1 points).
pub fn centre_line(pr: &Projector, m: &Muscle, sk: &Skeleton, n: usize) -> Vec<Vec2> {
    let pts = pr.svgs(&m.path(sk));
    let smooth = catmull(&pts, 8);
    resample(&smooth, n)
}

fn catmull(pts: &[Vec2], per: usize) -> Vec<Vec2> {
    if pts.len() < 3 {
        return pts.to_vec();
    }
    let mut out = Vec::new();
    let n = pts.len();
    for i in 0..n - 1 {
        let p0 = pts[i.saturating_sub(1)];
        let (p1, p2) = (pts[i], pts[i + 1]);
        let p3 = pts[(i + 2).min(n - 1)];
        for k in 0..per {
            let t = k as f64 / per as f64;
            let (t2, t3) = (t * t, t * t * t);
            let f = |a: f64, b: f64, c: f64, d: f64| {
                0.5 * (2.0 * b
                    + (-a + c) * t
                    + (2.0 * a - 5.0 * b + 4.0 * c - d) * t2
                    + (-a + 3.0 * b - 3.0 * c + d) * t3)
            };
            out.push(Vec2::new(
                f(p0.x, p1.x, p2.x, p3.x),
                f(p0.y, p1.y, p2.y, p3.y),
            ));
        }
    }
    out.push(pts[n - 1]);
    out
}

fn resample(pts: &[Vec2], n: usize) -> Vec<Vec2> {
    let mut acc = vec![0.0];
    for w in pts.windows(2) {
        acc.push(acc.last().copied().unwrap_or(0.0) + w[0].distance(w[1]));
    }
    let total = acc.last().copied().unwrap_or(0.0);
    if total <= 0.0 || pts.len() < 2 {
        return vec![pts.first().copied().unwrap_or_default(); n + 1];
    }
    let mut out = Vec::with_capacity(n + 1);
    let mut j = 0;
    for i in 0..=n {
        let s = total * i as f64 / n as f64;
        while j + 2 < acc.len() && acc[j + 1] < s {
            j += 1;
        }
        let seg = (acc[j + 1] - acc[j]).max(1e-12);
        out.push(pts[j].lerp(pts[j + 1], ((s - acc[j]) / seg).limit(0.0, 1.0)));
    }
    out
}

/// Half-width profile of a belly: `tendon` outside `range`, swelling to `half` inside.
fn half_width(s: f64, range: (f64, f64), half: f64, tendon: f64) -> f64 {
    let (a, b) = range;
    let ramp = 0.1;
    let rise = ((s - (a - ramp * 0.5)) / ramp).limit(0.0, 1.0);
    let fall = (((b + ramp * 0.5) - s) / ramp).limit(0.0, 1.0);
    let mid = if s > a && s < b {
        // sin^0.625 as square roots (a general power brings 2 KB of libm into the wasm).
        let x = (std::f64::consts::PI * (s - a) / (b - a)).sine().max(0.0);
        x.sqrt() * x.sqrt().sqrt().sqrt()
    } else {
        0.0
    };
    let shape = (rise.min(fall) * 0.35 + mid * 0.65).limit(0.0, 1.0);
    tendon + (half - tendon) * shape
}

/// A drawn muscle: its outline and the centre line (SVG units) for labels and arrows.
pub struct DrawnMuscle {
    /// Closed outline.
    pub outline: Vec<Vec2>,
    /// Centre line from origin to insertion.
    pub centre: Vec<Vec2>,
}

/// Draws a hamstring around its line of pull, `thickness` times its usual width, in load
/// level `level` (0..=3) and `role`; parts below `cut` are left out. As a volume (the atlas
/// look, [`look`]): the belly (shaded across by the stylesheet), pale tendons at both ends,
/// and fibre lines along the muscle's own path from origin to insertion, converging into
/// the tendons.
#[allow(clippy::too_many_arguments)]
pub fn draw_hamstring(
    pr: &Projector,
    m: &Muscle,
    sk: &Skeleton,
    thickness: f64,
    level: usize,
    role: Role,
    cut: Option<f64>,
    shapes: &mut Vec<Shape>,
) -> DrawnMuscle {
    let n = 16;
    let centre = centre_line(pr, m, sk, n);
    let range = belly_range(m.id);
    let half = pr.len(m.width_mm * thickness / 2.0);
    let tendon = pr.len(1.4);
    let mut left = Vec::with_capacity(n + 1);
    let mut right = Vec::with_capacity(n + 1);
    // Unit normal and half-width at each point of the centre line.
    let mut across = Vec::with_capacity(n + 1);
    for i in 0..=n {
        let a = centre[i.saturating_sub(1)];
        let b = centre[(i + 1).min(n)];
        let nrm = (b - a).perp().normalize();
        let w = half_width(i as f64 / n as f64, range, half, tendon);
        left.push(centre[i] + nrm * w);
        right.push(centre[i] - nrm * w);
        across.push((nrm, w));
    }
    let mut outline = left;
    outline.extend(right.iter().rev());
    if let Some(y) = cut {
        outline = clip_above(&outline, y);
    }
    let level = level.min(3);
    let belly = match role {
        Role::Subject => class::HAMSTRING[level],
        Role::Context => class::HAMSTRING_CONTEXT[level],
    };
    shapes.push(path(m.id, belly, closed(&outline)));
    // Tendons: a pale cord along the line from each end of the muscle to where its belly
    // starts swelling (its width is set by the stylesheet, in the drawing's units).
    let top = (range.0 * n as f64).floor() as usize;
    let bottom = ((range.1 * n as f64).ceil() as usize).clamp(top, n);
    let tendons = polyline(PathBuilder::new(), &centre[..=top], cut);
    let tendons = polyline(tendons, &centre[bottom..], cut).build();
    if !tendons.is_empty() {
        shapes.push(path("", look::class::TENDON, tendons));
    }
    // Fibres: along the whole belly, a little into each tendon, where they converge; fine
    // lines, so straight runs between every other point read as smooth.
    let mut fib = PathBuilder::new();
    let mut pts = Vec::with_capacity(n + 1);
    for k in [-0.66, -0.33, 0.0, 0.33, 0.66] {
        pts.clear();
        let mut i = top;
        loop {
            let (nrm, w) = across[i];
            pts.push(centre[i] + nrm * (w * k));
            if i == bottom {
                break;
            }
            i = (i + 2).min(bottom);
        }
        fib = polyline(fib, &pts, cut);
    }
    shapes.push(path("", class::HAMSTRING_FIBRE, fib.build()));
    DrawnMuscle { outline, centre }
}

/// `b` with an open polyline through those of `pts` above SVG height `cut` (all, if none),
/// when there are two or more.
fn polyline(mut b: PathBuilder, pts: &[Vec2], cut: Option<f64>) -> PathBuilder {
    let shown = |p: &Vec2| cut.is_none_or(|y| p.y <= y);
    if pts.iter().filter(|p| shown(p)).count() < 2 {
        return b;
    }
    let mut first = true;
    for p in pts {
        if shown(p) {
            b = if first { b.move_to(*p) } else { b.line_to(*p) };
            first = false;
        }
    }
    b
}

/// Draws a fan-shaped muscle with fibres converging on the insertion; `strength` (0..=1)
/// sets how full the belly is and its level class.
pub fn draw_fan(
    pr: &Projector,
    fan: &Fan,
    sk: &Skeleton,
    strength: f64,
    shapes: &mut Vec<Shape>,
) -> Vec<Vec2> {
    let level = level(strength);
    let [i0, i1] = fan.insertion.map(|a| pr.svg(sk.place(&a)));
    // A weak muscle is drawn thinner: its sides draw in towards its middle fibres.
    let origin: Vec<Vec2> = fan.origin.iter().map(|a| pr.svg(sk.place(a))).collect();
    let centre = origin.iter().fold(Vec2::ZERO, |a, p| a + *p) * (1.0 / origin.len().max(1) as f64);
    let origin: Vec<Vec2> = origin
        .iter()
        .map(|p| p.lerp(centre, 0.3 * (1.0 - strength.limit(0.0, 1.0))))
        .collect();
    let mut outline = origin.clone();
    let mid = i0.lerp(i1, 0.5);
    let o_last = origin.last().copied().unwrap_or(mid);
    let o_first = origin.first().copied().unwrap_or(mid);
    outline.push(o_last.lerp(i1, 0.55) + (i1 - o_last).perp().normalize() * pr.len(2.0));
    outline.push(i1);
    outline.push(i0);
    outline.push(o_first.lerp(i0, 0.55) - (i0 - o_first).perp().normalize() * pr.len(2.0));
    shapes.push(path(
        fan.id,
        class::STABILIZER[level.min(3)],
        closed(&outline),
    ));
    let mut fib = PathBuilder::new();
    let k = origin.len();
    for j in 0..(2 * k - 1) {
        let t = j as f64 / (2 * k - 2) as f64;
        let pos = t * (k - 1) as f64;
        let a = origin[pos.floor() as usize]
            .lerp(origin[(pos.ceil() as usize).min(k - 1)], pos.fract());
        let a = a.lerp(mid, 0.1);
        let b = i0.lerp(i1, t).lerp(a, 0.12);
        fib = fib.move_to(a).line_to(b);
    }
    shapes.push(path("", class::STABILIZER_FIBRE, fib.build()));
    outline
}

/// A straight force arrow from `from` to `to` (SVG units), head at `to`, head size `head`.
pub fn arrow(from: Vec2, to: Vec2, head: f64, id: &'static str, shapes: &mut Vec<Shape>) {
    let dir = (to - from).normalize();
    let base = to - dir * head;
    shapes.push(path(
        id,
        class::FORCE,
        PathBuilder::new().move_to(from).line_to(base).build(),
    ));
    let side = dir.perp() * (head * 0.5);
    shapes.push(path(
        "",
        class::FORCE_HEAD,
        PathBuilder::new()
            .polygon(&[to, base + side, base - side])
            .build(),
    ));
}

/// A curved force arrow along a circle about `centre` from angle `a0` to `a1` (radians).
pub fn arc_arrow(
    centre: Vec2,
    r: f64,
    a0: f64,
    a1: f64,
    head: f64,
    id: &'static str,
    shapes: &mut Vec<Shape>,
) {
    let steps = 10;
    let pts: Vec<Vec2> = (0..=steps)
        .map(|i| centre + Vec2::from_angle(a0 + (a1 - a0) * i as f64 / steps as f64) * r)
        .collect();
    let end = pts[steps];
    let tangent = (end - pts[steps - 1]).normalize();
    let base = end - tangent * head;
    let mut body = pts[..steps].to_vec();
    body.push(base);
    shapes.push(path(
        id,
        class::FORCE,
        PathBuilder::new().smooth_through(&body).build(),
    ));
    let side = tangent.perp() * (head * 0.5);
    shapes.push(path(
        "",
        class::FORCE_HEAD,
        PathBuilder::new()
            .polygon(&[end, base + side, base - side])
            .build(),
    ));
}

/// Level 0..=3 of a share 0..=1 (for CSS classes).
pub fn level(share: f64) -> usize {
    ((share.limit(0.0, 1.0) * 3.0).round() as usize).min(3)
}
