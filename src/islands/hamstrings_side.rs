//! Chapter 4's figure, the hamstrings stepping in, from the side
//! (`data-island="hamstrings-side"`).
//!
//! Markup and behaviour: `components::chain_figure::ChainFigure` (view
//! `ChainView::Hamstrings`), prerendered as hydratable markup and hydrated by Yew with the
//! words its slot carries (`words`). Initial state: `state::chain::ChainState::default`.

use yew::prelude::*;

use crate::components::chain_figure::{ChainFigure, ChainView};
use crate::content::Figure;

/// The content's id of the figure this island shows.
pub const FIGURE_ID: &str = crate::diagram::hamstrings_side::FIGURE_ID;

/// The island's drawing and controls.
pub fn view(figure: Figure) -> Html {
    html! { <ChainFigure {figure} view={ChainView::Hamstrings} /> }
}
