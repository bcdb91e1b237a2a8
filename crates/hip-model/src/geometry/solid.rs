//! Simple solids (spheres, rings, hulls of rings, ellipsoids) that bones are built from,
//! and their outlines in the front view.

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

/// A convex solid.
#[derive(Debug, Clone, PartialEq)]
pub enum Solid {
    /// A ball.
    Sphere {
        /// Centre.
        centre: Vec3,
        /// Radius.
        radius: f64,
    },
    /// The convex hull of some rings (two rings make a tapered tube).
    Rings(Vec<Ring>),
    /// An ellipsoid given by its centre and three perpendicular semi-axis vectors.
    Ellipsoid {
        /// Centre.
        centre: Vec3,
        /// Semi-axis vectors.
        axes: [Vec3; 3],
    },
}

/// Samples per ring or great circle when outlining.
const SAMPLES: usize = 48;

impl Solid {
    /// The solid turned by `m` about the origin.
    pub fn transformed(&self, m: &Mat3) -> Solid {
        match self {
            Solid::Sphere { centre, radius } => Solid::Sphere {
                centre: m.apply(*centre),
                radius: *radius,
            },
            Solid::Rings(rings) => Solid::Rings(rings.iter().map(|r| r.transformed(m)).collect()),
            Solid::Ellipsoid { centre, axes } => Solid::Ellipsoid {
                centre: m.apply(*centre),
                axes: axes.map(|a| m.apply(a)),
            },
        }
    }

    /// Points on the surface, enough to outline it.
    pub fn surface_points(&self) -> Vec<Vec3> {
        match self {
            Solid::Sphere { centre, radius } => {
                let mut pts = Vec::new();
                for axis in [Vec3::X, Vec3::Y, Vec3::Z] {
                    let r = Ring::new(*centre, axis, axis.any_perpendicular(), *radius, *radius);
                    pts.extend(r.points(SAMPLES));
                }
                pts
            }
            Solid::Rings(rings) => {
                let circle = circle(SAMPLES);
                rings.iter().flat_map(|r| r.points_on(&circle)).collect()
            }
            Solid::Ellipsoid { centre, axes } => {
                let mut pts = Vec::new();
                let n = 16;
                for i in 0..=n {
                    let lat = std::f64::consts::PI * (i as f64 / n as f64 - 0.5);
                    for j in 0..(2 * n) {
                        let lon = std::f64::consts::PI * j as f64 / n as f64;
                        let (a, b, c) = (
                            lat.cosine() * lon.cosine(),
                            lat.cosine() * lon.sine(),
                            lat.sine(),
                        );
                        pts.push(*centre + axes[0] * a + axes[1] * b + axes[2] * c);
                    }
                }
                pts
            }
        }
    }

    /// The outline in the front view (x, y), as a convex polygon.
    pub fn front_outline(&self) -> Vec<Vec2> {
        match self {
            Solid::Sphere { centre, radius } => (0..SAMPLES)
                .map(|i| {
                    centre.xy()
                        + Vec2::from_angle(i as f64 * std::f64::consts::TAU / SAMPLES as f64)
                            * *radius
                })
                .collect(),
            _ => {
                let pts: Vec<Vec2> = self.surface_points().iter().map(|p| p.xy()).collect();
                convex_hull(&pts)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tube_seen_end_on_is_a_disc() {
        let tube = Solid::Rings(vec![
            Ring::new(Vec3::ZERO, Vec3::Z, Vec3::X, 10.0, 10.0),
            Ring::new(Vec3::new(0.0, 0.0, 50.0), Vec3::Z, Vec3::X, 10.0, 10.0),
        ]);
        let outline = tube.front_outline();
        for p in outline {
            assert!((p.length() - 10.0).abs() < 0.5);
        }
    }
}
