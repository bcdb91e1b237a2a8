//! The right hip region seen from behind: outlines of the hip bone, sacrum, coccyx and the
//! back of the upper femur, as 3D points fixed to their bones (so a pose moves them), plus
//! the path of the sciatic nerve.
//!
//! The back view is the orthographic projection `(x, y, z) -> (-x, y)` ([`back`]): the
//! subject's right is on the viewer's right, the midline (x = 88 mm) on the left.

use super::femur::Femur;
use super::pelvis::Pelvis;
use super::skeleton::{Bone, Skeleton};
use super::solid::{Ring, Solid};
use super::vec::{Vec2, Vec3};

/// The back-view projection: mirror x so the subject's right is on the viewer's right.
pub fn back(p: Vec3) -> Vec2 {
    Vec2::new(-p.x, p.y)
}

/// Where the drawn femur is cut, below the gluteal tuberosity (mm below the head centre).
pub const BACK_CUT_LEVEL: f64 = 172.0;

fn p(x: f64, y: f64, z: f64) -> Vec3 {
    Vec3::new(x, y, z)
}

/// A named point fixed to a bone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BackLandmark {
    /// Id, e.g. `ischial-spine`.
    pub id: &'static str,
    /// The bone it belongs to.
    pub bone: Bone,
    /// Where it is in the neutral pose.
    pub at: Vec3,
}

/// Outlines of the back view, in one pose (model millimetres, 3D).
#[derive(Debug, Clone, PartialEq)]
pub struct PelvisBack {
    /// The near (outer) surface of the hip bone: iliac crest, posterior border with the
    /// greater sciatic notch, ischial spine, lesser sciatic notch, ischial tuberosity, the
    /// lateral ischium and the back wall of the socket. Runs meet at corners; closed.
    pub hip_bone: Vec<Vec<Vec3>>,
    /// The far part of the hip bone seen below the notches: ischium and pubis round the
    /// obturator foramen (closed smooth outline) and the foramen itself (a hole).
    pub far_bone: Vec<Vec3>,
    /// The obturator foramen seen from behind.
    pub obturator_foramen: Vec<Vec3>,
    /// Right half of the sacrum and coccyx, closed along the midline (runs meet at corners).
    pub sacrum: Vec<Vec<Vec3>>,
    /// Line between sacrum and coccyx.
    pub sacrococcygeal: Vec<Vec3>,
    /// Posterior sacral foramina: centre, half width, half height (mm).
    pub sacral_foramina: Vec<(Vec3, f64, f64)>,
    /// The femur's solids (head to the cut at [`BACK_CUT_LEVEL`]), posed.
    pub femur_parts: Vec<(&'static str, Solid)>,
    /// The intertrochanteric crest (back of the femur, greater to lesser trochanter).
    pub intertrochanteric_crest: Vec<Vec3>,
    /// The gluteal tuberosity (rough line on the back of the shaft).
    pub gluteal_tuberosity: Vec<Vec3>,
    /// Centre line of the sciatic nerve, from under piriformis down the back of the thigh.
    pub sciatic_nerve: Vec<Vec3>,
    /// Width of the nerve (mm).
    pub nerve_width: f64,
    /// The body's midline x.
    pub midline_x: f64,
    /// Named points in this pose.
    pub landmarks: Vec<(&'static str, Vec3)>,
}

/// Where the back view's "coccyx" label points: on the coccyx, a little above its tip.
fn coccyx_label_point() -> Vec3 {
    let tip = super::spine::coccyx_tip();
    p(82.0, tip.y - 6.0, tip.z)
}

/// The named points of the back view (neutral pose).
pub fn back_landmarks() -> Vec<BackLandmark> {
    let l = |id, bone, at| BackLandmark { id, bone, at };
    // Points the front model names too are taken from it: one pelvis, two views.
    let front = Pelvis::standard();
    let shared = |id: &'static str| l(id, Bone::Pelvis, front.landmark(id).unwrap_or_default());
    vec![
        shared("iliac-crest"),
        l("psis", Bone::Pelvis, p(46.0, -86.0, -86.0)),
        l("gluteal-surface", Bone::Pelvis, p(-12.0, -72.0, -22.0)),
        l("greater-sciatic-notch", Bone::Pelvis, p(21.0, -28.0, -58.0)),
        l("ischial-spine", Bone::Pelvis, p(39.0, 5.0, -50.0)),
        l("lesser-sciatic-notch", Bone::Pelvis, p(25.0, 22.0, -50.0)),
        shared("ischial-tuberosity"),
        shared("obturator-foramen"),
        shared("sacrum"),
        l("coccyx", Bone::Pelvis, coccyx_label_point()),
        l("greater-trochanter", Bone::Femur, p(-50.0, 12.0, -20.0)),
        l(
            "intertrochanteric-crest",
            Bone::Femur,
            p(-38.0, 30.0, -26.0),
        ),
        l("gluteal-tuberosity", Bone::Femur, p(-25.0, 112.0, -17.0)),
        l("lesser-trochanter", Bone::Femur, p(-19.0, 58.0, -12.0)),
        l("femur", Bone::Femur, p(-25.0, 152.0, -12.0)),
    ]
}

impl PelvisBack {
    /// The back view in the pose of `s`.
    pub fn new(s: &Skeleton) -> PelvisBack {
        let pv = |v: Vec3| s.place_point(Bone::Pelvis, v);
        let fm = |v: Vec3| s.place_point(Bone::Femur, v);
        let pvs = |pts: &[Vec3]| pts.iter().map(|&v| pv(v)).collect::<Vec<_>>();
        let fms = |pts: &[Vec3]| pts.iter().map(|&v| fm(v)).collect::<Vec<_>>();

        let front = Pelvis::standard();
        let asis = front.landmark("asis").unwrap_or_default();
        let psis = p(46.0, -86.0, -86.0);
        let piis = p(44.0, -64.0, -80.0);
        let spine = p(39.0, 5.0, -50.0);
        let tub_low = p(24.0, 88.0, -48.0);
        let lat_isch = p(9.0, 44.0, -32.0);
        let rim_top = p(-22.0, -22.0, -20.0);
        let hip_bone = [
            // Iliac crest, from the front point (ASIS) over the top (the front model's crest)
            // on to the PSIS.
            front
                .outline
                .first()
                .into_iter()
                .flatten()
                .copied()
                .chain([psis])
                .collect(),
            vec![psis, p(47.5, -75.0, -84.0), piis],
            // The greater sciatic notch, down to the ischial spine.
            vec![
                piis,
                p(36.0, -54.0, -72.0),
                p(26.5, -42.0, -64.0),
                p(21.0, -28.0, -58.0),
                p(22.5, -13.0, -54.0),
                p(29.0, -2.0, -52.0),
                spine,
            ],
            // The lesser sciatic notch and the ischial tuberosity.
            vec![
                spine,
                p(30.0, 12.0, -50.0),
                p(25.5, 22.0, -50.0),
                p(26.0, 34.0, -50.0),
                p(31.0, 47.0, -52.0),
                p(33.5, 63.0, -52.0),
                p(32.0, 79.0, -50.0),
                tub_low,
            ],
            // Lower and lateral edge of the ischium.
            vec![
                tub_low,
                p(15.0, 86.0, -46.0),
                p(9.5, 74.0, -42.0),
                p(8.0, 58.0, -36.0),
                lat_isch,
            ],
            // The back wall of the socket, over the femoral head.
            vec![
                lat_isch,
                p(6.0, 29.0, -32.0),
                p(0.0, 15.0, -32.0),
                p(-8.0, 2.0, -31.0),
                p(-16.0, -10.0, -28.0),
                rim_top,
            ],
            // Outer edge of the ilium above the socket, up to the ASIS.
            vec![
                rim_top,
                p(-28.0, -40.0, 25.0),
                p(-28.0, -55.0, 38.0),
                p(-31.0, -64.0, 46.0),
                asis,
            ],
        ];
        let far_bone = vec![
            p(27.0, 30.0, -45.0),
            p(34.0, 8.0, -40.0),
            p(47.0, -8.0, -10.0),
            p(62.0, -10.0, 15.0),
            p(77.0, -4.0, 35.0),
            p(88.0, 0.0, 45.0),
            p(88.0, 40.0, 40.0),
            p(83.0, 48.0, 35.0),
            p(71.0, 56.0, 15.0),
            p(58.0, 66.0, -5.0),
            p(45.0, 75.0, -25.0),
            p(33.0, 82.0, -40.0),
            p(28.0, 60.0, -45.0),
        ];
        let obturator_foramen = front.obturator_foramen.clone();
        let mid = 88.0;
        let apex = p(73.0, 2.0, -74.0);
        // The tip is the side view's (`spine::coccyx_tip`); the pieces taper to it.
        let tip = super::spine::coccyx_tip();
        let coccyx_tip = p(mid, tip.y, tip.z);
        let sacrum = [
            // Base of the sacrum (S1), from the midline out to the side.
            vec![
                p(mid, -107.0, -64.0),
                p(70.0, -108.0, -66.0),
                p(55.0, -104.0, -70.0),
                p(44.0, -97.0, -74.0),
            ],
            // Lateral border, down to the apex.
            vec![
                p(44.0, -97.0, -74.0),
                p(42.0, -84.0, -78.0),
                p(45.0, -68.0, -80.0),
                p(50.0, -52.0, -80.0),
                p(56.0, -36.0, -80.0),
                p(63.0, -20.0, -78.0),
                p(68.5, -8.0, -76.0),
                apex,
            ],
            // Coccyx, tapering to the tip on the midline.
            vec![
                apex,
                apex.lerp(coccyx_tip, 0.3) + p(-1.0, 0.0, 0.0),
                apex.lerp(coccyx_tip, 0.6) + p(-2.0, 0.0, 0.0),
                apex.lerp(coccyx_tip, 0.85) + p(-1.0, 0.0, 0.0),
                coccyx_tip,
            ],
            vec![coccyx_tip, p(mid, -107.0, -64.0)],
        ];
        let sacrococcygeal = vec![apex, p(mid, 6.0, -72.0)];
        let sacral_foramina = [
            (p(69.0, -84.0, -76.0), 4.6, 4.0),
            (p(71.0, -64.0, -78.0), 4.2, 3.6),
            (p(73.5, -45.0, -78.0), 3.8, 3.2),
            (p(76.0, -28.0, -76.0), 3.2, 2.8),
        ];
        // The femur down to the cut, in its rest frame, then posed.
        let f = Femur::standard();
        let on_shaft = |y: f64| {
            f.neck_shaft_junction + f.shaft_axis * ((y - f.neck_shaft_junction.y) / f.shaft_axis.y)
        };
        let shaft = Solid::Rings(vec![
            Ring::new(on_shaft(75.0), f.shaft_axis, Vec3::X, 15.8, 15.0),
            Ring::new(on_shaft(BACK_CUT_LEVEL), f.shaft_axis, Vec3::X, 13.9, 13.2),
        ]);
        let femur_m = s.rotation(Bone::Femur);
        let femur_parts = f
            .parts
            .iter()
            .map(|part| {
                let solid = if part.id == "femur" {
                    shaft.clone()
                } else {
                    part.solid.clone()
                };
                (part.id, solid.transformed(femur_m))
            })
            .collect();
        let intertrochanteric_crest = fms(&[
            p(-51.0, -3.0, -22.0),
            p(-45.0, 14.0, -26.0),
            p(-37.0, 32.0, -26.0),
            p(-28.0, 46.0, -22.0),
            p(-21.0, 55.0, -18.0),
        ]);
        let gluteal_tuberosity = fms(&[
            p(-31.0, 80.0, -17.0),
            p(-27.0, 100.0, -17.0),
            p(-23.0, 124.0, -16.0),
            p(-20.0, 142.0, -15.0),
        ]);
        // The nerve leaves the pelvis under piriformis and runs down between the ischial
        // tuberosity and the greater trochanter, on top of the deep rotators.
        let sciatic_nerve = vec![
            pv(p(36.0, -30.0, -66.0)),
            pv(p(26.0, 0.0, -62.0)),
            pv(p(18.5, 30.0, -60.0)),
            pv(p(14.5, 60.0, -58.0)),
            fm(p(6.0, 100.0, -54.0)),
            fm(p(2.0, 138.0, -50.0)),
            fm(p(0.0, BACK_CUT_LEVEL - 4.0, -46.0)),
        ];
        let landmarks = back_landmarks()
            .into_iter()
            .map(|l| (l.id, s.place_point(l.bone, l.at)))
            .collect();
        PelvisBack {
            hip_bone: hip_bone.iter().map(|r| pvs(r)).collect(),
            far_bone: pvs(&far_bone),
            obturator_foramen: pvs(&obturator_foramen),
            sacrum: sacrum.iter().map(|r| pvs(r)).collect(),
            sacrococcygeal: pvs(&sacrococcygeal),
            sacral_foramina: sacral_foramina
                .iter()
                .map(|(c, w, h)| (pv(*c), *w, *h))
                .collect(),
            femur_parts,
            intertrochanteric_crest,
            gluteal_tuberosity,
            sciatic_nerve,
            nerve_width: 11.0,
            midline_x: pv(p(mid, 0.0, 0.0)).x,
            landmarks,
        }
    }

    /// The named point `id` in this pose.
    pub fn landmark(&self, id: &str) -> Option<Vec3> {
        self.landmarks
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, v)| *v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::pelvis::Pelvis;
    use crate::geometry::pose::Pose;

    #[test]
    fn back_view_agrees_with_the_front_model() {
        let b = PelvisBack::new(&Skeleton::new(&Pose::default()));
        let pv = Pelvis::standard();
        // One pelvis: every point both views name is the same point, and so is the hole.
        for id in [
            "iliac-crest",
            "ischial-tuberosity",
            "obturator-foramen",
            "sacrum",
        ] {
            let d = b.landmark(id).unwrap().distance(pv.landmark(id).unwrap());
            assert!(d < 1e-9, "{id} is {d} mm from the front model");
        }
        assert_eq!(b.obturator_foramen, pv.obturator_foramen);
        // Midline left of everything in the back view, trochanter on the right.
        let gt = back(b.landmark("greater-trochanter").unwrap());
        let sac = back(b.landmark("sacrum").unwrap());
        assert!(gt.x > 40.0 && sac.x < -60.0);
        for run in b.hip_bone.windows(2) {
            assert!(run[0].last().unwrap().distance(run[1][0]) < 1e-9);
        }
    }
}
