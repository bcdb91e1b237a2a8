//! Muscle paths: the model's own (from its sites, in the order of its `<spatial>` tendons)
//! and the five deep hip muscles the model lacks, placed by hand on the traced bones.

use crate::landmarks::{extreme, find, nearest, Landmark, Samples};
use crate::mjcf::PathElem;
use crate::model::{BoneId, Model, Segment};
use crate::trace::{self, View};
use crate::vec::{V2, V3};

/// The model's muscles drawn (right side), MyoSim name and plain name.
pub const MODEL_MUSCLES: [(&str, &str); 16] = [
    ("glmed1", "Gluteus medius (front part)"),
    ("glmed2", "Gluteus medius (middle part)"),
    ("glmed3", "Gluteus medius (back part)"),
    ("glmin1", "Gluteus minimus (front part)"),
    ("glmin2", "Gluteus minimus (middle part)"),
    ("glmin3", "Gluteus minimus (back part)"),
    ("glmax1", "Gluteus maximus (upper part)"),
    ("glmax2", "Gluteus maximus (middle part)"),
    ("glmax3", "Gluteus maximus (lower part)"),
    ("piri", "Piriformis"),
    ("bflh", "Biceps femoris, long head"),
    ("bfsh", "Biceps femoris, short head"),
    ("semiten", "Semitendinosus"),
    ("semimem", "Semimembranosus"),
    ("iliacus", "Iliacus"),
    ("psoas", "Psoas major"),
];

/// One point of a muscle path.
#[derive(Debug, Clone, PartialEq)]
pub struct PathPoint {
    /// Site name in the model, or the rule for a hand-placed point.
    pub source: String,
    /// The segment it moves with.
    pub segment: Segment,
    /// The bone it sits on, for hand-placed points (model sites only name their body).
    pub bone: Option<BoneId>,
    /// Where (mm, app frame, neutral pose).
    pub at: V3,
}

/// A muscle's line of action from origin to insertion.
#[derive(Debug, Clone, PartialEq)]
pub struct Muscle {
    /// Id, e.g. `glmed1` or `obturator-internus`.
    pub id: String,
    /// Plain name.
    pub name: String,
    /// Points from origin to insertion.
    pub points: Vec<PathPoint>,
    /// Wrapping surfaces of the model the straight path between points ignores.
    pub wraps: Vec<String>,
    /// Whether it was placed by hand (absent from the model).
    pub by_hand: bool,
}

fn segment_of_body(body: &str) -> Segment {
    match body {
        "pelvis" => Segment::Pelvis,
        "femur_r" => Segment::Femur,
        "tibia_r" => Segment::Shank,
        "patella_r" => Segment::Patella,
        other => panic!("muscle site on unexpected body {other}"),
    }
}

/// The model's muscles, each through its sites in tendon order.
pub fn model_muscles(m: &Model) -> Vec<Muscle> {
    MODEL_MUSCLES
        .iter()
        .map(|(id, name)| {
            let tendon = m
                .tendons
                .iter()
                .find(|t| t.name == format!("{id}_r_tendon"))
                .unwrap_or_else(|| panic!("no tendon for {id}"));
            let mut points = Vec::new();
            let mut wraps = Vec::new();
            for e in &tendon.path {
                match e {
                    PathElem::Site(s) => {
                        let site = m.site(s).unwrap_or_else(|| panic!("no site {s}"));
                        points.push(PathPoint {
                            source: s.clone(),
                            segment: segment_of_body(&site.body),
                            bone: None,
                            at: site.at,
                        });
                    }
                    PathElem::Wrap { geom, .. } => wraps.push(geom.clone()),
                }
            }
            Muscle {
                id: id.to_string(),
                name: name.to_string(),
                points,
                wraps,
                by_hand: false,
            }
        })
        .collect()
}

/// The centre of the obturator foramen: the centroid of the hole in the right hip bone's
/// front-view silhouette, at the mean depth (z) of the bone's surface within 3 mm (in that
/// view) of the hole's edge.
pub fn obturator_foramen_centre(m: &Model, s: &Samples) -> V3 {
    let t = trace::trace(&m.bone(BoneId::PelvisR).tris, View::Front);
    let hole = t
        .raw
        .iter()
        .skip(t.raw.len() - t.holes)
        .max_by(|a, b| {
            trace::signed_area(a)
                .abs()
                .total_cmp(&trace::signed_area(b).abs())
        })
        .expect("the front view of the hip bone has the obturator foramen as a hole");
    let c = hole.iter().fold(V2::default(), |a, p| a + *p) * (1.0 / hole.len() as f64);
    let rim: Vec<V3> = s
        .of_bone(BoneId::PelvisR)
        .iter()
        .copied()
        .filter(|p| hole.iter().any(|h| V2::new(p.x, p.y).dist(*h) < 3.0))
        .collect();
    let z = rim.iter().map(|p| p.z).sum::<f64>() / rim.len() as f64;
    V3::new(c.x, c.y, z)
}

fn point(rule: &str, bone: BoneId, at: V3) -> PathPoint {
    PathPoint {
        source: rule.to_string(),
        segment: bone.segment(),
        bone: Some(bone),
        at,
    }
}

/// The deep hip muscles the model lacks, placed on the bone surfaces at the attachments of
/// `anatomy.md`. Every point is a surface sample found by the rule in its `source`.
pub fn deep_muscles(m: &Model, s: &Samples, lms: &[Landmark]) -> Vec<Muscle> {
    let hip = s.of_bone(BoneId::PelvisR);
    let femur = s.of_bone(BoneId::Femur);
    let spine = find(lms, "ischial-spine").at;
    let tub = find(lms, "ischial-tuberosity").at;
    let tip = find(lms, "greater-trochanter-tip").at;
    let lt = find(lms, "lesser-trochanter").at;
    let foramen = obturator_foramen_centre(m, s);
    let p = |rule: &str, bone, at| point(rule, bone, at);

    // Insertions on the femur.
    let oi_insertion = nearest(femur, tip + V3::new(6.0, 5.0, 3.0));
    let oi_ins = p(
        "inner (medial) face of the greater trochanter: the femur point nearest to 6 mm \
         medial, 5 mm below and 3 mm in front of the trochanter's tip",
        BoneId::Femur,
        oi_insertion,
    );
    let gem_ins = |dy: f64, rule: &str| {
        p(
            rule,
            BoneId::Femur,
            nearest(femur, oi_insertion + V3::new(0.0, dy, 0.0)),
        )
    };
    let fossa = nearest(femur, tip + V3::new(12.0, 8.0, -5.0));
    let crest_mid = tip.lerp(lt, 0.5);
    let crest = extreme(
        femur,
        |q| (q.x - crest_mid.x).abs() < 6.0 && (q.y - crest_mid.y).abs() < 6.0,
        |q| -q.z,
    );

    // Origins on the hip bone.
    let notch_y = spine.y + (tub.y - spine.y) / 3.0;
    let notch = extreme(hip, |q| (q.y - notch_y).abs() < 2.5, |q| -q.z);
    let upper_tub = extreme(
        hip,
        |q| (q.y - (tub.y - 18.0)).abs() < 3.0 && (q.x - tub.x).abs() < 8.0,
        |q| -q.z,
    );
    let outer_tub = extreme(hip, |q| q.dist(tub) < 15.0, |q| -q.x);
    let near_foramen = |q: V3| q.dist(foramen) < 20.0 && q.norm_from_origin() > 30.0;
    let oi_origin = extreme(hip, near_foramen, |q| q.x);
    let oe_origin = extreme(hip, near_foramen, |q| q.z);

    let muscle = |id: &str, name: &str, points: Vec<PathPoint>| Muscle {
        id: id.into(),
        name: name.into(),
        points,
        wraps: Vec::new(),
        by_hand: true,
    };
    vec![
        muscle(
            "superior-gemellus",
            "Superior gemellus",
            vec![
                p("the ischial spine (landmark)", BoneId::PelvisR, spine),
                gem_ins(-3.0, "with the obturator internus tendon: the femur point nearest to 3 mm above its insertion"),
            ],
        ),
        muscle(
            "obturator-internus",
            "Obturator internus",
            vec![
                p(
                    "inner surface by the obturator foramen: within 20 mm of the foramen's \
                     centre (and over 30 mm from the hip centre), the most medial hip-bone point",
                    BoneId::PelvisR,
                    oi_origin,
                ),
                p(
                    "lesser sciatic notch, where the tendon turns: the most posterior hip-bone \
                     point a third of the way down from the ischial spine to the tuberosity",
                    BoneId::PelvisR,
                    notch,
                ),
                oi_ins,
            ],
        ),
        muscle(
            "inferior-gemellus",
            "Inferior gemellus",
            vec![
                p(
                    "upper ischial tuberosity: the most posterior hip-bone point 18 mm above the \
                     tuberosity landmark (within 8 mm of it side to side)",
                    BoneId::PelvisR,
                    upper_tub,
                ),
                gem_ins(3.0, "with the obturator internus tendon: the femur point nearest to 3 mm below its insertion"),
            ],
        ),
        muscle(
            "quadratus-femoris",
            "Quadratus femoris",
            vec![
                p(
                    "outer ischial tuberosity: the most lateral hip-bone point within 15 mm of \
                     the tuberosity landmark",
                    BoneId::PelvisR,
                    outer_tub,
                ),
                p(
                    "intertrochanteric crest: the most posterior femur point within 6 mm (side \
                     to side and up-down) of the midpoint of the trochanter's tip and the lesser \
                     trochanter",
                    BoneId::Femur,
                    crest,
                ),
            ],
        ),
        muscle(
            "obturator-externus",
            "Obturator externus",
            vec![
                p(
                    "outer surface around the obturator foramen: within 20 mm of the foramen's \
                     centre (and over 30 mm from the hip centre), the most forward hip-bone point",
                    BoneId::PelvisR,
                    oe_origin,
                ),
                p(
                    "trochanteric fossa: the femur point nearest to 12 mm medial, 8 mm below and \
                     5 mm behind the trochanter's tip (the hollow on its inner side)",
                    BoneId::Femur,
                    fossa,
                ),
            ],
        ),
    ]
}
