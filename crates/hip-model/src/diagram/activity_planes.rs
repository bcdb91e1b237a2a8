//! Chapter 3: a simple figure doing an everyday activity, seen from the front and a little to
//! its right, with the three planes of movement through the hip. The plane the activity
//! mostly works is drawn strong (thick solid outline, denser tint), a plane it works a little
//! is dashed, the others are faint and dotted; a blue arrow shows the movement in it.

use super::labels::{place_labels, LabelFrame, LabelRequest, Side, SidePref};
use super::layout::{Frame, Layout};
use super::path::PathBuilder;
use super::scene::{path, Scene, Shape};
use super::viewport::{Rect, Viewport};
use crate::geometry::activity::{Activity, Emphasis, Plane, Stage};
use crate::geometry::body::{BodySide, Segment};
use crate::geometry::hull::convex_hull;
use crate::geometry::trig::Trig;
use crate::geometry::vec::Limit;
use crate::geometry::{Vec2, Vec3};

/// The figure id content uses for this drawing.
pub const FIGURE_ID: &str = "activity-planes";

/// Width of the viewBox (user units).
pub const VIEW_WIDTH: f64 = 360.0;
/// Label font size (user units).
pub const FONT_SIZE: f64 = 15.0;
/// Room kept beside the drawing (user units): the labels go on the right, where every
/// plane has a corner of its own.
const MARGIN_LEFT: f64 = 4.0;
const MARGIN_RIGHT: f64 = 128.0;
/// Space above and below the drawing (user units).
const PAD: f64 = 6.0;

/// Camera: turned this far to the subject's right (so the front and right side show) ...
const AZIMUTH_DEG: f64 = 40.0;
/// ... and raised this far (so the turning plane is seen from a little above).
const ELEVATION_DEG: f64 = 16.0;

/// Half-extents of the planes around the hip (mm): side to side, back, front, and the top
/// of the upright planes above the floor.
const PLANE_HALF_WIDTH: f64 = 370.0;
const PLANE_BACK: f64 = 360.0;
const PLANE_FRONT: f64 = 470.0;
const PLANE_TOP: f64 = 1760.0;

/// CSS classes of the shapes (styled in `static/diagram.css`).
pub mod class {
    /// The soft shadow on the floor.
    pub const FLOOR: &str = "dg-ap-floor";
    /// A plane the activity hardly works.
    pub const PLANE_NONE: &str = "dg-ap-plane dg-ap-plane-none";
    /// A plane it works a little.
    pub const PLANE_LITTLE: &str = "dg-ap-plane dg-ap-plane-little";
    /// The plane it mostly works.
    pub const PLANE_MOSTLY: &str = "dg-ap-plane dg-ap-plane-mostly";
    /// A filled part of the chair, desk or bike.
    pub const PROP: &str = "dg-ap-prop";
    /// A line of the chair, desk or bike.
    pub const PROP_LINE: &str = "dg-ap-prop-line";
    /// A body part on the near side.
    pub const BODY: &str = "dg-ap-body";
    /// A body part on the far side (a shade darker).
    pub const BODY_FAR: &str = "dg-ap-body dg-ap-body-far";
    /// The movement arrow.
    pub const MOTION: &str = "dg-ap-motion";
    /// The movement arrow's heads.
    pub const MOTION_HEAD: &str = "dg-ap-motion-head";
}

/// The annotation ids this figure can label: the three planes.
pub fn annotation_ids() -> &'static [&'static str] {
    &["sagittal-plane", "frontal-plane", "transverse-plane"]
}

/// Where a model point (mm, floor at y = 0) lands on the page (mm, y down), and its depth
/// (larger = nearer the viewer).
pub fn project(p: Vec3) -> (Vec2, f64) {
    let (sa, ca) = AZIMUTH_DEG.to_radians().sine_cosine();
    let (se, ce) = ELEVATION_DEG.to_radians().sine_cosine();
    let x = p.x * ca + p.z * sa;
    let zr = -p.x * sa + p.z * ca;
    (Vec2::new(x, p.y * ce + zr * se), zr * ce - p.y * se)
}

/// The layout, from the union of all six activities' drawings.
pub fn layout() -> Layout {
    let pts: Vec<Vec2> = Activity::ALL
        .iter()
        .flat_map(|a| model_points(&a.stage()))
        .map(|p| project(p).0)
        .collect();
    let model = Rect::bounding(pts)
        .unwrap_or(Rect::new(-500.0, -1800.0, 1000.0, 1900.0))
        .inflate(10.0);
    Frame {
        width: VIEW_WIDTH,
        margin_left: MARGIN_LEFT,
        margin_right: MARGIN_RIGHT,
        pad_top: PAD,
        pad_bottom: PAD,
    }
    .fit(model)
}

/// Every model point a stage draws (floor at y = 0), for bounds.
pub fn model_points(stage: &Stage) -> Vec<Vec3> {
    let down = Vec3::new(0.0, -stage.floor_y, 0.0);
    let mut v: Vec<Vec3> = stage
        .body
        .extreme_points()
        .into_iter()
        .chain(stage.props.iter().flat_map(|p| p.points.iter().copied()))
        .map(|p| p + down)
        .collect();
    for plane in Plane::ALL {
        v.extend(plane_corners(stage, plane));
    }
    v
}

/// The centre the planes pass through: between the hip joints, floor at y = 0.
fn plane_centre(stage: &Stage) -> Vec3 {
    stage.body.pelvis_centre + Vec3::new(0.0, -stage.floor_y, 0.0)
}

/// Corners of a plane (mm, floor at y = 0).
pub fn plane_corners(stage: &Stage, plane: Plane) -> [Vec3; 4] {
    let c = plane_centre(stage);
    let (w, b, f, top) = (PLANE_HALF_WIDTH, PLANE_BACK, PLANE_FRONT, -PLANE_TOP);
    match plane {
        Plane::Sagittal => [
            Vec3::new(c.x, top, c.z - b),
            Vec3::new(c.x, top, c.z + f),
            Vec3::new(c.x, 0.0, c.z + f),
            Vec3::new(c.x, 0.0, c.z - b),
        ],
        Plane::Frontal => [
            Vec3::new(c.x - w, top, c.z),
            Vec3::new(c.x + w, top, c.z),
            Vec3::new(c.x + w, 0.0, c.z),
            Vec3::new(c.x - w, 0.0, c.z),
        ],
        Plane::Transverse => [
            Vec3::new(c.x - w, c.y, c.z - b),
            Vec3::new(c.x + w, c.y, c.z - b),
            Vec3::new(c.x + w, c.y, c.z + f),
            Vec3::new(c.x - w, c.y, c.z + f),
        ],
    }
}

/// Where `plane`'s label points in `activity`'s drawing, as fractions across the plane: `u`
/// from its first corner towards its second, `v` from its first corner towards its fourth
/// (see [`plane_corners`]). Near the plane's front or outer corner, where the figure leaves
/// it in view; where a figure reaches into that corner (the cyclist's head and arms, the
/// desk, a side-step's arm) the spot moves so the dot is on the plane, not on the figure,
/// and its leader does not cross the head, trunk or near limbs. A native test checks every
/// activity against what the figure covers (`tests/it/cover.rs`).
fn label_spot(activity: Activity, plane: Plane) -> (f64, f64) {
    match (activity, plane) {
        (Activity::Cycling, Plane::Sagittal) => (0.958, 0.042),
        (Activity::Cycling, Plane::Transverse) => (0.833, 0.875),
        (Activity::SideStepping, Plane::Transverse) => (0.958, 0.875),
        (Activity::Sitting, Plane::Transverse) => (0.917, 0.875),
        (_, Plane::Sagittal) => (0.964, 0.114),
        (_, Plane::Frontal) => (0.946, 0.023),
        (_, Plane::Transverse) => (0.919, 0.928),
    }
}

/// The point of `plane` at `spot` (see [`label_spot`]), in mm with the floor at y = 0.
fn plane_point(stage: &Stage, plane: Plane, (u, v): (f64, f64)) -> Vec3 {
    let [c0, c1, c2, c3] = plane_corners(stage, plane);
    c0.lerp(c1, u).lerp(c3.lerp(c2, u), v)
}

/// One thing to paint, with its depth for back-to-front sorting.
struct Item {
    depth: f64,
    /// In front of the main plane (painted after it).
    front: bool,
    shape: Shape,
}

/// The drawing for `activity`, with `labels` as (annotation id, text) pairs (unknown ids are
/// skipped; content validation reports them).
pub fn activity_planes(activity: Activity, labels: &[(&str, &str)]) -> Scene {
    let lay = layout();
    let vp = lay.viewport;
    let stage = activity.stage();
    let down = Vec3::new(0.0, -stage.floor_y, 0.0);
    let to_svg = |p: Vec3| vp.to_svg(project(p).0);
    let mut shapes = Vec::new();

    // The floor: a soft ellipse under the figure.
    let c = plane_centre(&stage);
    let floor: Vec<Vec2> = (0..24)
        .map(|i| {
            let t = i as f64 * std::f64::consts::TAU / 24.0;
            to_svg(Vec3::new(
                c.x + 330.0 * t.cosine(),
                0.0,
                c.z + 40.0 + 330.0 * t.sine(),
            ))
        })
        .collect();
    shapes.push(path(
        "floor",
        class::FLOOR,
        PathBuilder::new().smooth_closed(&floor).build(),
    ));

    let emphasis = activity.planes();
    let plane_shape = |plane: Plane, e: Emphasis| {
        let cls = match e {
            Emphasis::None => class::PLANE_NONE,
            Emphasis::ALittle => class::PLANE_LITTLE,
            Emphasis::Mostly => class::PLANE_MOSTLY,
        };
        let pts: Vec<Vec2> = plane_corners(&stage, plane)
            .iter()
            .map(|p| to_svg(*p))
            .collect();
        path(plane.id(), cls, PathBuilder::new().polygon(&pts).build())
    };
    // Planes it works less sit behind the figure, faint or dashed.
    let main = Plane::ALL
        .into_iter()
        .zip(emphasis)
        .find(|(_, e)| *e == Emphasis::Mostly)
        .map(|(p, _)| p);
    for (plane, e) in Plane::ALL.iter().zip(emphasis) {
        if Some(*plane) != main {
            shapes.push(plane_shape(*plane, e));
        }
    }

    // The figure passes through the main plane: parts behind it are painted before it,
    // parts in front of it after (each group from far to near). The camera looks from the
    // front, from the subject's right and from a little above.
    let in_front = |p: Vec3| match main {
        Some(Plane::Sagittal) => p.x < c.x,
        Some(Plane::Frontal) => p.z > c.z,
        Some(Plane::Transverse) => p.y < c.y,
        None => true,
    };
    let mut items: Vec<Item> = Vec::new();
    let mut forearm_depth = f64::INFINITY;
    for s in &stage.body.segments {
        let mid = s.a.lerp(s.b, 0.5) + down;
        let (item, depth) = segment_item(s, down, &vp);
        if s.id.ends_with("forearm") {
            forearm_depth = forearm_depth.min(depth);
        }
        let on_midline = matches!(s.id, "neck" | "head");
        items.push(Item {
            front: on_midline || in_front(mid),
            ..item
        });
    }
    let trunk_pts: Vec<Vec2> = stage
        .body
        .trunk
        .iter()
        .flat_map(|r| r.points(20))
        .map(|p| to_svg(p + down))
        .collect();
    items.push(Item {
        depth: project(stage.body.pelvis_centre + down).1,
        front: true,
        shape: path(
            "trunk",
            class::BODY,
            PathBuilder::new()
                .smooth_closed(&convex_hull(&trunk_pts))
                .build(),
        ),
    });
    // Equipment: most of it behind the figure; a desk lies over the thighs and under the
    // forearms.
    for part in &stage.props {
        let pts: Vec<Vec2> = part.points.iter().map(|p| to_svg(*p + down)).collect();
        let (cls, d) = if part.closed {
            (class::PROP, PathBuilder::new().polygon(&pts).build())
        } else {
            let mut b = PathBuilder::new().move_to(pts[0]);
            for p in &pts[1..] {
                b = b.line_to(*p);
            }
            (class::PROP_LINE, b.build())
        };
        let shape = path(part.id, cls, d);
        if part.id.starts_with("desk") {
            items.push(Item {
                depth: forearm_depth - 1.0,
                front: true,
                shape,
            });
        } else {
            shapes.push(shape);
        }
    }
    crate::geometry::order::sort_by_number(&mut items, |i| i.depth);
    let (front, back): (Vec<Item>, Vec<Item>) = items.into_iter().partition(|i| i.front);
    shapes.extend(back.into_iter().map(|i| i.shape));
    if let Some(p) = main {
        shapes.push(plane_shape(p, Emphasis::Mostly));
    }
    shapes.extend(front.into_iter().map(|i| i.shape));

    if let Some(arrow) = motion_arrow(activity, &stage) {
        let pts: Vec<Vec2> = arrow.points.iter().map(|p| to_svg(*p)).collect();
        shapes.push(path(
            "motion",
            class::MOTION,
            PathBuilder::new().smooth_through(&pts).build(),
        ));
        let mut heads = PathBuilder::new();
        let n = pts.len();
        heads = arrow_head(heads, pts[n - 2], pts[n - 1]);
        if arrow.both_ways {
            heads = arrow_head(heads, pts[1], pts[0]);
        }
        shapes.push(path("", class::MOTION_HEAD, heads.build()));
    }

    let requests: Vec<LabelRequest> = labels
        .iter()
        .filter_map(|(id, text)| {
            let plane = Plane::ALL.into_iter().find(|p| p.id() == *id)?;
            Some(LabelRequest {
                id: (*id).to_string(),
                text: (*text).to_string(),
                target: to_svg(plane_point(&stage, plane, label_spot(activity, plane))),
                side: SidePref::Only(Side::Right),
            })
        })
        .collect();
    let frame = LabelFrame::new(lay.view_box, lay.drawing, FONT_SIZE);
    Scene {
        view_box: lay.view_box.as_view_box(),
        shapes,
        labels: place_labels(&requests, &frame),
        clip: None,
    }
}

/// A rounded segment as the outline of its two end circles and their outer tangents.
fn segment_item(s: &Segment, down: Vec3, vp: &Viewport) -> (Item, f64) {
    let (pa, da) = project(s.a + down);
    let (pb, db) = project(s.b + down);
    let (a, b) = (vp.to_svg(pa), vp.to_svg(pb));
    let (ra, rb) = (vp.len_to_svg(s.ra), vp.len_to_svg(s.rb));
    let class = if s.side == BodySide::Left {
        class::BODY_FAR
    } else {
        class::BODY
    };
    let depth = (da + db) / 2.0;
    (
        Item {
            depth: depth + if s.id == "head" { 1000.0 } else { 0.0 },
            front: false,
            shape: path(s.id, class, capsule(a, ra, b, rb)),
        },
        depth,
    )
}

/// Path data of the hull of two circles (centre, radius).
pub fn capsule(a: Vec2, ra: f64, b: Vec2, rb: f64) -> String {
    let d = a.distance(b);
    if d + ra.min(rb) <= ra.max(rb) + 1e-6 {
        let (c, r) = if ra >= rb { (a, ra) } else { (b, rb) };
        return PathBuilder::new().ellipse(c, r, r, 0.0).build();
    }
    let u = (b - a) * (1.0 / d);
    let alpha = ((ra - rb) / d).limit(-1.0, 1.0).acos();
    let (np, nm) = (u.rotate(alpha), u.rotate(-alpha));
    PathBuilder::new()
        .move_to(a + np * ra)
        .line_to(b + np * rb)
        .arc_to(
            rb,
            rb,
            0.0,
            alpha > std::f64::consts::FRAC_PI_2,
            false,
            b + nm * rb,
        )
        .line_to(a + nm * ra)
        .arc_to(
            ra,
            ra,
            0.0,
            alpha < std::f64::consts::FRAC_PI_2,
            false,
            a + np * ra,
        )
        .close()
        .build()
}

/// A filled arrowhead at `tip`, pointing from `from`.
fn arrow_head(b: PathBuilder, from: Vec2, tip: Vec2) -> PathBuilder {
    let dir = (tip - from).normalize();
    let side = dir.perp();
    let (len, half) = (9.0, 4.5);
    let base = tip - dir * len;
    b.polygon(&[tip + dir * 1.5, base + side * half, base - side * half])
}

/// A movement arrow in the plane the activity works (mm, floor at y = 0).
pub struct MotionArrow {
    /// Points along the arrow, tail to head.
    pub points: Vec<Vec3>,
    /// A head at both ends (back and forth) or only at the last point.
    pub both_ways: bool,
}

/// The movement an activity makes, as an arrow in its main plane (`None` when still).
pub fn motion_arrow(activity: Activity, stage: &Stage) -> Option<MotionArrow> {
    let c = plane_centre(stage);
    let arc = |from: f64, to: f64, f: &dyn Fn(f64) -> Vec3| -> Vec<Vec3> {
        (0..=12)
            .map(|i| f((from + (to - from) * i as f64 / 12.0).to_radians()))
            .collect()
    };
    let (points, both_ways) = match activity {
        Activity::Sitting => return None,
        // The legs swing forward and back about the hip, below the knee line.
        Activity::Walking | Activity::Running => {
            let r = 640.0;
            (
                arc(-28.0, 36.0, &|t| {
                    Vec3::new(c.x, c.y + r * t.cosine(), c.z + r * t.sine())
                }),
                true,
            )
        }
        // The pedals go round.
        Activity::Cycling => {
            let [pr, pl] = stage.body.balls;
            let crank = pr.lerp(pl, 0.5) + Vec3::new(0.0, -stage.floor_y, 0.0);
            let r = pr.distance(pl) / 2.0 + 70.0;
            (
                arc(200.0, -60.0, &|t| {
                    Vec3::new(c.x, crank.y + r * t.sine(), crank.z + r * t.cosine())
                }),
                false,
            )
        }
        // Out to the side and back, about the hip.
        Activity::SideStepping => {
            let r = 640.0;
            (
                arc(-36.0, 26.0, &|t| {
                    Vec3::new(c.x + r * t.sine(), c.y + r * t.cosine(), c.z)
                }),
                true,
            )
        }
        // Round the body's long axis, in front of it, towards the subject's left.
        Activity::Turning => {
            let r = 330.0;
            (
                arc(140.0, 40.0, &|t| {
                    Vec3::new(c.x + r * t.cosine(), c.y - 60.0, c.z + r * t.sine())
                }),
                false,
            )
        }
    };
    Some(MotionArrow { points, both_ways })
}
