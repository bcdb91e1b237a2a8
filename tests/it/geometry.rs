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
    assert_eq!(f.head_radius, 23.0);
    // Neck-shaft angle measured in the frontal plane.
    let n = f.neck_axis.xy().normalize();
    let s = f.shaft_axis.xy().normalize();
    let nsa = (-n).dot(s).acos().to_degrees();
    assert!((125.0..=130.0).contains(&nsa), "neck-shaft angle {nsa}");
    // Anteversion: the neck's forward tilt seen from above.
    let av = (-f.neck_axis.z).atan2(-f.neck_axis.x).to_degrees();
    assert!((10.0..=15.0).contains(&av), "anteversion {av}");
    let neck = f.neck_shaft_junction.length();
    assert!((35.0..=55.0).contains(&neck));
    let symphysis = hip.landmark("pubic-symphysis").unwrap();
    assert!((85.0..=95.0).contains(&symphysis.x));
    let crest = hip.landmark("iliac-crest").unwrap();
    assert!((95.0..=125.0).contains(&-crest.y));
    let asis = hip.landmark("asis").unwrap();
    assert!(asis.z > 0.0 && asis.x < 0.0);
    assert!(hip.landmark("ischial-tuberosity").unwrap().z < 0.0);
    assert!(f.greater_trochanter.x < f.neck_shaft_junction.x);
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

#[test]
fn rotation_changes_how_long_the_neck_looks() {
    let neck_len = |r: f64| {
        let f = Femur::standard().posed(&pose(0.0, 0.0, r));
        f.neck_shaft_junction.xy().length()
    };
    assert!(
        neck_len(-15.0) > neck_len(0.0),
        "turning in shows the neck at full length"
    );
    assert!(
        neck_len(30.0) < neck_len(0.0),
        "turning out foreshortens it"
    );
}
