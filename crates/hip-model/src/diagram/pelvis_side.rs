//! Chapter 5: the pelvis, sacrum and low back from the side, with the upper thigh and the
//! hamstrings. Stabilizer strength (the chain model) sets how hard the hamstrings pull: the
//! pelvis turns back about the hip joint by a few degrees and the lumbar curve becomes a
//! little flatter, keeping its inward curve (see `geometry::chain` for why the change is
//! small). No disc is marked as squeezed: in standing they are not. A dashed outline keeps
//! the neutral pelvis in view for comparison.

use super::labels::{place_labels, retarget, LabelFrame, LabelRequest, Side, SidePref};
use super::layout::{Frame, Layout};
use super::path::PathBuilder;
use super::scene::{path, Scene, Shape};
use super::side_view::{
    self, arc_arrow, arrow, bezier, bounds, class, draw_pelvis_and_thigh, level, Projector,
    FONT_SIZE, VIEW_WIDTH,
};
use crate::geometry::chain::Chain;
use crate::geometry::hamstrings::hamstrings;
use crate::geometry::lateral::{model_point, side, LateralBones};
use crate::geometry::skeleton::Bone;
use crate::geometry::skeleton::Skeleton;
use crate::geometry::spine::Spine;
use crate::geometry::trig::Trig;
use crate::geometry::{Vec2, Vec3};

/// The figure id content uses for this drawing.
pub const FIGURE_ID: &str = "pelvis-side";

const MARGIN_LEFT: f64 = 118.0;
const MARGIN_RIGHT: f64 = 118.0;
const PAD_TOP: f64 = 8.0;
const PAD_BOTTOM: f64 = 6.0;
/// Where the drawing sits: the label margins and the padding.
const FRAME: Frame = side_view::frame(MARGIN_LEFT, MARGIN_RIGHT, PAD_TOP, PAD_BOTTOM);
/// Where the thigh is cut (mm below the hip centre).
pub const THIGH_CUT: f64 = 190.0;

const IDS: &[&str] = &[
    "pelvis",
    "iliac-crest",
    "asis",
    "aiis",
    "acetabulum",
    "ischial-spine",
    "ischial-tuberosity",
    "pubis",
    "sacrum",
    "coccyx",
    "lumbar-spine",
    "l1",
    "l2",
    "l3",
    "l4",
    "l5",
    "discs",
    "femur",
    "hamstrings",
    "pelvis-turn",
    "neutral-outline",
];

/// The annotation ids this figure can label.
pub fn annotation_ids() -> &'static [&'static str] {
    IDS
}

/// The fixed layout (viewBox, mapping), wide enough for every strength.
pub fn layout() -> Layout {
    let mut pts: Vec<Vec2> = Vec::new();
    for strength in [0.0, 100.0] {
        let sk = Skeleton::new(&Chain::new(strength).pose());
        let b = LateralBones::placed(&sk);
        pts.extend(b.hip_bone.points.iter().map(|p| side(*p)));
        pts.extend(Spine::new(&sk).points().map(side));
        pts.extend(
            b.femur
                .points
                .iter()
                .map(|p| side(*p))
                .filter(|p| p.y <= THIGH_CUT),
        );
        for m in hamstrings() {
            pts.extend(
                m.path(&sk)
                    .iter()
                    .map(|p| side(*p) + Vec2::new(-24.0, 0.0))
                    .filter(|p| p.y <= THIGH_CUT),
            );
        }
    }
    pts.push(Vec2::new(0.0, THIGH_CUT));
    let model = bounds(pts).inflate(3.0);
    FRAME.fit(model)
}

/// The drawing for stabilizer `strength` (0 = very weak ..= 100 = strong), with `labels`
/// as (annotation id, text) pairs; unknown ids are skipped. Label text is placed for the
/// neutral pose, so it stays still while the bones move; the leaders follow them.
pub fn pelvis_side(strength: f64, labels: &[(&str, &str)]) -> Scene {
    let vb = layout().view_box;
    let (shapes, now) = draw(strength);
    let (_, still) = draw(crate::geometry::chain::STRENGTH_MAX);
    let find = |t: &[(&'static str, Vec2)], id: &str| t.iter().find(|(i, _)| *i == id).map(|x| x.1);
    let requests: Vec<LabelRequest> = labels
        .iter()
        .filter_map(|(id, text)| {
            Some(LabelRequest {
                id: (*id).to_string(),
                text: (*text).to_string(),
                target: find(&still, id)?,
                side: match *id {
                    "sacrum" | "coccyx" | "ischial-spine" | "ischial-tuberosity" | "hamstrings"
                    | "lumbar-spine" | "l1" | "l2" | "l3" | "l4" | "l5" => {
                        SidePref::Only(Side::Left)
                    }
                    _ => SidePref::Only(Side::Right),
                },
            })
        })
        .collect();
    let frame = LabelFrame::new(vb, FRAME.column(vb.h), FONT_SIZE);
    let mut placed = place_labels(&requests, &frame);
    for l in &mut placed {
        if let Some(t) = find(&now, &l.id) {
            retarget(l, t);
        }
    }
    Scene {
        view_box: vb.as_view_box(),
        shapes,
        labels: placed,
        clip: None,
    }
}

/// The shapes for `strength` and where each annotation id points.
fn draw(strength: f64) -> (Vec<Shape>, Vec<(&'static str, Vec2)>) {
    let chain = Chain::new(strength);
    let vp = layout().viewport;
    let pr = Projector {
        viewport: vp,
        turn: 0.0,
    };
    let cut = vp.to_svg(Vec2::new(0.0, THIGH_CUT)).y;
    let sk = Skeleton::new(&chain.pose());
    let bones = LateralBones::placed(&sk);
    let spine = Spine::new(&sk);
    let neutral = LateralBones::standard();
    let tilt = chain.posterior_tilt_deg;
    let mut shapes: Vec<Shape> = Vec::new();
    let extra = chain.extra_load();
    let long = draw_pelvis_and_thigh(
        &pr,
        &sk,
        &bones,
        &spine,
        1.0 + 0.45 * extra,
        level(extra),
        cut,
        &mut shapes,
    );
    // The hip bone's edge, dashed, where the spine covers it (the ilium is nearer to us).
    let outline =
        |b: &LateralBones| bezier(PathBuilder::new(), &pr.svgs(&b.hip_bone.points)).build();
    shapes.push(path("", class::BONE_GHOST, outline(&bones)));
    if tilt > 0.5 {
        shapes.push(path("neutral-outline", class::GHOST, outline(&neutral)));
    }
    // The hamstrings' pull on the sit bone, and the turn of the pelvis it causes.
    let mut pull_target = Vec2::ZERO;
    if long.len() > 4 {
        let dir = (long[4] - long[0]).normalize();
        let start = long[0] + dir.perp() * pr.len(20.0) + dir * pr.len(4.0);
        let len = pr.len(14.0 + 34.0 * extra);
        arrow(
            start,
            start + dir * len,
            pr.len(8.0 + 3.0 * extra),
            "hamstring-pull",
            &mut shapes,
        );
        pull_target = start + dir * (len * 0.5);
    }
    let hip = pr.svg(bones.head_centre);
    let a0 = (-28.0f64).to_radians();
    // The arc swings round the hip; it starts at its right-most point and stays left of the
    // right margin, where the labels are.
    let room = VIEW_WIDTH - MARGIN_RIGHT - pr.len(6.0) - hip.x;
    let r = pr.len(112.0).min(room / a0.cosine());
    let a1 = a0 - (10.0 + 1.6 * tilt).to_radians();
    let turn_mid = hip + Vec2::from_angle((a0 + a1) / 2.0) * r;
    if tilt > 0.5 {
        arc_arrow(hip, r, a0, a1, pr.len(8.0), "pelvis-turn", &mut shapes);
    }
    let target = |id: &str| -> Option<Vec2> {
        let body = |i: usize| {
            spine.vertebrae.get(i).map(|v| {
                let c = v.lower.at(0.0, 13.0);
                pr.svg(Vec3::new(0.0, c.y, c.x))
            })
        };
        match id {
            "l5" => body(0),
            "l4" => body(1),
            "l3" | "lumbar-spine" => body(2),
            "l2" => body(3),
            "l1" => body(4),
            "discs" => spine
                .discs
                .get(2)
                .map(|d| pr.svg(d.front[0].lerp(d.front[1], 0.5))),
            // Inside the sacrum, behind its upper front (the lumbar spine covers the top).
            "sacrum" => {
                let p = model_point("sacral-promontory")?;
                Some(pr.svg(sk.place_point(Bone::Pelvis, Vec3::new(0.0, p.y + 30.0, p.x - 18.0))))
            }
            // Just above the coccyx's tip, inside the bone.
            "coccyx" => {
                let p = model_point("coccyx")?;
                Some(pr.svg(sk.place_point(Bone::Pelvis, Vec3::new(0.0, p.y - 6.0, p.x + 2.0))))
            }
            "femur" => Some(pr.svg(Vec3::new(0.0, 150.0, 0.0))),
            "hamstrings" => {
                let visible: Vec<Vec2> = long.iter().copied().filter(|p| p.y < cut - 4.0).collect();
                visible.get(visible.len() * 4 / 5).copied()
            }
            "pelvis-turn" => Some(turn_mid),
            "neutral-outline" => Some(pr.svg(Vec3::new(0.0, -104.0, 31.0))),
            "pelvis" => bones.landmark("ilium").map(|p| pr.svg(p)),
            "hamstring-pull" => Some(pull_target),
            _ => bones.landmark(id).map(|p| pr.svg(p)),
        }
    };
    let targets = IDS
        .iter()
        .filter_map(|id| Some((*id, target(id)?)))
        .collect();
    (shapes, targets)
}
