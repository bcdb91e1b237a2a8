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

/// Intersection over union of the path data `d` (SVG units, drawn through `vp`), back in
/// millimetres, with the triangles `tris` projected unturned: from the front, or from behind
/// if `back`.
fn drawn_iou(
    d: &str,
    vp: &hip_model::diagram::viewport::Viewport,
    tris: &[[hip_anatomy::vec::V3; 3]],
    back: bool,
) -> f64 {
    let rest = hip_model::geometry::vec::Mat3::axis_angle(hip_model::geometry::Vec3::X, 0.0);
    let mm = |p: V2| mesh::v2(vp.from_svg(hip_model::geometry::Vec2::new(p.x, p.y)));
    let loops = mesh::flatten_d(d, 12)
        .into_iter()
        .map(|l| l.into_iter().map(mm).collect())
        .collect();
    iou(loops, &mesh::projected(tris, &rest, back))
}

/// Every bone chapters 1 and 2 draw covers its mesh's silhouette as drawn (from the front,
/// from behind; the sacrum's right half, the femur above the cut) with intersection over
/// union of at least 0.97.
#[test]
fn the_front_and_back_bones_cover_their_meshes_as_drawn() {
    use hip_model::diagram::stabilizers_back::{self, stabilizers_back};
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
    let front = |d: &str, tris: &[[hip_anatomy::vec::V3; 3]]| drawn_iou(d, &vp, tris, false);
    report.push((
        "front hip bone",
        front(&by_id(&scene.shapes, "pelvis"), mesh::tris(BoneId::PelvisR)),
    ));
    report.push((
        "front sacrum (right half)",
        front(&by_id(&scene.shapes, "sacrum"), &right_half(BoneId::Sacrum)),
    ));
    // Chapter 2, from behind.
    let s = stabilizers_back(&Pose::default(), &[]);
    let vp = stabilizers_back::layout().viewport;
    let back = |d: &str, tris: &[[hip_anatomy::vec::V3; 3]]| drawn_iou(d, &vp, tris, true);
    report.push((
        "back hip bone",
        back(&by_id(&s.bones, "pelvis"), mesh::tris(BoneId::PelvisR)),
    ));
    report.push((
        "back sacrum (right half)",
        back(&by_id(&s.bones, "sacrum"), &right_half(BoneId::Sacrum)),
    ));
    report.push((
        "back femur (above the cut)",
        back(
            &by_id(&s.bones, "femur"),
            &mesh::above(
                mesh::tris(BoneId::Femur),
                hip_model::geometry::femur::CUT_LEVEL,
            ),
        ),
    ));
    println!("{report:?}");
    for (what, iou) in report {
        assert!(iou >= 0.97, "{what}: IoU {iou:.4}");
    }
}

/// `m` transposed: the inverse of a rotation.
fn inverse(m: &hip_model::geometry::vec::Mat3) -> hip_model::geometry::vec::Mat3 {
    let r = m.rows;
    hip_model::geometry::vec::Mat3 {
        rows: [
            [r[0][0], r[1][0], r[2][0]],
            [r[0][1], r[1][1], r[2][1]],
            [r[0][2], r[1][2], r[2][2]],
        ],
    }
}

/// A point as the page draws it (tenths).
fn drawn(p: (f64, f64)) -> hip_model::geometry::Vec2 {
    hip_model::geometry::Vec2::new((p.0 * 10.0).round() / 10.0, (p.1 * 10.0).round() / 10.0)
}

/// Every point a label of chapters 1 and 2 names lies within 3 mm of its bone's surface in
/// the model (chapter 1's femur in every test pose, turned with it), and each label's dot
/// is that point as drawn. The labrum, the capsule and the sciatic nerve are soft tissue,
/// drawn by hand, and not checked here.
#[test]
fn labels_point_at_the_bones_surface() {
    use hip_model::diagram::stabilizers_back::{self, stabilizers_back};
    use hip_model::geometry::pelvis_back::{back, back_landmarks};
    use hip_model::geometry::skeleton::Bone;
    let femur = mesh::tris(BoneId::Femur);
    let hip_bone = mesh::tris(BoneId::PelvisR);
    let sacrum = mesh::tris(BoneId::Sacrum);
    let mut worst = (0.0, String::new());
    let mut check = |what: String, d: f64| {
        if d > worst.0 {
            worst = (d, what.clone());
        }
        assert!(d <= 3.0, "{what}: {d:.2} mm off the bone");
    };
    // Chapter 1: every pose of the test grid.
    let labels: Vec<(&str, &str)> = hip_front::annotation_ids()
        .iter()
        .map(|id| (*id, "Label"))
        .collect();
    for pose in femur_parts::test_poses() {
        let back_turn = inverse(&Femur::turn(&pose));
        for id in [
            "femoral-head",
            "femoral-neck",
            "greater-trochanter",
            "lesser-trochanter",
            "femur",
        ] {
            let p = hip_front::target_point(id, &pose).expect("a femur target");
            check(
                format!("chapter 1 {id} at {pose:?}"),
                mesh::to_surface(back_turn.apply(p), femur),
            );
        }
    }
    for id in ["pelvis", "acetabulum"] {
        let p = hip_front::target_point(id, &Pose::default()).expect("a pelvis target");
        check(format!("chapter 1 {id}"), mesh::to_surface(p, hip_bone));
    }
    // The dots, standing (no label is moved by the crop then).
    let scene = hip_front(&Pose::default(), &labels);
    let vp = hip_front::layout().viewport;
    for l in &scene.labels {
        if let Some(p) = hip_front::target_point(&l.id, &Pose::default()) {
            let want = vp.to_svg(p.xy());
            assert!(
                drawn(l.dot).distance(want) < 0.1,
                "chapter 1 {}: dot {:?}, point {want:?}",
                l.id,
                l.dot
            );
        }
    }
    // Chapter 2: every named point, and the labels' dots at them.
    for l in back_landmarks() {
        let d = match l.bone {
            Bone::Pelvis => mesh::to_surface(l.at, hip_bone).min(mesh::to_surface(l.at, sacrum)),
            _ => mesh::to_surface(l.at, femur),
        };
        check(format!("chapter 2 {}", l.id), d);
    }
    let bones = [
        "iliac-crest",
        "sacrum",
        "coccyx",
        "greater-trochanter",
        "ischial-tuberosity",
        "ischial-spine",
        "femur",
    ];
    let labels: Vec<(&str, &str)> = bones.iter().map(|id| (*id, "Label")).collect();
    let s = stabilizers_back(&Pose::default(), &labels);
    let vp = stabilizers_back::layout().viewport;
    assert_eq!(s.labels.len(), bones.len());
    for l in &s.labels {
        let at = back_landmarks()
            .into_iter()
            .find(|b| b.id == l.id)
            .expect("a named point");
        let want = vp.to_svg(back(at.at));
        assert!(
            drawn(l.dot).distance(want) < 0.1,
            "chapter 2 {}: dot {:?}, point {want:?}",
            l.id,
            l.dot
        );
    }
    println!("farthest label point: {:.2} mm ({})", worst.0, worst.1);
}

/// A model muscle's path points (mm, neutral pose) with the bone each moves with.
fn model_path(
    id: &str,
) -> Vec<(
    hip_model::geometry::skeleton::Bone,
    hip_model::geometry::Vec3,
)> {
    use hip_model::geometry::skeleton::Bone;
    hip_anatomy::api::muscle(id)
        .unwrap_or_else(|| panic!("muscle {id}"))
        .points
        .iter()
        .map(|p| {
            let bone = if p.segment == "pelvis" {
                Bone::Pelvis
            } else {
                Bone::Femur
            };
            let at = hip_model::geometry::Vec3::new(
                f64::from(p.at[0]),
                f64::from(p.at[1]),
                f64::from(p.at[2]),
            );
            (bone, at)
        })
        .collect()
}

/// Distance from `p` to the polyline `line` (mm).
fn to_line(line: &[hip_model::geometry::Vec2], p: hip_model::geometry::Vec2) -> f64 {
    bezier::distance(line, p)
}

/// Chapter 2's model muscles run through the model's own path points, posed: the drawn line
/// of pull of gluteus medius, minimus and maximus through their middle parts' points and
/// piriformis through its own, each within 2 mm, and each sheet's edges end at its front
/// and back parts' attachments (within 2 mm), at rest and in turned, lifted, swung and
/// tilted poses.
#[test]
fn model_muscles_run_through_the_models_path_points() {
    use hip_model::diagram::stabilizers_back::{self, edge_points, stabilizers_back};
    use hip_model::geometry::pelvis_back::back;
    use hip_model::geometry::skeleton::Skeleton;
    let vp = stabilizers_back::layout().viewport;
    let poses = [
        Pose::default(),
        hip_pose(0.0, 0.0, 40.0),
        hip_pose(0.0, 0.0, -40.0),
        hip_pose(60.0, 20.0, 10.0),
        hip_pose(100.0, 45.0, 40.0),
        Pose {
            pelvic_tilt_deg: 10.0,
            ..hip_pose(0.0, -15.0, 0.0)
        },
    ];
    let drawn_from = [
        ("gluteus-medius", ["glmed1", "glmed2", "glmed3"]),
        ("gluteus-minimus", ["glmin1", "glmin2", "glmin3"]),
        ("gluteus-maximus", ["glmax1", "glmax2", "glmax3"]),
        ("piriformis", ["piri", "piri", "piri"]),
    ];
    let mut worst: f64 = 0.0;
    for pose in &poses {
        let sk = Skeleton::new(pose);
        let scene = stabilizers_back(pose, &[]);
        let seen = |(bone, at): (
            hip_model::geometry::skeleton::Bone,
            hip_model::geometry::Vec3,
        )| { back(sk.place_point(bone, at)) };
        for (id, parts) in drawn_from {
            let shape = scene
                .muscles()
                .find(|m| m.id == id)
                .unwrap_or_else(|| panic!("{id} is drawn"));
            let line: Vec<_> = shape.line.iter().map(|p| vp.from_svg(*p)).collect();
            for p in model_path(parts[1]) {
                let d = to_line(&line, seen(p));
                worst = worst.max(d);
                assert!(d <= 2.0, "{id} at {pose:?}: {d:.2} mm from {}", parts[1]);
            }
            if parts[0] != parts[2] {
                let edges = edge_points(id, pose).expect("edges");
                let (front, rear) = (model_path(parts[0]), model_path(parts[2]));
                let want = [
                    front[0],
                    rear[0],
                    front[front.len() - 1],
                    rear[rear.len() - 1],
                ];
                for (e, w) in edges.iter().zip(want) {
                    let d = vp.from_svg(*e).distance(seen(w));
                    worst = worst.max(d);
                    assert!(d <= 2.0, "{id} edge at {pose:?}: {d:.2} mm off");
                }
            }
        }
    }
    println!("farthest: {worst:.2} mm");
}

/// The deep rotators the model lacks (placed by hand in the anatomy crate) attach within
/// 3 mm of their bones' surfaces, where `anatomy.md` puts them, and chapter 2 draws them
/// from exactly those points.
#[test]
fn hand_placed_rotators_attach_on_bone_where_anatomy_says() {
    use hip_model::geometry::skeleton::{Bone, Skeleton};
    use hip_model::geometry::stabilizers;
    use hip_model::geometry::Vec3;
    let lm = |id: &str| mesh::app(front::landmark(id));
    let surface = |bone: Bone, p: Vec3| match bone {
        Bone::Pelvis => mesh::to_surface(p, mesh::tris(BoneId::PelvisR)),
        _ => mesh::to_surface(p, mesh::tris(BoneId::Femur)),
    };
    let tip = lm("greater-trochanter-tip");
    let (spine, tuberosity) = (lm("ischial-spine"), lm("ischial-tuberosity"));
    let sk = Skeleton::new(&Pose::default());
    for id in [
        stabilizers::SUPERIOR_GEMELLUS,
        stabilizers::OBTURATOR_INTERNUS,
        stabilizers::INFERIOR_GEMELLUS,
        stabilizers::QUADRATUS_FEMORIS,
    ] {
        let source = match id {
            stabilizers::SUPERIOR_GEMELLUS => "superior-gemellus",
            stabilizers::OBTURATOR_INTERNUS => "obturator-internus",
            stabilizers::INFERIOR_GEMELLUS => "inferior-gemellus",
            _ => "quadratus-femoris",
        };
        let path = model_path(source);
        // Drawn from these very points.
        let m = stabilizers::by_id(id).expect("drawn").muscle;
        let drawn: Vec<_> = std::iter::once(&m.origin)
            .chain(&m.via)
            .chain([&m.insertion])
            .map(|a| (a.bone, sk.place(a)))
            .collect();
        assert_eq!(drawn.len(), path.len(), "{id}");
        for ((b0, p0), (b1, p1)) in drawn.iter().zip(&path) {
            assert_eq!(b0, b1, "{id}");
            assert!(p0.distance(*p1) < 0.06, "{id}: drawn {p0:?}, placed {p1:?}");
        }
        // On bone: origin (and the tendon's turn) on the hip bone, insertion on the femur.
        for (bone, p) in &path {
            let d = surface(*bone, *p);
            assert!(d <= 3.0, "{id}: {p:?} is {d:.2} mm off the bone");
        }
        let (origin, insertion) = (path[0].1, path[path.len() - 1].1);
        match id {
            // Ischial spine -> the obturator internus tendon at the greater trochanter.
            stabilizers::SUPERIOR_GEMELLUS => {
                assert!(origin.distance(spine) <= 3.0);
                assert!(insertion.distance(tip) <= 15.0);
            }
            // Inner surface round the obturator foramen, turning round the lesser sciatic
            // notch (between the spine and the tuberosity) -> inner greater trochanter.
            stabilizers::OBTURATOR_INTERNUS => {
                let foramen = hip_model::geometry::femur::model_point("pubic-symphysis")
                    .map(|s| s.x)
                    .unwrap_or(80.0);
                assert!(origin.x > 40.0 && origin.x < foramen, "{origin:?}");
                let notch = path[1].1;
                assert!(notch.y > spine.y && notch.y < tuberosity.y, "{notch:?}");
                assert!(insertion.distance(tip) <= 15.0 && insertion.x > tip.x);
            }
            // Upper ischial tuberosity -> the obturator internus tendon.
            stabilizers::INFERIOR_GEMELLUS => {
                let above = tuberosity.y - origin.y;
                assert!((10.0..=30.0).contains(&above) && (origin.x - tuberosity.x).abs() <= 10.0);
                assert!(insertion.distance(tip) <= 15.0);
            }
            // Outer ischial tuberosity -> intertrochanteric crest.
            _ => {
                assert!(origin.distance(tuberosity) <= 15.0 && origin.x < tuberosity.x);
                // On the crest as chapter 2 draws it (from behind; the line runs along the
                // ridge's crown, the quadrate tubercle is on its slope).
                let crest: Vec<_> = hip_model::geometry::model_back::CREST
                    .iter()
                    .map(|p| hip_model::geometry::femur::tenths(*p).xy())
                    .collect();
                let near = to_line(&crest, insertion.xy());
                assert!(near <= 8.0, "{near:.1} mm from the crest");
            }
        }
    }
}

/// The femoral head sits in the socket in every pose: the model's head is centred on its
/// hip joint centre (the point every pose turns the femur about), so in every test pose the
/// drawn head lies inside the socket's bone, and the drawn socket's lining fits round it.
/// The neck-shaft angle is an adult's.
#[test]
fn the_head_stays_in_the_cup_and_the_neck_shaft_angle_is_adult() {
    use hip_anatomy::landmarks::Samples;
    use hip_anatomy::measure;
    use hip_model::geometry::model_front::{CUP_RADIUS, HEAD_RADIUS, NECK_SHAFT_DEG};
    use hip_model::geometry::pelvis::{CARTILAGE_INNER_RADIUS, CARTILAGE_OUTER_RADIUS};
    let s = Samples::of(mesh::model());
    let (centre, r) = measure::femoral_head(&s);
    assert!(
        centre.len() < 1.0,
        "head centre {centre:?} is off the joint centre"
    );
    assert!((r - HEAD_RADIUS).abs() < 0.01);
    const {
        assert!(HEAD_RADIUS < CARTILAGE_INNER_RADIUS && CARTILAGE_INNER_RADIUS < CUP_RADIUS);
        assert!(CARTILAGE_OUTER_RADIUS == CUP_RADIUS);
    }
    // The ball's surface: the femur's mesh vertices on the fitted sphere.
    let ball: Vec<_> = mesh::tris(BoneId::Femur)
        .iter()
        .flatten()
        .map(|p| mesh::app(*p))
        .filter(|p| p.length() <= HEAD_RADIUS + 1.0)
        .collect();
    assert!(ball.len() > 20);
    for pose in femur_parts::test_poses() {
        let m = Femur::turn(&pose);
        for p in &ball {
            let r = m.apply(*p).length();
            assert!(
                r <= CARTILAGE_INNER_RADIUS + 1.0,
                "{pose:?}: the ball reaches {r:.1} mm from the socket's centre"
            );
        }
    }
    let (deg, _, _) = measure::neck_shaft_angle(&s);
    assert!((deg - NECK_SHAFT_DEG).abs() < 0.1);
    assert!(
        (120.0..=135.0).contains(&NECK_SHAFT_DEG),
        "{NECK_SHAFT_DEG}"
    );
}
