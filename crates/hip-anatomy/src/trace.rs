//! From a placed mesh to smooth outlines: orthographic projection, rasterisation of the
//! projected triangles, marching squares, Gaussian smoothing along the contour, and a fit of
//! closed cubic Bézier curves (knots on the smoothed contour, denser where it bends, with
//! Catmull-Rom tangents scaled by the chords).

use std::collections::HashMap;

use crate::vec::{V2, V3};
pub use crate::view::View;

/// Raster cell size (mm) for silhouettes and fit checks.
pub const RES: f64 = 0.25;
/// Contour loops smaller than this (mm²) are dropped (none is anatomy at this scale).
pub const MIN_LOOP_AREA: f64 = 4.0;
/// Smoothing widths tried, largest first (Gaussian sigma along the contour, mm).
pub const SIGMAS: [f64; 9] = [5.0, 4.0, 3.0, 2.5, 2.0, 1.5, 1.0, 0.7, 0.5];
/// The traced outline must cover the silhouette at least this well (intersection over
/// union) for a smoothing width to be accepted; the tests demand 0.97.
pub const TARGET_IOU: f64 = 0.985;
/// Most the Bézier curve may stray from the smoothed contour (mm).
pub const FIT_TOL: f64 = 0.5;

/// A boolean raster with square cells; cell `(i, j)` has its centre at
/// `(x0 + (i + 0.5) res, y0 + (j + 0.5) res)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    /// Left edge.
    pub x0: f64,
    /// Top edge.
    pub y0: f64,
    /// Cell size.
    pub res: f64,
    /// Columns.
    pub w: usize,
    /// Rows.
    pub h: usize,
    /// Row-major cells.
    pub on: Vec<bool>,
}

impl Grid {
    /// An empty grid covering the box `lo..hi` plus `margin` on every side.
    pub fn covering(lo: V2, hi: V2, res: f64, margin: f64) -> Grid {
        let x0 = ((lo.x - margin) / res).floor() * res;
        let y0 = ((lo.y - margin) / res).floor() * res;
        let w = ((hi.x + margin - x0) / res).ceil().max(1.0) as usize;
        let h = ((hi.y + margin - y0) / res).ceil().max(1.0) as usize;
        Grid {
            x0,
            y0,
            res,
            w,
            h,
            on: vec![false; w * h],
        }
    }

    /// The centre of cell `(i, j)`.
    pub fn centre(&self, i: usize, j: usize) -> V2 {
        V2::new(
            self.x0 + (i as f64 + 0.5) * self.res,
            self.y0 + (j as f64 + 0.5) * self.res,
        )
    }

    /// Whether `(i, j)` is set (false outside).
    pub fn get(&self, i: i64, j: i64) -> bool {
        i >= 0
            && j >= 0
            && (i as usize) < self.w
            && (j as usize) < self.h
            && self.on[j as usize * self.w + i as usize]
    }

    /// Sets every cell whose centre lies in one of the triangles (edges included).
    pub fn fill_triangles(&mut self, tris: &[[V2; 3]]) {
        for t in tris {
            let area = (t[1] - t[0]).cross(t[2] - t[0]);
            if area.abs() < 1e-12 {
                continue;
            }
            let lo = V2::new(
                t[0].x.min(t[1].x).min(t[2].x),
                t[0].y.min(t[1].y).min(t[2].y),
            );
            let hi = V2::new(
                t[0].x.max(t[1].x).max(t[2].x),
                t[0].y.max(t[1].y).max(t[2].y),
            );
            let (i0, i1) = self.col_range(lo.x, hi.x);
            let (j0, j1) = self.row_range(lo.y, hi.y);
            let eps = -1e-9 * area.abs();
            for j in j0..j1 {
                for i in i0..i1 {
                    let p = self.centre(i, j);
                    let w0 = (t[1] - p).cross(t[2] - p) * area.signum();
                    let w1 = (t[2] - p).cross(t[0] - p) * area.signum();
                    let w2 = (t[0] - p).cross(t[1] - p) * area.signum();
                    if w0 >= eps && w1 >= eps && w2 >= eps {
                        self.on[j * self.w + i] = true;
                    }
                }
            }
        }
    }

    fn col_range(&self, a: f64, b: f64) -> (usize, usize) {
        let i0 = ((a - self.x0) / self.res - 0.5).ceil().max(0.0) as usize;
        let i1 = (((b - self.x0) / self.res - 0.5).floor() + 1.0).max(0.0) as usize;
        (i0.min(self.w), i1.min(self.w))
    }

    fn row_range(&self, a: f64, b: f64) -> (usize, usize) {
        let j0 = ((a - self.y0) / self.res - 0.5).ceil().max(0.0) as usize;
        let j1 = (((b - self.y0) / self.res - 0.5).floor() + 1.0).max(0.0) as usize;
        (j0.min(self.h), j1.min(self.h))
    }

    /// Sets every cell whose centre is inside the closed polylines (even-odd rule, so holes
    /// given as further loops stay empty).
    pub fn fill_loops(&mut self, loops: &[Vec<V2>]) {
        let mut xs = Vec::new();
        for j in 0..self.h {
            let y = self.y0 + (j as f64 + 0.5) * self.res;
            xs.clear();
            for l in loops {
                for k in 0..l.len() {
                    let (a, b) = (l[k], l[(k + 1) % l.len()]);
                    if (a.y <= y) != (b.y <= y) {
                        xs.push(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x));
                    }
                }
            }
            xs.sort_by(f64::total_cmp);
            for pair in xs.chunks(2) {
                if let [a, b] = pair {
                    let (i0, i1) = self.col_range(*a, *b);
                    for i in i0..i1 {
                        self.on[j * self.w + i] = true;
                    }
                }
            }
        }
    }

    /// Set cells.
    pub fn count(&self) -> usize {
        self.on.iter().filter(|&&b| b).count()
    }

    /// Intersection over union with a grid of the same shape.
    pub fn iou(&self, o: &Grid) -> f64 {
        assert!(self.w == o.w && self.h == o.h, "grids differ in shape");
        let (mut i, mut u) = (0usize, 0usize);
        for (a, b) in self.on.iter().zip(&o.on) {
            i += usize::from(*a && *b);
            u += usize::from(*a || *b);
        }
        if u == 0 {
            1.0
        } else {
            i as f64 / u as f64
        }
    }

    /// An empty grid of the same placement.
    pub fn blank(&self) -> Grid {
        Grid {
            on: vec![false; self.on.len()],
            ..self.clone()
        }
    }
}

/// The projected triangles of a mesh.
pub fn project(tris: &[[V3; 3]], view: View) -> Vec<[V2; 3]> {
    tris.iter().map(|t| t.map(|p| view.project(p))).collect()
}

/// The silhouette raster of projected triangles, with a 2 mm margin.
pub fn silhouette(tris2: &[[V2; 3]]) -> Grid {
    let pts = tris2.iter().flatten();
    let lo = pts.clone().fold(V2::new(f64::MAX, f64::MAX), |a, p| {
        V2::new(a.x.min(p.x), a.y.min(p.y))
    });
    let hi = pts.fold(V2::new(f64::MIN, f64::MIN), |a, p| {
        V2::new(a.x.max(p.x), a.y.max(p.y))
    });
    let mut g = Grid::covering(lo, hi, RES, 2.0);
    g.fill_triangles(tris2);
    g
}

/// Signed area of a closed polyline (positive when it runs clockwise on screen, y down).
pub fn signed_area(l: &[V2]) -> f64 {
    (0..l.len())
        .map(|k| l[k].cross(l[(k + 1) % l.len()]))
        .sum::<f64>()
        / 2.0
}

/// Marching squares at the cell centres: closed loops along the boundary of the set cells
/// (through the midpoints between a set and an unset centre). Set cells touching only at a
/// corner are kept apart. Every loop keeps the set cells on the same side, so outer loops and
/// holes have opposite signs of [`signed_area`].
pub fn contours(g: &Grid) -> Vec<Vec<V2>> {
    let wk = g.w as i64 + 2;
    // Edge keys: horizontal edge between centres (i, j) and (i + 1, j), vertical edge between
    // (i, j) and (i, j + 1); i and j start at -1.
    let key = |i: i64, j: i64, vertical: bool| {
        (((j + 1) * wk + (i + 1)) * 2 + i64::from(vertical)) as u64
    };
    let mid = |k: u64| -> V2 {
        let vertical = k % 2 == 1;
        let c = (k / 2) as i64;
        let (i, j) = (c % wk - 1, c / wk - 1);
        if vertical {
            V2::new(
                g.x0 + (i as f64 + 0.5) * g.res,
                g.y0 + (j as f64 + 1.0) * g.res,
            )
        } else {
            V2::new(
                g.x0 + (i as f64 + 1.0) * g.res,
                g.y0 + (j as f64 + 0.5) * g.res,
            )
        }
    };
    let mut next: HashMap<u64, u64> = HashMap::new();
    for j in -1..g.h as i64 {
        for i in -1..g.w as i64 {
            let inside = [
                g.get(i, j),
                g.get(i + 1, j),
                g.get(i + 1, j + 1),
                g.get(i, j + 1),
            ];
            if inside.iter().all(|&b| b) || inside.iter().all(|&b| !b) {
                continue;
            }
            // Edges in the corners' cyclic order a-b (top), b-c (right), c-d (bottom), d-a.
            let edges = [
                key(i, j, false),
                key(i + 1, j, true),
                key(i, j + 1, false),
                key(i, j, true),
            ];
            for s in 0..4 {
                if !inside[s] && inside[(s + 1) % 4] {
                    // A run of set corners starts after edge s; find where it ends.
                    let mut e = (s + 1) % 4;
                    while !inside[e] || inside[(e + 1) % 4] {
                        e = (e + 1) % 4;
                    }
                    next.insert(edges[e], edges[s]);
                }
            }
        }
    }
    // Start every loop at its smallest edge key, so the result never depends on the hash
    // map's order.
    let mut starts: Vec<u64> = next.keys().copied().collect();
    starts.sort_unstable();
    let mut loops = Vec::new();
    for start in starts {
        if !next.contains_key(&start) {
            continue;
        }
        let mut l = Vec::new();
        let mut k = start;
        while let Some(n) = next.remove(&k) {
            l.push(mid(k));
            k = n;
        }
        if l.len() >= 3 {
            loops.push(l);
        }
    }
    loops
}

/// `l` resampled at `n` points evenly spaced along its length (closed).
pub fn resample_closed(l: &[V2], n: usize) -> Vec<V2> {
    let m = l.len();
    let mut cum = Vec::with_capacity(m + 1);
    cum.push(0.0);
    for k in 0..m {
        let d = l[k].dist(l[(k + 1) % m]);
        cum.push(cum[k] + d);
    }
    let total = cum[m];
    let mut out = Vec::with_capacity(n);
    let mut seg = 0;
    for s in 0..n {
        let t = total * s as f64 / n as f64;
        while seg + 1 < m && cum[seg + 1] < t {
            seg += 1;
        }
        let len = cum[seg + 1] - cum[seg];
        let f = if len > 0.0 { (t - cum[seg]) / len } else { 0.0 };
        out.push(l[seg].lerp(l[(seg + 1) % m], f));
    }
    out
}

/// Length of a closed polyline.
pub fn perimeter(l: &[V2]) -> f64 {
    (0..l.len()).map(|k| l[k].dist(l[(k + 1) % l.len()])).sum()
}

/// A closed polyline resampled every ~0.5 mm and smoothed by a Gaussian of width `sigma`
/// (mm) along its length.
pub fn smooth_closed(l: &[V2], sigma: f64) -> Vec<V2> {
    let step = 0.5;
    let n = ((perimeter(l) / step).round() as usize).max(8);
    let p = resample_closed(l, n);
    let s = sigma / (perimeter(l) / n as f64);
    let r = (3.0 * s).ceil() as i64;
    let w: Vec<f64> = (-r..=r)
        .map(|k| (-(k as f64).powi(2) / (2.0 * s * s)).exp())
        .collect();
    let wsum: f64 = w.iter().sum();
    (0..n as i64)
        .map(|i| {
            let mut acc = V2::default();
            for (k, wk) in (-r..=r).zip(&w) {
                acc = acc + p[(i + k).rem_euclid(n as i64) as usize] * *wk;
            }
            acc * (1.0 / wsum)
        })
        .collect()
}

/// A closed cubic Bézier curve: `3 n + 1` points, knot, control, control, knot, ..., the
/// last equal to the first.
pub type Bezier = Vec<V2>;

/// The point at `t` of the cubic segment `seg` of `b`.
pub fn bezier_point(b: &[V2], seg: usize, t: f64) -> V2 {
    let [p0, p1, p2, p3] = [b[3 * seg], b[3 * seg + 1], b[3 * seg + 2], b[3 * seg + 3]];
    let u = 1.0 - t;
    p0 * (u * u * u) + p1 * (3.0 * u * u * t) + p2 * (3.0 * u * t * t) + p3 * (t * t * t)
}

/// Number of cubic segments of `b`.
pub fn segments(b: &[V2]) -> usize {
    b.len().saturating_sub(1) / 3
}

/// `b` as a closed polyline, `per` points a segment.
pub fn flatten(b: &[V2], per: usize) -> Vec<V2> {
    let mut out = Vec::with_capacity(segments(b) * per);
    for s in 0..segments(b) {
        for k in 0..per {
            out.push(bezier_point(b, s, k as f64 / per as f64));
        }
    }
    out
}

fn point_segment_distance(p: V2, a: V2, b: V2) -> f64 {
    let ab = b - a;
    let l2 = ab.dot(ab);
    let t = if l2 > 0.0 {
        ((p - a).dot(ab) / l2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    p.dist(a + ab * t)
}

/// Extra "length" a knot spacing counts for each radian the contour turns (mm): knots
/// crowd where the outline bends and spread out along straight stretches.
pub const BEND_WEIGHT: f64 = 25.0;

/// Fits a closed Bézier to a dense, smooth closed polyline. Knots are points of the
/// polyline, spaced evenly in length plus [`BEND_WEIGHT`] times turning; each segment's
/// tangents follow the neighbouring knots, scaled by the chords (no overshoot where spacing
/// changes). The fewest knots that keep every polyline point within `tol` of the curve win.
pub fn fit_closed(dense: &[V2], tol: f64) -> Bezier {
    let m = dense.len();
    let at = |k: i64| dense[k.rem_euclid(m as i64) as usize];
    let mut cum = vec![0.0];
    for k in 0..m as i64 {
        let (a, b, c) = (at(k - 1), at(k), at(k + 1));
        let turn = (b - a).cross(c - b).atan2((b - a).dot(c - b)).abs();
        let w = b.dist(c) + BEND_WEIGHT * turn;
        cum.push(cum[k as usize] + w);
    }
    let total = cum[m];
    let len = perimeter(dense);
    let mut n = ((len / 60.0).ceil() as usize).max(6);
    let most = (m / 3).max(n);
    loop {
        let mut idx = Vec::with_capacity(n);
        let mut k = 0;
        for s in 0..n {
            let target = total * s as f64 / n as f64;
            while k + 1 < m && cum[k + 1] <= target {
                k += 1;
            }
            if idx.last() != Some(&k) {
                idx.push(k);
            }
        }
        let knots: Vec<V2> = idx.iter().map(|&i| dense[i]).collect();
        let b = cardinal_closed(&knots);
        if n >= most || deviation(dense, &idx, &b) <= tol {
            return b;
        }
        n = (n * 6 / 5).max(n + 1);
    }
}

/// Open Bézier through `knots` (at least two) with chord-scaled Catmull-Rom tangents, the
/// end tangents along the end chords.
pub fn cardinal_open(knots: &[V2]) -> Bezier {
    let n = knots.len();
    let tangent = |k: usize| {
        let (a, c) = (knots[k.saturating_sub(1)], knots[(k + 1).min(n - 1)]);
        let d = a.dist(knots[k]) + knots[k].dist(c);
        if d > 0.0 {
            (c - a) * (1.0 / d)
        } else {
            V2::default()
        }
    };
    let mut out = vec![knots[0]];
    for k in 0..n - 1 {
        let d = knots[k].dist(knots[k + 1]) / 3.0;
        out.push(knots[k] + tangent(k) * d);
        out.push(knots[k + 1] - tangent(k + 1) * d);
        out.push(knots[k + 1]);
    }
    out
}

/// Closed Bézier through `knots` with chord-scaled Catmull-Rom tangents.
pub fn cardinal_closed(knots: &[V2]) -> Bezier {
    let n = knots.len();
    let at = |k: i64| knots[k.rem_euclid(n as i64) as usize];
    let tangent = |k: i64| {
        let (a, b, c) = (at(k - 1), at(k), at(k + 1));
        let (d0, d1) = (a.dist(b), b.dist(c));
        if d0 + d1 > 0.0 {
            (c - a) * (1.0 / (d0 + d1))
        } else {
            V2::default()
        }
    };
    let mut out = vec![at(0)];
    for k in 0..n as i64 {
        let (p1, p2) = (at(k), at(k + 1));
        let d = p1.dist(p2) / 3.0;
        out.push(p1 + tangent(k) * d);
        out.push(p2 - tangent(k + 1) * d);
        out.push(p2);
    }
    out
}

/// Largest distance from a point of `dense` to its own segment of `b` (the segment between
/// the knots `idx` that bracket it).
fn deviation(dense: &[V2], idx: &[usize], b: &[V2]) -> f64 {
    let per = 16;
    let n = idx.len();
    let mut worst: f64 = 0.0;
    for s in 0..n {
        let poly: Vec<V2> = (0..=per)
            .map(|q| bezier_point(b, s, q as f64 / per as f64))
            .collect();
        let (from, to) = (
            idx[s],
            if s + 1 < n {
                idx[s + 1]
            } else {
                idx[0] + dense.len()
            },
        );
        for k in from..=to {
            let p = dense[k % dense.len()];
            let d = poly
                .windows(2)
                .map(|w| point_segment_distance(p, w[0], w[1]))
                .fold(f64::MAX, f64::min);
            worst = worst.max(d);
        }
    }
    worst
}

/// The traced outline of one bone in one view.
#[derive(Debug, Clone, PartialEq)]
pub struct Traced {
    /// Closed Bézier loops: outer boundaries first, then holes.
    pub loops: Vec<Bezier>,
    /// How many of `loops` are holes (the last ones).
    pub holes: usize,
    /// The raw silhouette contour (marching squares, lightly thinned), for the gallery.
    pub raw: Vec<Vec<V2>>,
    /// The Gaussian width used (mm).
    pub sigma: f64,
    /// Intersection over union of the traced outline's raster and the mesh silhouette.
    pub iou: f64,
}

/// The raster of closed Bézier loops on the placement of `like` (even-odd).
pub fn raster_of(loops: &[Bezier], like: &Grid) -> Grid {
    let mut g = like.blank();
    let polys: Vec<Vec<V2>> = loops.iter().map(|b| flatten(b, 16)).collect();
    g.fill_loops(&polys);
    g
}

/// Traces a placed mesh in one view.
pub fn trace(tris: &[[V3; 3]], view: View) -> Traced {
    let sil = silhouette(&project(tris, view));
    let mut raw = contours(&sil);
    raw.retain(|l| signed_area(l).abs() >= MIN_LOOP_AREA);
    raw.sort_by(|a, b| signed_area(b).abs().total_cmp(&signed_area(a).abs()));
    let outer_sign = raw.first().map_or(1.0, |l| signed_area(l).signum());
    // Outer loops first, then holes; each group largest first.
    raw.sort_by_key(|l| signed_area(l).signum() != outer_sign);
    let holes = raw
        .iter()
        .filter(|l| signed_area(l).signum() != outer_sign)
        .count();
    let mut best: Option<Traced> = None;
    for sigma in SIGMAS {
        let loops: Vec<Bezier> = raw
            .iter()
            .map(|l| fit_closed(&smooth_closed(l, sigma), FIT_TOL))
            .collect();
        let iou = raster_of(&loops, &sil).iou(&sil);
        let t = Traced {
            loops,
            holes,
            raw: Vec::new(),
            sigma,
            iou,
        };
        let better = best.as_ref().is_none_or(|b| t.iou > b.iou);
        if iou >= TARGET_IOU {
            best = Some(t);
            break;
        }
        if better {
            best = Some(t);
        }
    }
    let mut t = best.expect("SIGMAS is not empty");
    t.raw = raw.iter().map(|l| thin(l, 0.1)).collect();
    t
}

/// Douglas-Peucker thinning of a closed polyline to within `tol` (mm).
pub fn thin(l: &[V2], tol: f64) -> Vec<V2> {
    if l.len() < 4 {
        return l.to_vec();
    }
    // Split at the point farthest from the first, then thin both open halves.
    let far = (1..l.len())
        .max_by(|&a, &b| l[a].dist(l[0]).total_cmp(&l[b].dist(l[0])))
        .unwrap_or(1);
    let mut keep = vec![false; l.len() + 1];
    keep[0] = true;
    keep[far] = true;
    keep[l.len()] = true;
    let at = |k: usize| l[k % l.len()];
    let mut stack = vec![(0, far), (far, l.len())];
    while let Some((a, b)) = stack.pop() {
        if b <= a + 1 {
            continue;
        }
        let (mut worst, mut wi) = (0.0, a);
        for k in a + 1..b {
            let d = point_segment_distance(at(k), at(a), at(b));
            if d > worst {
                worst = d;
                wi = k;
            }
        }
        if worst > tol {
            keep[wi] = true;
            stack.push((a, wi));
            stack.push((wi, b));
        }
    }
    (0..l.len()).filter(|&k| keep[k]).map(|k| l[k]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(lo: f64, hi: f64) -> Vec<[V2; 3]> {
        let (a, b, c, d) = (
            V2::new(lo, lo),
            V2::new(hi, lo),
            V2::new(hi, hi),
            V2::new(lo, hi),
        );
        vec![[a, b, c], [a, c, d]]
    }

    #[test]
    fn a_ring_gives_one_outer_loop_and_one_hole_of_opposite_sign() {
        let mut g = Grid::covering(V2::new(0.0, 0.0), V2::new(10.0, 10.0), 0.25, 1.0);
        g.fill_triangles(&square(0.0, 10.0));
        let mut hole = g.blank();
        hole.fill_triangles(&square(3.0, 7.0));
        for (c, h) in g.on.iter_mut().zip(&hole.on) {
            *c &= !*h;
        }
        let loops = contours(&g);
        assert_eq!(loops.len(), 2);
        let a: Vec<f64> = loops.iter().map(|l| signed_area(l)).collect();
        assert!(a[0] * a[1] < 0.0);
        let total: f64 = a.iter().map(|x| x.abs()).fold(0.0, f64::max);
        assert!((total - 100.0).abs() < 3.0, "{total}");
        // Filling the loops back gives the same raster.
        let mut back = g.blank();
        back.fill_loops(&loops);
        assert!(back.iou(&g) > 0.99);
    }

    #[test]
    fn a_smoothed_disc_keeps_its_size() {
        let n = 64;
        let disc: Vec<V2> = (0..n)
            .map(|k| {
                let a = k as f64 / n as f64 * std::f64::consts::TAU;
                V2::new(20.0 * a.cos(), 20.0 * a.sin())
            })
            .collect();
        let b = fit_closed(&smooth_closed(&disc, 1.0), FIT_TOL);
        assert!(segments(&b) <= 24, "{}", segments(&b));
        for p in flatten(&b, 8) {
            assert!((p.len() - 20.0).abs() < FIT_TOL + 0.1, "{p:?}");
        }
    }
}
