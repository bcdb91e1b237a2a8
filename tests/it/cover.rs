//! What chapter 3's figure covers in its drawing, for checking where the plane labels point:
//! the body segments as tapered capsules, the trunk as its hull, equipment as outlines and
//! lines (SVG units, projected as `activity_planes` draws them).

use hip_explainer::diagram::activity_planes::project;
use hip_explainer::diagram::viewport::Viewport;
use hip_explainer::geometry::activity::Stage;
use hip_explainer::geometry::body::BodySide;
use hip_explainer::geometry::hull::convex_hull;
use hip_explainer::geometry::{Vec2, Vec3};

use crate::leaders::inside;

/// Clearance (SVG units) a label's dot keeps from the figure.
pub const TARGET_CLEARANCE: f64 = 6.0;

/// What the figure and its equipment cover in the drawing (SVG units): the body segments
/// as tapered capsules, the trunk as its hull, equipment as outlines and lines.
#[derive(Debug, Clone, Default)]
pub struct Cover {
    /// Body segments: (end, radius, other end, radius).
    capsules: Vec<(Vec2, f64, Vec2, f64)>,
    /// Filled outlines: the trunk's hull, seats and desks.
    areas: Vec<Vec<Vec2>>,
    /// Open lines (bike frame), drawn with a stroke.
    lines: Vec<Vec<Vec2>>,
}

/// Half the width of an equipment line's stroke, with room to spare (SVG units).
const LINE_HALF_WIDTH: f64 = 2.5;

impl Cover {
    /// What `stage`'s figure and equipment cover when drawn through `vp`.
    pub fn new(stage: &Stage, vp: &Viewport) -> Cover {
        Cover::build(stage, vp, true)
    }

    /// What the near side of `stage`'s figure covers: head, trunk and the limbs on the
    /// viewer's side (not the far limbs, drawn darker behind the body, nor equipment).
    pub fn near(stage: &Stage, vp: &Viewport) -> Cover {
        Cover::build(stage, vp, false)
    }

    fn build(stage: &Stage, vp: &Viewport, all: bool) -> Cover {
        let down = Vec3::new(0.0, -stage.floor_y, 0.0);
        let to_svg = |p: Vec3| vp.to_svg(project(p + down).0);
        let capsules = stage
            .body
            .segments
            .iter()
            .filter(|s| all || s.side != BodySide::Left)
            .map(|s| {
                (
                    to_svg(s.a),
                    vp.len_to_svg(s.ra),
                    to_svg(s.b),
                    vp.len_to_svg(s.rb),
                )
            })
            .collect();
        let trunk: Vec<Vec2> = stage
            .body
            .trunk
            .iter()
            .flat_map(|r| r.points(20))
            .map(to_svg)
            .collect();
        let mut areas = vec![convex_hull(&trunk)];
        let mut lines = Vec::new();
        for part in stage.props.iter().filter(|_| all) {
            let pts: Vec<Vec2> = part.points.iter().map(|p| to_svg(*p)).collect();
            if part.closed {
                areas.push(pts);
            } else {
                lines.push(pts);
            }
        }
        Cover {
            capsules,
            areas,
            lines,
        }
    }

    /// True if `p` is on the figure or within `margin` of it.
    pub fn covers(&self, p: Vec2, margin: f64) -> bool {
        self.capsules.iter().any(|&(a, ra, b, rb)| {
            let (q, t) = nearest_on_segment(p, a, b);
            q.distance(p) <= ra + (rb - ra) * t + margin
        }) || self
            .areas
            .iter()
            .any(|poly| inside(poly, p) || near_outline(poly, true, p, margin))
            || self
                .lines
                .iter()
                .any(|line| near_outline(line, false, p, margin + LINE_HALF_WIDTH))
    }
}

/// The point of segment `ab` nearest `p`, and how far along it lies (0 at `a`, 1 at `b`).
fn nearest_on_segment(p: Vec2, a: Vec2, b: Vec2) -> (Vec2, f64) {
    let ab = b - a;
    let len2 = ab.dot(ab);
    let t = if len2 < 1e-12 {
        0.0
    } else {
        ((p - a).dot(ab) / len2).clamp(0.0, 1.0)
    };
    (a + ab * t, t)
}

/// Is `p` within `margin` of the outline through `pts` (closed back to the start if `closed`)?
fn near_outline(pts: &[Vec2], closed: bool, p: Vec2, margin: f64) -> bool {
    let n = pts.len();
    let edges = if closed { n } else { n.saturating_sub(1) };
    (0..edges).any(|i| {
        let (q, _) = nearest_on_segment(p, pts[i], pts[(i + 1) % n]);
        q.distance(p) <= margin
    })
}
