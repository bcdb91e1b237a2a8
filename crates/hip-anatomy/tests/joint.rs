//! The hip joint of the assembled model.

use hip_anatomy::generated::JOINTS;
use hip_anatomy::landmarks::Samples;
use hip_anatomy::measure;
use hip_anatomy::model::Model;
use hip_anatomy::vec::V3;

#[test]
fn the_femoral_head_sits_in_the_acetabulum_in_the_neutral_pose() {
    let s = Samples::of(&Model::load());
    let (head, r_head) = measure::femoral_head(&s);
    let (cup, r_cup) = measure::acetabulum(&s);
    let hip = JOINTS.iter().find(|j| j.id == "hip").unwrap().at;
    assert!(
        head.dist(V3::new(
            f64::from(hip[0]),
            f64::from(hip[1]),
            f64::from(hip[2])
        )) < 2.0,
        "head centre {head:?}"
    );
    assert!(head.dist(cup) < 5.0, "head {head:?} vs cup {cup:?}");
    assert!((18.0..30.0).contains(&r_head), "head radius {r_head:.1}");
    assert!(
        r_head < r_cup + 1.0 && r_cup < r_head + 5.0,
        "head {r_head:.1} in cup {r_cup:.1}"
    );
}

#[test]
fn the_neck_shaft_angle_is_adult_normal() {
    let s = Samples::of(&Model::load());
    let (deg, neck, down) = measure::neck_shaft_angle(&s);
    println!("neck-shaft angle {deg:.1} degrees; neck {neck:?}, shaft {down:?}");
    assert!((120.0..=135.0).contains(&deg), "{deg:.1}");
}

#[test]
fn the_kneecap_sits_on_the_front_of_the_knee() {
    // The model couples the kneecap's slides to the knee angle; straight, it lies in front
    // of the femoral condyles, level with the knee joint.
    let m = Model::load();
    let front_of_condyles = m
        .bone(hip_anatomy::model::BoneId::Femur)
        .tris
        .iter()
        .flatten()
        .filter(|p| p.y > 380.0)
        .map(|p| p.z)
        .fold(f64::MIN, f64::max);
    let patella: Vec<V3> = m
        .bone(hip_anatomy::model::BoneId::Patella)
        .tris
        .iter()
        .flatten()
        .copied()
        .collect();
    let back = patella.iter().map(|p| p.z).fold(f64::MAX, f64::min);
    let mid_y = patella.iter().map(|p| p.y).sum::<f64>() / patella.len() as f64;
    assert!(
        back > front_of_condyles - 3.0,
        "kneecap back {back:.1} vs condyles {front_of_condyles:.1}"
    );
    assert!((330.0..430.0).contains(&mid_y), "kneecap height {mid_y:.1}");
}
