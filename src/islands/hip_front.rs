//! Chapter 1's figure, the ball and socket from the front (`data-island="hip-front"`).
//!
//! Markup: `components::slider_figure` with this file's controls, prerendered in the first state;
//! it carries [`figure::SLIDER_MARKUP`]. Initial state: `state::hip_pose::PoseState::default`
//! (the hip at rest). Behaviour (wasm only): [`figure::attach_sliders`] with this file's
//! [`Sliders`] contract: each slider moves one joint of the pose, and the drawing, the
//! slider's words and the announcement follow.

use super::figure::{self, Sliders};
use crate::content::Figure;
use crate::diagram::scene::Scene;
use crate::geometry::pose::Param;
use crate::state::hip_pose::{PoseAction, PoseState};

/// The content's id of the figure this island shows.
pub const FIGURE_ID: &str = crate::diagram::hip_front::FIGURE_ID;

/// The joints the sliders move, in the order they are shown.
pub const PARAMS: [Param; 3] = [Param::HipFlexion, Param::HipAbduction, Param::HipRotation];

/// The content's ids of the sliders, in the order they are shown ([`PARAMS`]).
pub const CONTROLS: [&str; 3] = ["hip-flexion", "hip-abduction", "hip-rotation"];

/// What the figure's markup carries for its behaviour.
pub const MARKUP: super::hook::Markup = figure::SLIDER_MARKUP;

fn param(id: &str) -> Option<Param> {
    PARAMS.into_iter().find(|p| p.id() == id)
}

impl Sliders for PoseState {
    fn set(&self, id: &str, value: f64) -> Option<PoseState> {
        let param = param(id)?;
        value
            .is_finite()
            .then(|| self.apply(PoseAction::Move(param, value)))
    }

    fn value(&self, id: &str) -> Option<(f64, f64, f64)> {
        let p = param(id)?;
        let (min, max) = p.range();
        Some((p.get(&self.pose), min, max))
    }

    fn scene(&self, figure: &Figure) -> Scene {
        crate::diagram::hip_front::hip_front(&self.pose, &figure.label_pairs())
    }
}

/// Browser side: makes the figure in `slot` work with the words its slot carries.
#[cfg(target_arch = "wasm32")]
pub fn attach(slot: &web_sys::Element, figure: Figure) -> bool {
    figure::attach_sliders::<PoseState>(slot, figure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_controls_are_the_params_ids() {
        assert_eq!(CONTROLS, PARAMS.map(Param::id));
    }
}
