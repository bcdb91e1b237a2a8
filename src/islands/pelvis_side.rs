//! Chapter 5's figure, pelvis and low back from the side (`data-island="pelvis-side"`).
//!
//! Markup: `components::slider_figure` with the strength slider and readouts,
//! prerendered in the first state; it carries [`figure::SLIDER_MARKUP`]. Initial state:
//! `state::chain::ChainState::default`. Behaviour (wasm only): [`figure::attach_sliders`]
//! with this file's [`Chapter5`] state.

use super::figure::{self, ChainDrawing, ChainView};
#[cfg(target_arch = "wasm32")]
use crate::content::Figure;
use crate::diagram::scene::Scene;

/// The content's id of the figure this island shows.
pub const FIGURE_ID: &str = crate::diagram::pelvis_side::FIGURE_ID;

/// What the figure's markup carries for its behaviour.
pub const MARKUP: super::hook::Markup = figure::SLIDER_MARKUP;

/// Chapter 5's drawing of the chain model.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PelvisAndBack;

impl ChainView for PelvisAndBack {
    fn draw(strength: f64, labels: &[(&str, &str)]) -> Scene {
        crate::diagram::pelvis_side::pelvis_side(strength, labels)
    }
}

/// The chain's state as chapter 5 draws it.
pub type Chapter5 = ChainDrawing<PelvisAndBack>;

/// Browser side: makes the figure in `slot` work with the words its slot carries.
#[cfg(target_arch = "wasm32")]
pub fn attach(slot: &web_sys::Element, figure: Figure) -> bool {
    figure::attach_sliders::<Chapter5>(slot, figure)
}
