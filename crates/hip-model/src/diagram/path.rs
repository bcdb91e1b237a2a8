//! SVG path data: a small builder with compact number formatting, and smooth curves through
//! points (Catmull-Rom turned into cubic Béziers).

use crate::geometry::vec::Limit;
use crate::geometry::Vec2;

/// A number for SVG: at most 2 decimals, no trailing zeros, never `-0`, `0` for non-finite.
pub fn num(v: f64) -> String {
    let mut s = String::new();
    push_num(&mut s, v);
    s
}

/// Appends `v` rounded to 1 decimal (a tenth of a unit is under a sixth of a pixel at the
/// largest size a drawing is shown), without trailing zeros, "-0" or exponent; non-finite
/// values are written as 0. Integer arithmetic only: the float formatter of `core::fmt` is
/// large in WebAssembly and this runs for every coordinate of every drawing.
pub fn push_num(out: &mut String, v: f64) {
    write_tenths(out, tenths(v));
}

/// Writes `t` tenths as a decimal number ("-1.5", "12", "0.1").
fn write_tenths(out: &mut String, t: i64) {
    if t < 0 {
        out.push('-');
    }
    let t = t.unsigned_abs();
    // The whole part's digits, by hand: `core::fmt` costs several times as much, and this
    // runs for every number of every path while a slider moves.
    let mut digits = [0u8; 20];
    let mut n = t / 10;
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[i..].iter().map(|&d| char::from(d)));
    if t % 10 != 0 {
        out.push('.');
        out.push(char::from(b'0' + (t % 10) as u8));
    }
}

/// Tenths of a unit, the precision every coordinate is written at.
fn tenths(v: f64) -> i64 {
    if v.is_finite() {
        (v * 10.0).round().limit(-9.0e15, 9.0e15) as i64
    } else {
        0
    }
}

/// Builds a `d` attribute.
///
/// The output is compact: the first move is absolute and every later command relative
/// (`m l c s a z`) to the previous end point *as written*, so no rounding error adds up;
/// numbers carry at most one decimal and are separated only where a space is needed (a
/// minus sign separates on its own). This roughly halves the path data in the prerendered
/// page. [`points`] reads it back as absolute points.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PathBuilder {
    d: String,
    /// The current point in tenths, as written.
    at: (i64, i64),
    /// The start of the current subpath, in tenths.
    start: (i64, i64),
    current: Option<Vec2>,
}

impl PathBuilder {
    /// An empty path.
    pub fn new() -> PathBuilder {
        PathBuilder::default()
    }

    fn push_tenths(&mut self, t: i64) {
        if t >= 0 && self.d.ends_with(|c: char| c.is_ascii_digit()) {
            self.d.push(' ');
        }
        write_tenths(&mut self.d, t);
    }

    /// Writes command `c` with `plain` numbers (radii, angles, flags) and then `pts`, each
    /// relative to the current point unless this is the path's first command.
    fn cmd(&mut self, c: char, plain: &[f64], pts: &[Vec2]) {
        let relative = !self.d.is_empty();
        self.d
            .push(if relative { c.to_ascii_lowercase() } else { c });
        for &v in plain {
            self.push_tenths(tenths(v));
        }
        let (ox, oy) = if relative { self.at } else { (0, 0) };
        let mut end = self.at;
        for p in pts {
            end = (tenths(p.x), tenths(p.y));
            self.push_tenths(end.0 - ox);
            self.push_tenths(end.1 - oy);
        }
        self.at = end;
        self.current = pts.last().copied().or(self.current);
    }

    /// `M`: start a new subpath.
    pub fn move_to(mut self, p: Vec2) -> PathBuilder {
        self.cmd('M', &[], &[p]);
        self.start = self.at;
        self
    }

    /// `L`: straight line.
    pub fn line_to(mut self, p: Vec2) -> PathBuilder {
        self.cmd('L', &[], &[p]);
        self
    }

    /// `C`: cubic Bézier.
    pub fn cubic_to(mut self, c1: Vec2, c2: Vec2, p: Vec2) -> PathBuilder {
        self.cmd('C', &[], &[c1, c2, p]);
        self
    }

    /// `S`: smooth cubic Bézier (first control point mirrored from the previous curve).
    pub fn smooth_cubic_to(mut self, c2: Vec2, p: Vec2) -> PathBuilder {
        self.cmd('S', &[], &[c2, p]);
        self
    }

    /// `A`: elliptical arc.
    pub fn arc_to(
        mut self,
        rx: f64,
        ry: f64,
        rotation_deg: f64,
        large_arc: bool,
        sweep: bool,
        p: Vec2,
    ) -> PathBuilder {
        let flag = |b: bool| f64::from(u8::from(b));
        self.cmd(
            'A',
            &[rx, ry, rotation_deg, flag(large_arc), flag(sweep)],
            &[p],
        );
        self
    }

    /// `Z`: close the subpath.
    pub fn close(mut self) -> PathBuilder {
        if !self.d.is_empty() {
            self.d.push('z');
            self.at = self.start;
            self.current = Some(Vec2::new(self.at.0 as f64 / 10.0, self.at.1 as f64 / 10.0));
        }
        self
    }

    /// A smooth curve from the current point (or from `pts[0]` with a move if there is none)
    /// through every point of `pts`. The curve's end tangents follow the first/last chord.
    pub fn smooth_through(self, pts: &[Vec2]) -> PathBuilder {
        let mut b = self;
        let mut all: Vec<Vec2> = Vec::with_capacity(pts.len() + 1);
        match b.current {
            Some(c) if pts.first().is_some_and(|p| p.distance(c) > 1e-9) => all.push(c),
            Some(_) => {}
            None => {
                if let Some(&p0) = pts.first() {
                    b = b.move_to(p0);
                }
            }
        }
        all.extend_from_slice(pts);
        if all.len() < 2 {
            return b;
        }
        if all.len() == 2 {
            return b.line_to(all[1]);
        }
        let n = all.len();
        for i in 0..n - 1 {
            let p0 = if i == 0 { all[0] } else { all[i - 1] };
            let p1 = all[i];
            let p2 = all[i + 1];
            let p3 = if i + 2 < n { all[i + 2] } else { all[n - 1] };
            let (c1, c2) = catmull_rom_controls(p0, p1, p2, p3);
            b = b.cubic_to(c1, c2, p2);
        }
        b
    }

    /// A closed smooth curve through `pts` (a new subpath).
    pub fn smooth_closed(self, pts: &[Vec2]) -> PathBuilder {
        let n = pts.len();
        if n < 3 {
            return self.polygon(pts);
        }
        let mut b = self.move_to(pts[0]);
        for i in 0..n {
            let p0 = pts[(i + n - 1) % n];
            let p1 = pts[i];
            let p2 = pts[(i + 1) % n];
            let p3 = pts[(i + 2) % n];
            let (c1, c2) = catmull_rom_controls(p0, p1, p2, p3);
            b = b.cubic_to(c1, c2, p2);
        }
        b.close()
    }

    /// A cubic Bézier chain (a new subpath, left open): `pts` are `3 n + 1` points, knot,
    /// control, control, knot, ...; nothing if `pts` is empty.
    pub fn bezier_chain(self, pts: &[Vec2]) -> PathBuilder {
        let Some((&first, rest)) = pts.split_first() else {
            return self;
        };
        let mut b = self.move_to(first);
        for c in rest.chunks_exact(3) {
            b = b.cubic_to(c[0], c[1], c[2]);
        }
        b
    }

    /// A closed polygon (a new subpath).
    pub fn polygon(self, pts: &[Vec2]) -> PathBuilder {
        let Some((&first, rest)) = pts.split_first() else {
            return self;
        };
        let mut b = self.move_to(first);
        for &p in rest {
            b = b.line_to(p);
        }
        b.close()
    }

    /// A full ellipse (a new subpath) with semi-axes `rx` along `axis_deg` and `ry`.
    pub fn ellipse(self, centre: Vec2, rx: f64, ry: f64, axis_deg: f64) -> PathBuilder {
        let d = Vec2::from_angle(axis_deg.to_radians()) * rx;
        self.move_to(centre + d)
            .arc_to(rx, ry, axis_deg, false, true, centre - d)
            .arc_to(rx, ry, axis_deg, false, true, centre + d)
            .close()
    }

    /// The finished `d` string.
    pub fn build(self) -> String {
        self.d
    }
}

/// Points for a smooth closed outline of the polygon `poly` (for [`PathBuilder::smooth_closed`]),
/// about `step` apart where the outline curves and few where it is straight.
///
/// Outlines of projected solids are convex hulls: dense where the solid is round (many
/// vertices a fraction of `step` apart), sparse where it is flat (long straight edges).
/// Close vertices on gentle bends are merged; sharp corners are kept; a long straight edge
/// gets one point `step` in from each end, enough to keep the curve through its corners
/// tight, and no points in between (Catmull-Rom through collinear points is straight).
pub fn outline_points(poly: &[Vec2], step: f64) -> Vec<Vec2> {
    let n = poly.len();
    if n < 3 || step <= 0.0 {
        return poly.to_vec();
    }
    // 1. Merge vertices closer than half a step, unless they turn sharply (over ~30°).
    let sharp = |i: usize| {
        let a = poly[(i + n - 1) % n];
        let (b, c) = (poly[i], poly[(i + 1) % n]);
        let (u, v) = (b - a, c - b);
        let (lu, lv) = (u.length(), v.length());
        lu > 1e-9 && lv > 1e-9 && u.dot(v) < 0.866 * lu * lv
    };
    let mut kept: Vec<Vec2> = Vec::with_capacity(n);
    for (i, &p) in poly.iter().enumerate() {
        match kept.last() {
            Some(&last) if p.distance(last) < step * 0.5 && !sharp(i) => {}
            _ => kept.push(p),
        }
    }
    if kept.len() > 3 && kept[kept.len() - 1].distance(kept[0]) < step * 0.5 {
        kept.pop();
    }
    if kept.len() < 3 {
        return poly.to_vec();
    }
    // 2. Subdivide short edges evenly; long edges only near their ends.
    let m = kept.len();
    let mut out = Vec::with_capacity(m * 2);
    for i in 0..m {
        let (a, b) = (kept[i], kept[(i + 1) % m]);
        let len = a.distance(b);
        out.push(a);
        if len > 3.0 * step {
            let dir = (b - a) * (1.0 / len);
            out.push(a + dir * step);
            out.push(b - dir * step);
        } else {
            let k = (len / step).ceil() as usize;
            for j in 1..k {
                out.push(a.lerp(b, j as f64 / k as f64));
            }
        }
    }
    out
}

/// Bézier control points of the uniform Catmull-Rom segment p1 -> p2.
fn catmull_rom_controls(p0: Vec2, p1: Vec2, p2: Vec2, p3: Vec2) -> (Vec2, Vec2) {
    // Limit the tangents so unevenly spaced points do not overshoot.
    let seg = p1.distance(p2);
    let limit = |t: Vec2| {
        let l = t.length();
        if l > seg * 1.5 && l > 0.0 {
            t * (seg * 1.5 / l)
        } else {
            t
        }
    };
    let t1 = limit((p2 - p0) * 0.5);
    let t2 = limit((p3 - p1) * 0.5);
    (p1 + t1 * (1.0 / 3.0), p2 - t2 * (1.0 / 3.0))
}

/// Every number in path data, in order (for checks; natively only: the browser build never
/// parses numbers).
pub fn numbers(d: &str) -> Vec<f64> {
    tokens(d)
        .into_iter()
        .filter_map(|t| match t {
            Token::Number(v) => Some(v),
            Token::Command(_) => None,
        })
        .collect()
}

enum Token {
    Command(char),
    Number(f64),
}

fn tokens(d: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut num = String::new();
    let flush = |num: &mut String, out: &mut Vec<Token>| {
        if !num.is_empty() {
            out.push(Token::Number(num.parse().unwrap_or(f64::NAN)));
            num.clear();
        }
    };
    for c in d.chars() {
        match c {
            '0'..='9' | '.' => {
                // A second decimal point starts a new number (".5.5" is two numbers).
                if c == '.' && num.contains('.') {
                    flush(&mut num, &mut out);
                }
                num.push(c);
            }
            '-' | '+' => {
                flush(&mut num, &mut out);
                num.push(c);
            }
            c if c.is_ascii_alphabetic() => {
                flush(&mut num, &mut out);
                out.push(Token::Command(c));
            }
            _ => flush(&mut num, &mut out),
        }
    }
    flush(&mut num, &mut out);
    out
}

/// Every point of path data in absolute coordinates: end points and control points of every
/// command (relative commands resolved), arc end points but not arc radii or flags. For
/// checks, natively. Commands this builder never writes (`H V Q T`) are not supported.
pub fn points(d: &str) -> Vec<Vec2> {
    walk(d, &mut |_, _| {})
}

/// The radii `(rx, ry)` of every arc command in path data (for checks, natively).
pub fn arc_radii(d: &str) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    walk(d, &mut |rx, ry| out.push((rx, ry)));
    out
}

fn walk(d: &str, on_arc: &mut dyn FnMut(f64, f64)) -> Vec<Vec2> {
    let toks = tokens(d);
    let mut out = Vec::new();
    let (mut cur, mut start) = (Vec2::new(0.0, 0.0), Vec2::new(0.0, 0.0));
    let mut i = 0;
    let mut cmd = 'M';
    while i < toks.len() {
        if let Token::Command(c) = toks[i] {
            cmd = c;
            i += 1;
            if c.eq_ignore_ascii_case(&'z') {
                cur = start;
                continue;
            }
        }
        let (skip, pairs) = match cmd.to_ascii_uppercase() {
            'M' | 'L' => (0, 1),
            'C' => (0, 3),
            'S' => (0, 2),
            'A' => (5, 1),
            _ => return out,
        };
        let mut nums = Vec::new();
        while nums.len() < skip + 2 * pairs {
            match toks.get(i) {
                Some(Token::Number(v)) => nums.push(*v),
                _ => return out,
            }
            i += 1;
        }
        if skip > 0 {
            on_arc(nums[0], nums[1]);
        }
        let origin = if cmd.is_ascii_lowercase() {
            cur
        } else {
            Vec2::new(0.0, 0.0)
        };
        for k in 0..pairs {
            let p = origin + Vec2::new(nums[skip + 2 * k], nums[skip + 2 * k + 1]);
            out.push(p);
            cur = p;
        }
        if cmd.eq_ignore_ascii_case(&'m') {
            start = cur;
            // Numbers after a move's first pair are line-tos.
            cmd = if cmd == 'm' { 'l' } else { 'L' };
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_compact() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.239), "1.2");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(-2.5), "-2.5");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(0.05), "0.1");
        assert_eq!(num(-0.5), "-0.5");
        assert_eq!(num(12.3), "12.3");
        assert_eq!(num(-12.07), "-12.1");
        assert_eq!(num(f64::INFINITY), "0");
    }

    #[test]
    fn outlines_merge_dense_bends_and_keep_corners() {
        // A square with one very dense side and one long side.
        let mut poly = vec![Vec2::new(0.0, 0.0)];
        for i in 1..100 {
            poly.push(Vec2::new(f64::from(i) * 0.1, 0.0));
        }
        poly.extend([
            Vec2::new(10.0, 0.0),
            Vec2::new(10.0, 100.0),
            Vec2::new(0.0, 100.0),
        ]);
        let out = outline_points(&poly, 4.0);
        for corner in [(0.0, 0.0), (10.0, 0.0), (10.0, 100.0), (0.0, 100.0)] {
            let c = Vec2::new(corner.0, corner.1);
            assert!(
                out.iter().any(|p| p.distance(c) < 1e-9),
                "corner {c:?} kept"
            );
        }
        // The dense side is merged to about one point per half step; the long sides get
        // two inner points each.
        assert!(out.len() < 20, "{} points", out.len());
        for w in out.windows(2) {
            assert!(w[0].distance(w[1]) >= 2.0 - 1e-9, "{w:?} too close");
        }
    }

    #[test]
    fn builder_writes_commands() {
        let d = PathBuilder::new()
            .move_to(Vec2::new(0.0, 0.0))
            .line_to(Vec2::new(10.0, 0.5))
            .close()
            .build();
        assert_eq!(d, "M0 0l10 0.5z");
        let d = PathBuilder::new()
            .move_to(Vec2::new(5.0, 5.0))
            .line_to(Vec2::new(1.04, 7.0))
            .line_to(Vec2::new(1.0, 7.06))
            .close()
            .move_to(Vec2::new(6.0, 5.0))
            .arc_to(2.0, 2.0, 0.0, false, true, Vec2::new(8.0, 5.0))
            .build();
        assert_eq!(d, "M5 5l-4 2l0 0.1zm1 0a2 2 0 0 1 2 0");
        assert_eq!(
            points(&d),
            [(5.0, 5.0), (1.0, 7.0), (1.0, 7.1), (6.0, 5.0), (8.0, 5.0)]
                .map(|(x, y)| Vec2::new(x, y))
        );
    }

    #[test]
    fn smooth_curves_pass_through_their_points() {
        let pts = [
            Vec2::new(0.0, 0.0),
            Vec2::new(10.0, 0.0),
            Vec2::new(10.0, 10.0),
        ];
        let d = PathBuilder::new().smooth_closed(&pts).build();
        assert!(d.starts_with("M0 0c"));
        assert!(d.ends_with('z'));
        assert_eq!(numbers(&d).len(), 2 + 3 * 6);
        let pts_read = points(&d);
        for p in &pts {
            assert!(
                pts_read.iter().any(|q| q.distance(*p) < 1e-9),
                "{p:?} on the curve"
            );
        }
        assert!(pts_read.last().unwrap().distance(pts[0]) < 1e-9);
    }
}
