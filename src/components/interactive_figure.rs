use yew::prelude::*;

use crate::components::activity_planes_figure::ActivityPlanesFigure;
use crate::components::chain_figure::{ChainFigure, ChainView};
use crate::components::hip_front_figure::HipFrontFigure;
use crate::content::Figure;

/// Props of [`InteractiveFigure`].
#[derive(Properties, PartialEq, Clone)]
pub struct InteractiveFigureProps {
    /// The figure's words; its `id` chooses the drawing.
    pub figure: Figure,
}

/// Every interactive figure, chosen by id: the one place a new diagram is registered
/// (add its id to `islands::INTERACTIVE_FIGURES` too).
#[component]
pub fn InteractiveFigure(props: &InteractiveFigureProps) -> Html {
    // Effects run only after a successful (hydrating) render, never on the server.
    // Its slot is awake too: `boot.js` then hands it any value moved before it woke.
    let id = props.figure.id.clone();
    use_effect_with((), move |_| {
        #[cfg(target_arch = "wasm32")]
        crate::browser::mark_hydrated(&id);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = id;
    });
    let figure = props.figure.clone();
    match figure.id.as_str() {
        crate::diagram::hip_front::FIGURE_ID => html! { <HipFrontFigure {figure} /> },
        crate::diagram::activity_planes::FIGURE_ID => html! { <ActivityPlanesFigure {figure} /> },
        crate::diagram::hamstrings_side::FIGURE_ID => {
            html! { <ChainFigure {figure} view={ChainView::Hamstrings} /> }
        }
        crate::diagram::pelvis_side::FIGURE_ID => {
            html! { <ChainFigure {figure} view={ChainView::PelvisAndBack} /> }
        }
        // Content validation admits only known figures; never a placeholder box.
        _ => Html::default(),
    }
}
