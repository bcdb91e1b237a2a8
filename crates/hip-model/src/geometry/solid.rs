//! Rings (ellipses in 3D: cross-sections, attachment rings) and the convex solids bones are
//! built from, with their outlines in the front view.

use super::hull::convex_hull;
use super::vec::{Mat3, Vec2, Vec3};
use crate::geometry::trig::Trig;

/// An ellipse in 3D: a cross-section of a tube.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ring {
    /// Centre of the ellipse.
    pub centre: Vec3,
    /// Unit normal of its plane.
    pub normal: Vec3,
    /// Unit direction of the first semi-axis (perpendicular to `normal`).
    pub u: Vec3,
    /// Semi-axis along `u`.
    pub ru: f64,
    /// Semi-axis along `normal x u`.
    pub rv: f64,
}

impl Ring {
    /// A ring whose first semi-axis points as close as possible to `towards`.
    pub fn new(centre: Vec3, normal: Vec3, towards: Vec3, ru: f64, rv: f64) -> Ring {
        let normal = normal.normalize();
        let mut u = (towards - normal * towards.dot(normal)).normalize();
        if u.length() < 0.5 {
            u = normal.any_perpendicular();
        }
        Ring {
            centre,
            normal,
            u,
            ru,
            rv,
        }
    }

    /// The point at `angle` radians round the ring.
    pub fn point(&self, angle: f64) -> Vec3 {
        let v = self.normal.cross(self.u);
        let (s, c) = angle.sine_cosine();
        self.centre + self.u * (self.ru * c) + v * (self.rv * s)
    }

    /// `n` points evenly round the ring.
    pub fn points(&self, n: usize) -> Vec<Vec3> {
        self.points_on(&circle(n))
    }

    /// The ring's points at the angles whose (sine, cosine) are `circle` (see [`circle`]):
    /// what [`Ring::point`] gives for each, with the trigonometry done once for many rings.
    fn points_on(&self, circle: &[(f64, f64)]) -> Vec<Vec3> {
        let v = self.normal.cross(self.u);
        circle
            .iter()
            .map(|&(s, c)| self.centre + self.u * (self.ru * c) + v * (self.rv * s))
            .collect()
    }

    /// The ring turned by `m` about the origin.
    pub fn transformed(&self, m: &Mat3) -> Ring {
        Ring {
            centre: m.apply(self.centre),
            normal: m.apply(self.normal),
            u: m.apply(self.u),
            ru: self.ru,
            rv: self.rv,
        }
    }
}

/// (sine, cosine) of `n` angles evenly round the circle, from 0.
fn circle(n: usize) -> Vec<(f64, f64)> {
    (0..n)
        .map(|i| (i as f64 * std::f64::consts::TAU / n as f64).sine_cosine())
        .collect()
}

/// A convex solid: the convex hull of points (a part cut from a mesh: the vertices on its
/// hull).
#[derive(Debug, Clone, PartialEq)]
pub enum Solid {
    /// The convex hull of these points.
    Hull(Vec<Vec3>),
}

impl Solid {
    /// The solid turned by `m` about the origin.
    pub fn transformed(&self, m: &Mat3) -> Solid {
        match self {
            Solid::Hull(pts) => Solid::Hull(pts.iter().map(|p| m.apply(*p)).collect()),
        }
    }

    /// The mean of its points.
    pub fn centre(&self) -> Vec3 {
        match self {
            Solid::Hull(pts) => {
                let sum = pts.iter().fold(Vec3::ZERO, |a, p| a + *p);
                sum * (1.0 / pts.len().max(1) as f64)
            }
        }
    }

    /// Points on the surface, enough to outline it.
    pub fn surface_points(&self) -> Vec<Vec3> {
        match self {
            Solid::Hull(pts) => pts.clone(),
        }
    }

    /// The outline in the front view (x, y), as a convex polygon.
    pub fn front_outline(&self) -> Vec<Vec2> {
        match self {
            Solid::Hull(pts) => {
                let flat: Vec<Vec2> = pts.iter().map(|p| p.xy()).collect();
                convex_hull(&flat)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cube_turned_a_quarter_turn_keeps_its_square_outline() {
        let cube: Vec<Vec3> = (0..8)
            .map(|i| {
                let b = |k: u32| if i & (1 << k) == 0 { -1.0 } else { 1.0 };
                Vec3::new(b(0), b(1), b(2)) * 10.0
            })
            .collect();
        let turned =
            Solid::Hull(cube).transformed(&Mat3::axis_angle(Vec3::X, std::f64::consts::FRAC_PI_2));
        let outline = turned.front_outline();
        assert_eq!(outline.len(), 4);
        for p in outline {
            assert!((p.x.abs() - 10.0).abs() < 1e-9 && (p.y.abs() - 10.0).abs() < 1e-9);
        }
    }
}
