//! Points on a mesh surface and distances to it.

use crate::vec::V3;

/// Points covering every triangle on a barycentric grid at most `spacing` mm apart
/// (vertices and edges included).
pub fn samples(tris: &[[V3; 3]], spacing: f64) -> Vec<V3> {
    let mut out = Vec::new();
    for t in tris {
        let longest = t[0].dist(t[1]).max(t[1].dist(t[2])).max(t[2].dist(t[0]));
        let n = ((longest / spacing).ceil() as usize).max(1);
        for i in 0..=n {
            for j in 0..=n - i {
                let (a, b) = (i as f64 / n as f64, j as f64 / n as f64);
                out.push(t[0] + (t[1] - t[0]) * a + (t[2] - t[0]) * b);
            }
        }
    }
    out
}

/// The point of triangle `t` closest to `p`.
pub fn closest_on_triangle(p: V3, t: &[V3; 3]) -> V3 {
    let [a, b, c] = *t;
    let (ab, ac, ap) = (b - a, c - a, p - a);
    let (d1, d2) = (ab.dot(ap), ac.dot(ap));
    if d1 <= 0.0 && d2 <= 0.0 {
        return a;
    }
    let bp = p - b;
    let (d3, d4) = (ab.dot(bp), ac.dot(bp));
    if d3 >= 0.0 && d4 <= d3 {
        return b;
    }
    let vc = d1 * d4 - d3 * d2;
    if vc <= 0.0 && d1 >= 0.0 && d3 <= 0.0 {
        return a + ab * (d1 / (d1 - d3));
    }
    let cp = p - c;
    let (d5, d6) = (ab.dot(cp), ac.dot(cp));
    if d6 >= 0.0 && d5 <= d6 {
        return c;
    }
    let vb = d5 * d2 - d1 * d6;
    if vb <= 0.0 && d2 >= 0.0 && d6 <= 0.0 {
        return a + ac * (d2 / (d2 - d6));
    }
    let va = d3 * d6 - d5 * d4;
    if va <= 0.0 && (d4 - d3) >= 0.0 && (d5 - d6) >= 0.0 {
        return b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
    }
    let denom = 1.0 / (va + vb + vc);
    a + ab * (vb * denom) + ac * (vc * denom)
}

/// Distance from `p` to the mesh surface.
pub fn distance(p: V3, tris: &[[V3; 3]]) -> f64 {
    tris.iter()
        .map(|t| p.dist(closest_on_triangle(p, t)))
        .fold(f64::INFINITY, f64::min)
}

/// Least-squares sphere through points: (centre, radius).
pub fn fit_sphere(pts: &[V3]) -> Option<(V3, f64)> {
    // |p|^2 = 2 c.p + k, linear in (c, k).
    let mut a = [[0.0f64; 5]; 4];
    for p in pts {
        let row = [2.0 * p.x, 2.0 * p.y, 2.0 * p.z, 1.0];
        let rhs = p.dot(*p);
        for i in 0..4 {
            for j in 0..4 {
                a[i][j] += row[i] * row[j];
            }
            a[i][4] += row[i] * rhs;
        }
    }
    // Gaussian elimination with partial pivoting.
    for col in 0..4 {
        let piv = (col..4).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[piv][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, piv);
        let pivot = a[col];
        for (r, row) in a.iter_mut().enumerate() {
            if r != col {
                let f = row[col] / pivot[col];
                for (x, p) in row.iter_mut().zip(pivot).skip(col) {
                    *x -= f * p;
                }
            }
        }
    }
    let s: Vec<f64> = (0..4).map(|i| a[i][4] / a[i][i]).collect();
    let c = V3::new(s[0], s[1], s[2]);
    let r2 = s[3] + c.dot(c);
    (r2 > 0.0).then(|| (c, r2.sqrt()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_and_sphere_fit() {
        let t = [
            V3::new(0.0, 0.0, 0.0),
            V3::new(10.0, 0.0, 0.0),
            V3::new(0.0, 10.0, 0.0),
        ];
        assert!((distance(V3::new(2.0, 2.0, 3.0), &[t]) - 3.0).abs() < 1e-12);
        assert!((distance(V3::new(-4.0, 0.0, 3.0), &[t]) - 5.0).abs() < 1e-12);
        let pts: Vec<V3> = (0..50)
            .map(|k| {
                let (a, b) = (k as f64 * 0.7, k as f64 * 1.3);
                V3::new(
                    1.0 + 5.0 * a.cos() * b.sin(),
                    2.0 + 5.0 * a.sin() * b.sin(),
                    3.0 + 5.0 * b.cos(),
                )
            })
            .collect();
        let (c, r) = fit_sphere(&pts).unwrap();
        assert!(c.dist(V3::new(1.0, 2.0, 3.0)) < 1e-9 && (r - 5.0).abs() < 1e-9);
        assert!(samples(&[t], 1.0).len() >= 66);
    }
}
