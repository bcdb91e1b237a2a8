//! Leaders end on what they name: no other named structure is painted over a label's dot
//! (a "Hip bone" leader must not end on a muscle drawn over the bone).

use hip_explainer::diagram::path::points;
use hip_explainer::diagram::scene::{Scene, Shape};
use hip_explainer::geometry::Vec2;

/// Even-odd point-in-polygon test (the path's points as a polygon).
pub fn inside(poly: &[Vec2], p: Vec2) -> bool {
    let mut odd = false;
    let n = poly.len();
    for i in 0..n {
        let (a, b) = (poly[i], poly[(i + 1) % n]);
        if (a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x) {
            odd = !odd;
        }
    }
    odd
}

fn near_line(pts: &[Vec2], p: Vec2, tol: f64) -> bool {
    pts.windows(2).any(|w| {
        let (a, b) = (w[0], w[1]);
        let ab = b - a;
        let t = if ab.length() < 1e-9 {
            0.0
        } else {
            ((p - a).dot(ab) / ab.dot(ab)).clamp(0.0, 1.0)
        };
        (a + ab * t).distance(p) <= tol
    })
}

fn on_shape(s: &Shape, p: Vec2) -> bool {
    match s {
        Shape::Path { d, .. } => {
            let pts = points(d);
            inside(&pts, p) || near_line(&pts, p, 2.5)
        }
        Shape::Circle { cx, cy, r, .. } => Vec2::new(*cx, *cy).distance(p) <= r + 2.0,
    }
}

fn id_of(s: &Shape) -> &str {
    match s {
        Shape::Path { id, .. } | Shape::Circle { id, .. } => id,
    }
}

/// Every label whose dot another named structure is painted over (that structure's id and
/// the dot), except structures in `see_through` (drawn translucent or as a dashed
/// reference, so what is under them still shows). A dot is on its own structure when it lies
/// in the outline through a shape's points (control points included, so curves are
/// approximated) or within 2.5 units of it.
pub fn dots_under_other_structures(scene: &Scene, see_through: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for l in &scene.labels {
        let dot = crate::diagram::drawn(l.dot);
        // Painted after the last shape of its own that holds the dot (or after the first of
        // its own, for a dot beside a thin shape).
        let own_top = (0..scene.shapes.len())
            .rev()
            .find(|&i| id_of(&scene.shapes[i]) == l.id && on_shape(&scene.shapes[i], dot))
            .or_else(|| (0..scene.shapes.len()).find(|&i| id_of(&scene.shapes[i]) == l.id));
        let Some(top) = own_top else {
            continue; // a landmark on a bone, not a shape of its own
        };
        for s in &scene.shapes[top + 1..] {
            let other = id_of(s);
            if !other.is_empty()
                && other != l.id
                && !see_through.contains(&other)
                && on_shape(s, dot)
            {
                out.push(format!("{} under {other} at {dot:?}", l.id));
            }
        }
    }
    out
}

#[test]
fn the_checker_sees_a_dot_under_another_shape() {
    use hip_explainer::diagram::scene::PlacedLabel;
    let square = |id: &'static str, x: f64| Shape::Path {
        id,
        class: "x",
        d: format!("M{x} 0L{} 0L{} 10L{x} 10Z", x + 10.0, x + 10.0),
    };
    let label = |at: (f64, f64)| PlacedLabel {
        id: "bone".into(),
        lines: vec!["Bone".into()],
        x: 0.0,
        y: 0.0,
        line_height: 1.0,
        anchor: hip_explainer::diagram::scene::Anchor::End,
        leader: String::new(),
        dot: at,
        behind: false,
    };
    let scene = |dot| Scene {
        view_box: [0.0, 0.0, 40.0, 20.0],
        shapes: vec![square("bone", 0.0), square("muscle", 5.0)],
        labels: vec![label(dot)],
        clip: None,
    };
    assert_eq!(
        dots_under_other_structures(&scene((7.0, 5.0)), &[]).len(),
        1
    );
    assert!(dots_under_other_structures(&scene((7.0, 5.0)), &["muscle"]).is_empty());
    assert!(dots_under_other_structures(&scene((2.0, 5.0)), &[]).is_empty());
}
