//! Model -> SVG values. No DOM, no yew.
//!
//! - [`viewport`]: millimetres <-> SVG user units.
//! - [`path`]: path data with compact numbers and smooth curves.
//! - [`labels`]: margin labels with leader lines, for every diagram.
//! - [`hip_front`]: chapter 1, the right hip from the front.
//! - [`scene`]: what a diagram hands to the renderer (agreed interface).

pub mod bend_forward;
pub mod hamstrings_side;
pub mod hip_front;
pub mod labels;
pub mod path;
pub mod pelvis_side;
pub mod scene;
pub mod side_view;
pub mod viewport;

/// The annotation ids a figure can label, or `None` for an unknown figure id. Content
/// validation uses this to check that every label names a real structure.
pub fn known_annotation_ids(figure_id: &str) -> Option<&'static [&'static str]> {
    match figure_id {
        hip_front::FIGURE_ID => Some(hip_front::annotation_ids()),
        hamstrings_side::FIGURE_ID => Some(hamstrings_side::annotation_ids()),
        pelvis_side::FIGURE_ID => Some(pelvis_side::annotation_ids()),
        bend_forward::FIGURE_ID => Some(bend_forward::annotation_ids()),
        _ => None,
    }
}
