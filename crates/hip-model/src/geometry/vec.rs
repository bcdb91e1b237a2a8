//! Small 2D/3D vector and rotation math (millimetres, radians). Sums and differences are
//! the `+`/`-` operators.

use crate::geometry::trig::Trig;
use std::ops::{Add, Mul, Neg, Sub};

/// A 2D point or vector (drawing plane: x right, y down).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Vec2 {
    /// Horizontal component.
    pub x: f64,
    /// Vertical component (down is positive).
    pub y: f64,
}

impl Vec2 {
    /// The origin.
    pub const ZERO: Vec2 = Vec2 { x: 0.0, y: 0.0 };

    /// A vector from its components.
    pub const fn new(x: f64, y: f64) -> Vec2 {
        Vec2 { x, y }
    }

    /// Unit vector at `angle` radians from +x towards +y.
    pub fn from_angle(angle: f64) -> Vec2 {
        Vec2::new(angle.cosine(), angle.sine())
    }

    /// Multiplied by a scalar.
    pub fn scale(self, k: f64) -> Vec2 {
        Vec2::new(self.x * k, self.y * k)
    }

    /// Dot product.
    pub fn dot(self, o: Vec2) -> f64 {
        self.x * o.x + self.y * o.y
    }

    /// z of the 3D cross product (positive when `o` is clockwise from `self` on a y-down screen).
    pub fn cross(self, o: Vec2) -> f64 {
        self.x * o.y - self.y * o.x
    }

    /// Euclidean length.
    pub fn length(self) -> f64 {
        self.x.hypot(self.y)
    }

    /// Distance to another point.
    pub fn distance(self, o: Vec2) -> f64 {
        (self - o).length()
    }

    /// Same direction, length 1 (the zero vector stays zero).
    pub fn normalize(self) -> Vec2 {
        let l = self.length();
        if l > 1e-12 {
            self.scale(1.0 / l)
        } else {
            Vec2::ZERO
        }
    }

    /// Rotated by `angle` radians (from +x towards +y).
    pub fn rotate(self, angle: f64) -> Vec2 {
        let (s, c) = angle.sine_cosine();
        Vec2::new(self.x * c - self.y * s, self.x * s + self.y * c)
    }

    /// Rotated a quarter turn (from +x towards +y).
    pub fn perp(self) -> Vec2 {
        Vec2::new(-self.y, self.x)
    }

    /// Linear interpolation: `self` at `t = 0`, `o` at `t = 1`.
    pub fn lerp(self, o: Vec2, t: f64) -> Vec2 {
        self + (o - self) * t
    }

    /// Both components are finite.
    pub fn is_finite(self) -> bool {
        self.x.is_finite() && self.y.is_finite()
    }
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, o: Vec2) -> Vec2 {
        Vec2::new(self.x + o.x, self.y + o.y)
    }
}

impl Sub for Vec2 {
    type Output = Vec2;
    fn sub(self, o: Vec2) -> Vec2 {
        Vec2::new(self.x - o.x, self.y - o.y)
    }
}

impl Mul<f64> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: f64) -> Vec2 {
        self.scale(k)
    }
}

impl Neg for Vec2 {
    type Output = Vec2;
    fn neg(self) -> Vec2 {
        self.scale(-1.0)
    }
}

/// A 3D point or vector in the model frame (see [`crate::geometry`] for the axes).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Vec3 {
    /// Medio-lateral component.
    pub x: f64,
    /// Vertical component (down is positive).
    pub y: f64,
    /// Antero-posterior component (forward is positive).
    pub z: f64,
}

impl Vec3 {
    /// The origin.
    pub const ZERO: Vec3 = Vec3 {
        x: 0.0,
        y: 0.0,
        z: 0.0,
    };
    /// Unit x.
    pub const X: Vec3 = Vec3 {
        x: 1.0,
        y: 0.0,
        z: 0.0,
    };
    /// Unit y.
    pub const Y: Vec3 = Vec3 {
        x: 0.0,
        y: 1.0,
        z: 0.0,
    };
    /// Unit z.
    pub const Z: Vec3 = Vec3 {
        x: 0.0,
        y: 0.0,
        z: 1.0,
    };

    /// A vector from its components.
    pub const fn new(x: f64, y: f64, z: f64) -> Vec3 {
        Vec3 { x, y, z }
    }

    /// Multiplied by a scalar.
    pub fn scale(self, k: f64) -> Vec3 {
        Vec3::new(self.x * k, self.y * k, self.z * k)
    }

    /// Dot product.
    pub fn dot(self, o: Vec3) -> f64 {
        self.x * o.x + self.y * o.y + self.z * o.z
    }

    /// Cross product.
    pub fn cross(self, o: Vec3) -> Vec3 {
        Vec3::new(
            self.y * o.z - self.z * o.y,
            self.z * o.x - self.x * o.z,
            self.x * o.y - self.y * o.x,
        )
    }

    /// Euclidean length.
    pub fn length(self) -> f64 {
        self.dot(self).sqrt()
    }

    /// Distance to another point.
    pub fn distance(self, o: Vec3) -> f64 {
        (self - o).length()
    }

    /// Same direction, length 1 (the zero vector stays zero).
    pub fn normalize(self) -> Vec3 {
        let l = self.length();
        if l > 1e-12 {
            self.scale(1.0 / l)
        } else {
            Vec3::ZERO
        }
    }

    /// Linear interpolation: `self` at `t = 0`, `o` at `t = 1`.
    pub fn lerp(self, o: Vec3, t: f64) -> Vec3 {
        self + (o - self) * t
    }

    /// Rotated by `angle` radians about the unit `axis` through the origin (right hand rule).
    pub fn rotate_about(self, axis: Vec3, angle: f64) -> Vec3 {
        Mat3::axis_angle(axis, angle).apply(self)
    }

    /// Orthographic front view: drop z (x stays x, y stays down).
    pub fn xy(self) -> Vec2 {
        Vec2::new(self.x, self.y)
    }

    /// All components are finite.
    pub fn is_finite(self) -> bool {
        self.x.is_finite() && self.y.is_finite() && self.z.is_finite()
    }

    /// Any unit vector perpendicular to `self` (which should be non-zero).
    pub fn any_perpendicular(self) -> Vec3 {
        let helper = if self.x.abs() < 0.9 { Vec3::X } else { Vec3::Y };
        self.cross(helper).normalize()
    }
}

impl Add for Vec3 {
    type Output = Vec3;
    fn add(self, o: Vec3) -> Vec3 {
        Vec3::new(self.x + o.x, self.y + o.y, self.z + o.z)
    }
}

impl Sub for Vec3 {
    type Output = Vec3;
    fn sub(self, o: Vec3) -> Vec3 {
        Vec3::new(self.x - o.x, self.y - o.y, self.z - o.z)
    }
}

impl Mul<f64> for Vec3 {
    type Output = Vec3;
    fn mul(self, k: f64) -> Vec3 {
        self.scale(k)
    }
}

impl Neg for Vec3 {
    type Output = Vec3;
    fn neg(self) -> Vec3 {
        self.scale(-1.0)
    }
}

/// A 3x3 matrix, used for rotations (row-major).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mat3 {
    /// Rows of the matrix.
    pub rows: [[f64; 3]; 3],
}

impl Mat3 {
    /// The identity.
    pub const IDENTITY: Mat3 = Mat3 {
        rows: [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
    };

    /// Rotation by `angle` radians about the unit `axis` (Rodrigues' formula, right hand rule).
    pub fn axis_angle(axis: Vec3, angle: f64) -> Mat3 {
        let a = axis.normalize();
        let (s, c) = angle.sine_cosine();
        let t = 1.0 - c;
        let (x, y, z) = (a.x, a.y, a.z);
        Mat3 {
            rows: [
                [t * x * x + c, t * x * y - s * z, t * x * z + s * y],
                [t * x * y + s * z, t * y * y + c, t * y * z - s * x],
                [t * x * z - s * y, t * y * z + s * x, t * z * z + c],
            ],
        }
    }

    /// The matrix times a vector.
    pub fn apply(&self, v: Vec3) -> Vec3 {
        let r = &self.rows;
        Vec3::new(
            r[0][0] * v.x + r[0][1] * v.y + r[0][2] * v.z,
            r[1][0] * v.x + r[1][1] * v.y + r[1][2] * v.z,
            r[2][0] * v.x + r[2][1] * v.y + r[2][2] * v.z,
        )
    }

    /// Matrix product `self * o` (apply `o` first, then `self`).
    pub fn mul(&self, o: &Mat3) -> Mat3 {
        let mut rows = [[0.0; 3]; 3];
        for (i, row) in rows.iter_mut().enumerate() {
            for (j, cell) in row.iter_mut().enumerate() {
                *cell = (0..3).map(|k| self.rows[i][k] * o.rows[k][j]).sum();
            }
        }
        Mat3 { rows }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotation_keeps_length_and_turns_the_right_way() {
        let v = Vec3::new(0.0, 1.0, 0.0);
        let r = v.rotate_about(Vec3::X, std::f64::consts::FRAC_PI_2);
        assert!((r.length() - 1.0).abs() < 1e-12);
        assert!((r.z - 1.0).abs() < 1e-12, "y turns towards z about x");
        let p = Vec2::new(1.0, 0.0).rotate(std::f64::consts::FRAC_PI_2);
        assert!((p.y - 1.0).abs() < 1e-12);
    }

    #[test]
    fn matrix_product_composes() {
        let a = Mat3::axis_angle(Vec3::Z, 0.3);
        let b = Mat3::axis_angle(Vec3::Z, 0.4);
        let ab = a.mul(&b).apply(Vec3::X);
        let c = Mat3::axis_angle(Vec3::Z, 0.7).apply(Vec3::X);
        assert!(ab.distance(c) < 1e-12);
    }

    #[test]
    fn lerp_and_normalize() {
        let m = Vec2::new(0.0, 0.0).lerp(Vec2::new(2.0, 4.0), 0.5);
        assert_eq!(m, Vec2::new(1.0, 2.0));
        assert_eq!(Vec2::ZERO.normalize(), Vec2::ZERO);
        assert!((Vec3::new(3.0, 4.0, 0.0).normalize().length() - 1.0).abs() < 1e-12);
    }
}

/// Limits a value to a range: `f64::clamp` without its panic path, whose message formats
/// floats and so pulls the float formatter into the WebAssembly (about 10 KB). NaN gives
/// the lower bound; `lo > hi` gives `lo`.
pub trait Limit {
    /// `self` limited to `lo..=hi`.
    fn limit(self, lo: f64, hi: f64) -> f64;
}

impl Limit for f64 {
    #[inline]
    fn limit(self, lo: f64, hi: f64) -> f64 {
        if self >= lo {
            if self <= hi {
                self
            } else {
                hi.max(lo)
            }
        } else {
            lo
        }
    }
}

#[cfg(test)]
mod limit_tests {
    use super::Limit;

    #[test]
    fn limits_like_clamp_and_never_panics() {
        assert_eq!(5.0.limit(0.0, 1.0), 1.0);
        assert_eq!((-5.0).limit(0.0, 1.0), 0.0);
        assert_eq!(0.5.limit(0.0, 1.0), 0.5);
        assert_eq!(f64::NAN.limit(0.0, 1.0), 0.0);
        assert_eq!(0.5.limit(1.0, 0.0), 1.0);
    }
}
