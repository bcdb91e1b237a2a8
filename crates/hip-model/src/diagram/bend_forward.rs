//! Chapter 5: bending forward to pick something up, two small static side views.
//!
//! - Relaxed hamstrings: the pelvis tips far forward over the thighs, and the low back
//!   rounds as it normally does in a full bend (its inward curve reverses).
//! - Tight hamstrings: the pelvis tips forward less, so the hips give less of the bend and
//!   the low back rounds a little more to reach about as far.
//!
//! Rounding the low back to bend is normal and not harmful in itself, so both panels show it
//! and neither marks a disc as squeezed: the difference is how much the hips contribute.
//!
//! Both use the same skeleton model: a hip flexion with the whole body turned so the thigh
//! stays upright. Both panels share one scale and one viewBox, so they compare fairly; the
//! page stacks them one above the other (a bend is wide, and labels must stay legible).

use super::labels::{place_labels, LabelFrame, LabelRequest, Side, SidePref};
use super::layout::{Frame, Layout};
use super::path::PathBuilder;
use super::scene::{path, Scene, Shape};
use super::side_view::{self, arrow, bounds, class, draw_pelvis_and_thigh, Projector, FONT_SIZE};
use super::viewport::Viewport;
use crate::geometry::lateral::LateralBones;
use crate::geometry::skeleton::Skeleton;
use crate::geometry::spine::Spine;
use crate::geometry::{Pose, Vec2, Vec3};

/// The figure id content uses for this drawing.
pub const FIGURE_ID: &str = "bend-forward";
const MARGIN_LEFT: f64 = 128.0;
const MARGIN_RIGHT: f64 = 6.0;
const PAD: f64 = 6.0;
/// Where the drawing sits: the label margins and the padding. Each panel is a whole side
/// view wide: a bend is wider than it is tall, so the two panels sit one above the other
/// (side by side, labels would drop below 12 px).
const FRAME: Frame = side_view::frame(MARGIN_LEFT, MARGIN_RIGHT, PAD, PAD);
/// Where the thighs are cut (mm below the hip centre, along the thigh).
const THIGH_CUT: f64 = 170.0;
/// How far the dashed upper-body line reaches beyond L1 (mm).
const TRUNK_LINE: f64 = 70.0;

/// One of the two drawings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// Relaxed hamstrings.
    Relaxed,
    /// Tight hamstrings.
    Tight,
}

impl Panel {
    /// Both panels, in reading order.
    pub const ALL: [Panel; 2] = [Panel::Relaxed, Panel::Tight];

    /// The id content uses for the panel (and the prefix of its label ids).
    pub fn id(self) -> &'static str {
        match self {
            Panel::Relaxed => "relaxed",
            Panel::Tight => "tight",
        }
    }

    /// The pose of the bend (standing thigh, before the drawing turns the body).
    pub fn pose(self) -> Pose {
        match self {
            // About 44 degrees of lumbar flexion from standing and 75 of hip flexion.
            Panel::Relaxed => Pose {
                hip_flexion_deg: 75.0,
                lumbar_curve: 0.04,
                ..Pose::default()
            },
            // About 60 degrees of lumbar flexion and 50 of hip flexion: within the normal
            // range of a full bend, with less of it from the hips.
            Panel::Tight => Pose {
                hip_flexion_deg: 62.0,
                pelvic_tilt_deg: 12.0,
                lumbar_curve: 0.0,
                ..Pose::default()
            },
        }
    }

    /// How far the pelvis tips forward over the upright thigh (degrees): the hip flexion
    /// between pelvis and thigh.
    pub fn pelvis_forward_deg(self) -> f64 {
        let p = self.pose();
        p.hip_flexion_deg - p.pelvic_tilt_deg
    }

    fn projector(self, vp: Viewport) -> Projector {
        Projector {
            viewport: vp,
            turn: self.pose().hip_flexion_deg.to_radians(),
        }
    }
}

const IDS: &[&str] = &[
    "relaxed-pelvis",
    "relaxed-back",
    "relaxed-hamstrings",
    "relaxed-thigh",
    "relaxed-upper-body",
    "tight-pelvis",
    "tight-back",
    "tight-hamstrings",
    "tight-thigh",
    "tight-upper-body",
];

/// The annotation ids this figure can label (`<panel>-<structure>`).
pub fn annotation_ids() -> &'static [&'static str] {
    IDS
}

/// Points of a panel in the drawing plane (mm), for the shared layout.
fn plane_points(panel: Panel) -> Vec<Vec2> {
    let pr = panel.projector(Viewport::with_scale(1.0, Vec2::ZERO, Vec2::ZERO));
    let sk = Skeleton::new(&panel.pose());
    let b = LateralBones::placed(&sk);
    let spine = Spine::new(&sk);
    let mut pts: Vec<Vec2> = b.hip_bone.points.iter().map(|p| pr.plane(*p)).collect();
    pts.extend(spine.points().map(|p| pr.plane(p)));
    pts.push(trunk_end(&spine, &pr));
    pts.extend(
        b.femur
            .points
            .iter()
            .map(|p| pr.plane(*p))
            .filter(|p| p.y <= THIGH_CUT),
    );
    pts.push(Vec2::new(0.0, THIGH_CUT));
    pts
}

fn trunk_end(spine: &Spine, pr: &Projector) -> Vec2 {
    let l1 = spine.vertebrae.last().map(|v| v.upper).unwrap_or(spine.s1);
    let tip = l1.centre + l1.up() * TRUNK_LINE;
    pr.plane(Vec3::new(0.0, tip.y, tip.x))
}

/// The layout both panels share: viewBox and mapping.
pub fn layout() -> Layout {
    let pts: Vec<Vec2> = Panel::ALL.iter().flat_map(|p| plane_points(*p)).collect();
    let model = bounds(pts).inflate(4.0);
    FRAME.fit(model)
}

/// One panel's drawing, labelled with the pairs whose id starts with the panel's id.
pub fn bend_forward(panel: Panel, labels: &[(&str, &str)]) -> Scene {
    let Layout {
        view_box: vb,
        viewport: vp,
        ..
    } = layout();
    let pr = panel.projector(vp);
    let sk = Skeleton::new(&panel.pose());
    let bones = LateralBones::placed(&sk);
    let spine = Spine::new(&sk);
    let cut = vp.to_svg(Vec2::new(0.0, THIGH_CUT)).y;
    let tight = panel == Panel::Tight;
    let mut shapes: Vec<Shape> = Vec::new();
    // The upper body's direction, dashed, from the top of L1.
    let l1 = spine.vertebrae.last().map(|v| v.upper).unwrap_or(spine.s1);
    let from = pr.svg(Vec3::new(0.0, l1.centre.y, l1.centre.x));
    let to = vp.to_svg(trunk_end(&spine, &pr));
    shapes.push(path(
        "upper-body",
        class::TRUNK_LINE,
        PathBuilder::new().move_to(from).line_to(to).build(),
    ));
    let long = draw_pelvis_and_thigh(
        &pr,
        &sk,
        &bones,
        &spine,
        1.0,
        if tight { 3 } else { 0 },
        cut,
        &mut shapes,
    );
    if tight && long.len() > 4 {
        let dir = (long[4] - long[0]).normalize();
        let start = long[0] - dir.perp() * pr.len(16.0) + dir * pr.len(4.0);
        arrow(
            start,
            start + dir * pr.len(40.0),
            pr.len(10.0),
            "hamstring-pull",
            &mut shapes,
        );
    }
    let prefix = panel.id();
    let target = |what: &str| -> Option<Vec2> {
        match what {
            "pelvis" => bones.landmark("ilium").map(|p| pr.svg(p)),
            "back" => spine.vertebrae.get(2).map(|v| {
                let c = v.lower.at(-8.0, 13.0);
                pr.svg(Vec3::new(0.0, c.y, c.x))
            }),
            "hamstrings" => {
                let visible: Vec<Vec2> = long.iter().copied().filter(|p| p.y < cut).collect();
                visible.get(visible.len() * 2 / 3).copied()
            }
            "thigh" => Some(pr.svg(Vec3::new(0.0, 150.0, 0.0))),
            "upper-body" => Some(from.lerp(to, 0.8)),
            _ => None,
        }
    };
    let requests: Vec<LabelRequest> = labels
        .iter()
        .filter(|(id, _)| IDS.contains(id))
        .filter_map(|(id, text)| {
            let what = id.strip_prefix(prefix)?.strip_prefix('-')?;
            Some(LabelRequest {
                id: (*id).to_string(),
                text: (*text).to_string(),
                target: target(what)?,
                side: SidePref::Only(Side::Left),
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

/// Where the two drawings differ, for tests: (hip flexion, measured lumbar lordosis) per
/// panel, in degrees.
pub fn summary(panel: Panel) -> (f64, f64) {
    let sk = Skeleton::new(&panel.pose());
    (
        panel.pelvis_forward_deg(),
        Spine::new(&sk).measured_lordosis_deg(),
    )
}
