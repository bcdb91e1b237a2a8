//! Convex hulls of projected points.

use super::vec::Vec2;

/// The convex hull of `points`, counter-clockwise on a y-up page (clockwise on a y-down
/// screen), without repeated or collinear points. Non-finite points are ignored.
pub fn convex_hull(points: &[Vec2]) -> Vec<Vec2> {
    // Points strictly inside the polygon of the extreme points in sixteen directions (the
    // leftmost, then round counter-clockwise) cannot be on the hull:
    // leave them out before sorting (Akl and Toussaint). A figure's solids give a few hundred
    // points per frame while a slider moves, most of them inside; the hull is the same.
    let finite = || points.iter().copied().filter(|p| p.is_finite());
    let Some(first) = finite().next() else {
        return Vec::new();
    };
    // Sixteen directions, a sixteenth of a turn apart, counter-clockwise from the left
    // (x, y); the extreme point in a direction has the highest dot product with it.
    const C1: f64 = 0.923_879_532_511_286_7; // cos 22.5 degrees
    const S1: f64 = 0.382_683_432_365_089_8; // sin 22.5 degrees
    const H: f64 = std::f64::consts::FRAC_1_SQRT_2;
    const DIRECTIONS: [(f64, f64); 16] = [
        (-1.0, 0.0),
        (-C1, -S1),
        (-H, -H),
        (-S1, -C1),
        (0.0, -1.0),
        (S1, -C1),
        (H, -H),
        (C1, -S1),
        (1.0, 0.0),
        (C1, S1),
        (H, H),
        (S1, C1),
        (0.0, 1.0),
        (-S1, C1),
        (-H, H),
        (-C1, S1),
    ];
    let mut ext = [first; 16];
    let mut best = DIRECTIONS.map(|(dx, dy)| first.x * dx + first.y * dy);
    for p in finite() {
        for ((e, b), (dx, dy)) in ext.iter_mut().zip(best.iter_mut()).zip(DIRECTIONS) {
            let score = p.x * dx + p.y * dy;
            if score > *b {
                *b = score;
                *e = p;
            }
        }
    }
    // Their own hull: inside the whole hull and convex, whatever ties or rounding did to
    // the extremes' order.
    let poly = monotone_chain(ext.to_vec());
    // Inside means strictly left of every edge; fewer than three corners have no inside.
    let inside = |p: Vec2| {
        poly.len() >= 3
            && (0..poly.len()).all(|i| {
                let (a, b) = (poly[i], poly[(i + 1) % poly.len()]);
                (b - a).cross(p - a) > 1e-9
            })
    };
    monotone_chain(finite().filter(|&p| !inside(p)).collect())
}

/// The convex hull of the finite points `pts` (Andrew's monotone chain), as [`convex_hull`].
fn monotone_chain(mut pts: Vec<Vec2>) -> Vec<Vec2> {
    super::order::sort_unstable_by(&mut pts, |a, b| {
        a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y))
    });
    pts.dedup_by(|a, b| (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9);
    if pts.len() < 3 {
        return pts;
    }
    let turn = |o: Vec2, a: Vec2, b: Vec2| (a - o).cross(b - o);
    let mut lower: Vec<Vec2> = Vec::new();
    for &p in &pts {
        while lower.len() >= 2 && turn(lower[lower.len() - 2], lower[lower.len() - 1], p) <= 0.0 {
            lower.pop();
        }
        lower.push(p);
    }
    let mut upper: Vec<Vec2> = Vec::new();
    for &p in pts.iter().rev() {
        while upper.len() >= 2 && turn(upper[upper.len() - 2], upper[upper.len() - 1], p) <= 0.0 {
            upper.pop();
        }
        upper.push(p);
    }
    lower.pop();
    upper.pop();
    lower.extend(upper);
    lower
}

/// Whether `p` lies inside (or on) the convex polygon `hull` as returned by [`convex_hull`].
pub fn hull_contains(hull: &[Vec2], p: Vec2) -> bool {
    if hull.len() < 3 {
        return false;
    }
    (0..hull.len()).all(|i| {
        let a = hull[i];
        let b = hull[(i + 1) % hull.len()];
        (b - a).cross(p - a) >= -1e-9
    })
}

/// Whether `p` lies inside the convex polygon `hull` (as returned by [`convex_hull`]) grown
/// by `margin` (each edge moved out by it; the corners stay sharp).
pub fn hull_reaches(hull: &[Vec2], p: Vec2, margin: f64) -> bool {
    hull.len() >= 3
        && (0..hull.len()).all(|i| {
            let (a, b) = (hull[i], hull[(i + 1) % hull.len()]);
            (b - a).cross(p - a) >= -margin * (b - a).length()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hull_reaches_a_margin_beyond_its_edges() {
        let square = convex_hull(&[
            Vec2::new(0.0, 0.0),
            Vec2::new(10.0, 0.0),
            Vec2::new(10.0, 10.0),
            Vec2::new(0.0, 10.0),
        ]);
        assert!(hull_reaches(&square, Vec2::new(5.0, 5.0), 0.0));
        assert!(hull_reaches(&square, Vec2::new(12.0, 5.0), 3.0));
        assert!(!hull_reaches(&square, Vec2::new(14.0, 5.0), 3.0));
        assert!(!hull_reaches(&square, Vec2::new(12.0, 5.0), 0.0));
    }

    /// The hull without leaving out inner points first: every point sorted.
    fn hull_of_all(points: &[Vec2]) -> Vec<Vec2> {
        let mut pts: Vec<Vec2> = points.iter().copied().filter(|p| p.is_finite()).collect();
        crate::geometry::order::sort_unstable_by(&mut pts, |a, b| {
            a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y))
        });
        pts.dedup_by(|a, b| (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9);
        if pts.len() < 3 {
            return pts;
        }
        let turn = |o: Vec2, a: Vec2, b: Vec2| (a - o).cross(b - o);
        let mut lower: Vec<Vec2> = Vec::new();
        for &p in &pts {
            while lower.len() >= 2 && turn(lower[lower.len() - 2], lower[lower.len() - 1], p) <= 0.0
            {
                lower.pop();
            }
            lower.push(p);
        }
        let mut upper: Vec<Vec2> = Vec::new();
        for &p in pts.iter().rev() {
            while upper.len() >= 2 && turn(upper[upper.len() - 2], upper[upper.len() - 1], p) <= 0.0
            {
                upper.pop();
            }
            upper.push(p);
        }
        lower.pop();
        upper.pop();
        lower.extend(upper);
        lower
    }

    #[test]
    fn leaving_out_inner_points_keeps_the_hull() {
        // Rings, grids with collinear edges, repeated points, lines, a point, nothing.
        let mut cases: Vec<Vec<Vec2>> = vec![Vec::new(), vec![Vec2::new(1.0, 2.0)]];
        cases.push(
            (0..5)
                .map(|i| Vec2::new(i as f64, 2.0 * i as f64))
                .collect(),
        );
        cases.push(
            (0..6)
                .flat_map(|i| (0..6).map(move |j| Vec2::new(i as f64, j as f64)))
                .collect(),
        );
        // Rectangles with points along their edges and corners shared by several extremes.
        for (w, h) in [(3.0, 1.0), (1.0, 4.0), (2.0, 2.0)] {
            let mut pts: Vec<Vec2> = (0..=8)
                .flat_map(|i| {
                    let t = i as f64 / 8.0;
                    [
                        Vec2::new(t * w, 0.0),
                        Vec2::new(t * w, h),
                        Vec2::new(0.0, t * h),
                        Vec2::new(w, t * h),
                    ]
                })
                .collect();
            pts.push(Vec2::new(w / 2.0, h / 2.0));
            cases.push(pts);
        }
        // A diamond: the diagonal extremes are whole edges.
        cases.push(
            (0..=6)
                .flat_map(|i| {
                    let t = i as f64 / 6.0;
                    [
                        Vec2::new(t, 1.0 - t),
                        Vec2::new(-t, 1.0 - t),
                        Vec2::new(t, t - 1.0),
                        Vec2::new(-t, t - 1.0),
                        Vec2::new(t / 2.0, 0.0),
                    ]
                })
                .collect(),
        );
        let mut seed = 12345u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        for _ in 0..200 {
            let n = 1 + (next() * 300.0) as usize;
            let (sx, sy) = (1.0 + next() * 100.0, 1.0 + next() * 100.0);
            let mut pts: Vec<Vec2> = (0..n)
                .map(|_| Vec2::new((next() - 0.5) * sx, (next() - 0.5) * sy))
                .collect();
            // Ellipse samples, as the solids give.
            pts.extend((0..48).map(|i| {
                let a = i as f64 * std::f64::consts::TAU / 48.0;
                Vec2::new(a.cos() * sx, a.sin() * sy)
            }));
            pts.push(pts[0]);
            pts.push(Vec2::new(f64::NAN, 0.0));
            cases.push(pts);
        }
        for pts in cases {
            assert_eq!(convex_hull(&pts), hull_of_all(&pts), "{pts:?}");
        }
    }

    #[test]
    fn hull_of_a_square_with_an_inner_point() {
        let pts = [
            Vec2::new(0.0, 0.0),
            Vec2::new(1.0, 0.0),
            Vec2::new(1.0, 1.0),
            Vec2::new(0.0, 1.0),
            Vec2::new(0.5, 0.5),
            Vec2::new(0.5, 0.0),
        ];
        let h = convex_hull(&pts);
        assert_eq!(h.len(), 4);
        assert!(hull_contains(&h, Vec2::new(0.5, 0.5)));
        assert!(!hull_contains(&h, Vec2::new(1.5, 0.5)));
    }
}
