//! Chapter 3's figure, everyday activities and the planes they move in
//! (`data-island="activity-planes"`).
//!
//! Markup and behaviour: `components::activity_planes_figure::ActivityPlanesFigure`,
//! prerendered as hydratable markup and hydrated by Yew with the words its slot carries
//! (`words`). Initial state: `state::activity_pick::ActivityState::default`.

use yew::prelude::*;

use crate::components::activity_planes_figure::ActivityPlanesFigure;
use crate::content::Figure;

/// The content's id of the figure this island shows.
pub const FIGURE_ID: &str = crate::diagram::activity_planes::FIGURE_ID;

/// The island's drawing and controls.
pub fn view(figure: Figure) -> Html {
    html! { <ActivityPlanesFigure {figure} /> }
}
