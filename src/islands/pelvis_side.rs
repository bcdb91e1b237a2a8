//! Chapter 5's figure, pelvis and low back from the side (`data-island="pelvis-side"`).
//!
//! Markup: `components::slider_figure` with the strength slider and readouts,
//! prerendered in the first state; it carries [`figure::SLIDER_MARKUP`]. Initial state:
//! `state::chain::ChainState::default`. Behaviour (wasm only): [`figure::attach_sliders`]
//! with this file's [`Chapter5`] state.

use super::figure::{self, Sliders};
use crate::content::Figure;
use crate::diagram::scene::Scene;
use crate::state::chain::ChainState;

/// The content's id of the figure this island shows.
pub const FIGURE_ID: &str = crate::diagram::pelvis_side::FIGURE_ID;

/// What the figure's markup carries for its behaviour.
pub const MARKUP: super::hook::Markup = figure::SLIDER_MARKUP;

/// The chain's state as chapter 5 draws it.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Chapter5(pub ChainState);

impl Sliders for Chapter5 {
    fn set(&self, id: &str, value: f64) -> Option<Chapter5> {
        self.0.set(id, value).map(Chapter5)
    }

    fn value(&self, id: &str) -> Option<(f64, f64, f64)> {
        self.0.value(id)
    }

    fn scene(&self, figure: &Figure) -> Scene {
        crate::diagram::pelvis_side::pelvis_side(self.0.strength, &figure.label_pairs())
    }

    fn level(&self, id: &str) -> Option<f64> {
        self.0.chain().level(id)
    }
}

/// Browser side: makes the figure in `slot` work with the words its slot carries.
#[cfg(target_arch = "wasm32")]
pub fn attach(slot: &web_sys::Element, figure: Figure) -> bool {
    figure::attach_sliders::<Chapter5>(slot, figure)
}
