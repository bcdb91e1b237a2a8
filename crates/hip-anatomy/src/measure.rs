//! Measurements that check the assembled model: the femoral head in its socket and the
//! femur's neck-shaft angle.

use crate::landmarks::Samples;
use crate::model::BoneId;
use crate::surface::fit_sphere;
use crate::vec::V3;

/// Sphere fitted to the femur's surface within 26 mm of the hip centre (the head).
pub fn femoral_head(s: &Samples) -> (V3, f64) {
    let pts: Vec<V3> = s
        .of_bone(BoneId::Femur)
        .iter()
        .copied()
        .filter(|p| p.len() < 26.0)
        .collect();
    fit_sphere(&pts).expect("the head is round")
}

/// Sphere fitted to the right hip bone's surface within 30 mm of the hip centre (the cup).
pub fn acetabulum(s: &Samples) -> (V3, f64) {
    let pts: Vec<V3> = s
        .of_bone(BoneId::PelvisR)
        .iter()
        .copied()
        .filter(|p| p.len() < 30.0)
        .collect();
    fit_sphere(&pts).expect("the cup is round")
}

/// Main axis (unit, pointing down) of points: power iteration on their covariance.
pub fn principal_axis(pts: &[V3]) -> V3 {
    let n = pts.len() as f64;
    let c = pts.iter().fold(V3::default(), |a, p| a + *p) * (1.0 / n);
    let mut m = [[0.0; 3]; 3];
    for p in pts {
        let d = *p - c;
        let v = [d.x, d.y, d.z];
        for i in 0..3 {
            for j in 0..3 {
                m[i][j] += v[i] * v[j];
            }
        }
    }
    let mut a = V3::new(0.0, 1.0, 0.0);
    for _ in 0..100 {
        let v = [a.x, a.y, a.z];
        let r: Vec<f64> = (0..3)
            .map(|i| (0..3).map(|j| m[i][j] * v[j]).sum())
            .collect();
        a = V3::new(r[0], r[1], r[2]).unit();
    }
    if a.y < 0.0 {
        -a
    } else {
        a
    }
}

/// The femur's neck-shaft angle (degrees), with the neck axis (unit, pointing to the head)
/// and the shaft axis (unit, pointing down).
///
/// Rule: the shaft axis is the principal axis of the femur's surface between 100 and 300 mm
/// below the hip centre. The neck axis runs from the head centre (the fitted sphere) through
/// the centre of the neck's narrowest cross-section: starting from the centroid of the
/// surface 28-36 mm from the head centre, three times over, the surface is cut into 2 mm
/// slabs across the current axis from 18 to 45 mm from the head centre, and the axis is
/// moved to pass through the centroid of the slab of smallest mean radius. The angle is the
/// one between the neck axis and the shaft axis pointing down.
pub fn neck_shaft_angle(s: &Samples) -> (f64, V3, V3) {
    let femur = s.of_bone(BoneId::Femur);
    let (head, _) = femoral_head(s);
    let shaft: Vec<V3> = femur
        .iter()
        .copied()
        .filter(|p| p.y > 100.0 && p.y < 300.0)
        .collect();
    let down = principal_axis(&shaft);
    let centroid =
        |pts: &[V3]| pts.iter().fold(V3::default(), |a, p| a + *p) * (1.0 / pts.len() as f64);
    let ring: Vec<V3> = femur
        .iter()
        .copied()
        .filter(|p| (28.0..36.0).contains(&p.dist(head)))
        .collect();
    let mut neck = (head - centroid(&ring)).unit();
    for _ in 0..3 {
        let mut best: Option<(f64, V3)> = None;
        for k in 0..14 {
            let t = 18.0 + 2.0 * k as f64;
            let slab: Vec<V3> = femur
                .iter()
                .copied()
                .filter(|p| {
                    let d = head - *p;
                    let along = d.dot(neck);
                    (along - t).abs() < 1.0 && (d - neck * along).len() < 25.0
                })
                .collect();
            if slab.len() < 20 {
                continue;
            }
            let c = centroid(&slab);
            let r = slab.iter().map(|p| p.dist(c)).sum::<f64>() / slab.len() as f64;
            if best.is_none_or(|(br, _)| r < br) {
                best = Some((r, c));
            }
        }
        if let Some((_, c)) = best {
            neck = (head - c).unit();
        }
    }
    (
        neck.dot(down).clamp(-1.0, 1.0).acos().to_degrees(),
        neck,
        down,
    )
}
