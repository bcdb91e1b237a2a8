//! Fewer segments for the traced outlines: sampling, distance and segment joining of Bézier
//! chains, shared by `anatomy_front.rs` and `anatomy_copy.rs` (the side views).

use hip_model::geometry::Vec2;

fn cubic(p: &[Vec2], t: f64) -> Vec2 {
    let u = 1.0 - t;
    p[0] * (u * u * u) + p[1] * (3.0 * u * u * t) + p[2] * (3.0 * u * t * t) + p[3] * (t * t * t)
}

/// Points along a Bézier chain, `per` a segment.
pub fn sample(pts: &[Vec2], per: usize) -> Vec<Vec2> {
    pts.windows(4)
        .step_by(3)
        .flat_map(|s| (0..per).map(move |k| cubic(s, k as f64 / per as f64)))
        .collect()
}

/// Distance from `p` to the polyline `line`.
pub fn distance(line: &[Vec2], p: Vec2) -> f64 {
    line.windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let ab = b - a;
            let t = if ab.length() < 1e-12 {
                0.0
            } else {
                ((p - a).dot(ab) / ab.dot(ab)).clamp(0.0, 1.0)
            };
            (a + ab * t).distance(p)
        })
        .fold(f64::MAX, f64::min)
}

/// Tolerance of [`merge`] (mm).
pub const MERGE_TOL: f64 = 0.4;

/// Joins neighbouring segments into one (keeping the end tangents) wherever the joined curve
/// stays within `tol` mm of the traced one, so the page and the wasm carry less. The chain
/// stays `3 n + 1` points.
pub fn merge(pts: &[Vec2], tol: f64) -> Vec<Vec2> {
    let segs: Vec<&[Vec2]> = pts.windows(4).step_by(3).collect();
    let chord = |s: &[Vec2]| s[0].distance(s[3]).max(1e-9);
    let joined = |i: usize, k: usize| -> [Vec2; 4] {
        let (a, b) = (segs[i], segs[i + k - 1]);
        let total: f64 = segs[i..i + k].iter().map(|s| chord(s)).sum();
        [
            a[0],
            a[0] + (a[1] - a[0]) * (total / chord(a)),
            b[3] + (b[2] - b[3]) * (total / chord(b)),
            b[3],
        ]
    };
    let mut out = vec![pts[0]];
    let mut i = 0;
    while i < segs.len() {
        let mut best = 1;
        for k in 2..=8 {
            if i + k > segs.len() {
                break;
            }
            let m = joined(i, k);
            let orig: Vec<Vec2> = segs[i..i + k]
                .iter()
                .flat_map(|s| (0..=24).map(move |j| cubic(s, j as f64 / 24.0)))
                .collect();
            let ok = (0..=48).all(|j| distance(&orig, cubic(&m, j as f64 / 48.0)) <= tol)
                && orig
                    .iter()
                    .step_by(4)
                    .all(|p| distance(&sample(&m, 48), *p) <= tol);
            if !ok {
                break;
            }
            best = k;
        }
        if best == 1 {
            out.extend_from_slice(&segs[i][1..]);
        } else {
            out.extend_from_slice(&joined(i, best)[1..]);
        }
        i += best;
    }
    out
}
