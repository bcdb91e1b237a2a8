//! Chapter 1's figure, the ball and socket from the front (`data-island="hip-front"`).
//!
//! Markup and behaviour: `components::hip_front_figure::HipFrontFigure`, prerendered as
//! hydratable markup and hydrated by Yew with the words its slot carries (`words`).
//! Initial state: `state::hip_pose::PoseState::default` (the hip at rest).

use yew::prelude::*;

use crate::components::hip_front_figure::HipFrontFigure;
use crate::content::Figure;

/// The content's id of the figure this island shows.
pub const FIGURE_ID: &str = crate::diagram::hip_front::FIGURE_ID;

/// The island's drawing and controls.
pub fn view(figure: Figure) -> Html {
    html! { <HipFrontFigure {figure} /> }
}
