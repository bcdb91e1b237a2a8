//! Muscles the reader can point at in the drawings drawn from [`super::scene::Scene`]s
//! (chapters 4 and 5 and the forward bend), as chapter 2's picker lets them: each labelled
//! muscle is a focusable hotspot over its drawn shapes, named with its one-line job (the
//! words are the figure's `muscles` in content).
//!
//! The hotspot is the muscle's own outline, so it sits exactly on what the label names. What
//! shows on hover, tap and focus is decided by the stylesheet (`spots_css`, appended by the
//! prerenderer): no script is needed, so it works before the wasm wakes and costs it nothing.

use super::scene::{Scene, Shape};
use crate::geometry::hamstrings::{
    BICEPS_LONG, BICEPS_SHORT, GLUTEUS_MEDIUS, SEMIMEMBRANOSUS, SEMITENDINOSUS,
};

/// The hotspot id of the hamstrings as one group (chapter 5 and the bend label them as one).
pub const HAMSTRINGS: &str = "hamstrings";

/// Every hotspot id a scene figure may carry (the content's muscle ids of those figures).
pub const IDS: &[&str] = &[
    BICEPS_LONG,
    BICEPS_SHORT,
    SEMITENDINOSUS,
    SEMIMEMBRANOSUS,
    GLUTEUS_MEDIUS,
    HAMSTRINGS,
];

/// Shape ids a hotspot covers: the hamstrings group covers its four parts; a single muscle
/// covers its own shape.
pub fn members(spot: &str) -> &[&str] {
    match spot {
        HAMSTRINGS => &[BICEPS_LONG, BICEPS_SHORT, SEMITENDINOSUS, SEMIMEMBRANOSUS],
        BICEPS_LONG => &[BICEPS_LONG],
        BICEPS_SHORT => &[BICEPS_SHORT],
        SEMITENDINOSUS => &[SEMITENDINOSUS],
        SEMIMEMBRANOSUS => &[SEMIMEMBRANOSUS],
        GLUTEUS_MEDIUS => &[GLUTEUS_MEDIUS],
        _ => &[],
    }
}

/// Path data of hotspot `spot` in `scene`: the outlines of the shapes it covers, one after
/// the other (each starts with an absolute move). Empty if the scene draws none of them.
pub fn spot_path(scene: &Scene, spot: &str) -> String {
    let ids = members(spot);
    let mut d = String::new();
    for s in &scene.shapes {
        if let Shape::Path { id, d: part, .. } = s {
            if !id.is_empty() && ids.contains(id) {
                if !d.is_empty() {
                    d.push(' ');
                }
                d.push_str(part);
            }
        }
    }
    d
}

/// CSS that shows hotspot `id`'s line of the figure's info line (and hides the hint) while
/// the hotspot is hovered or focused, for every id in [`IDS`]. Native only: the prerenderer
/// appends it to the stylesheet.
#[cfg(not(target_arch = "wasm32"))]
pub fn spots_css() -> String {
    let mut css = String::from(
        ".diagram:has(.dg-spot:is(:hover, :focus)) .spot-words [data-for=\"\"] { display: none; }\n",
    );
    for id in IDS {
        css.push_str(&format!(
            ".diagram:has(.dg-spot[data-id=\"{id}\"]:is(:hover, :focus)) .spot-words [data-for=\"{id}\"] {{ display: inline; }}\n"
        ));
    }
    css
}
