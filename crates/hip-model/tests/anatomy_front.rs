//! Chapters 1 and 2 draw the anatomy model's bones and muscles: their compact copies
//! (`geometry::model_front`, `model_femur`, `model_back`) are regenerated here from the
//! hip-anatomy crate, and the drawings are checked against the model's meshes: outlines
//! cover the meshes' silhouettes as drawn (in every pose for the moving femur), labels
//! point at the bone's surface, muscles run through the model's path points. Here, not in
//! the app's tests, so only this crate (as a dev-dependency) ever names hip-anatomy.

#[path = "anatomy_front/back.rs"]
mod back;
#[path = "anatomy_front/bezier.rs"]
mod bezier;
#[path = "anatomy_front/femur_parts.rs"]
mod femur_parts;
#[path = "anatomy_front/front.rs"]
mod front;
#[path = "anatomy_front/mesh.rs"]
mod mesh;

/// Compares a generated file with the committed one; writes it when `var` is set.
fn fresh_or_write(var: &str, rel: &str, fresh: &str) {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    if std::env::var_os(var).is_some() {
        std::fs::write(&file, fresh).expect("write the generated file");
    }
    let committed = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        committed == fresh,
        "crates/hip-model/{rel} is stale: run with {var}=1"
    );
}

/// `geometry::model_front` is the anatomy crate's.
#[test]
fn front_model_is_the_anatomy_crates() {
    fresh_or_write(
        "FRONT_MODEL_WRITE",
        "src/geometry/model_front.rs",
        &front::source(),
    );
}

/// `geometry::model_back` is the anatomy crate's.
#[test]
fn back_model_is_the_anatomy_crates() {
    fresh_or_write(
        "BACK_MODEL_WRITE",
        "src/geometry/model_back.rs",
        &back::source(),
    );
}

/// `geometry::model_femur` is cut from the anatomy crate's femur by the rule in
/// `anatomy_front/femur_parts.rs`.
#[test]
fn femur_parts_are_the_anatomy_crates() {
    fresh_or_write(
        "FEMUR_PARTS_WRITE",
        "src/geometry/model_femur.rs",
        &femur_parts::source(),
    );
}

use hip_anatomy::model::BoneId;
use hip_anatomy::vec::V2;
use hip_model::diagram::hip_front::{self, hip_front};
use hip_model::diagram::scene::{Scene, Shape};
use hip_model::geometry::femur::Femur;
use hip_model::geometry::Pose;

fn hip_pose(f: f64, a: f64, r: f64) -> Pose {
    Pose {
        hip_flexion_deg: f,
        hip_abduction_deg: a,
        hip_rotation_deg: r,
        ..Pose::default()
    }
}

/// Every path of `scene` with class `class` (exactly), flattened, back in millimetres.
fn drawn_loops(scene: &Scene, class: &str, to_mm: &dyn Fn(V2) -> V2) -> Vec<Vec<V2>> {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Path { class: c, d, .. } if *c == class => Some(d),
            _ => None,
        })
        .flat_map(|d| mesh::flatten_d(d, 12))
        .map(|l| l.into_iter().map(to_mm).collect())
        .collect()
}

/// Intersection over union of chapter 1's drawn femur (the union of its parts' fills)
/// with the model's femur mesh above the cut, posed and projected, in `pose`.
fn femur_iou(pose: &Pose) -> f64 {
    let scene = hip_front(pose, &[]);
    let vp = hip_front::layout().viewport;
    let to_mm = |p: V2| mesh::v2(vp.from_svg(hip_model::geometry::Vec2::new(p.x, p.y)));
    let tris = mesh::above(
        mesh::tris(BoneId::Femur),
        hip_model::geometry::femur::CUT_LEVEL,
    );
    let sil = mesh::silhouette(&mesh::projected(&tris, &Femur::turn(pose), false));
    let parts: Vec<_> = drawn_loops(&scene, hip_front::class::FEMUR, &to_mm)
        .into_iter()
        .map(|l| mesh::raster(&[l], &sil))
        .collect();
    mesh::union(&parts, &sil).iou(&sil)
}

/// Chapter 1's femur is the model's in every pose: the drawn union of its parts covers the
/// mesh's projected silhouette (as it really projects, lifted or turned) with intersection
/// over union of at least 0.97, at rest, at every combination of the ends and middles of
/// the three hip angles, and at poses spread through the range.
#[test]
fn the_drawn_femur_covers_its_mesh_in_every_pose() {
    let mut poses = femur_parts::test_poses();
    let mut seed = 7u64;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    for _ in 0..12 {
        poses.push(hip_pose(
            100.0 * next(),
            -15.0 + 60.0 * next(),
            -40.0 + 80.0 * next(),
        ));
    }
    let mut worst = (1.0, String::new());
    for p in &poses {
        let iou = femur_iou(p);
        if iou < worst.0 {
            worst = (iou, format!("{p:?}"));
        }
    }
    println!("worst femur IoU {:.4} at {}", worst.0, worst.1);
    assert!(worst.0 >= 0.97, "femur IoU {:.4} at {}", worst.0, worst.1);
}

/// Every vertex of the femur's parts is on the model mesh's surface (a mesh vertex, or
/// where an edge crosses the cut), to the tables' tenth of a millimetre.
#[test]
fn every_part_vertex_is_on_the_mesh() {
    use hip_model::geometry::femur::tenths;
    let tris = mesh::tris(BoneId::Femur);
    for (id, pts) in hip_model::geometry::model_femur::PARTS {
        for p in *pts {
            let q = tenths(*p);
            let d = mesh::to_surface(q, tris);
            assert!(d < 0.09, "{id}: {q:?} is {d:.2} mm off the femur's surface");
        }
    }
}

/// Intersection over union of the loops (mm) with the projected triangles.
fn iou(loops: Vec<Vec<V2>>, tris2: &[[V2; 3]]) -> f64 {
    let sil = mesh::silhouette(tris2);
    mesh::raster(&loops, &sil).iou(&sil)
}

/// The model's midline: x of the sacrum's centre (mm).
fn midline() -> f64 {
    hip_model::geometry::model_front::MIDLINE_X
}

/// Every bone chapters 1 and 2 draw covers its mesh's silhouette as drawn (from the front,
/// from behind; the sacrum's right half, the femur above the cut) with intersection over
/// union of at least 0.97.
#[test]
fn the_front_and_back_bones_cover_their_meshes_as_drawn() {
    use hip_model::diagram::stabilizers_back::{self, stabilizers_back};
    use hip_model::geometry::vec::Mat3;
    let rest = Mat3::axis_angle(hip_model::geometry::Vec3::X, 0.0);
    let by_id = |shapes: &[Shape], id: &str| -> String {
        shapes
            .iter()
            .find_map(|s| match s {
                Shape::Path { id: i, d, .. } if *i == id => Some(d.clone()),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{id} is drawn"))
    };
    let right_half = |bone| mesh::clip(mesh::tris(bone), |p| p.x - midline());
    let mut report = Vec::new();
    // Chapter 1, from the front.
    let scene = hip_front(&Pose::default(), &[]);
    let vp = hip_front::layout().viewport;
    let mm = |p: V2| mesh::v2(vp.from_svg(hip_model::geometry::Vec2::new(p.x, p.y)));
    let loops = |d: &str| -> Vec<Vec<V2>> {
        mesh::flatten_d(d, 12)
            .into_iter()
            .map(|l| l.into_iter().map(mm).collect())
            .collect()
    };
    let front = |tris: &[[hip_anatomy::vec::V3; 3]]| mesh::projected(tris, &rest, false);
    report.push((
        "front hip bone",
        iou(
            loops(&by_id(&scene.shapes, "pelvis")),
            &front(mesh::tris(BoneId::PelvisR)),
        ),
    ));
    report.push((
        "front sacrum (right half)",
        iou(
            loops(&by_id(&scene.shapes, "sacrum")),
            &front(&right_half(BoneId::Sacrum)),
        ),
    ));
    // Chapter 2, from behind.
    let s = stabilizers_back(&Pose::default(), &[]);
    let vp = stabilizers_back::layout().viewport;
    let mm = |p: V2| mesh::v2(vp.from_svg(hip_model::geometry::Vec2::new(p.x, p.y)));
    let loops = |d: &str| -> Vec<Vec<V2>> {
        mesh::flatten_d(d, 12)
            .into_iter()
            .map(|l| l.into_iter().map(mm).collect())
            .collect()
    };
    let back = |tris: &[[hip_anatomy::vec::V3; 3]]| mesh::projected(tris, &rest, true);
    report.push((
        "back hip bone",
        iou(
            loops(&by_id(&s.bones, "pelvis")),
            &back(mesh::tris(BoneId::PelvisR)),
        ),
    ));
    report.push((
        "back sacrum (right half)",
        iou(
            loops(&by_id(&s.bones, "sacrum")),
            &back(&right_half(BoneId::Sacrum)),
        ),
    ));
    report.push((
        "back femur (above the cut)",
        iou(
            loops(&by_id(&s.bones, "femur")),
            &back(&mesh::above(
                mesh::tris(BoneId::Femur),
                hip_model::geometry::femur::CUT_LEVEL,
            )),
        ),
    ));
    println!("{report:?}");
    for (what, iou) in report {
        assert!(iou >= 0.97, "{what}: IoU {iou:.4}");
    }
}
