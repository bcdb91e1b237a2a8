//! The committed landmarks against the meshes.

use hip_anatomy::generated::LANDMARKS;
use hip_anatomy::model::{BoneId, Model};
use hip_anatomy::surface;
use hip_anatomy::vec::V3;

fn at(id: &str) -> V3 {
    let l = LANDMARKS
        .iter()
        .find(|l| l.id == id)
        .unwrap_or_else(|| panic!("no landmark {id}"));
    V3::new(f64::from(l.at[0]), f64::from(l.at[1]), f64::from(l.at[2]))
}

fn bone(id: &str) -> BoneId {
    BoneId::ALL
        .into_iter()
        .find(|b| b.id() == id)
        .unwrap_or_else(|| panic!("no bone {id}"))
}

#[test]
fn every_landmark_is_within_3_mm_of_its_bone_surface() {
    let m = Model::load();
    let required = [
        "asis",
        "iliac-crest",
        "ischial-tuberosity",
        "ischial-spine",
        "pubic-symphysis",
        "greater-trochanter",
        "lesser-trochanter",
        "sacral-promontory",
        "coccyx",
        "fibular-head",
        "l1-body",
        "l2-body",
        "l3-body",
        "l4-body",
        "l5-body",
    ];
    for id in required {
        assert!(LANDMARKS.iter().any(|l| l.id == id), "missing {id}");
    }
    for l in LANDMARKS.iter().filter(|l| l.on_surface) {
        let d = surface::distance(at(l.id), &m.bone(bone(l.bone)).tris);
        assert!(d <= 3.0, "{} is {d:.2} mm from the {}", l.id, l.bone);
    }
}

#[test]
fn disc_centres_sit_in_the_gap_between_their_vertebrae() {
    let m = Model::load();
    let discs: Vec<_> = LANDMARKS.iter().filter(|l| !l.on_surface).collect();
    assert_eq!(discs.len(), 5);
    let pairs = [
        ("disc-l1-l2", BoneId::L1, BoneId::L2),
        ("disc-l2-l3", BoneId::L2, BoneId::L3),
        ("disc-l3-l4", BoneId::L3, BoneId::L4),
        ("disc-l4-l5", BoneId::L4, BoneId::L5),
        ("disc-l5-s1", BoneId::L5, BoneId::Sacrum),
    ];
    for (id, above, below) in pairs {
        let p = at(id);
        let (da, db) = (
            surface::distance(p, &m.bone(above).tris),
            surface::distance(p, &m.bone(below).tris),
        );
        // Midway: about as far from the bone above as from the one below, and close to both.
        assert!(
            (da - db).abs() < 3.0 && da < 10.0 && db < 10.0,
            "{id}: {da:.1} / {db:.1} mm"
        );
    }
}

#[test]
fn landmarks_sit_where_they_are_in_a_body() {
    // Frame: x to the subject's left, y down, z forward; origin at the right hip centre.
    let mid = at("pubic-symphysis").x;
    let (asis, crest, tub, spine) = (
        at("asis"),
        at("iliac-crest"),
        at("ischial-tuberosity"),
        at("ischial-spine"),
    );
    assert!(
        (mid - at("sacral-promontory").x).abs() < 5.0,
        "symphysis and sacrum share the midline"
    );
    assert!(
        asis.z > 30.0 && asis.y < -40.0 && asis.x < 0.0,
        "ASIS: in front, above, lateral: {asis:?}"
    );
    assert!(crest.y < asis.y, "the crest is the top of the hip bone");
    assert!(
        tub.y > 30.0 && tub.z < 0.0,
        "sit bone below and behind the hip: {tub:?}"
    );
    assert!(
        spine.y < tub.y && spine.z < 0.0 && spine.x > 0.0,
        "ischial spine above the tuberosity, behind, medial"
    );
    let (gt, lt) = (at("greater-trochanter"), at("lesser-trochanter"));
    assert!(gt.x < -40.0, "greater trochanter lateral to the head");
    assert!(
        lt.y > 30.0 && lt.x > gt.x + 30.0 && lt.z < 0.0,
        "lesser trochanter lower, medial, behind"
    );
    let (prom, coccyx) = (at("sacral-promontory"), at("coccyx"));
    assert!(
        coccyx.y > prom.y + 60.0 && coccyx.z < prom.z,
        "coccyx below and behind the promontory"
    );
    assert!(
        at("fibular-head").x < -15.0 && at("fibular-head").y > 400.0,
        "fibular head lateral, below the knee"
    );
    let ys: Vec<f64> = [
        "l1-body",
        "l2-body",
        "l3-body",
        "l4-body",
        "l5-body",
        "sacral-promontory",
    ]
    .iter()
    .map(|id| at(id).y)
    .collect();
    assert!(
        ys.windows(2).all(|w| w[0] < w[1]),
        "L1 to L5 then the sacrum, top down: {ys:?}"
    );
}
