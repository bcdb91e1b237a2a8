//! Small vector and rotation types (f64, no dependencies).

use std::ops::{Add, Mul, Neg, Sub};

/// A point or direction in 3D.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct V3 {
    /// x
    pub x: f64,
    /// y
    pub y: f64,
    /// z
    pub z: f64,
}

/// A point in a 2D view (millimetres, y down).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct V2 {
    /// x
    pub x: f64,
    /// y
    pub y: f64,
}

impl V3 {
    /// `(x, y, z)`.
    pub const fn new(x: f64, y: f64, z: f64) -> V3 {
        V3 { x, y, z }
    }
    /// Dot product.
    pub fn dot(self, o: V3) -> f64 {
        self.x * o.x + self.y * o.y + self.z * o.z
    }
    /// Cross product.
    pub fn cross(self, o: V3) -> V3 {
        V3::new(
            self.y * o.z - self.z * o.y,
            self.z * o.x - self.x * o.z,
            self.x * o.y - self.y * o.x,
        )
    }
    /// Length.
    pub fn len(self) -> f64 {
        self.dot(self).sqrt()
    }
    /// Unit vector (zero stays zero).
    pub fn unit(self) -> V3 {
        let l = self.len();
        if l > 0.0 {
            self * (1.0 / l)
        } else {
            self
        }
    }
    /// Distance to `o`.
    pub fn dist(self, o: V3) -> f64 {
        (self - o).len()
    }
    /// Distance from the origin (the hip centre in the app frame).
    pub fn norm_from_origin(self) -> f64 {
        self.len()
    }
    /// Midpoint-style blend: `self + (o - self) * t`.
    pub fn lerp(self, o: V3, t: f64) -> V3 {
        self + (o - self) * t
    }
}

impl V2 {
    /// `(x, y)`.
    pub const fn new(x: f64, y: f64) -> V2 {
        V2 { x, y }
    }
    /// Dot product.
    pub fn dot(self, o: V2) -> f64 {
        self.x * o.x + self.y * o.y
    }
    /// z of the cross product.
    pub fn cross(self, o: V2) -> f64 {
        self.x * o.y - self.y * o.x
    }
    /// Length.
    pub fn len(self) -> f64 {
        self.dot(self).sqrt()
    }
    /// Distance to `o`.
    pub fn dist(self, o: V2) -> f64 {
        (self - o).len()
    }
    /// `self + (o - self) * t`.
    pub fn lerp(self, o: V2, t: f64) -> V2 {
        self + (o - self) * t
    }
}

macro_rules! ops {
    ($t:ident, $($f:ident),+) => {
        impl Add for $t {
            type Output = $t;
            fn add(self, o: $t) -> $t { $t { $($f: self.$f + o.$f),+ } }
        }
        impl Sub for $t {
            type Output = $t;
            fn sub(self, o: $t) -> $t { $t { $($f: self.$f - o.$f),+ } }
        }
        impl Mul<f64> for $t {
            type Output = $t;
            fn mul(self, k: f64) -> $t { $t { $($f: self.$f * k),+ } }
        }
        impl Neg for $t {
            type Output = $t;
            fn neg(self) -> $t { $t { $($f: -self.$f),+ } }
        }
    };
}
ops!(V3, x, y, z);
ops!(V2, x, y);

/// A rotation matrix (rows).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct M3(pub [[f64; 3]; 3]);

impl M3 {
    /// No rotation.
    pub const IDENTITY: M3 = M3([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]);

    /// From a unit quaternion `(w, x, y, z)` (MuJoCo's order); normalised first.
    pub fn from_quat(q: [f64; 4]) -> M3 {
        let n = (q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]).sqrt();
        let [w, x, y, z] = if n > 0.0 {
            [q[0] / n, q[1] / n, q[2] / n, q[3] / n]
        } else {
            [1.0, 0.0, 0.0, 0.0]
        };
        M3([
            [
                1.0 - 2.0 * (y * y + z * z),
                2.0 * (x * y - w * z),
                2.0 * (x * z + w * y),
            ],
            [
                2.0 * (x * y + w * z),
                1.0 - 2.0 * (x * x + z * z),
                2.0 * (y * z - w * x),
            ],
            [
                2.0 * (x * z - w * y),
                2.0 * (y * z + w * x),
                1.0 - 2.0 * (x * x + y * y),
            ],
        ])
    }

    /// Rotation by `a` radians about a coordinate axis (0 = x, 1 = y, 2 = z).
    pub fn axis(axis: usize, a: f64) -> M3 {
        let (s, c) = a.sin_cos();
        match axis {
            0 => M3([[1.0, 0.0, 0.0], [0.0, c, -s], [0.0, s, c]]),
            1 => M3([[c, 0.0, s], [0.0, 1.0, 0.0], [-s, 0.0, c]]),
            _ => M3([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]]),
        }
    }

    /// Rotation by `a` radians about the unit axis `u` (Rodrigues).
    pub fn about(u: V3, a: f64) -> M3 {
        let (s, c) = a.sin_cos();
        let t = 1.0 - c;
        M3([
            [
                t * u.x * u.x + c,
                t * u.x * u.y - s * u.z,
                t * u.x * u.z + s * u.y,
            ],
            [
                t * u.x * u.y + s * u.z,
                t * u.y * u.y + c,
                t * u.y * u.z - s * u.x,
            ],
            [
                t * u.x * u.z - s * u.y,
                t * u.y * u.z + s * u.x,
                t * u.z * u.z + c,
            ],
        ])
    }

    /// MuJoCo's default Euler convention (`eulerseq="xyz"`, axes moving with the frame):
    /// `Rx(a) * Ry(b) * Rz(c)`, angles in radians.
    pub fn from_euler_xyz(e: [f64; 3]) -> M3 {
        M3::axis(0, e[0]) * M3::axis(1, e[1]) * M3::axis(2, e[2])
    }

    /// Applies the rotation to `v`.
    pub fn apply(&self, v: V3) -> V3 {
        let r = &self.0;
        V3::new(
            r[0][0] * v.x + r[0][1] * v.y + r[0][2] * v.z,
            r[1][0] * v.x + r[1][1] * v.y + r[1][2] * v.z,
            r[2][0] * v.x + r[2][1] * v.y + r[2][2] * v.z,
        )
    }
}

impl Mul for M3 {
    type Output = M3;
    fn mul(self, o: M3) -> M3 {
        let mut m = [[0.0; 3]; 3];
        for (i, row) in m.iter_mut().enumerate() {
            for (j, v) in row.iter_mut().enumerate() {
                *v = (0..3).map(|k| self.0[i][k] * o.0[k][j]).sum();
            }
        }
        M3(m)
    }
}

/// A rigid placement: `p -> rot * p + pos`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rigid {
    /// Rotation.
    pub rot: M3,
    /// Translation.
    pub pos: V3,
}

impl Rigid {
    /// No motion.
    pub const IDENTITY: Rigid = Rigid {
        rot: M3::IDENTITY,
        pos: V3::new(0.0, 0.0, 0.0),
    };
    /// Places `p`.
    pub fn apply(&self, p: V3) -> V3 {
        self.rot.apply(p) + self.pos
    }
    /// `self` after `inner`: first `inner`, then `self` (parent * child).
    pub fn then(&self, inner: &Rigid) -> Rigid {
        Rigid {
            rot: self.rot * inner.rot,
            pos: self.apply(inner.pos),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarter_turn_about_z_takes_x_to_y() {
        let q = [0.5f64.sqrt(), 0.0, 0.0, 0.5f64.sqrt()];
        let v = M3::from_quat(q).apply(V3::new(1.0, 0.0, 0.0));
        assert!(v.dist(V3::new(0.0, 1.0, 0.0)) < 1e-12);
        let e = M3::from_euler_xyz([0.0, 0.0, std::f64::consts::FRAC_PI_2]);
        assert!(e.apply(V3::new(1.0, 0.0, 0.0)).dist(V3::new(0.0, 1.0, 0.0)) < 1e-12);
    }
}
