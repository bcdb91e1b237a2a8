//! The right hip bone (with a hint of the sacrum) and its socket, the acetabulum.
//!
//! Outlines are given in 3D (z is a plausible depth) so later chapters can tilt the pelvis;
//! the front view simply drops z.

use super::solid::Ring;
use super::vec::Limit;
use super::vec::{Mat3, Vec3};
use crate::geometry::trig::Trig;

/// Radius of the head-facing surface of the socket's cartilage (mm).
pub const CARTILAGE_INNER_RADIUS: f64 = 24.0;
/// Radius of the bone under the socket's cartilage (mm).
pub const CARTILAGE_OUTER_RADIUS: f64 = 27.0;
/// Outer radius of the socket's wall at the rim (mm).
pub const RIM_RADIUS: f64 = 34.0;

/// The socket. Angles are measured in the frontal section through the hip centre, from
/// straight up (0) towards the midline (90 = medial, 180 = down, 270 = lateral).
#[derive(Debug, Clone, PartialEq)]
pub struct Acetabulum {
    /// Centre of the cup (equals the femoral head centre).
    pub centre: Vec3,
    /// Unit vector the cup opens towards: lateral, down and forward.
    pub axis: Vec3,
    /// Radius of the cartilage surface facing the head.
    pub cartilage_inner: f64,
    /// Radius of the bone under the cartilage.
    pub cartilage_outer: f64,
    /// Angle of the lateral (upper) bony rim, degrees (negative = lateral of vertical).
    pub rim_lateral_deg: f64,
    /// Angle of the lower (medial-inferior) bony rim, degrees.
    pub rim_inferior_deg: f64,
    /// How far the labrum extends the rim at each end, degrees.
    pub labrum_deg: f64,
}

impl Acetabulum {
    /// A point of the frontal section through the centre at `deg` and radius `r`.
    pub fn section_point(&self, deg: f64, r: f64) -> Vec3 {
        let a = deg.to_radians();
        self.centre + Vec3::new(a.sine() * r, -a.cosine() * r, 0.0)
    }

    /// Thickness of the socket's wall (beyond the cartilage) at `deg`: thickest under the roof.
    pub fn wall_thickness(&self, deg: f64) -> f64 {
        let span = self.rim_inferior_deg - self.rim_lateral_deg;
        let t = ((deg - self.rim_lateral_deg) / span).limit(0.0, 1.0);
        // 5 mm at the rims, up to 11 mm under the roof (a third of the way round).
        let roof = (-((t - 0.3) / 0.3).powi(2)).exp();
        5.0 + 6.0 * roof * (std::f64::consts::PI * t).sine().max(0.0).sqrt()
    }
}

/// A named point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Landmark {
    /// Id, e.g. `asis`.
    pub id: &'static str,
    /// Where it is.
    pub at: Vec3,
}

/// The right hip bone (pelvis) in the model frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Pelvis {
    /// The socket.
    pub acetabulum: Acetabulum,
    /// Where the capsule attaches round the socket (just outside the labrum).
    pub capsule_ring: Ring,
    /// The outer outline, closed, as runs of points: each run is drawn as one smooth curve
    /// and consecutive runs meet at corners. Parts of it run inside the femoral head (hidden).
    pub outline: Vec<Vec<Vec3>>,
    /// The obturator foramen, a hole: one closed smooth curve.
    pub obturator_foramen: Vec<Vec3>,
    /// The sacrum seen through the pelvic inlet: filled area (closed) and its visible edge
    /// (open; the midline side is a cut, not an edge).
    pub sacrum_area: Vec<Vec3>,
    /// Visible edges of the sacrum (open smooth curves).
    pub sacrum_edges: Vec<Vec<Vec3>>,
    /// Sacral foramina seen from the front: (centre, half width, half height).
    pub sacral_foramina: Vec<(Vec3, f64, f64)>,
    /// The body's midline: x of the pubic symphysis.
    pub midline_x: f64,
    /// Named points.
    pub landmarks: Vec<Landmark>,
}

fn p(x: f64, y: f64, z: f64) -> Vec3 {
    Vec3::new(x, y, z)
}

impl Pelvis {
    /// An adult right hip bone, standing (ASIS and pubic symphysis in one frontal plane).
    pub fn standard() -> Pelvis {
        let acetabulum = Acetabulum {
            centre: Vec3::ZERO,
            axis: Vec3::new(-0.819, 0.512, 0.259).normalize(),
            cartilage_inner: CARTILAGE_INNER_RADIUS,
            cartilage_outer: CARTILAGE_OUTER_RADIUS,
            rim_lateral_deg: -32.0,
            rim_inferior_deg: 148.0,
            labrum_deg: 18.0,
        };
        let a = &acetabulum;
        let rim_lat = a.section_point(a.rim_lateral_deg, RIM_RADIUS);
        let rim_inf = a.section_point(a.rim_inferior_deg, RIM_RADIUS);
        let hidden_r = 19.0;
        let hidden_arc: Vec<Vec3> = (0..=12)
            .map(|i| {
                let deg = a.rim_inferior_deg
                    + (360.0 + a.rim_lateral_deg - a.rim_inferior_deg) * i as f64 / 12.0;
                a.section_point(deg, hidden_r)
            })
            .collect();
        let asis = p(-34.0, -72.0, 53.0);
        let symphysis_top = p(88.0, 0.0, 45.0);
        let symphysis_bottom = p(88.0, 40.0, 40.0);
        let crest_back = p(37.0, -96.0, -78.0);
        let outline = vec![
            // Iliac crest, from the ASIS round to the back of the wing.
            vec![
                asis,
                p(-44.0, -85.0, 40.0),
                p(-52.0, -98.0, 20.0),
                p(-51.0, -109.0, 5.0),
                p(-39.0, -117.5, -15.0),
                p(-17.0, -121.0, -35.0),
                p(7.0, -117.0, -55.0),
                p(26.0, -108.0, -70.0),
                crest_back,
            ],
            // Sacroiliac edge, then the pelvic brim down to the pubic crest.
            vec![
                crest_back,
                p(40.0, -78.0, -60.0),
                p(42.0, -60.0, -45.0),
                p(45.0, -44.0, -30.0),
                p(50.0, -31.0, -15.0),
                p(57.0, -19.0, 0.0),
                p(66.0, -9.0, 20.0),
                p(77.0, -2.5, 35.0),
                symphysis_top,
            ],
            // The symphysis.
            vec![symphysis_top, symphysis_bottom],
            // Inferior pubic ramus, ischial ramus, ischial tuberosity, lateral ischium.
            vec![
                symphysis_bottom,
                p(84.0, 47.0, 35.0),
                p(72.0, 55.0, 15.0),
                p(59.0, 65.0, -5.0),
                p(46.0, 74.0, -25.0),
                p(36.0, 82.0, -40.0),
                p(25.0, 87.0, -48.0),
                p(14.0, 83.0, -45.0),
                p(8.5, 72.0, -40.0),
                p(8.5, 58.0, -30.0),
                p(11.5, 45.0, -20.0),
                rim_inf,
            ],
            // Behind the femoral head (always covered by it).
            vec![rim_inf, hidden_arc[0]],
            hidden_arc.clone(),
            vec![hidden_arc[hidden_arc.len() - 1], rim_lat],
            // Lateral rim up past the AIIS to the ASIS.
            vec![
                rim_lat,
                p(-24.0, -36.0, 20.0),
                p(-29.5, -45.0, 30.0),
                p(-28.0, -55.0, 38.0),
                p(-31.0, -64.0, 46.0),
                asis,
            ],
        ];
        let obturator_foramen = vec![
            p(32.0, 17.0, 10.0),
            p(47.0, 14.0, 15.0),
            p(61.0, 19.0, 20.0),
            p(68.0, 32.0, 15.0),
            p(66.0, 48.0, 5.0),
            p(57.0, 60.0, -5.0),
            p(45.0, 66.0, -15.0),
            p(35.0, 61.0, -15.0),
            p(28.5, 47.0, -10.0),
            p(27.0, 31.0, 0.0),
        ];
        let sacrum_area = vec![
            p(34.0, -96.0, -80.0),
            p(46.0, -101.0, -75.0),
            p(66.0, -99.0, -70.0),
            p(88.0, -92.0, -65.0),
            p(88.0, 2.0, -60.0),
            p(81.0, -6.0, -65.0),
            p(70.0, -24.0, -75.0),
            p(58.0, -44.0, -80.0),
            p(47.0, -62.0, -85.0),
        ];
        let sacrum_edges = vec![
            vec![
                p(40.0, -99.0, -78.0),
                p(46.0, -101.0, -75.0),
                p(66.0, -99.0, -70.0),
                p(88.0, -92.0, -65.0),
            ],
            vec![
                p(50.0, -52.0, -82.0),
                p(58.0, -44.0, -80.0),
                p(70.0, -24.0, -75.0),
                p(81.0, -6.0, -65.0),
                p(88.0, 2.0, -60.0),
            ],
        ];
        let sacral_foramina = vec![
            (p(71.0, -77.0, -70.0), 4.5, 3.5),
            (p(74.0, -57.0, -72.0), 4.0, 3.2),
            (p(77.0, -39.0, -70.0), 3.5, 2.8),
        ];
        let capsule_ring = Ring::new(
            acetabulum.centre + acetabulum.axis * 6.0,
            acetabulum.axis,
            Vec3::Y,
            38.0,
            38.0,
        );
        let landmarks = vec![
            Landmark {
                id: "asis",
                at: asis,
            },
            Landmark {
                id: "aiis",
                at: p(-29.5, -45.0, 30.0),
            },
            Landmark {
                id: "iliac-crest",
                at: p(-17.0, -121.0, -35.0),
            },
            Landmark {
                id: "iliac-tubercle",
                at: p(-52.0, -98.0, 20.0),
            },
            Landmark {
                id: "pubic-symphysis",
                at: symphysis_top.lerp(symphysis_bottom, 0.5),
            },
            Landmark {
                id: "pubic-tubercle",
                at: p(77.0, -1.0, 40.0),
            },
            Landmark {
                id: "obturator-foramen",
                at: p(47.0, 35.0, 5.0),
            },
            Landmark {
                id: "ischial-tuberosity",
                at: p(22.0, 80.0, -48.0),
            },
            Landmark {
                id: "acetabular-rim-lateral",
                at: rim_lat,
            },
            Landmark {
                id: "acetabular-rim-inferior",
                at: rim_inf,
            },
            Landmark {
                id: "iliac-fossa",
                at: p(10.0, -80.0, -10.0),
            },
            Landmark {
                id: "sacrum",
                at: p(70.0, -60.0, -75.0),
            },
        ];
        Pelvis {
            acetabulum,
            capsule_ring,
            outline,
            obturator_foramen,
            sacrum_area,
            sacrum_edges,
            sacral_foramina,
            midline_x: symphysis_top.x,
            landmarks,
        }
    }

    /// The landmark with this id.
    pub fn landmark(&self, id: &str) -> Option<Vec3> {
        self.landmarks.iter().find(|l| l.id == id).map(|l| l.at)
    }

    /// The pelvis tilted in the sagittal plane about the hip axis (positive = anterior tilt:
    /// the ASIS moves forward and down). Later chapters use this; chapter 1 stands neutral.
    pub fn tilted(&self, tilt_deg: f64) -> Pelvis {
        let m = Mat3::axis_angle(Vec3::X, -tilt_deg.to_radians());
        let r = |v: &Vec3| m.apply(*v);
        let mut out = self.clone();
        out.acetabulum.axis = r(&self.acetabulum.axis);
        out.capsule_ring = self.capsule_ring.transformed(&m);
        out.outline = self
            .outline
            .iter()
            .map(|run| run.iter().map(r).collect())
            .collect();
        out.obturator_foramen = self.obturator_foramen.iter().map(r).collect();
        out.sacrum_area = self.sacrum_area.iter().map(r).collect();
        out.sacrum_edges = self
            .sacrum_edges
            .iter()
            .map(|e| e.iter().map(r).collect())
            .collect();
        out.sacral_foramina = self
            .sacral_foramina
            .iter()
            .map(|(c, w, h)| (r(c), *w, *h))
            .collect();
        out.landmarks = self
            .landmarks
            .iter()
            .map(|l| Landmark {
                id: l.id,
                at: r(&l.at),
            })
            .collect();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn landmarks_sit_where_an_anatomist_expects() {
        let pv = Pelvis::standard();
        let asis = pv.landmark("asis").unwrap();
        assert!(
            asis.x < 0.0 && asis.y < -60.0 && asis.z > 30.0,
            "ASIS: up, lateral, forward"
        );
        let sym = pv.landmark("pubic-symphysis").unwrap();
        assert!((85.0..=95.0).contains(&sym.x));
        let crest = pv.landmark("iliac-crest").unwrap();
        assert!((-130.0..=-95.0).contains(&crest.y));
        let isch = pv.landmark("ischial-tuberosity").unwrap();
        assert!(
            isch.y > 50.0 && isch.z < 0.0,
            "tuberosity: below and behind"
        );
        let obt = pv.landmark("obturator-foramen").unwrap();
        assert!(
            obt.x > 0.0 && obt.y > 0.0,
            "foramen: below and medial of the cup"
        );
        let a = &pv.acetabulum;
        assert!(a.axis.x < 0.0 && a.axis.y > 0.0 && a.axis.z > 0.0);
    }

    #[test]
    fn outline_runs_join_up() {
        let pv = Pelvis::standard();
        for (i, run) in pv.outline.iter().enumerate() {
            let next = &pv.outline[(i + 1) % pv.outline.len()];
            assert!(
                run.last().unwrap().distance(next[0]) < 1e-9,
                "run {i} joins the next"
            );
        }
    }
}
