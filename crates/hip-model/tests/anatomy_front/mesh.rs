//! The model's meshes posed and projected as chapters 1 and 2 draw them, and rasters to
//! compare drawings with them.

use hip_anatomy::model::{BoneId, Model};
use hip_anatomy::trace::{self, Grid};
use hip_anatomy::vec::{V2, V3};
use hip_model::geometry::vec::{Mat3, Vec2, Vec3};

/// The app's vector from the anatomy crate's.
pub fn app(p: V3) -> Vec3 {
    Vec3::new(p.x, p.y, p.z)
}

/// The anatomy crate's 2D vector from the app's.
pub fn v2(p: Vec2) -> V2 {
    V2::new(p.x, p.y)
}

/// The loaded model (read once per test binary).
pub fn model() -> &'static Model {
    static M: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
    M.get_or_init(Model::load)
}

/// The triangles of `bone`.
pub fn tris(bone: BoneId) -> &'static [[V3; 3]] {
    &model().bone(bone).tris
}

/// The triangles of a mesh cut by the plane `y = cut`: what lies above it (y down).
pub fn above(tris: &[[V3; 3]], cut: f64) -> Vec<[V3; 3]> {
    clip(tris, |p| p.y - cut)
}

/// The part of a mesh where the linear function `f` is at most zero (each triangle cut by
/// the plane `f = 0`).
pub fn clip(tris: &[[V3; 3]], f: impl Fn(V3) -> f64) -> Vec<[V3; 3]> {
    let mut out = Vec::new();
    for t in tris {
        let mut poly = Vec::new();
        for k in 0..3 {
            let (a, b) = (t[k], t[(k + 1) % 3]);
            let (fa, fb) = (f(a), f(b));
            if fa <= 0.0 {
                poly.push(a);
            }
            if (fa <= 0.0) != (fb <= 0.0) {
                poly.push(a.lerp(b, fa / (fa - fb)));
            }
        }
        for k in 1..poly.len().saturating_sub(1) {
            out.push([poly[0], poly[k], poly[k + 1]]);
        }
    }
    out
}

/// The triangles turned by `m` and projected by `view` (`(x, y)` front, `(-x, y)` back).
pub fn projected(tris: &[[V3; 3]], m: &Mat3, back: bool) -> Vec<[V2; 3]> {
    tris.iter()
        .map(|t| {
            t.map(|p| {
                let q = m.apply(app(p));
                V2::new(if back { -q.x } else { q.x }, q.y)
            })
        })
        .collect()
}

/// The silhouette raster of projected triangles (the anatomy crate's resolution).
pub fn silhouette(tris2: &[[V2; 3]]) -> Grid {
    trace::silhouette(tris2)
}

/// The raster of closed polylines (even-odd) on the placement of `like`.
pub fn raster(loops: &[Vec<V2>], like: &Grid) -> Grid {
    let mut g = like.blank();
    g.fill_loops(loops);
    g
}

/// The union of rasters of the same placement.
pub fn union(grids: &[Grid], like: &Grid) -> Grid {
    let mut out = like.blank();
    for g in grids {
        for (a, b) in out.on.iter_mut().zip(&g.on) {
            *a |= *b;
        }
    }
    out
}

/// Points `per` a segment along SVG path data made of `M`/`m`, `c` and `z` (what the
/// path builder writes for closed smooth curves), one polyline per subpath.
pub fn flatten_d(d: &str, per: usize) -> Vec<Vec<V2>> {
    let loops = hip_anatomy::generate::parse_d(d).expect("path data of closed cubic loops");
    loops.iter().map(|b| trace::flatten(b, per)).collect()
}

/// Distance from `p` to the mesh surface.
pub fn to_surface(p: Vec3, tris: &[[V3; 3]]) -> f64 {
    hip_anatomy::surface::distance(V3::new(p.x, p.y, p.z), tris)
}
