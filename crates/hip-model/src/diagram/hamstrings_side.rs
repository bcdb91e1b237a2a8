//! Chapter 4: the right hip and thigh from the side with the four hamstrings and gluteus
//! medius. Stabilizer strength (the chain model) sets how hard the hamstrings work: as the
//! stabilizer fades, the hamstring bellies grow thicker and stronger in colour, and blue
//! arrows show their pull on the sit bone and the lower leg.

use super::labels::{place_labels, LabelFrame, LabelRequest, Side, SidePref};
use super::layout::{Frame, Layout};
use super::look::Role;
use super::scene::{Scene, Shape};
use super::side_view::{
    self, arrow, bounds, draw_fan, draw_femur, draw_hamstring, draw_hip_bone, draw_knee, level,
    Projector, FONT_SIZE,
};
use crate::geometry::chain::Chain;
use crate::geometry::hamstrings::{
    gluteus_medius, hamstrings, BICEPS_LONG, BICEPS_SHORT, GLUTEUS_MEDIUS, SEMIMEMBRANOSUS,
    SEMITENDINOSUS,
};
use crate::geometry::lateral::{side, LateralBones, SHIN_CUT};
use crate::geometry::muscle::Muscle;
use crate::geometry::skeleton::Skeleton;
use crate::geometry::{Pose, Vec2};

/// The figure id content uses for this drawing.
pub const FIGURE_ID: &str = "hamstrings-side";

const MARGIN_LEFT: f64 = 162.0;
const MARGIN_RIGHT: f64 = 106.0;
const PAD_TOP: f64 = 10.0;
const PAD_BOTTOM: f64 = 8.0;
/// Where the drawing sits: the label margins and the padding.
const FRAME: Frame = side_view::frame(MARGIN_LEFT, MARGIN_RIGHT, PAD_TOP, PAD_BOTTOM);
/// How much thicker the bellies are drawn when the hamstrings work hardest.
pub const MAX_SWELL: f64 = 0.45;

const IDS: &[&str] = &[
    BICEPS_LONG,
    BICEPS_SHORT,
    SEMITENDINOSUS,
    SEMIMEMBRANOSUS,
    GLUTEUS_MEDIUS,
    "ischial-tuberosity",
    "pelvis",
    "femur",
    "tibia",
    "fibula-head",
    "patella",
    "acetabulum",
    "hamstring-pull",
];

/// The annotation ids this figure can label.
pub fn annotation_ids() -> &'static [&'static str] {
    IDS
}

/// The fixed layout: viewBox and model -> SVG mapping (the same for every strength).
pub fn layout() -> Layout {
    let b = LateralBones::standard();
    let sk = Skeleton::new(&Pose::default());
    let muscles = hamstrings();
    let pts = b
        .outlines()
        .into_iter()
        .flat_map(|o| o.points.iter().map(|p| side(*p)))
        .filter(|p| p.y <= SHIN_CUT)
        .chain(
            muscles
                .iter()
                .flat_map(|m| m.path(&sk))
                .map(|p| side(p) + Vec2::new(-26.0, 0.0)),
        );
    let model = bounds(pts).inflate(2.0);
    FRAME.fit(model)
}

/// The drawing for stabilizer `strength` (0 = very weak ..= 100 = strong), with `labels`
/// as (annotation id, text) pairs; unknown ids are skipped.
pub fn hamstrings_side(strength: f64, labels: &[(&str, &str)]) -> Scene {
    let chain = Chain::new(strength);
    let Layout {
        view_box: vb,
        viewport: vp,
        ..
    } = layout();
    let pr = Projector {
        viewport: vp,
        turn: 0.0,
    };
    // One idea per drawing: the pelvis stands still here (chapter 5 tips it).
    let sk = Skeleton::new(&Pose::default());
    let bones = LateralBones::placed(&sk);
    let extra = chain.extra_load();
    let load_level = level(extra);
    let thickness = 1.0 + MAX_SWELL * extra;
    let mut shapes: Vec<Shape> = Vec::new();
    draw_hip_bone(&pr, &bones, Role::Context, &mut shapes);
    let muscles = hamstrings();
    // The two deepest bellies go under the femur and the knee, the other two over them.
    let (deep, superficial) = muscles.split_at(2);
    let belly = |m: &Muscle, shapes: &mut Vec<Shape>| {
        let d = draw_hamstring(
            &pr,
            m,
            &sk,
            thickness,
            load_level,
            Role::Subject,
            None,
            shapes,
        );
        (m.id, d.centre)
    };
    let mut centres: Vec<(&'static str, Vec<Vec2>)> =
        deep.iter().map(|m| belly(m, &mut shapes)).collect();
    draw_femur(&pr, &bones, None, &mut shapes);
    draw_knee(&pr, &bones, &mut shapes);
    centres.extend(superficial.iter().map(|m| belly(m, &mut shapes)));
    let fan = draw_fan(
        &pr,
        &gluteus_medius(),
        &sk,
        chain.strength / 100.0,
        &mut shapes,
    );
    // The pull: on the sit bone (down the thigh) and on the lower leg (up the thigh).
    let long = centres
        .iter()
        .find(|(id, _)| *id == BICEPS_LONG)
        .map(|(_, c)| c.clone())
        .unwrap_or_default();
    let pull_len = pr.len(16.0 + 46.0 * extra);
    let head = pr.len(9.0 + 3.0 * extra);
    let mut pull_target = Vec2::ZERO;
    if long.len() > 4 {
        let n = long.len() - 1;
        let top = long[0];
        let dir = (long[4] - top).normalize();
        let back = dir.perp() * pr.len(34.0);
        let start = top + back + dir * pr.len(6.0);
        arrow(
            start,
            start + dir * pull_len,
            head,
            "hamstring-pull",
            &mut shapes,
        );
        pull_target = start + dir * (pull_len * 0.5);
        let bottom = long[n];
        let dir_up = (long[n - 6] - bottom).normalize();
        let start = bottom + dir_up * pr.len(10.0) + dir_up.perp() * -pr.len(30.0);
        arrow(start, start + dir_up * pull_len, head, "", &mut shapes);
    }
    let target = |id: &str| -> Option<Vec2> {
        let on = |mid: &str, t: f64| {
            centres.iter().find(|(i, _)| *i == mid).map(|(_, c)| {
                let k = ((c.len() - 1) as f64 * t).round() as usize;
                c[k]
            })
        };
        match id {
            BICEPS_LONG => on(BICEPS_LONG, 0.42),
            // Lower down, where the short head shows beside the long head (higher up it
            // lies under it).
            BICEPS_SHORT => on(BICEPS_SHORT, 0.75),
            SEMITENDINOSUS => on(SEMITENDINOSUS, 0.22).map(|p| p + Vec2::new(-pr.len(6.0), 0.0)),
            SEMIMEMBRANOSUS => on(SEMIMEMBRANOSUS, 0.74).map(|p| p + Vec2::new(-pr.len(7.0), 0.0)),
            GLUTEUS_MEDIUS => {
                let c = fan.iter().fold(Vec2::ZERO, |a, p| a + *p) * (1.0 / fan.len() as f64);
                Some(c)
            }
            "hamstring-pull" => Some(pull_target),
            // Gluteus medius covers the wing of the hip bone here: point at bone in view,
            // at its front edge (the lower front spine).
            "pelvis" => bones.landmark("aiis").map(|p| pr.svg(p)),
            "femur" => Some(pr.svg(crate::geometry::Vec3::new(0.0, 170.0, 2.0))),
            _ => bones.landmark(id).map(|p| pr.svg(p)),
        }
    };
    let requests: Vec<LabelRequest> = labels
        .iter()
        .filter(|(id, _)| IDS.contains(id))
        .filter_map(|(id, text)| {
            Some(LabelRequest {
                id: (*id).to_string(),
                text: (*text).to_string(),
                target: target(id)?,
                side: match *id {
                    BICEPS_LONG | BICEPS_SHORT | SEMITENDINOSUS | SEMIMEMBRANOSUS
                    | "ischial-tuberosity" | "fibula-head" | "hamstring-pull" => {
                        SidePref::Only(Side::Left)
                    }
                    _ => SidePref::Only(Side::Right),
                },
            })
        })
        .collect();
    let frame = LabelFrame::new(vb, FRAME.column(vb.h), FONT_SIZE);
    Scene {
        view_box: vb.as_view_box(),
        shapes,
        labels: place_labels(&requests, &frame),
        clip: None,
    }
}

/// Class of the shapes, re-exported for tests.
pub use side_view::class;
