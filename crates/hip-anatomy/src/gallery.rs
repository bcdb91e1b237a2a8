//! A static gallery for a clinician's review: every traced bone in every view over its raw
//! mesh silhouette, with its landmarks, and the assembled views with the muscle paths.
//! SVG presentation attributes and one linked CSS file: no inline script or style.

use std::fmt::Write;

use crate::generate::{path_d, Anatomy, TracedOutline};
use crate::model::BoneId;
use crate::muscles::Muscle;
use crate::vec::V2;
use crate::view::View;

/// A file to write, relative to the repository root.
#[derive(Debug, Clone, PartialEq)]
pub struct File {
    /// Path.
    pub path: String,
    /// Contents.
    pub contents: String,
}

/// Where the gallery goes.
pub const HTML: &str = "docs/anatomy-gallery.html";
/// Folder of its SVGs and CSS.
pub const DIR: &str = "docs/anatomy-gallery";

const TEXT: &str = "#1f2328";
const BONE_FILL: &str = "#efe6d6";
const BONE_LINE: &str = "#6b5a45";
const SILHOUETTE: &str = "#b8c4d0";
const LANDMARK: &str = "#0072b2";
const STABILIZER: &str = "#d55e00";
const HAMSTRING: &str = "#8e4a72";
const CONTEXT: &str = "#8a2f1f";
const FONT: &str = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn n(v: f64) -> String {
    let t = (v * 10.0).round() / 10.0;
    if t == 0.0 {
        "0".into()
    } else {
        format!("{t}")
    }
}

fn polyline_d(loops: &[Vec<V2>]) -> String {
    let mut d = String::new();
    for l in loops {
        for (k, p) in l.iter().enumerate() {
            let _ = write!(d, "{}{} {}", if k == 0 { "M" } else { "L" }, n(p.x), n(p.y));
        }
        d.push('Z');
    }
    d
}

fn muscle_colour(m: &Muscle) -> &'static str {
    match m.id.as_str() {
        "bflh" | "bfsh" | "semiten" | "semimem" => HAMSTRING,
        "iliacus" | "psoas" | "glmax1" | "glmax2" | "glmax3" => CONTEXT,
        _ => STABILIZER,
    }
}

/// Label heights: each at its anchor's height if it can be, at least `gap` apart, within
/// `top..bottom`. Returns the heights in the order of `anchors`.
fn spread(anchors: &[f64], top: f64, bottom: f64, gap: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..anchors.len()).collect();
    order.sort_by(|&a, &b| anchors[a].total_cmp(&anchors[b]));
    let mut ys: Vec<f64> = order
        .iter()
        .map(|&i| anchors[i].clamp(top, bottom))
        .collect();
    for k in 1..ys.len() {
        ys[k] = ys[k].max(ys[k - 1] + gap);
    }
    if let Some(last) = ys.last_mut() {
        *last = last.min(bottom);
    }
    for k in (0..ys.len().saturating_sub(1)).rev() {
        ys[k] = ys[k].min(ys[k + 1] - gap);
    }
    let mut out = vec![0.0; anchors.len()];
    for (k, &i) in order.iter().enumerate() {
        out[i] = ys[k];
    }
    out
}

struct Label {
    anchor: V2,
    text: String,
    colour: &'static str,
}

/// Labels in a column at `x` (text anchored at its start when `left` is false, else at its
/// end), leader lines to a small dot on the structure.
fn labels(svg: &mut String, ls: &[Label], x: f64, left: bool, top: f64, bottom: f64, size: f64) {
    let ys = spread(
        &ls.iter().map(|l| l.anchor.y).collect::<Vec<_>>(),
        top,
        bottom,
        size * 1.25,
    );
    for (l, y) in ls.iter().zip(ys) {
        let tx = if left { x - size * 0.3 } else { x + size * 0.3 };
        let _ = write!(
            svg,
            r#"<path d="M{} {}L{} {}" stroke="{}" stroke-width="0.6" fill="none"/><circle cx="{}" cy="{}" r="{}" fill="{}"/><text x="{}" y="{}" font-size="{}" fill="{TEXT}" text-anchor="{}" dominant-baseline="middle">{}</text>"#,
            n(l.anchor.x),
            n(l.anchor.y),
            n(x),
            n(y),
            l.colour,
            n(l.anchor.x),
            n(l.anchor.y),
            n(size * 0.22),
            l.colour,
            n(tx),
            n(y),
            n(size),
            if left { "end" } else { "start" },
            esc(&l.text)
        );
    }
}

fn bounds(pts: impl Iterator<Item = V2>) -> (V2, V2) {
    pts.fold(
        (V2::new(f64::MAX, f64::MAX), V2::new(f64::MIN, f64::MIN)),
        |(lo, hi), p| {
            (
                V2::new(lo.x.min(p.x), lo.y.min(p.y)),
                V2::new(hi.x.max(p.x), hi.y.max(p.y)),
            )
        },
    )
}

/// Pixels per millimetre of the bone tiles.
const TILE_SCALE: f64 = 1.6;

fn tile(a: &Anatomy, t: &TracedOutline) -> String {
    let (lo, hi) = bounds(t.traced.raw.iter().flatten().copied());
    let size = 11.0 / TILE_SCALE;
    let lms: Vec<_> = a.landmarks.iter().filter(|l| l.bone == t.bone).collect();
    let label_w = if lms.is_empty() {
        0.0
    } else {
        62.0 / TILE_SCALE * 3.0
    };
    let m = 6.0;
    let (x0, y0) = (lo.x - m, lo.y - m - size);
    let (w, h) = (
        hi.x - lo.x + 2.0 * m + label_w,
        hi.y - lo.y + 2.0 * m + size * 2.0,
    );
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{} {} {} {}" width="{}" height="{}" font-family="{FONT}">"#,
        n(x0),
        n(y0),
        n(w),
        n(h),
        n(w * TILE_SCALE),
        n(h * TILE_SCALE)
    );
    let _ = write!(
        s,
        r#"<title>{} seen from the {}: traced outline over the mesh silhouette</title><path d="{}" fill="{SILHOUETTE}" fill-rule="evenodd"/><path d="{}" fill="none" stroke="{BONE_LINE}" stroke-width="{}" stroke-linejoin="round"/>"#,
        t.bone.name(),
        t.view.id(),
        polyline_d(&t.traced.raw),
        path_d(&t.traced.loops),
        n(1.2 / TILE_SCALE)
    );
    for l in a
        .lines
        .iter()
        .filter(|l| l.bone == t.bone && l.view == t.view)
    {
        let _ = write!(
            s,
            r#"<path d="{}" fill="none" stroke="{BONE_LINE}" stroke-width="{}" stroke-dasharray="{} {}"/>"#,
            l.d(),
            n(1.0 / TILE_SCALE),
            n(4.0 / TILE_SCALE),
            n(2.0 / TILE_SCALE)
        );
    }
    let ls: Vec<Label> = lms
        .iter()
        .map(|l| Label {
            anchor: t.view.project(l.at),
            text: l.name.clone(),
            colour: LANDMARK,
        })
        .collect();
    labels(&mut s, &ls, hi.x + m, false, y0 + size, y0 + h - size, size);
    s.push_str("</svg>\n");
    s
}

/// Draw order for a view: roughly farthest from the viewer first (from the front and the
/// side the femur's head and neck lie over the socket; from behind the ischium covers them).
fn order(view: View) -> Vec<BoneId> {
    use BoneId::*;
    match view {
        View::Front => vec![
            L1, L2, L3, L4, L5, Sacrum, PelvisL, PelvisR, Femur, Fibula, Tibia, Patella,
        ],
        View::Back => vec![
            Patella, Tibia, L1, L2, L3, L4, L5, Femur, PelvisL, PelvisR, Sacrum, Fibula,
        ],
        View::Side => vec![
            PelvisL, L1, L2, L3, L4, L5, Sacrum, PelvisR, Femur, Tibia, Patella, Fibula,
        ],
    }
}

/// What an assembled view shows besides the bones.
#[derive(Clone, Copy, PartialEq)]
enum Layer {
    Landmarks,
    Muscles,
}

/// The assembled view, cropped to the pelvis, spine and knee.
fn assembled(a: &Anatomy, view: View, layer: Layer) -> String {
    let size = 9.0;
    let (top, bottom) = (-330.0, 500.0);
    let items: Vec<&TracedOutline> = order(view)
        .into_iter()
        .filter_map(|b| a.outlines.iter().find(|t| t.bone == b && t.view == view))
        .collect();
    let (lo, hi) = bounds(
        items
            .iter()
            .flat_map(|t| t.traced.raw.iter().flatten().copied()),
    );
    let col = 190.0;
    let (x0, x1) = (lo.x - col, hi.x + col);
    let (w, h) = (x1 - x0, bottom - top);
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{} {} {} {}" width="{}" height="{}" font-family="{FONT}">"#,
        n(x0),
        n(top),
        n(w),
        n(h),
        n(w),
        n(h)
    );
    let _ = write!(
        s,
        r#"<title>Assembled model seen from the {}</title>"#,
        view.id()
    );
    for t in &items {
        let _ = write!(
            s,
            r#"<path d="{}" fill="{BONE_FILL}" fill-rule="evenodd" stroke="{BONE_LINE}" stroke-width="1" stroke-linejoin="round"/>"#,
            path_d(&t.traced.loops)
        );
    }
    for l in a.lines.iter().filter(|l| l.view == view) {
        let _ = write!(
            s,
            r#"<path d="{}" fill="none" stroke="{BONE_LINE}" stroke-width="0.8" stroke-dasharray="4 2"/>"#,
            l.d()
        );
    }
    let mut mls = Vec::new();
    for m in a.muscles.iter().filter(|_| layer == Layer::Muscles) {
        let pts: Vec<V2> = m.points.iter().map(|p| view.project(p.at)).collect();
        let mut d = String::new();
        for (k, p) in pts.iter().enumerate() {
            let _ = write!(d, "{}{} {}", if k == 0 { "M" } else { "L" }, n(p.x), n(p.y));
        }
        let c = muscle_colour(m);
        let _ = write!(
            s,
            r#"<path d="{d}" fill="none" stroke="{c}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"{}/>"#,
            if m.by_hand {
                r#" stroke-dasharray="5 2.5""#
            } else {
                ""
            }
        );
        for p in &pts {
            let _ = write!(
                s,
                r#"<circle cx="{}" cy="{}" r="1.6" fill="{c}"/>"#,
                n(p.x),
                n(p.y)
            );
        }
        // Label the origin end for muscles that stay above the knee, the middle otherwise.
        let anchor = if pts.len() > 1 {
            pts[0].lerp(pts[1], 0.5)
        } else {
            pts[0]
        };
        if anchor.y > top && anchor.y < bottom {
            mls.push(Label {
                anchor,
                text: format!(
                    "{}{}",
                    m.name,
                    if m.by_hand { " (placed by hand)" } else { "" }
                ),
                colour: c,
            });
        }
    }
    let lms: Vec<Label> = a
        .landmarks
        .iter()
        .filter(|_| layer == Layer::Landmarks)
        .filter(|l| {
            let p = view.project(l.at);
            p.y > top && p.y < bottom && (view != View::Side || l.bone != BoneId::PelvisL)
        })
        .map(|l| Label {
            anchor: view.project(l.at),
            text: l.name.clone(),
            colour: LANDMARK,
        })
        .collect();
    // Landmarks (all on the right half) on the side the right hip is drawn, muscles on the
    // other: from behind, the subject's right is on the viewer's right.
    let (lm_left, top, bottom) = (view != View::Back, top + size, bottom - size);
    let column = |left: bool| if left { lo.x - 8.0 } else { hi.x + 8.0 };
    labels(&mut s, &lms, column(lm_left), lm_left, top, bottom, size);
    labels(&mut s, &mls, column(!lm_left), !lm_left, top, bottom, size);
    s.push_str("</svg>\n");
    s
}

const CSS: &str = "body { font-family: system-ui, sans-serif; color: #1f2328; background: #fbf8f3; margin: 2rem auto; max-width: 80rem; padding: 0 1rem; line-height: 1.5; }
h1, h2 { font-weight: 600; }
.views, .tiles { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
figure { margin: 0; background: #fff; border: 1px solid #d8d2c6; padding: 0.5rem; }
figcaption { font-size: 0.9rem; color: #4a5560; max-width: 40rem; }
table { border-collapse: collapse; font-size: 0.9rem; }
td, th { border: 1px solid #d8d2c6; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
.credit { font-size: 0.9rem; color: #4a5560; }
";

/// Every file of the gallery.
pub fn files(a: &Anatomy) -> Vec<File> {
    let mut out = Vec::new();
    let mut html = String::from(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Anatomy gallery: bones and muscles traced from the OpenSim model</title>\n<link rel=\"stylesheet\" href=\"anatomy-gallery/gallery.css\">\n</head>\n<body>\n<h1>Anatomy gallery for review</h1>\n<p>Every bone below is traced from the meshes of the OpenSim full-body model (MyoSim 0.2.3), \
         right leg, standing, in the model's own pelvis orientation. Front view: the subject's right is on your left. \
         Back view: the subject's right is on your right. Side view: the subject's right side, facing right. \
         Blue dots are landmarks found on the mesh by a stated rule (listed at the end); coloured lines are muscle \
         lines of action from origin to insertion (orange: hip stabilisers, purple: hamstrings, dark red: context); \
         dashed muscles are the deep rotators the model lacks, placed by hand on the bone surface.</p>\n<p>Please check: \
         does every structure sit where it is in a real body, does each muscle run from its real origin to its real \
         insertion, and does any outline misrepresent the bone?</p>\n<h2>Assembled views</h2>\n<div class=\"views\">\n",
    );
    for (layer, what, caption) in [
        (Layer::Landmarks, "landmarks", "Landmarks"),
        (Layer::Muscles, "muscles", "Muscle paths"),
    ] {
        for view in View::ALL {
            let name = format!("assembled-{}-{what}.svg", view.id());
            out.push(File {
                path: format!("{DIR}/{name}"),
                contents: assembled(a, view, layer),
            });
            let _ = writeln!(
                html,
                "<figure><img src=\"anatomy-gallery/{name}\" alt=\"The assembled bones with their {what}, seen from the {0}\"><figcaption>{caption}, seen from the {0}.{1}</figcaption></figure>",
                view.id(),
                if view == View::Side { " The dashed ring is the acetabular rim." } else { "" }
            );
        }
    }
    html.push_str("</div>\n<h2>Each bone in each view, traced outline over the mesh silhouette</h2>\n<p>Grey: the silhouette of the projected mesh (0.25 mm raster). Brown line: the traced, smoothed outline the figures will use. IoU: intersection over union of the two.</p>\n");
    for bone in BoneId::ALL {
        let _ = writeln!(html, "<h3>{}</h3>\n<div class=\"tiles\">", esc(bone.name()));
        for view in View::ALL {
            let t = a
                .outlines
                .iter()
                .find(|t| t.bone == bone && t.view == view)
                .expect("every bone is traced in every view");
            let name = format!("{}-{}.svg", bone.id(), view.id());
            out.push(File {
                path: format!("{DIR}/{name}"),
                contents: tile(a, t),
            });
            let segs: usize = t
                .traced
                .loops
                .iter()
                .map(|l| crate::trace::segments(l))
                .sum();
            let _ = writeln!(
                html,
                "<figure><img src=\"anatomy-gallery/{name}\" alt=\"{} from the {}, traced outline over the mesh silhouette\"><figcaption>{}: IoU {:.3}, {} Bézier segments, {} hole(s), smoothing {} mm</figcaption></figure>",
                esc(bone.name()),
                view.id(),
                view.id(),
                t.traced.iou,
                segs,
                t.traced.holes,
                t.traced.sigma
            );
        }
        html.push_str("</div>\n");
    }
    html.push_str("<h2>Landmarks and how each was found</h2>\n<table>\n<tr><th>Landmark</th><th>Bone</th><th>x, y, z (mm)</th><th>Rule</th></tr>\n");
    for l in &a.landmarks {
        let _ = writeln!(
            html,
            "<tr><td>{}</td><td>{}</td><td>{:.1}, {:.1}, {:.1}</td><td>{}</td></tr>",
            esc(&l.name),
            esc(l.bone.name()),
            l.at.x,
            l.at.y,
            l.at.z,
            esc(l.rule)
        );
    }
    html.push_str("</table>\n<h2>Muscles placed by hand</h2>\n<table>\n<tr><th>Muscle</th><th>Point</th><th>Rule</th></tr>\n");
    for m in a.muscles.iter().filter(|m| m.by_hand) {
        for (k, p) in m.points.iter().enumerate() {
            let _ = writeln!(
                html,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&m.name),
                if k == 0 {
                    "origin"
                } else if k + 1 == m.points.len() {
                    "insertion"
                } else {
                    "via"
                },
                esc(&p.source)
            );
        }
    }
    let _ = writeln!(
        html,
        "</table>\n<h2>Checks</h2>\n<ul>\n<li>Femoral head: sphere of radius {:.1} mm centred {:.1} mm from the hip centre; acetabulum: radius {:.1} mm, centre {:.1} mm from the head's.</li>\n<li>Neck-shaft angle of the femur: {:.1} degrees.</li>\n</ul>",
        a.head.1,
        a.head.0.len(),
        a.cup.1,
        a.cup.0.dist(a.head.0),
        a.neck_shaft_deg
    );
    let _ = writeln!(
        html,
        "<p class=\"credit\">{}</p>\n</body>\n</html>",
        esc(crate::api::CREDIT)
    );
    out.push(File {
        path: HTML.into(),
        contents: html,
    });
    out.push(File {
        path: format!("{DIR}/gallery.css"),
        contents: CSS.into(),
    });
    out
}
