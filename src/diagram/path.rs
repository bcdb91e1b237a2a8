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
    use std::fmt::Write;
    let tenths = if v.is_finite() {
        (v * 10.0).round().limit(-9.0e15, 9.0e15) as i64
    } else {
        0
    };
    if tenths < 0 {
        out.push('-');
    }
    let t = tenths.unsigned_abs();
    let _ = write!(out, "{}", t / 10);
    if t % 10 != 0 {
        out.push('.');
        out.push(char::from(b'0' + (t % 10) as u8));
    }
}

/// Builds a `d` attribute.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PathBuilder {
    d: String,
    current: Option<Vec2>,
    start: Option<Vec2>,
}

impl PathBuilder {
    /// An empty path.
    pub fn new() -> PathBuilder {
        PathBuilder::default()
    }

    fn cmd(&mut self, c: char, pts: &[f64]) {
        if !self.d.is_empty() {
            self.d.push(' ');
        }
        self.d.push(c);
        for (i, v) in pts.iter().enumerate() {
            if i > 0 {
                self.d.push(' ');
            }
            push_num(&mut self.d, *v);
        }
    }

    /// `M`: start a new subpath.
    pub fn move_to(mut self, p: Vec2) -> PathBuilder {
        self.cmd('M', &[p.x, p.y]);
        self.current = Some(p);
        self.start = Some(p);
        self
    }

    /// `L`: straight line.
    pub fn line_to(mut self, p: Vec2) -> PathBuilder {
        self.cmd('L', &[p.x, p.y]);
        self.current = Some(p);
        self
    }

    /// `C`: cubic Bézier.
    pub fn cubic_to(mut self, c1: Vec2, c2: Vec2, p: Vec2) -> PathBuilder {
        self.cmd('C', &[c1.x, c1.y, c2.x, c2.y, p.x, p.y]);
        self.current = Some(p);
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
        self.cmd(
            'A',
            &[
                rx,
                ry,
                rotation_deg,
                f64::from(u8::from(large_arc)),
                f64::from(u8::from(sweep)),
                p.x,
                p.y,
            ],
        );
        self.current = Some(p);
        self
    }

    /// `Z`: close the subpath.
    pub fn close(mut self) -> PathBuilder {
        if !self.d.is_empty() {
            self.d.push_str(" Z");
        }
        self.current = self.start;
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

/// Every number in path data, in order (for checks).
pub fn numbers(d: &str) -> Vec<f64> {
    d.split(|c: char| c.is_ascii_alphabetic() && c != 'e' || c == ' ' || c == ',')
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect()
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
    fn builder_writes_commands() {
        let d = PathBuilder::new()
            .move_to(Vec2::new(0.0, 0.0))
            .line_to(Vec2::new(10.0, 0.5))
            .close()
            .build();
        assert_eq!(d, "M0 0 L10 0.5 Z");
    }

    #[test]
    fn smooth_curves_pass_through_their_points() {
        let pts = [
            Vec2::new(0.0, 0.0),
            Vec2::new(10.0, 0.0),
            Vec2::new(10.0, 10.0),
        ];
        let d = PathBuilder::new().smooth_closed(&pts).build();
        assert!(d.starts_with("M0 0 C"));
        assert!(d.contains(" 10 0 C"));
        assert!(d.ends_with("0 0 Z"));
        assert_eq!(numbers(&d).len(), 2 + 3 * 6);
    }
}
