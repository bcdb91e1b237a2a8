//! Convex hulls of projected points.

use super::vec::Vec2;

/// The convex hull of `points`, counter-clockwise on a y-up page (clockwise on a y-down
/// screen), without repeated or collinear points. Non-finite points are ignored.
pub fn convex_hull(points: &[Vec2]) -> Vec<Vec2> {
    let mut pts: Vec<Vec2> = points.iter().copied().filter(|p| p.is_finite()).collect();
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

#[cfg(test)]
mod tests {
    use super::*;

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
