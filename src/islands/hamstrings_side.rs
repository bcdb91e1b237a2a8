//! Chapter 4's figure, the hamstrings stepping in, from the side
//! (`data-island="hamstrings-side"`).
//!
//! Markup: `components::slider_figure` with the strength slider and readouts,
//! prerendered in the first state; it carries [`figure::SLIDER_MARKUP`]. Initial state:
//! `state::chain::ChainState::default`. Behaviour (wasm only): [`figure::attach_sliders`]
//! with this file's [`Chapter4`] state.

use super::figure::{self, ChainDrawing, ChainView};
#[cfg(target_arch = "wasm32")]
use crate::content::Figure;
use crate::diagram::scene::Scene;

/// The content's id of the figure this island shows.
pub const FIGURE_ID: &str = crate::diagram::hamstrings_side::FIGURE_ID;

/// What the figure's markup carries for its behaviour.
pub const MARKUP: super::hook::Markup = figure::SLIDER_MARKUP;

/// Chapter 4's drawing of the chain model.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Hamstrings;

impl ChainView for Hamstrings {
    fn draw(strength: f64, labels: &[(&str, &str)]) -> Scene {
        crate::diagram::hamstrings_side::hamstrings_side(strength, labels)
    }
}

/// The chain's state as chapter 4 draws it.
pub type Chapter4 = ChainDrawing<Hamstrings>;

/// Browser side: makes the figure in `slot` work with the words its slot carries.
#[cfg(target_arch = "wasm32")]
pub fn attach(slot: &web_sys::Element, figure: Figure) -> bool {
    figure::attach_sliders::<Chapter4>(slot, figure)
}
