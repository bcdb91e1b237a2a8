//! The femur as the union of convex parts cut from the model's mesh, for chapter 1 (and
//! chapter 2): each part a small set of the mesh's own vertices (those on the part's 3D
//! convex hull), so the drawing can pose the femur and hull each part's projection.
//!
//! Rule: the mesh above the cut is split into triangles by anatomy (head: within 2 mm of
//! the head's radius of its centre; lesser trochanter: within 18 mm of its landmark;
//! greater trochanter: lateral of 36 mm and above 40 mm; neck: along the neck axis up to
//! 38 mm from the head centre and within 24 mm of the axis; the rest is the shaft and
//! trochanteric region). Every triangle belongs to one part, so the union of the parts'
//! hulls covers the bone's projection in every pose. A part whose hull spills more than
//! [`SPILL`] mm² beyond the bone's silhouette in one of the test poses is halved at the
//! median across its main axis, and so on (never the head: it is drawn as one ball). Each part keeps the vertices that are extreme in
//! one of [`DIRECTIONS`] directions (its 3D hull, slightly simplified).

use super::mesh::{self, app};
use hip_anatomy::landmarks::Samples;
use hip_anatomy::measure;
use hip_anatomy::model::BoneId;
use hip_anatomy::trace::Grid;
use hip_anatomy::vec::{V2, V3};
use hip_model::geometry::femur::Femur;
use hip_model::geometry::hull::convex_hull;
use hip_model::geometry::model_front::CUT_LEVEL;
use hip_model::geometry::{Pose, Vec2};
use std::fmt::Write;

/// Most a part's hull may spill beyond the bone's silhouette in a test pose (mm²).
pub const SPILL: f64 = 25.0;
/// Directions a kept vertex must be extreme in (Fibonacci sphere).
pub const DIRECTIONS: usize = 80;

/// `n` directions spread evenly over the sphere.
fn directions(n: usize) -> Vec<V3> {
    let g = std::f64::consts::PI * (3.0 - 5f64.sqrt());
    (0..n)
        .map(|i| {
            let y = 1.0 - 2.0 * (i as f64 + 0.5) / n as f64;
            let r = (1.0 - y * y).sqrt();
            let a = g * i as f64;
            V3::new(r * a.cos(), y, r * a.sin())
        })
        .collect()
}

/// The points of `pts` that are extreme in one of `dirs` (first found on ties).
fn extremes(pts: &[V3], dirs: &[V3]) -> Vec<V3> {
    let mut keep = vec![false; pts.len()];
    for d in dirs {
        let mut best = (0, f64::MIN);
        for (i, p) in pts.iter().enumerate() {
            let s = p.dot(*d);
            if s > best.1 {
                best = (i, s);
            }
        }
        keep[best.0] = true;
    }
    pts.iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(p, _)| *p)
        .collect()
}

/// The test poses: every combination of the ends and middles of the three hip angles.
pub fn test_poses() -> Vec<Pose> {
    let mut out = Vec::new();
    for f in [0.0, 50.0, 100.0] {
        for a in [-15.0, 15.0, 45.0] {
            for r in [-40.0, 0.0, 40.0] {
                out.push(Pose {
                    hip_flexion_deg: f,
                    hip_abduction_deg: a,
                    hip_rotation_deg: r,
                    ..Pose::default()
                });
            }
        }
    }
    out
}

fn centroid(t: &[V3; 3]) -> V3 {
    (t[0] + t[1] + t[2]) * (1.0 / 3.0)
}

/// The parts: (structure id, vertices), shaft first, head last (the drawing's paint order).
pub fn parts() -> Vec<(&'static str, Vec<V3>)> {
    let s = Samples::of(mesh::model());
    let (_, head_r) = measure::femoral_head(&s);
    let (_, neck, _) = measure::neck_shaft_angle(&s);
    let along = -neck; // head -> shaft
    let lt = hip_anatomy::api::landmark("lesser-trochanter")
        .expect("LT")
        .at;
    let lt = V3::new(f64::from(lt[0]), f64::from(lt[1]), f64::from(lt[2]));
    let tris = mesh::above(mesh::tris(BoneId::Femur), CUT_LEVEL);
    const IDS: [&str; 5] = [
        "femoral-head",
        "femoral-neck",
        "greater-trochanter",
        "lesser-trochanter",
        "femur",
    ];
    let classify = |c: V3| -> usize {
        let t = c.dot(along);
        let radial = (c - along * t).len();
        if c.len() <= head_r + 2.0 {
            0
        } else if c.dist(lt) < 18.0 {
            3
        } else if c.x < -36.0 && c.y < 40.0 {
            2
        } else if t < 38.0 && radial < 24.0 && c.y < 30.0 {
            1
        } else {
            4
        }
    };
    let turns: Vec<_> = test_poses().iter().map(Femur::turn).collect();
    let sils: Vec<Grid> = turns
        .iter()
        .map(|m| {
            let tr2 = mesh::projected(&tris, m, false);
            let lo = tr2
                .iter()
                .flatten()
                .fold(V2::new(f64::MAX, f64::MAX), |a, p| {
                    V2::new(a.x.min(p.x), a.y.min(p.y))
                });
            let hi = tr2
                .iter()
                .flatten()
                .fold(V2::new(f64::MIN, f64::MIN), |a, p| {
                    V2::new(a.x.max(p.x), a.y.max(p.y))
                });
            let mut g = Grid::covering(lo, hi, 0.5, 30.0);
            g.fill_triangles(&tr2);
            g
        })
        .collect();
    let all_dirs = directions(1500);
    let spill = |part: &[[V3; 3]]| -> f64 {
        let pts = extremes(
            &part.iter().flatten().copied().collect::<Vec<_>>(),
            &all_dirs,
        );
        turns
            .iter()
            .zip(&sils)
            .map(|(m, sil)| {
                let flat: Vec<Vec2> = pts.iter().map(|p| m.apply(app(*p)).xy()).collect();
                let h: Vec<V2> = convex_hull(&flat).into_iter().map(mesh::v2).collect();
                let g = mesh::raster(&[h], sil);
                let out = g.on.iter().zip(&sil.on).filter(|(a, b)| **a && !**b);
                out.count() as f64 * sil.res * sil.res
            })
            .fold(0.0, f64::max)
    };
    let mut todo: Vec<(usize, Vec<[V3; 3]>, u32)> = (0..IDS.len())
        .map(|k| {
            let mine = tris.iter().filter(|t| classify(centroid(t)) == k);
            (k, mine.copied().collect(), 0)
        })
        .collect();
    let mut done: Vec<(usize, Vec<[V3; 3]>)> = Vec::new();
    while let Some((id, part, depth)) = todo.pop() {
        // The head is one round part: it is drawn as one ball.
        if id == 0 || part.len() < 8 || depth > 5 || spill(&part) <= SPILL {
            done.push((id, part));
            continue;
        }
        let cs: Vec<V3> = part.iter().map(centroid).collect();
        let axis = measure::principal_axis(&cs);
        let mut along: Vec<f64> = cs.iter().map(|c| c.dot(axis)).collect();
        along.sort_by(f64::total_cmp);
        let median = along[along.len() / 2];
        let (a, b): (Vec<[V3; 3]>, Vec<[V3; 3]>) =
            part.iter().partition(|t| centroid(t).dot(axis) < median);
        todo.push((id, a, depth + 1));
        todo.push((id, b, depth + 1));
    }
    // Paint order: shaft first, head last.
    done.sort_by_key(|(id, _)| std::cmp::Reverse(*id));
    let dirs = directions(DIRECTIONS);
    done.iter()
        .map(|(id, part)| {
            let pts = extremes(&part.iter().flatten().copied().collect::<Vec<_>>(), &dirs);
            (IDS[*id], pts)
        })
        .collect()
}

fn tenths(v: f64) -> i32 {
    (v * 10.0).round() as i32
}

/// `geometry/model_femur.rs`.
pub fn source() -> String {
    let mut out = String::from(
        "//! GENERATED from the hip-anatomy crate (MyoSim 0.2.3 / Rajagopal et al. 2016) by the\n\
         //! test `femur_parts_are_the_anatomy_crates` in `crates/hip-model/tests/anatomy_front.rs`:\n\
         //! do not edit; regenerate with `FEMUR_PARTS_WRITE=1 cargo test -p hip-model --test\n\
         //! anatomy_front femur_parts`. The rule is in `tests/anatomy_front/femur_parts.rs`;\n\
         //! the tests beside it check that every vertex is the mesh's and that the parts' union\n\
         //! covers the femur's silhouette in every pose.\n\
         //!\n\
         //! The right femur above the cut (`model_front::CUT_LEVEL`) as convex parts: each a\n\
         //! structure id and the mesh vertices on its hull, in tenths of a millimetre, the\n\
         //! standing pose, origin at the hip centre (x to the subject's left, y down, z\n\
         //! forward). Shaft pieces first, the head last (the drawing's paint order).\n\n\
         /// (structure id, hull vertices in tenths of a millimetre).\n\
         pub static PARTS: &[(&str, &[[i16; 3]])] = &[\n",
    );
    for (id, pts) in parts() {
        let _ = write!(out, "    (\n        \"{id}\",\n        &[");
        for (i, p) in pts.iter().enumerate() {
            if i % 6 == 0 {
                out.push_str("\n            ");
            } else {
                out.push(' ');
            }
            let _ = write!(out, "[{}, {}, {}],", tenths(p.x), tenths(p.y), tenths(p.z));
        }
        out.push_str("\n        ],\n    ),\n");
    }
    out.push_str("];\n");
    out
}
