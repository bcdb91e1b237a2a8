//! Chapter 1: the right hip joint from the front, drawn from the anatomy model (MyoSim 0.2.3,
//! the OpenSim model of Rajagopal et al. 2016). The hip bone and sacrum are the model's
//! traced front outlines (fixed); the socket is drawn in section (the front wall cut away) so
//! the ball is seen sitting in the cup; the femur is the orthographic projection, in the
//! current pose, of convex parts cut from the model's mesh, under one silhouette.

use super::labels::{place_labels, retarget, LabelFrame, LabelRequest, Side, SidePref};
use super::layout::{Frame, Layout};
use super::path::{outline_points, PathBuilder};
use super::scene::{path, Scene, Shape};
use super::viewport::{Rect, Viewport};
use crate::geometry::femur::Femur;
use crate::geometry::hull::{convex_hull, hull_reaches};
use crate::geometry::pelvis::{
    Acetabulum, Pelvis, CARTILAGE_INNER_RADIUS, CARTILAGE_OUTER_RADIUS, LABRUM_DEG,
};
use crate::geometry::solid::Ring;
use crate::geometry::trig::Trig;
use crate::geometry::{Pose, Vec2, Vec3, STRUCTURE_IDS};

/// The figure id content uses for this drawing.
pub const FIGURE_ID: &str = "hip-front";

/// Width of the viewBox (user units).
pub const VIEW_WIDTH: f64 = 360.0;
/// Label font size (user units): 12 px when the drawing is 288 px wide.
pub const FONT_SIZE: f64 = 15.0;
/// Room kept beside the drawing for the labels (user units).
const MARGIN_LEFT: f64 = 112.0;
const MARGIN_RIGHT: f64 = 114.0;
/// Space above and below the drawing (user units).
const PAD_TOP: f64 = 14.0;
const PAD_BOTTOM: f64 = 8.0;

/// CSS classes of the shapes (styled in `static/diagram.css`).
pub mod class {
    /// The panel behind the drawing: the crop's edge, so a bone it cuts reads as cut by the
    /// figure's frame, not as a gap in the drawing.
    pub const STAGE: &str = "dg-stage";
    /// The body's midline (dashed).
    pub const MIDLINE: &str = "dg-midline";
    /// Sacrum fill (seen through the pelvic inlet).
    pub const SACRUM: &str = "dg-sacrum";
    /// Sacrum edges and foramina.
    pub const SACRUM_EDGE: &str = "dg-sacrum-edge";
    /// The hip bone.
    pub const PELVIS: &str = "dg-bone dg-pelvis";
    /// The socket's bony wall, in section.
    pub const ACETABULUM: &str = "dg-acetabulum";
    /// Articular cartilage lining the socket.
    pub const CARTILAGE: &str = "dg-cartilage";
    /// The labrum (in section, a wedge at each rim).
    pub const LABRUM: &str = "dg-labrum";
    /// The joint capsule's fill (behind the femur, so it shows round the neck).
    pub const CAPSULE: &str = "dg-capsule";
    /// The capsule's outline, drawn over the femur (where it attaches round the neck).
    pub const CAPSULE_LINE: &str = "dg-capsule-line";
    /// Outline pass of the femur (thick stroke under the fills).
    pub const FEMUR_EDGE: &str = "dg-femur-edge";
    /// Fill pass of the femur.
    pub const FEMUR: &str = "dg-femur";
    /// The femur's shading, over its parts' fills (one gradient over the whole bone).
    pub const FEMUR_SHADE: &str = "dg-femur-shade";
    /// Lines drawn on the femur (head-neck junction).
    pub const FEMUR_LINE: &str = "dg-femur-line";
    /// The fovea, a small pit on the head.
    pub const FOVEA: &str = "dg-fovea";
    /// The cut face of the shaft at mid-thigh.
    pub const FEMUR_CUT: &str = "dg-femur-cut";
    /// The marrow cavity on the cut face.
    pub const FEMUR_MARROW: &str = "dg-femur-marrow";
}

/// The annotation ids this figure can label (exactly the structures content may name).
pub fn annotation_ids() -> &'static [&'static str] {
    STRUCTURE_IDS
}

/// The layout (the same for every pose, so nothing jumps while the leg moves). Worked out
/// once: it outlines every part of the standing femur, which is a good part of a step's work.
pub fn layout() -> Layout {
    static LAYOUT: std::sync::OnceLock<Layout> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(standing_layout)
}

fn standing_layout() -> Layout {
    Frame {
        width: VIEW_WIDTH,
        margin_left: MARGIN_LEFT,
        margin_right: MARGIN_RIGHT,
        pad_top: PAD_TOP,
        pad_bottom: PAD_BOTTOM,
    }
    .fit(standing_bounds())
}

/// Bounding box (mm) of the standing drawing.
fn standing_bounds() -> Rect {
    let pelvis = Pelvis::standard();
    let femur = Femur::standard();
    let pts = pelvis
        .outline
        .iter()
        .copied()
        .chain(femur.parts.iter().flat_map(|p| p.solid.front_outline()));
    Rect::bounding(pts)
        .unwrap_or(Rect::new(-70.0, -125.0, 160.0, 340.0))
        .inflate(1.5)
}

/// Everything drawn for one pose, in model millimetres (front view), before mapping to SVG.
struct Posed {
    pelvis: Pelvis,
    femur: Femur,
}

/// The drawing for `pose`, with `labels` as (annotation id, text) pairs. Pairs whose id is
/// not in [`annotation_ids`] are skipped (content validation reports them).
pub fn hip_front(pose: &Pose, labels: &[(&str, &str)]) -> Scene {
    let lay = layout();
    let vp = &lay.viewport;
    let posed = Posed {
        pelvis: Pelvis::standard(),
        femur: Femur::standard().posed(pose),
    };
    // Each part's outline, worked out once for the drawing and for what hides what.
    let outlines = part_outlines(&posed.femur);
    // The bones are cropped to the drawing and its gaps, so a thigh bone swung far out is cut
    // at the margin and never runs under the text; the text therefore never has to move.
    let frame = LabelFrame::new(lay.view_box, lay.drawing, FONT_SIZE);
    let left_edge = frame.drawing.x - frame.gap / 2.0;
    let right_edge = frame.drawing.right() + frame.gap / 2.0;
    let crop = Rect::new(
        left_edge,
        lay.view_box.y,
        right_edge - left_edge,
        lay.view_box.h,
    );
    let mut shapes = vec![path("", class::STAGE, rounded_rect(crop, 6.0))];
    draw_pelvis(&posed.pelvis, vp, &lay, &mut shapes);
    draw_socket(&posed.pelvis.acetabulum, vp, &mut shapes);
    let capsule = capsule_path(&posed, vp);
    shapes.push(path("capsule", class::CAPSULE, capsule.clone()));
    draw_femur(&posed.femur, &outlines, vp, &mut shapes);
    shapes.push(path("capsule", class::CAPSULE_LINE, capsule));
    draw_labrum(&posed.pelvis.acetabulum, vp, &mut shapes);

    // Text placed from the standing pose (so it stays still), blocked where the femur swings
    // into a margin; leaders then point at the structures where they are now.
    let standing = Posed {
        pelvis: Pelvis::standard(),
        femur: Femur::standard(),
    };
    let known: Vec<(&str, &str)> = labels
        .iter()
        .copied()
        .filter(|(id, _)| annotation_ids().contains(id))
        .collect();
    let requests: Vec<LabelRequest> = known
        .iter()
        .map(|(id, text)| LabelRequest {
            id: (*id).to_string(),
            text: (*text).to_string(),
            target: vp.to_svg(target(id, &standing)),
            side: side_for(id),
        })
        .collect();
    let mut placed = place_labels(&requests, &frame);
    for l in &mut placed {
        l.behind = behind_shaft(&l.id, &posed.femur, &outlines);
    }
    // A target the crop hides (the shaft of a leg swung far out) slides along the bone
    // towards the ball, which never leaves the frame, until it is in view again.
    let frame_rect = crop.inflate(-4.0);
    let ball = vp.to_svg(posed.femur.head_centre.xy());
    for l in &mut placed {
        let mut t = vp.to_svg(target(&l.id, &posed));
        for _ in 0..20 {
            if frame_rect.contains(t) {
                break;
            }
            t = t.lerp(ball, 0.1);
        }
        retarget(l, t);
    }
    Scene {
        view_box: lay.view_box.as_view_box(),
        shapes,
        labels: placed,
        clip: Some(crop.as_view_box()),
    }
}

/// A rectangle with corners rounded to `r`.
fn rounded_rect(b: Rect, r: f64) -> String {
    let arc = |pb: PathBuilder, to: Vec2| pb.arc_to(r, r, 0.0, false, true, to);
    let (x0, y0, x1, y1) = (b.x, b.y, b.right(), b.bottom());
    let mut pb = PathBuilder::new().move_to(Vec2::new(x0 + r, y0));
    pb = arc(pb.line_to(Vec2::new(x1 - r, y0)), Vec2::new(x1, y0 + r));
    pb = arc(pb.line_to(Vec2::new(x1, y1 - r)), Vec2::new(x1 - r, y1));
    pb = arc(pb.line_to(Vec2::new(x0 + r, y1)), Vec2::new(x0, y1 - r));
    pb = arc(pb.line_to(Vec2::new(x0, y0 + r)), Vec2::new(x0 + r, y0));
    pb.close().build()
}

/// Each part's front outline (mm), in the order of `f.parts`.
fn part_outlines(f: &Femur) -> Vec<Vec<Vec2>> {
    f.parts.iter().map(|p| p.solid.front_outline()).collect()
}

/// True if the structure `id` is out of sight behind the femur in this pose: with the leg
/// lifted high the shaft points at the viewer and hides the neck; turned in, the shaft hides
/// the lesser trochanter. The point the label names is hidden where a part of another
/// structure covers it in the drawing, painted over it (the parts are painted farthest
/// first) and nearer the viewer, or lies under the labrum (drawn over everything at the
/// socket's rims). (The socket's label points at its inner wall, which the femur never
/// covers.) `outlines[i]` is `f.parts[i]`'s front outline ([`part_outlines`]).
fn behind_shaft(id: &str, f: &Femur, outlines: &[Vec<Vec2>]) -> bool {
    // Covered: inside the part's outline or within 3 mm of it (the drawn curve and the
    // bone's edge stand a little outside the hull).
    let covers = |i: usize, at: Vec2| hull_reaches(&outlines[i], at, 3.0);
    if !matches!(
        id,
        "femoral-head" | "femoral-neck" | "greater-trochanter" | "lesser-trochanter"
    ) {
        return false;
    }
    let Some(at) = f.point(id) else {
        return false;
    };
    // The labrum is drawn over everything, in two wedges at the socket's rims: a point seen
    // within about 18 degrees of a wedge's middle, from 3 mm inside the socket's lining to
    // its outer edge, is under it.
    let r = at.xy().length();
    let under_labrum = |rim: f64, towards: f64| {
        let (s, c) = (rim + towards * LABRUM_DEG / 2.0)
            .to_radians()
            .sine_cosine();
        at.xy().dot(Vec2::new(s, -c)) > 0.95 * r
    };
    let [lateral, lower] = crate::geometry::model_front::RIM_DEG;
    if (CARTILAGE_INNER_RADIUS - 3.0..CARTILAGE_OUTER_RADIUS + 18.0).contains(&r)
        && (under_labrum(lateral, -1.0) || under_labrum(lower, 1.0))
    {
        return true;
    }
    // Parts are in paint order, farthest first: a part painted after the structure's own
    // and nearer the viewer than the point hides it.
    let first_own = f.parts.iter().position(|q| q.id == id).unwrap_or(0);
    f.parts
        .iter()
        .enumerate()
        .skip(first_own)
        .any(|(i, q)| q.id != id && q.solid.centre().z > at.z && covers(i, at.xy()))
}

/// The 3D point (mm, model frame) a label of this figure points at in `pose`, for bones and
/// the socket: on the model's bone surface. `None` for the labrum and capsule (soft tissue,
/// drawn schematically) and unknown ids.
pub fn target_point(id: &str, pose: &Pose) -> Option<Vec3> {
    let p = Posed {
        pelvis: Pelvis::standard(),
        femur: Femur::standard().posed(pose),
    };
    match id {
        "femoral-head" | "femoral-neck" | "greater-trochanter" | "lesser-trochanter" | "femur" => {
            p.femur.point(id)
        }
        "pelvis" => p.pelvis.landmark("iliac-fossa"),
        "acetabulum" => {
            let a = &p.pelvis.acetabulum;
            Some(a.section_point(ACETABULUM_DEG, a.cartilage_outer + ACETABULUM_DEPTH))
        }
        _ => None,
    }
}

/// Where the acetabulum's label points round the socket's section (degrees from up: its
/// inner wall, where the femur never covers it) and how deep into the wall (mm beyond the
/// bone's surface under the cartilage).
const ACETABULUM_DEG: f64 = 80.0;
const ACETABULUM_DEPTH: f64 = 3.0;

/// The margin each label goes in: medial structures right, lateral ones left.
fn side_for(id: &str) -> SidePref {
    match id {
        // The shaft runs down the lateral side: its label goes there, with a short leader
        // that crosses nothing.
        "labrum" | "greater-trochanter" | "femoral-neck" | "femur" => SidePref::Only(Side::Left),
        "femoral-head" | "acetabulum" | "capsule" | "lesser-trochanter" | "pelvis" => {
            SidePref::Only(Side::Right)
        }
        _ => SidePref::Auto,
    }
}

/// Where a label's leader ends (model mm, front view).
fn target(id: &str, p: &Posed) -> Vec2 {
    let a = &p.pelvis.acetabulum;
    let f = &p.femur;
    match id {
        "femoral-head" | "femoral-neck" | "greater-trochanter" | "lesser-trochanter" | "femur" => {
            f.point(id).map(|q| q.xy()).unwrap_or_default()
        }
        "acetabulum" => a
            .section_point(ACETABULUM_DEG, a.cartilage_outer + ACETABULUM_DEPTH)
            .xy(),
        "labrum" => a
            .section_point(
                a.rim_lateral_deg - a.labrum_deg * 0.4,
                a.cartilage_inner + 3.2,
            )
            .xy(),
        "capsule" => capsule_target(p),
        _ => p
            .pelvis
            .landmark("iliac-fossa")
            .map(|v| v.xy())
            .unwrap_or_default(),
    }
}

/// Where the capsule's label points: the lowest point of its outline (below the neck), on
/// the line drawn over the femur, so the bone never hides it.
fn capsule_target(p: &Posed) -> Vec2 {
    capsule_outline(p).into_iter().fold(
        Vec2::new(0.0, f64::MIN),
        |a, q| if q.y > a.y { q } else { a },
    )
}

fn smooth_outline(poly: &[Vec2], step: f64) -> String {
    PathBuilder::new()
        .smooth_closed(&outline_points(poly, step))
        .build()
}

fn svg_points(vp: &Viewport, pts: &[Vec3]) -> Vec<Vec2> {
    pts.iter().map(|p| vp.to_svg(p.xy())).collect()
}

fn draw_pelvis(pv: &Pelvis, vp: &Viewport, lay: &Layout, shapes: &mut Vec<Shape>) {
    let svg = |pts: &[Vec2]| pts.iter().map(|p| vp.to_svg(*p)).collect::<Vec<_>>();
    // The midline, from the top of the drawing to just below the pubis.
    let low = pv.landmark("pubic-symphysis").map_or(60.0, |t| t.y + 25.0);
    let a = Vec2::new(vp.to_svg(Vec2::new(pv.midline_x, 0.0)).x, lay.drawing.y);
    let b = vp.to_svg(Vec2::new(pv.midline_x, low));
    shapes.push(path(
        "",
        class::MIDLINE,
        PathBuilder::new().move_to(a).line_to(b).build(),
    ));
    // The sacrum behind the hip bone (its right half, cut along the midline).
    let sacrum = svg(&pv.sacrum);
    shapes.push(path(
        "sacrum",
        class::SACRUM,
        PathBuilder::new().bezier_chain(&sacrum).close().build(),
    ));
    shapes.push(path(
        "",
        class::SACRUM_EDGE,
        PathBuilder::new().bezier_chain(&sacrum).build(),
    ));
    // The hip bone with the obturator foramen as a hole (fill-rule evenodd in CSS).
    let b = PathBuilder::new().bezier_chain(&svg(&pv.outline)).close();
    let b = b.bezier_chain(&svg(&pv.obturator_foramen)).close();
    shapes.push(path("pelvis", class::PELVIS, b.build()));
}

fn draw_socket(a: &Acetabulum, vp: &Viewport, shapes: &mut Vec<Shape>) {
    let steps = 24;
    let degs: Vec<f64> = (0..=steps)
        .map(|i| {
            a.rim_lateral_deg + (a.rim_inferior_deg - a.rim_lateral_deg) * i as f64 / steps as f64
        })
        .collect();
    let outer: Vec<Vec2> = degs
        .iter()
        .map(|&d| {
            vp.to_svg(
                a.section_point(d, a.cartilage_outer + a.wall_thickness(d))
                    .xy(),
            )
        })
        .collect();
    let at = |d: f64, r: f64| vp.to_svg(a.section_point(d, r).xy());
    let r_bone = vp.len_to_svg(a.cartilage_outer);
    let r_cart = vp.len_to_svg(a.cartilage_inner);
    let large = a.rim_inferior_deg - a.rim_lateral_deg > 180.0;
    // Bony wall of the cup: outer edge, then back along the bone under the cartilage.
    let d = PathBuilder::new()
        .move_to(outer[0])
        .smooth_through(&outer[1..])
        .line_to(at(a.rim_inferior_deg, a.cartilage_outer))
        .arc_to(
            r_bone,
            r_bone,
            0.0,
            large,
            false,
            at(a.rim_lateral_deg, a.cartilage_outer),
        )
        .close()
        .build();
    shapes.push(path("acetabulum", class::ACETABULUM, d));
    // Cartilage lining.
    let d = PathBuilder::new()
        .move_to(at(a.rim_lateral_deg, a.cartilage_outer))
        .arc_to(
            r_bone,
            r_bone,
            0.0,
            large,
            true,
            at(a.rim_inferior_deg, a.cartilage_outer),
        )
        .line_to(at(a.rim_inferior_deg, a.cartilage_inner))
        .arc_to(
            r_cart,
            r_cart,
            0.0,
            large,
            false,
            at(a.rim_lateral_deg, a.cartilage_inner),
        )
        .close()
        .build();
    shapes.push(path("", class::CARTILAGE, d));
}

fn draw_labrum(a: &Acetabulum, vp: &Viewport, shapes: &mut Vec<Shape>) {
    let at = |d: f64, r: f64| vp.to_svg(a.section_point(d, r).xy());
    for (rim, dir) in [(a.rim_lateral_deg, -1.0), (a.rim_inferior_deg, 1.0)] {
        let base_out = a.cartilage_outer + a.wall_thickness(rim) + 0.5;
        let inner = a.cartilage_inner + 0.3;
        let inner_pts: Vec<Vec2> = (0..=4)
            .map(|i| at(rim + dir * a.labrum_deg * i as f64 / 4.0, inner))
            .collect();
        let b = PathBuilder::new()
            .move_to(at(rim, base_out))
            .line_to(inner_pts[0])
            .smooth_through(&inner_pts[1..])
            .smooth_through(&[
                at(rim + dir * a.labrum_deg * 0.6, inner + 3.2),
                at(rim + dir * a.labrum_deg * 0.25, base_out - 1.5),
                at(rim, base_out),
            ])
            .close();
        // One shape per wedge, so each is one outline.
        shapes.push(path("labrum", class::LABRUM, b.build()));
    }
}

/// Draws the femur; returns each part's outline (SVG units) for label avoidance.
fn draw_femur(f: &Femur, part_outlines: &[Vec<Vec2>], vp: &Viewport, shapes: &mut Vec<Shape>) {
    let outlines: Vec<(&'static str, Vec<Vec2>)> = f
        .parts
        .iter()
        .zip(part_outlines)
        .map(|(p, outline)| (p.id, outline.iter().map(|q| vp.to_svg(*q)).collect()))
        .collect();
    // Samples every 8 mm: the parts are small and round, so Catmull-Rom through their
    // corners and a few points between stays close (the tests hold the union to the mesh).
    let step = vp.len_to_svg(8.0);
    // Union silhouette: every part's thick outline first (one path), then each part's fill
    // on top.
    // The ball: the sphere fitted to the model's head (a circle that turns in place), drawn
    // with the head's own part (which also holds where it flares into the neck).
    let ball = Ring::new(
        f.head_centre,
        Vec3::Z,
        Vec3::X,
        f.head_radius,
        f.head_radius,
    );
    let ball = svg_points(vp, &ball.points(16));
    let mut edge = PathBuilder::new().smooth_closed(&ball);
    for (_, poly) in &outlines {
        edge = edge.smooth_closed(&outline_points(poly, step));
    }
    let edge = edge.build();
    shapes.push(path("", class::FEMUR_EDGE, edge.clone()));
    for (id, poly) in &outlines {
        let head = *id == "femoral-head";
        shapes.push(path(
            if head { "" } else { id },
            class::FEMUR,
            PathBuilder::new()
                .smooth_closed(&outline_points(poly, step))
                .build(),
        ));
        if head {
            shapes.push(path(
                "femoral-head",
                class::FEMUR,
                PathBuilder::new().smooth_closed(&ball).build(),
            ));
        }
    }
    // The bone's shading over the whole silhouette at once (the atlas look,
    // `diagram::look`): one light on one bone, with no seam where the parts meet.
    shapes.push(path("", class::FEMUR_SHADE, edge));
    // The head-neck junction where it faces us, and the fovea if it does.
    let ring = &f.head_neck_ring;
    let n = 64;
    let pts: Vec<Vec3> = (0..n)
        .map(|i| ring.point(i as f64 * std::f64::consts::TAU / n as f64))
        .collect();
    let mut runs: Vec<Vec<Vec2>> = Vec::new();
    let start = (0..n)
        .find(|&i| pts[i].z - f.head_centre.z <= 0.0)
        .unwrap_or(0);
    let mut current: Vec<Vec2> = Vec::new();
    for k in 0..=n {
        let p = pts[(start + k) % n];
        if p.z - f.head_centre.z > 0.0 {
            current.push(vp.to_svg(p.xy()));
        } else if current.len() > 1 {
            runs.push(std::mem::take(&mut current));
        } else {
            current.clear();
        }
    }
    if current.len() > 1 {
        runs.push(current);
    }
    if !runs.is_empty() {
        let mut b = PathBuilder::new();
        for r in &runs {
            b = b.move_to(r[0]).smooth_through(&r[1..]);
        }
        shapes.push(path("", class::FEMUR_LINE, b.build()));
    }
    if f.fovea.z > -0.05 {
        let c = f.head_centre + f.fovea * f.head_radius;
        let proj = f.fovea.xy();
        let angle = proj.y.atan2(proj.x).to_degrees() + 90.0;
        let r = vp.len_to_svg(3.2);
        let d = PathBuilder::new()
            .ellipse(
                vp.to_svg(c.xy()),
                r,
                (r * f.fovea.z.abs()).max(r * 0.3),
                angle,
            )
            .build();
        shapes.push(path("", class::FOVEA, d));
    }
    // The cut at mid-thigh: the cross-section, with the marrow cavity.
    let cut = svg_points(vp, &f.shaft_cut.points(48));
    shapes.push(path(
        "",
        class::FEMUR_CUT,
        PathBuilder::new().smooth_closed(&cut).build(),
    ));
    let marrow = Ring {
        ru: f.shaft_cut.ru * 0.55,
        rv: f.shaft_cut.rv * 0.55,
        ..f.shaft_cut
    };
    let marrow = svg_points(vp, &marrow.points(48));
    shapes.push(path(
        "",
        class::FEMUR_MARROW,
        PathBuilder::new().smooth_closed(&marrow).build(),
    ));
}

/// The capsule as a convex sleeve from the socket rim to the base of the neck (mm).
fn capsule_outline(p: &Posed) -> Vec<Vec2> {
    let pts: Vec<Vec2> = p
        .pelvis
        .capsule_ring
        .points(64)
        .into_iter()
        .chain(p.femur.capsule_ring.points(64))
        .map(|q| q.xy())
        .collect();
    convex_hull(&pts)
}

fn capsule_path(p: &Posed, vp: &Viewport) -> String {
    let hull: Vec<Vec2> = capsule_outline(p).iter().map(|q| vp.to_svg(*q)).collect();
    smooth_outline(&hull, vp.len_to_svg(6.0))
}
