//! The anatomical model: proportions and the ball staying in the socket in every pose.

use hip_explainer::geometry::femur::Femur;
use hip_explainer::geometry::hip::Hip;
use hip_explainer::geometry::pelvis::Pelvis;
use hip_explainer::geometry::{Param, Pose, Vec3};
use proptest::prelude::*;

fn pose(flexion: f64, abduction: f64, rotation: f64) -> Pose {
    Pose {
        hip_flexion_deg: flexion,
        hip_abduction_deg: abduction,
        hip_rotation_deg: rotation,
        ..Pose::default()
    }
}

#[test]
fn the_standing_hip_is_anatomical() {
    let hip = Hip::standard();
    let f = &hip.femur;
    // The model's head: an adult femoral head is 40 to 50 mm across.
    assert!(
        (20.0..=25.0).contains(&f.head_radius),
        "head radius {}",
        f.head_radius
    );
    // Neck-shaft angle measured in the frontal plane: adult normal 120 to 135 degrees.
    let n = f.neck_axis.xy().normalize();
    let s = f.shaft_axis.xy().normalize();
    let nsa = (-n).dot(s).acos().to_degrees();
    assert!((120.0..=135.0).contains(&nsa), "neck-shaft angle {nsa}");
    // Head centre to where the neck's axis meets the shaft's: 45 to 65 mm in adults.
    let neck = f.neck_shaft_junction.length();
    assert!((45.0..=65.0).contains(&neck), "neck {neck}");
    let symphysis = hip.landmark("pubic-symphysis").unwrap();
    assert!((symphysis.x - hip.pelvis.midline_x).abs() < 3.0);
    // The top of the iliac crest, 130 to 180 mm above the hip centre; the ASIS in front of it.
    let crest = hip.landmark("iliac-crest").unwrap();
    assert!((130.0..=180.0).contains(&-crest.y), "crest {crest:?}");
    let asis = hip.landmark("asis").unwrap();
    assert!(asis.z > 0.0 && asis.x < 0.0);
    assert!(hip.landmark("ischial-tuberosity").unwrap().z < 0.0);
    assert!(f.greater_trochanter.x < f.neck_shaft_junction.x + 10.0);
    assert!(f.lesser_trochanter.y > f.neck_shaft_junction.y);
}

#[test]
fn the_pelvis_can_tilt_about_the_hip() {
    let pv = Pelvis::standard();
    let t = pv.tilted(10.0);
    let (a0, a1) = (pv.landmark("asis").unwrap(), t.landmark("asis").unwrap());
    assert!(a1.y > a0.y, "anterior tilt lowers the ASIS");
    assert_eq!(t.acetabulum.centre, Vec3::ZERO);
}

#[test]
fn param_drives_the_pose() {
    let mut p = Pose::default();
    Param::HipAbduction.set(&mut p, 99.0);
    assert_eq!(p.hip_abduction_deg, 45.0);
    assert_eq!(Param::from_id("hip-rotation"), Some(Param::HipRotation));
}

proptest! {
    #[test]
    fn the_ball_stays_in_the_socket(
        flexion in 0.0f64..=100.0,
        abduction in -15.0f64..=45.0,
        rotation in -40.0f64..=40.0,
    ) {
        let standard = Femur::standard();
        let hip = Hip::posed(&pose(flexion, abduction, rotation));
        prop_assert_eq!(hip.femur.head_centre, standard.head_centre);
        prop_assert!(hip.head_offset() < 1e-9);
        let gap = hip.joint_gap();
        let cartilage = hip.pelvis.acetabulum.cartilage_outer - hip.pelvis.acetabulum.cartilage_inner;
        prop_assert!(gap >= 0.0 && gap <= cartilage, "gap {}", gap);
        prop_assert!((hip.femur.drawn_length() - standard.drawn_length()).abs() < 1e-9);
        // Rigid: the distance between any two landmarks is unchanged.
        let d0 = standard.greater_trochanter.distance(standard.lesser_trochanter);
        let d1 = hip.femur.greater_trochanter.distance(hip.femur.lesser_trochanter);
        prop_assert!((d0 - d1).abs() < 1e-9);
        prop_assert!(hip.femur.knee_centre.is_finite());
    }
}

/// Turning the thigh foreshortens the neck: it looks longest when it lies in the drawing's
/// plane, and about a seventh shorter (cos 30 degrees) turned 30 degrees either way from there.
#[test]
fn rotation_changes_how_long_the_neck_looks() {
    let neck_len = |r: f64| {
        let f = Femur::standard().posed(&pose(0.0, 0.0, r));
        f.neck_shaft_junction.xy().length()
    };
    let longest = (-10..=10)
        .map(f64::from)
        .max_by(|a, b| neck_len(*a).total_cmp(&neck_len(*b)))
        .unwrap();
    for r in [longest - 30.0, longest + 30.0] {
        let ratio = neck_len(r) / neck_len(longest);
        assert!((0.8..0.93).contains(&ratio), "rotation {r}: {ratio:.3}");
    }
}
