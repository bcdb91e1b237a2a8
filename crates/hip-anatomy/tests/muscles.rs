//! The committed muscle paths against the model's sites and the bone surfaces.

use hip_anatomy::data::Muscle;
use hip_anatomy::generated::{LANDMARKS, MUSCLES};
use hip_anatomy::model::{BoneId, Model};
use hip_anatomy::surface;
use hip_anatomy::vec::V3;

fn v(p: [f32; 3]) -> V3 {
    V3::new(f64::from(p[0]), f64::from(p[1]), f64::from(p[2]))
}

fn muscle(id: &str) -> &'static Muscle {
    MUSCLES
        .iter()
        .find(|m| m.id == id)
        .unwrap_or_else(|| panic!("no muscle {id}"))
}

fn landmark(id: &str) -> V3 {
    v(LANDMARKS.iter().find(|l| l.id == id).unwrap().at)
}

/// Distance from `p` to the polyline through `pts`.
fn to_path(p: V3, pts: &[V3]) -> f64 {
    pts.windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let t = ((p - a).dot(b - a) / (b - a).dot(b - a)).clamp(0.0, 1.0);
            p.dist(a + (b - a) * t)
        })
        .fold(
            if pts.len() == 1 {
                p.dist(pts[0])
            } else {
                f64::MAX
            },
            f64::min,
        )
}

/// A model point (metres, pelvis frame, through the given chain of body offsets) in the app
/// frame, computed here independently of the crate: hip centre (-0.056276, -0.07849,
/// 0.07726); app = 1000 * (hz - z, hy - y, x - hx).
fn app(p: [f64; 3], offsets: &[[f64; 3]]) -> V3 {
    let mut q = p;
    for o in offsets {
        for k in 0..3 {
            q[k] += o[k];
        }
    }
    let h = [-0.056276, -0.07849, 0.07726];
    V3::new(h[2] - q[2], h[1] - q[1], q[0] - h[0]) * 1000.0
}

const FEMUR: [f64; 3] = [-0.056276, -0.07849, 0.07726];
const TIBIA: [f64; 3] = [-4.6e-07, -0.404425, -0.00126526];

#[test]
fn model_muscles_pass_through_the_sites_given_in_the_model_notes() {
    let checks: [(&str, V3); 8] = [
        ("glmed1", app([-0.0445, 0.0245, 0.1172], &[])),
        ("glmed1", app([-0.0218, -0.0117, 0.0555], &[FEMUR])),
        ("piri", app([-0.1018, -0.0065, 0.0135], &[])),
        ("piri", app([-0.102, -0.0307, 0.0609], &[])),
        ("piri", app([-0.0148, -0.0036, 0.0437], &[FEMUR])),
        ("bflh", app([-0.104, -0.1191, 0.0586], &[])),
        ("bflh", app([-0.0287, -0.0455, 0.0303], &[FEMUR, TIBIA])),
        ("semimem", app([-0.029, -0.0417, -0.0196], &[FEMUR, TIBIA])),
    ];
    for (id, site) in checks {
        let pts: Vec<V3> = muscle(id).points.iter().map(|p| v(p.at)).collect();
        let d = to_path(site, &pts);
        assert!(d <= 2.0, "{id} misses its site {site:?} by {d:.2} mm");
    }
}

#[test]
fn every_model_muscle_runs_through_all_its_sites_in_tendon_order() {
    let m = Model::load();
    let ids = [
        "glmed1", "glmed2", "glmed3", "glmin1", "glmin2", "glmin3", "glmax1", "glmax2", "glmax3",
        "piri", "bflh", "bfsh", "semiten", "semimem", "iliacus", "psoas",
    ];
    for id in ids {
        let mu = muscle(id);
        assert!(!mu.by_hand);
        let tendon = m
            .tendons
            .iter()
            .find(|t| t.name == format!("{id}_r_tendon"))
            .unwrap();
        let sites: Vec<&str> = tendon
            .path
            .iter()
            .filter_map(|e| match e {
                hip_anatomy::mjcf::PathElem::Site(s) => Some(s.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(sites.len(), mu.points.len(), "{id}");
        let pts: Vec<V3> = mu.points.iter().map(|p| v(p.at)).collect();
        for (k, s) in sites.iter().enumerate() {
            let site = m.site(s).unwrap().at;
            assert!(to_path(site, &pts) <= 2.0, "{id} misses {s}");
            assert!(site.dist(pts[k]) <= 2.0, "{id}: point {k} is not {s}");
        }
    }
}

#[test]
fn hand_placed_muscles_attach_on_bone_at_their_textbook_places() {
    let m = Model::load();
    let hip = &m.bone(BoneId::PelvisR).tris;
    let femur = &m.bone(BoneId::Femur).tris;
    let ids = [
        "superior-gemellus",
        "obturator-internus",
        "inferior-gemellus",
        "quadratus-femoris",
        "obturator-externus",
    ];
    for id in ids {
        let mu = muscle(id);
        assert!(mu.by_hand, "{id}");
        let origin = v(mu.points[0].at);
        let insertion = v(mu.points.last().unwrap().at);
        let (d0, d1) = (
            surface::distance(origin, hip),
            surface::distance(insertion, femur),
        );
        assert!(
            d0 <= 3.0 && d1 <= 3.0,
            "{id}: origin {d0:.2} mm off the hip bone, insertion {d1:.2} mm off the femur"
        );
        assert_eq!(mu.points[0].segment, "pelvis");
        assert_eq!(mu.points.last().unwrap().segment, "femur");
    }
    let (spine, tub, gt_tip, lt) = (
        landmark("ischial-spine"),
        landmark("ischial-tuberosity"),
        landmark("greater-trochanter-tip"),
        landmark("lesser-trochanter"),
    );
    let o = |id: &str| v(muscle(id).points[0].at);
    let i = |id: &str| v(muscle(id).points.last().unwrap().at);
    // Superior gemellus from the ischial spine; inferior gemellus from the upper tuberosity.
    assert!(o("superior-gemellus").dist(spine) < 5.0);
    // The upper tuberosity: below the lesser sciatic notch (where the obturator internus
    // tendon turns), above the sitting point, on the tuberosity's back.
    let notch = v(muscle("obturator-internus").points[1].at);
    let ig = o("inferior-gemellus");
    assert!(
        ig.y > notch.y && ig.y < tub.y - 5.0 && ig.z < tub.z && ig.dist(tub) < 40.0,
        "inferior gemellus on the upper tuberosity: {ig:?} (notch {notch:?}, tuberosity {tub:?})"
    );
    // Quadratus femoris from the outer tuberosity to the intertrochanteric crest.
    let qf = o("quadratus-femoris");
    assert!(
        qf.dist(tub) < 16.0 && qf.x < tub.x,
        "quadratus femoris on the outer tuberosity: {qf:?}"
    );
    let crest = i("quadratus-femoris");
    assert!(
        crest.y > gt_tip.y && crest.y < lt.y && crest.z < -20.0,
        "on the back, between the trochanters: {crest:?}"
    );
    // Obturator internus from the inner (medial) surface by the foramen, out through the
    // lesser sciatic notch (between spine and tuberosity), to the inner face of the trochanter.
    assert!(
        notch.y > spine.y && notch.y < tub.y && notch.z < spine.z + 10.0,
        "notch: {notch:?}"
    );
    let oe = o("obturator-externus");
    assert!(
        o("obturator-internus").x > oe.x - 3.0,
        "internus on the inner side, externus on the outer"
    );
    assert!(
        oe.z > o("obturator-internus").z,
        "externus on the front (outer) surface"
    );
    // Gemelli and internus converge on the inner face of the greater trochanter; externus in
    // the trochanteric fossa just below and behind; all near the trochanter's tip.
    for id in [
        "superior-gemellus",
        "obturator-internus",
        "inferior-gemellus",
        "obturator-externus",
    ] {
        assert!(
            i(id).dist(gt_tip) < 20.0,
            "{id} inserts {:.1} mm from the trochanter's tip",
            i(id).dist(gt_tip)
        );
        assert!(
            i(id).x > gt_tip.x - 5.0,
            "{id}: on the inner side of the trochanter"
        );
    }
    assert!(
        i("obturator-externus").z < i("obturator-internus").z,
        "fossa behind the internus insertion"
    );
}
