//! The drawn bones are the anatomy model's: the side views' compact copy
//! (`geometry::model_side`) is regenerated here from the hip-anatomy crate, and every drawn
//! outline is checked against the crate's. Here, not in the app's tests, so only this crate
//! (as a dev-dependency) ever names hip-anatomy.

use hip_model::content;
use hip_model::diagram::bend_forward::{self, bend_forward, Panel};
use hip_model::diagram::hamstrings_side::{self, hamstrings_side};
use hip_model::diagram::path::points;
use hip_model::diagram::pelvis_side::{self, pelvis_side};
use hip_model::diagram::scene::{Scene, Shape};
use hip_model::geometry::chain::STRENGTH_MAX;
use hip_model::geometry::Vec2;

fn figure_labels(id: &str) -> Vec<(String, String)> {
    content::load()
        .chapters
        .iter()
        .flat_map(|c| c.figures())
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("content has figure {id}"))
        .labels
        .iter()
        .map(|a| (a.id.clone(), a.text.clone()))
        .collect()
}

fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

fn path_d(scene: &Scene, id: &str) -> String {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Path { id: i, d, .. } if *i == id => Some(d.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// The side views' compact copy of the model (`geometry::model_side`): regenerated from the
/// hip-anatomy crate; fails when the committed file differs (write it again with
/// `SIDE_MODEL_WRITE=1`).
#[test]
fn side_model_is_the_anatomy_crates() {
    let fresh = side_model::generate();
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/geometry/model_side.rs");
    if std::env::var_os("SIDE_MODEL_WRITE").is_some() {
        std::fs::write(&file, &fresh).expect("write model_side.rs");
    }
    let committed = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        committed == fresh,
        "crates/hip-model/src/geometry/model_side.rs is stale: run with SIDE_MODEL_WRITE=1"
    );
}

/// Sampling, distance and segment joining of Bézier chains, shared with `anatomy_front.rs`.
#[path = "anatomy_front/bezier.rs"]
mod bezier;

mod side_model {
    use hip_anatomy::api;
    use hip_anatomy::view::View;
    use hip_model::geometry::lateral::MODEL_TILT_BACK_DEG;
    use hip_model::geometry::Vec2;
    use std::fmt::Write;

    /// The model point `p` (x, y, z) as the side view's (z, y), the pelvis turned back.
    pub fn tilted(p: [f32; 3]) -> Vec2 {
        turn(Vec2::new(f64::from(p[2]), f64::from(p[1])))
    }

    /// A side-view (z, y) point of the pelvis turned back about the hip axis.
    pub fn turn(p: Vec2) -> Vec2 {
        let a = MODEL_TILT_BACK_DEG.to_radians();
        // Posterior tilt (Skeleton): y' = y cos - z sin, z' = y sin + z cos.
        Vec2::new(p.y * a.sin() + p.x * a.cos(), p.y * a.cos() - p.x * a.sin())
    }

    fn tenths(v: f64) -> i32 {
        (v * 10.0).round() as i32
    }

    fn list(out: &mut String, pts: impl IntoIterator<Item = Vec2>) {
        out.push_str("&[");
        for (i, p) in pts.into_iter().enumerate() {
            if i % 8 == 0 {
                out.push_str("\n    ");
            } else {
                out.push(' ');
            }
            let _ = write!(out, "[{}, {}],", tenths(p.x), tenths(p.y));
        }
        out.push_str("\n]");
    }

    pub use super::bezier::{distance, merge, sample, MERGE_TOL};

    /// Tolerance for the lumbar vertebrae, small on the page and placed by the chain (mm).
    pub const LUMBAR_TOL: f64 = 0.8;

    /// The segments of a Bézier loop above height `cut` (an open chain).
    fn above(pts: &[Vec2], cut: f64) -> Vec<Vec2> {
        hip_model::geometry::lateral::bezier_keep(pts, |p| p.y <= cut)
    }

    pub fn side_loops(bone: &str) -> Vec<Vec<Vec2>> {
        api::outline(bone, View::Side)
            .unwrap_or_else(|| panic!("{bone} side outline"))
            .loops
            .iter()
            .map(|l| {
                l.iter()
                    .map(|p| Vec2::new(f64::from(p[0]), f64::from(p[1])))
                    .collect()
            })
            .collect()
    }

    fn lm(id: &str) -> [f32; 3] {
        api::landmark(id)
            .unwrap_or_else(|| panic!("landmark {id}"))
            .at
    }

    /// Per vertebra L5..L1: the disc centre below it and its up direction (side view,
    /// pelvis turned back).
    pub fn vertebra_frames() -> Vec<(Vec2, Vec2)> {
        let discs: Vec<Vec2> = [
            "disc-l5-s1",
            "disc-l4-l5",
            "disc-l3-l4",
            "disc-l2-l3",
            "disc-l1-l2",
        ]
        .iter()
        .map(|id| tilted(lm(id)))
        .collect();
        let mut ups: Vec<Vec2> = discs
            .windows(2)
            .map(|w| (w[1] - w[0]).normalize())
            .collect();
        // L1: its up direction continues the turn from L3 to L2.
        let (a, b) = (ups[2], ups[3]);
        ups.push(b.rotate(a.cross(b).atan2(a.dot(b))));
        discs.into_iter().zip(ups).collect()
    }

    pub fn generate() -> String {
        let mut out = String::from(
            "//! GENERATED from the hip-anatomy crate (MyoSim 0.2.3 / Rajagopal et al. 2016) by the\n\
             //! test `side_model_is_the_anatomy_crates` in `crates/hip-model/tests/anatomy_copy.rs`: do not edit;\n\
             //! regenerate with `SIDE_MODEL_WRITE=1 cargo test -p hip-model --test anatomy_copy\n\
             //! side_model`. Only what the side views draw, so the wasm carries nothing else.\n\
             //!\n\
             //! Tenths of a millimetre, side view `(z, y)` (forward, down), origin at the hip centre.\n\
             //! Outlines are closed cubic Béziers (`3 n + 1` points: knot, control, control, knot, ...).\n\
             //! Pelvis bones (hip bone, rim, sacrum, their landmarks and attachments) are turned back\n\
             //! by `lateral::MODEL_TILT_BACK_DEG` about the hip axis: the app's neutral standing pelvis.\n\
             //! Lumbar vertebrae are in their own frame: `(forward, up)` from the centre of the disc\n\
             //! below.\n\n",
        );
        let table = |out: &mut String, name: &str, doc: &str, pts: Vec<Vec2>| {
            let _ = write!(out, "/// {doc}\npub static {name}: &[[i16; 2]] = ");
            let pts = if name == "RIM" {
                pts
            } else {
                merge(
                    &pts,
                    if name.starts_with('L') {
                        LUMBAR_TOL
                    } else {
                        MERGE_TOL
                    },
                )
            };
            list(out, pts);
            out.push_str(";\n\n");
        };
        let hip = side_loops("hip-bone-right");
        table(
            &mut out,
            "HIP_BONE",
            "Right hip bone, outer outline.",
            hip[0].iter().map(|p| turn(*p)).collect(),
        );
        table(
            &mut out,
            "OBTURATOR",
            "Right hip bone: the hole (obturator foramen, as the side view sees through it).",
            hip[1].iter().map(|p| turn(*p)).collect(),
        );
        let rim = api::lines("hip-bone-right", View::Side)
            .find(|l| l.id == "acetabular-rim")
            .expect("rim");
        table(
            &mut out,
            "RIM",
            "The acetabular rim: points of a closed smooth curve.",
            rim.points.iter().map(|p| tilted(*p)).collect(),
        );
        table(
            &mut out,
            "SACRUM",
            "Sacrum with the coccyx.",
            side_loops("sacrum")[0].iter().map(|p| turn(*p)).collect(),
        );
        for (name, bone) in [
            ("FEMUR", "femur"),
            ("TIBIA", "tibia"),
            ("FIBULA", "fibula"),
            ("PATELLA", "patella"),
        ] {
            let mut pts = side_loops(bone)[0].clone();
            if name == "TIBIA" || name == "FIBULA" {
                // The views cut the shin: only what lies above the cut.
                pts = above(&pts, hip_model::geometry::lateral::SHIN_CUT + 4.0);
            }
            table(
                &mut out,
                name,
                &format!("The {bone} (standing, knee straight; the views cut the shin)."),
                pts,
            );
        }
        let frames = vertebra_frames();
        // The front of each body at its lower and upper endplate (mm forward of the axis):
        // where the discs' front edges go.
        let mut fronts: Vec<(f64, f64)> = Vec::new();
        for (i, id) in ["l5", "l4", "l3", "l2", "l1"].iter().enumerate() {
            let (c, up) = frames[i];
            let fwd = Vec2::new(-up.y, up.x);
            let spacing = if i < 4 {
                frames[i + 1].0.distance(c)
            } else {
                frames[3].0.distance(frames[4].0)
            };
            let local: Vec<Vec2> = sample(&side_loops(id)[0], 8)
                .iter()
                .map(|p| {
                    let r = turn(*p) - c;
                    Vec2::new(r.dot(fwd), r.dot(up))
                })
                .collect();
            let front = |lo: f64, hi: f64| {
                local
                    .iter()
                    .filter(|p| p.y >= lo && p.y <= hi)
                    .map(|p| p.x)
                    .fold(f64::MIN, f64::max)
            };
            fronts.push((front(4.0, 10.0), front(spacing - 10.0, spacing - 4.0)));
        }
        for (i, id) in ["l5", "l4", "l3", "l2", "l1"].iter().enumerate() {
            let (c, up) = frames[i];
            let fwd = Vec2::new(-up.y, up.x);
            let pts = side_loops(id)[0]
                .iter()
                .map(|p| {
                    let r = turn(*p) - c;
                    Vec2::new(r.dot(fwd), r.dot(up))
                })
                .collect();
            table(
                &mut out,
                &id.to_uppercase(),
                &format!("{} in its own frame.", id.to_uppercase()),
                pts,
            );
        }
        // Disc spacing and body depth, for the spine's chain.
        let spacing: Vec<f64> = (0..5)
            .map(|i| {
                if i < 4 {
                    frames[i + 1].0.distance(frames[i].0)
                } else {
                    frames[3].0.distance(frames[4].0)
                }
            })
            .collect();
        let depth: Vec<f64> = ["l5-body", "l4-body", "l3-body", "l2-body", "l1-body"]
            .iter()
            .zip(&frames)
            .zip(&spacing)
            .map(|((id, (c, up)), s)| {
                // The front face at mid-height, from the axis between the discs.
                let mid = *c + *up * (s / 2.0);
                2.0 * (tilted(lm(id)) - mid).dot(Vec2::new(-up.y, up.x))
            })
            .collect();
        let arr = |v: &[f64]| {
            v.iter()
                .map(|x| format!("{:.1}", x))
                .collect::<Vec<_>>()
                .join(", ")
        };
        // The top of S1: its front edge is the promontory, and the L5-S1 disc's centre lies
        // half a disc (11 mm) above its centre: v = R(a) (-half, -q) for slope a.
        let (prom, disc) = (tilted(lm("sacral-promontory")), frames[0].0);
        let v = disc - prom;
        let q = 5.5;
        let half = (v.dot(v) - q * q).sqrt();
        let a = v.y.atan2(v.x) - (-q).atan2(-half);
        let fwd = Vec2::from_angle(a);
        // The plateau's front edge as drawn: the sacrum outline's point nearest the
        // promontory (the landmark lies a little off the silhouette); S1 is 44 mm deep, so
        // L5 and the discs sit on the drawn sacrum.
        let sacrum: Vec<Vec2> = sample(&side_loops("sacrum")[0], 8)
            .iter()
            .map(|p| turn(*p))
            .collect();
        let front = sacrum
            .iter()
            .copied()
            .min_by(|a, b| a.distance(prom).total_cmp(&b.distance(prom)))
            .unwrap_or(prom);
        let half = 22.0;
        let c0 = front - fwd * half;
        let _ = write!(
            out,
            "/// Distance between the centres of the discs below and above L5..L1 (mm).\n\
             pub const DISC_SPACING: [f64; 5] = [{}];\n\n\
             /// Depth of the bodies of L5..L1, twice their front face's distance from the axis (mm).\n\
             pub const BODY_DEPTH: [f64; 5] = [{}];\n\n\
             /// The front of the bodies of L5..L1 at their lower and upper endplates (mm forward\n\
             /// of the line through the disc centres).\n\
             pub const BODY_FRONT: [[f64; 2]; 5] = [{}];\n\n\
             /// Half the depth of the top of S1 (mm: its centre to the promontory).\n\
             pub const S1_HALF_DEPTH: f64 = {:.1};\n\n\
             /// The top of S1 in neutral standing: its centre (mm) and forward direction (unit;\n\
             /// front edge lower by the sacral slope, {:.0} degrees).\n\
             pub const S1: [[f64; 2]; 2] = [[{:.1}, {:.1}], [{:.4}, {:.4}]];\n\n",
            arr(&spacing),
            arr(&depth),
            fronts.iter().map(|(a, b)| format!("[{a:.1}, {b:.1}]")).collect::<Vec<_>>().join(", "),
            half,
            a.to_degrees(),
            c0.x,
            c0.y,
            fwd.x,
            fwd.y
        );
        // Landmarks and muscle attachments, (z, y).
        let mut named: Vec<(String, Vec2)> = Vec::new();
        for (app, id, pelvis) in [
            ("asis", "asis", true),
            ("iliac-crest", "iliac-crest", true),
            ("ischial-spine", "ischial-spine", true),
            ("ischial-tuberosity", "ischial-tuberosity", true),
            ("pubis", "pubic-symphysis", true),
            ("sacral-promontory", "sacral-promontory", true),
            ("coccyx", "coccyx", true),
            ("greater-trochanter", "greater-trochanter-tip", false),
            ("fibula-head", "fibular-head", false),
        ] {
            let p = lm(id);
            named.push((
                app.into(),
                if pelvis {
                    tilted(p)
                } else {
                    Vec2::new(f64::from(p[2]), f64::from(p[1]))
                },
            ));
        }
        for m in [
            "bflh", "bfsh", "semiten", "semimem", "glmed1", "glmed2", "glmed3",
        ] {
            let mm = api::muscle(m).expect("muscle");
            for (k, p) in [(0usize, mm.points[0]), (1, *mm.points.last().unwrap())] {
                let at = if p.segment == "pelvis" {
                    tilted(p.at)
                } else {
                    Vec2::new(f64::from(p.at[2]), f64::from(p.at[1]))
                };
                named.push((
                    format!("{m}-{}", if k == 0 { "origin" } else { "insertion" }),
                    at,
                ));
            }
        }
        out.push_str("/// Named points: model landmarks and muscle attachments (`<muscle>-origin`, `-insertion`).\npub static POINTS: &[(&str, [i16; 2])] = &[\n");
        for (n, p) in &named {
            let _ = writeln!(out, "    (\"{n}\", [{}, {}]),", tenths(p.x), tenths(p.y));
        }
        out.push_str("];\n");
        out
    }
}

/// The drawn bones are the anatomy model's: in each side view, every drawn bone outline
/// (back in millimetres through the figure's viewport) lies within 0.5 mm of the hip-anatomy
/// crate's side outline, and the crate's outline within 0.5 mm of the drawing (the part above
/// a cut, where the figure cuts the bone).
#[test]
fn the_drawn_bones_are_the_models() {
    use hip_model::diagram::viewport::Viewport;
    use hip_model::geometry::lateral::SHIN_CUT;
    use side_model::{distance, sample, side_loops, turn};
    let first = |scene: &Scene, id: &str| -> Vec<Vec2> {
        let d = path_d(scene, id);
        assert!(!d.is_empty(), "{id} is drawn");
        let d = d.split('|').next().unwrap_or_default().to_string();
        // The first loop only (a hole starts with a move).
        let end = d[1..].find(['m', 'M']).map_or(d.len(), |i| i + 1);
        points(&d[..end])
    };
    let check = |what: &str,
                 drawn_svg: Vec<Vec2>,
                 to_mm: &dyn Fn(Vec2) -> Vec2,
                 model: Vec<Vec2>,
                 keep: &dyn Fn(Vec2) -> bool| {
        let mut drawn: Vec<Vec2> = drawn_svg.iter().map(|p| to_mm(*p)).collect();
        // A cut leaves an open chain closed by a straight line: sample the curves only.
        let n = (drawn.len() - 1) / 3 * 3 + 1;
        drawn.truncate(n);
        let drawn = sample(&drawn, 16);
        let model = sample(&model, 24);
        let worst = drawn
            .iter()
            .map(|p| distance(&model, *p))
            .fold(0.0, f64::max);
        assert!(worst <= 0.5, "{what}: drawn {worst:.2} mm from the model");
        let back = model
            .iter()
            .filter(|p| keep(**p))
            .map(|p| distance(&drawn, *p))
            .fold(0.0, f64::max);
        assert!(back <= 0.5, "{what}: model {back:.2} mm from the drawing");
    };
    let pelvis = |p: Vec2| turn(p);
    let all = |_: Vec2| true;
    // Chapter 5, strong stabilizers (neutral pelvis).
    let vp: Viewport = pelvis_side::layout().viewport;
    let l5 = figure_labels(pelvis_side::FIGURE_ID);
    let s = pelvis_side(STRENGTH_MAX, &pairs(&l5));
    let mm = |p: Vec2| vp.from_svg(p);
    let hip: Vec<Vec2> = side_loops("hip-bone-right")[0]
        .iter()
        .map(|p| pelvis(*p))
        .collect();
    check(
        "pelvis-side hip bone",
        first(&s, "pelvis"),
        &mm,
        hip.clone(),
        &all,
    );
    let sacrum: Vec<Vec2> = side_loops("sacrum")[0].iter().map(|p| pelvis(*p)).collect();
    check("pelvis-side sacrum", first(&s, "sacrum"), &mm, sacrum, &all);
    let cut = pelvis_side::THIGH_CUT;
    check(
        "pelvis-side femur",
        first(&s, "femur"),
        &mm,
        side_loops("femur")[0].clone(),
        &|p: Vec2| p.y < cut - 8.0,
    );
    // Chapter 4.
    let vp = hamstrings_side::layout().viewport;
    let l4 = figure_labels(hamstrings_side::FIGURE_ID);
    let s = hamstrings_side(50.0, &pairs(&l4));
    let mm = |p: Vec2| vp.from_svg(p);
    check(
        "hamstrings-side hip bone",
        first(&s, "pelvis"),
        &mm,
        hip.clone(),
        &all,
    );
    for bone in ["femur", "patella"] {
        check(
            bone,
            first(&s, bone),
            &mm,
            side_loops(bone)[0].clone(),
            &all,
        );
    }
    for bone in ["tibia", "fibula"] {
        check(
            bone,
            first(&s, bone),
            &mm,
            side_loops(bone)[0].clone(),
            &|p: Vec2| p.y < SHIN_CUT - 8.0,
        );
    }
    // The bend: the panel turns the whole body so the thigh stays upright.
    let vp = bend_forward::layout().viewport;
    let lb = figure_labels(bend_forward::FIGURE_ID);
    let s = bend_forward(Panel::Relaxed, &pairs(&lb));
    let mm = |p: Vec2| vp.from_svg(p);
    let femur = side_loops("femur")[0].clone();
    check("bend femur", first(&s, "femur"), &mm, femur, &|p: Vec2| {
        p.y < 160.0
    });
}
