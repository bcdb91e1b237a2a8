//! Model -> SVG values. No DOM, no yew.
//!
//! - [`viewport`]: millimetres <-> SVG user units.
//! - [`path`]: path data with compact numbers and smooth curves.
//! - [`labels`]: margin labels with leader lines, for every diagram.
//! - [`layout`]: the one rule that fits a drawing between its label margins.
//! - [`look`]: the atlas look (light, materials, gradients, subject and context).
//! - [`hip_front`]: chapter 1, the right hip from the front.
//! - [`activity_planes`]: chapter 3, everyday activities and the three planes of movement.
//! - [`stabilizers_back`]: chapter 2, the deep stabilizers from behind.
//! - [`scene`]: what a diagram hands to the renderer (agreed interface).
//! - [`svg`]: a scene written as SVG markup (the page's and the browser's one writer).

pub mod activity_planes;
pub mod bend_forward;
pub mod exercise_figure;
pub mod hamstrings_side;
pub mod hip_front;
pub mod labels;
pub mod layout;
pub mod look;
pub mod path;
pub mod pelvis_side;
pub mod scene;
pub mod side_view;
pub mod spots;
pub mod stabilizers_back;
pub mod svg;
pub mod viewport;

/// The annotation ids a figure can label, or `None` for an unknown figure id. Content
/// validation uses this to check that every label names a real structure.
pub fn known_annotation_ids(figure_id: &str) -> Option<&'static [&'static str]> {
    match figure_id {
        hip_front::FIGURE_ID => Some(hip_front::annotation_ids()),
        activity_planes::FIGURE_ID => Some(activity_planes::annotation_ids()),
        stabilizers_back::FIGURE_ID => Some(stabilizers_back::annotation_ids()),
        hamstrings_side::FIGURE_ID => Some(hamstrings_side::annotation_ids()),
        pelvis_side::FIGURE_ID => Some(pelvis_side::annotation_ids()),
        bend_forward::FIGURE_ID => Some(bend_forward::annotation_ids()),
        _ => None,
    }
}
