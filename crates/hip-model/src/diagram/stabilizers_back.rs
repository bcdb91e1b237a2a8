//! Chapter 2: the deep hip stabilizers, right hip seen from behind, drawn from the anatomy
//! model (MyoSim 0.2.3, the OpenSim model of Rajagopal et al. 2016). Bones in neutral tones
//! (the femur in the article's green), the seven stabilizers as fibred sheets in the
//! stabilizer orange, the sciatic nerve, and the gluteus maximus as a translucent top layer.
//! Muscles carry numbered badges that match the list beside the drawing; bones and the nerve
//! are labelled in the margins.

use super::labels::{place_labels, retarget, LabelFrame, LabelRequest, Side, SidePref};
use super::layout::{Frame, Layout};
use super::path::PathBuilder;
use super::scene::{path, PlacedLabel, Shape};
use super::viewport::{Rect, Viewport};
use crate::geometry::hull::convex_hull;
use crate::geometry::muscle::Role;
use crate::geometry::pelvis_back::{back, PelvisBack};
use crate::geometry::skeleton::Skeleton;
use crate::geometry::stabilizers::{self, MuscleSheet};
use crate::geometry::trig::Trig;
use crate::geometry::vec::Limit;
use crate::geometry::{Pose, Vec2, Vec3};

/// The figure id content uses for this drawing.
pub const FIGURE_ID: &str = "stabilizers-back";

/// Width of the viewBox (user units).
pub const VIEW_WIDTH: f64 = 360.0;
/// Label font size (user units): 12 px or more when the drawing is 288 px wide or wider.
pub const FONT_SIZE: f64 = 15.0;
/// Radius of a muscle's number badge (user units).
pub const BADGE_RADIUS: f64 = 8.5;
const MARGIN_LEFT: f64 = 84.0;
const MARGIN_RIGHT: f64 = 100.0;
const PAD_TOP: f64 = 10.0;
const PAD_BOTTOM: f64 = 8.0;

/// Bones, nerve and muscle ids a label or list entry may name.
const ANNOTATION_IDS: &[&str] = &[
    "iliac-crest",
    "sacrum",
    "coccyx",
    "greater-trochanter",
    "ischial-tuberosity",
    "ischial-spine",
    "femur",
    "sciatic-nerve",
    stabilizers::GLUTEUS_MEDIUS,
    stabilizers::GLUTEUS_MINIMUS,
    stabilizers::PIRIFORMIS,
    stabilizers::SUPERIOR_GEMELLUS,
    stabilizers::OBTURATOR_INTERNUS,
    stabilizers::INFERIOR_GEMELLUS,
    stabilizers::QUADRATUS_FEMORIS,
    stabilizers::GLUTEUS_MAXIMUS,
];

/// The annotation ids this figure knows: bones, the nerve and every muscle.
pub fn annotation_ids() -> &'static [&'static str] {
    ANNOTATION_IDS
}

/// CSS classes (styled in `static/diagram.css`, scoped under `svg.scene`).
pub mod class {
    /// The body's midline.
    pub const MIDLINE: &str = "dg-midline";
    /// Bone further away (ischium and pubis seen below the notches).
    pub const BONE_FAR: &str = "dg-bone dg-bone-far";
    /// Bone.
    pub const BONE: &str = "dg-bone";
    /// Details drawn on bone (sacral foramina, sacrococcygeal joint).
    pub const BONE_LINE: &str = "dg-bone-line";
    /// Femur outline pass / fill pass / detail lines (as in chapter 1).
    pub const FEMUR_EDGE: &str = "dg-femur-edge";
    pub const FEMUR: &str = "dg-femur";
    pub const FEMUR_LINE: &str = "dg-femur-line";
    /// The sciatic nerve and its dashed core.
    pub const NERVE: &str = "dg-nerve";
    pub const NERVE_LINE: &str = "dg-nerve-line";
}

/// One muscle, ready to draw as an interactive group.
#[derive(Debug, Clone, PartialEq)]
pub struct MuscleShape {
    /// Muscle id (see `geometry::stabilizers`).
    pub id: &'static str,
    /// Stabilizer or big mover.
    pub role: Role,
    /// 1-based number, matching the list.
    pub number: usize,
    /// Outline of the belly seen from behind (closed).
    pub belly: String,
    /// Fibre lines from origin to insertion.
    pub fibres: String,
    /// Dashed outline of the part hidden in front of bone (empty if none).
    pub hidden: String,
    /// Centre line, for a wide invisible pointer target.
    pub hit: String,
    /// Centre of its number badge.
    pub badge: Vec2,
    /// The line of pull in SVG units: origin, via points, insertion.
    pub line: Vec<Vec2>,
}

/// The finished drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct BackScene {
    /// `min-x min-y width height`.
    pub view_box: [f64; 4],
    /// Bones, back to front.
    pub bones: Vec<Shape>,
    /// Muscles deeper than the sciatic nerve, deepest first (gluteus maximus excluded).
    pub deep: Vec<MuscleShape>,
    /// The sciatic nerve (between the deep muscles and piriformis / gluteus maximus).
    pub nerve: Vec<Shape>,
    /// Muscles over the nerve: piriformis, then gluteus maximus last.
    pub over: Vec<MuscleShape>,
    /// Margin labels with leaders.
    pub labels: Vec<PlacedLabel>,
}

impl BackScene {
    /// Every muscle, in paint order.
    pub fn muscles(&self) -> impl Iterator<Item = &MuscleShape> {
        self.deep.iter().chain(self.over.iter())
    }
}

/// The layout (from the standing pose).
pub fn layout() -> Layout {
    Frame {
        width: VIEW_WIDTH,
        margin_left: MARGIN_LEFT,
        margin_right: MARGIN_RIGHT,
        pad_top: PAD_TOP,
        pad_bottom: PAD_BOTTOM,
    }
    .fit(standing_bounds())
}

fn standing_bounds() -> Rect {
    let s = Skeleton::new(&Pose::default());
    let b = PelvisBack::new(&s);
    let mut pts: Vec<Vec2> = b.hip_bone.iter().map(|p| back(*p)).collect();
    pts.extend(b.sacrum.iter().chain(&b.coccyx).map(|p| back(*p)));
    pts.extend(b.femur.iter().map(|p| back(*p)));
    pts.extend(b.sciatic_nerve.iter().map(|p| back(*p)));
    for m in stabilizers::all() {
        pts.extend(
            m.start_edge
                .iter()
                .chain(&m.end_edge)
                .map(|a| back(s.place(a))),
        );
    }
    Rect::bounding(pts)
        .unwrap_or(Rect::new(-90.0, -125.0, 170.0, 300.0))
        .inflate(2.0)
}

/// Where each badge sits: (muscle id, along the belly 0..1, across it 0 = side 0 .. 1).
const BADGES: [(&str, f64, f64); 8] = [
    (stabilizers::GLUTEUS_MEDIUS, 0.36, 0.45),
    (stabilizers::GLUTEUS_MINIMUS, 0.5, 0.7),
    (stabilizers::PIRIFORMIS, 0.42, 0.5),
    (stabilizers::SUPERIOR_GEMELLUS, 0.74, 0.5),
    (stabilizers::OBTURATOR_INTERNUS, 0.36, 0.5),
    (stabilizers::INFERIOR_GEMELLUS, 0.6, 0.5),
    (stabilizers::QUADRATUS_FEMORIS, 0.5, 0.5),
    (stabilizers::GLUTEUS_MAXIMUS, 0.3, 0.14),
];

/// The drawing for `pose` (the figure shows the standing pose) with margin `labels` as
/// (annotation id, text); ids that name no bone or nerve of this figure are skipped.
pub fn stabilizers_back(pose: &Pose, labels: &[(&str, &str)]) -> BackScene {
    let lay = layout();
    let vp = &lay.viewport;
    let sk = Skeleton::new(pose);
    let b = PelvisBack::new(&sk);
    let to = |p: Vec3| vp.to_svg(back(p));
    let mut bones = Vec::new();
    draw_bones(&b, vp, &lay, &mut bones);

    let mut deep = Vec::new();
    let mut over = Vec::new();
    for m in stabilizers::all() {
        let shape = muscle_shape(&m, &sk, vp);
        if m.muscle.id == stabilizers::PIRIFORMIS || m.muscle.id == stabilizers::GLUTEUS_MAXIMUS {
            over.push(shape);
        } else {
            deep.push(shape);
        }
    }
    // Piriformis before gluteus maximus; list order for the rest.
    crate::geometry::order::sort_by(&mut over, |a, b| {
        (a.role == Role::BigMover).cmp(&(b.role == Role::BigMover))
    });
    separate_badges(deep.iter_mut().chain(over.iter_mut()).collect());

    // The nerve: a band with a dashed core (not colour alone).
    let nerve_pts: Vec<Vec2> = b.sciatic_nerve.iter().map(|p| to(*p)).collect();
    let half = vp.len_to_svg(b.nerve_width / 2.0);
    let nerve = vec![
        Shape::Path {
            id: "sciatic-nerve",
            class: class::NERVE,
            d: band(&nerve_pts, half, half * 0.8),
        },
        Shape::Path {
            id: "",
            class: class::NERVE_LINE,
            d: PathBuilder::new().smooth_through(&nerve_pts).build(),
        },
    ];

    let labels = place(labels, &lay, &b, pose);
    BackScene {
        view_box: lay.view_box.as_view_box(),
        bones,
        deep,
        nerve,
        over,
        labels,
    }
}

fn place(
    labels: &[(&str, &str)],
    lay: &Layout,
    posed: &PelvisBack,
    pose: &Pose,
) -> Vec<PlacedLabel> {
    let vp = &lay.viewport;
    let standing = PelvisBack::new(&Skeleton::new(&Pose::default()));
    let requests: Vec<LabelRequest> = labels
        .iter()
        .filter_map(|(id, text)| {
            let side = match *id {
                "sacrum" | "coccyx" | "ischial-tuberosity" | "sciatic-nerve" | "ischial-spine" => {
                    Side::Left
                }
                "iliac-crest" | "greater-trochanter" | "femur" => Side::Right,
                _ => return None,
            };
            Some(LabelRequest {
                id: (*id).to_string(),
                text: (*text).to_string(),
                target: vp.to_svg(label_target(id, &standing)?),
                side: SidePref::Only(side),
            })
        })
        .collect();
    let frame = LabelFrame::new(lay.view_box, lay.drawing, FONT_SIZE);
    let mut placed = place_labels(&requests, &frame);
    if *pose != Pose::default() {
        for l in &mut placed {
            if let Some(t) = label_target(&l.id, posed) {
                retarget(l, vp.to_svg(t));
            }
        }
    }
    placed
}

/// Where a label's leader ends (back view, mm): a point on the bone's surface (the anatomy
/// model's) or on the nerve.
fn label_target(id: &str, b: &PelvisBack) -> Option<Vec2> {
    match id {
        "iliac-crest" | "sacrum" | "coccyx" | "greater-trochanter" | "ischial-tuberosity"
        | "ischial-spine" | "femur" => b.landmark(id).map(back),
        "sciatic-nerve" => b.sciatic_nerve.get(4).map(|p| back(*p)),
        _ => None,
    }
}

fn svg_points(vp: &Viewport, pts: &[Vec3]) -> Vec<Vec2> {
    pts.iter().map(|p| vp.to_svg(back(*p))).collect()
}

fn draw_bones(b: &PelvisBack, vp: &Viewport, lay: &Layout, shapes: &mut Vec<Shape>) {
    let mid_top = Vec2::new(vp.to_svg(Vec2::new(-b.midline_x, 0.0)).x, lay.drawing.y);
    let mid_bottom = Vec2::new(mid_top.x, vp.to_svg(Vec2::new(0.0, 110.0)).y);
    shapes.push(path(
        "",
        class::MIDLINE,
        PathBuilder::new()
            .move_to(mid_top)
            .line_to(mid_bottom)
            .build(),
    ));
    // The femur: its thick outline under its fill (closed across the cut), then its back
    // details.
    let femur = PathBuilder::new()
        .bezier_chain(&svg_points(vp, &b.femur))
        .close()
        .build();
    shapes.push(path("", class::FEMUR_EDGE, femur.clone()));
    shapes.push(path("femur", class::FEMUR, femur));
    let crest = svg_points(vp, &b.intertrochanteric_crest);
    shapes.push(path(
        "",
        class::FEMUR_LINE,
        PathBuilder::new()
            .move_to(crest[0])
            .smooth_through(&crest[1..])
            .build(),
    ));
    // Sacrum and coccyx (closed along the midline), then the hip bone over the sacrum's
    // edge, with the obturator foramen as a hole.
    shapes.push(path(
        "sacrum",
        class::BONE,
        PathBuilder::new()
            .bezier_chain(&svg_points(vp, &b.sacrum))
            .close()
            .build(),
    ));
    shapes.push(path(
        "",
        class::BONE,
        PathBuilder::new()
            .bezier_chain(&svg_points(vp, &b.coccyx))
            .close()
            .build(),
    ));
    let hip = PathBuilder::new()
        .bezier_chain(&svg_points(vp, &b.hip_bone))
        .close();
    let hip = hip
        .bezier_chain(&svg_points(vp, &b.obturator_foramen))
        .close();
    shapes.push(path("pelvis", class::BONE, hip.build()));
}

/// A point along a polyline at fraction `t` of its length.
fn along(pts: &[Vec2], t: f64) -> Vec2 {
    let total: f64 = pts.windows(2).map(|w| w[0].distance(w[1])).sum();
    if pts.len() < 2 || total <= 0.0 {
        return pts.first().copied().unwrap_or_default();
    }
    let mut left = t.limit(0.0, 1.0) * total;
    for w in pts.windows(2) {
        let d = w[0].distance(w[1]);
        if left <= d && d > 0.0 {
            return w[0].lerp(w[1], left / d);
        }
        left -= d;
    }
    pts[pts.len() - 1]
}

/// The two sides of a sheet at `t`: the edge offsets interpolated along the centre line,
/// swelling a little in the middle of the belly.
struct Sheet {
    centre: Vec<Vec2>,
    off_start: [Vec2; 2],
    off_end: [Vec2; 2],
    swell: f64,
}

impl Sheet {
    fn side(&self, s: usize, t: f64) -> Vec2 {
        let off = self.off_start[s].lerp(self.off_end[s], t);
        along(&self.centre, t) + off * (1.0 + self.swell * (std::f64::consts::PI * t).sine())
    }

    fn at(&self, t: f64, across: f64) -> Vec2 {
        self.side(0, t).lerp(self.side(1, t), across)
    }
}

const SAMPLES: usize = 8;

fn muscle_shape(m: &MuscleSheet, sk: &Skeleton, vp: &Viewport) -> MuscleShape {
    let to = |p: Vec3| vp.to_svg(back(p));
    let line: Vec<Vec2> = m.muscle.path(sk).into_iter().map(to).collect();
    let centre = line[m.visible_from..].to_vec();
    let (c0, c1) = (centre[0], centre[centre.len() - 1]);
    let e = |a| to(sk.place(a));
    let sheet = Sheet {
        off_start: [e(&m.start_edge[0]) - c0, e(&m.start_edge[1]) - c0],
        off_end: [e(&m.end_edge[0]) - c1, e(&m.end_edge[1]) - c1],
        // Gluteus maximus is a thick, rounded quadrilateral: its borders bow outwards.
        swell: if m.muscle.role == Role::BigMover {
            0.3
        } else {
            0.22
        },
        centre,
    };
    let ts: Vec<f64> = (0..=SAMPLES).map(|i| i as f64 / SAMPLES as f64).collect();
    let side0: Vec<Vec2> = ts.iter().map(|&t| sheet.side(0, t)).collect();
    let side1: Vec<Vec2> = ts.iter().rev().map(|&t| sheet.side(1, t)).collect();
    // The start cap bulges away from the belly (a rounded origin), the end is a tendon.
    let dir = (along(&sheet.centre, 0.05) - c0).normalize();
    let width0 = side0[0].distance(side1[side1.len() - 1]);
    let cap =
        c0.lerp(c0 + (sheet.off_start[0] + sheet.off_start[1]) * 0.5, 1.0) - dir * (width0 * 0.12);
    let belly = PathBuilder::new()
        .move_to(side0[0])
        .smooth_through(&side0[1..])
        .line_to(side1[0])
        .smooth_through(&side1[1..])
        .smooth_through(&[cap, side0[0]])
        .close()
        .build();
    // Fibres: evenly across the belly, following it from origin to insertion.
    let unit = vp.len_to_svg(1.0);
    let spacing = if m.muscle.role == Role::BigMover {
        12.0
    } else {
        5.0
    } * unit;
    let n = ((width0.max(side0[SAMPLES / 2].distance(side1[SAMPLES / 2])) / spacing).round()
        as usize)
        .clamp(2, 14);
    let mut fibres = PathBuilder::new();
    for k in 1..=n {
        let a = k as f64 / (n + 1) as f64;
        let pts: Vec<Vec2> = (0..=4)
            .map(|i| sheet.at(0.06 + 0.22 * i as f64, a))
            .collect();
        fibres = fibres.move_to(pts[0]).smooth_through(&pts[1..]);
    }
    // The part in front of bone: a dashed sleeve from the origin to where it comes into view.
    let hidden = if m.visible_from > 0 {
        let o = line[0];
        let s0 = side0[0];
        let s1 = side1[side1.len() - 1];
        let w = (s0 - c0) * 0.8;
        let v = (s1 - c0) * 0.8;
        PathBuilder::new()
            .move_to(s0)
            .smooth_through(&[o.lerp(c0, 0.5) + w * 1.05, o + w])
            .smooth_through(&[o + v])
            .smooth_through(&[o.lerp(c0, 0.5) + v * 1.05, s1])
            .build()
    } else {
        String::new()
    };
    let hit = PathBuilder::new().smooth_through(&sheet.centre).build();
    let (_, t, s) = BADGES
        .iter()
        .find(|(id, _, _)| *id == m.muscle.id)
        .copied()
        .unwrap_or(("", 0.5, 0.5));
    MuscleShape {
        id: m.muscle.id,
        role: m.muscle.role,
        number: stabilizers::IDS
            .iter()
            .position(|i| *i == m.muscle.id)
            .map_or(0, |i| i + 1),
        belly,
        fibres: fibres.build(),
        hidden,
        hit,
        badge: sheet.at(t, s),
        line,
    }
}

/// Pushes badges apart until no two overlap (a few passes; they start close to right).
fn separate_badges(mut ms: Vec<&mut MuscleShape>) {
    let min = 2.0 * BADGE_RADIUS + 1.5;
    for _ in 0..20 {
        let mut moved = false;
        for i in 0..ms.len() {
            for j in i + 1..ms.len() {
                let d = ms[j].badge - ms[i].badge;
                let l = d.length();
                if l < min {
                    let dir = if l > 1e-6 {
                        d * (1.0 / l)
                    } else {
                        Vec2::new(0.0, 1.0)
                    };
                    let push = dir * ((min - l) / 2.0 + 0.01);
                    ms[i].badge = ms[i].badge - push;
                    ms[j].badge = ms[j].badge + push;
                    moved = true;
                }
            }
        }
        if !moved {
            break;
        }
    }
}

/// A smooth band of half-width `w0` at the start narrowing to `w1` at the end, round `pts`.
fn band(pts: &[Vec2], w0: f64, w1: f64) -> String {
    if pts.len() < 2 {
        return String::new();
    }
    let n = pts.len();
    let normal = |i: usize| {
        let a = pts[i.saturating_sub(1)];
        let b = pts[(i + 1).min(n - 1)];
        (b - a).normalize().perp()
    };
    let w = |i: usize| w0 + (w1 - w0) * i as f64 / (n - 1) as f64;
    let left: Vec<Vec2> = (0..n).map(|i| pts[i] + normal(i) * w(i)).collect();
    let right: Vec<Vec2> = (0..n).rev().map(|i| pts[i] - normal(i) * w(i)).collect();
    PathBuilder::new()
        .move_to(left[0])
        .smooth_through(&left[1..])
        .line_to(right[0])
        .smooth_through(&right[1..])
        .close()
        .build()
}

/// The convex outline of a sheet's ends (for checks): its four edge points in SVG units.
pub fn edge_points(id: &str, pose: &Pose) -> Option<[Vec2; 4]> {
    let m = stabilizers::by_id(id)?;
    let sk = Skeleton::new(pose);
    let vp = layout().viewport;
    let e = |a| vp.to_svg(back(sk.place(a)));
    Some([
        e(&m.start_edge[0]),
        e(&m.start_edge[1]),
        e(&m.end_edge[0]),
        e(&m.end_edge[1]),
    ])
}

/// Whether the hull of `pts` contains `p` (used by tests on badges).
pub fn hull_contains_point(pts: &[Vec2], p: Vec2) -> bool {
    crate::geometry::hull::hull_contains(&convex_hull(pts), p)
}
