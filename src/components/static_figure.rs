use yew::prelude::*;

use crate::components::bend_forward_figure::BendForwardFigure;
use crate::components::block::island;
use crate::components::figure_frame::FigureFrame;
use crate::components::stabilizers_figure::StabilizersFigure;
use crate::content::Figure;

/// Props of [`StaticFigure`].
#[derive(Properties, PartialEq, Clone)]
pub struct StaticFigureProps {
    /// The figure's words; its `id` chooses the drawing.
    pub figure: Figure,
}

/// Figures the browser never redraws: rendered only by the prerenderer, never hydrated, so
/// their drawing code stays out of the browser build. Either they have no controls, or (the
/// chapter-2 muscle picker) their controls only change what is highlighted, which a small
/// tool does in place (`data-island="muscles"`, see `tools`). The one place such a figure is
/// registered.
#[component]
pub fn StaticFigure(props: &StaticFigureProps) -> Html {
    let figure = props.figure.clone();
    let body = match figure.id.as_str() {
        crate::diagram::bend_forward::FIGURE_ID => {
            html! { <BendForwardFigure figure={figure.clone()} /> }
        }
        crate::diagram::stabilizers_back::FIGURE_ID => island(
            "muscles",
            html! { <StabilizersFigure figure={figure.clone()} /> },
        ),
        // Content validation admits only known figures; never a placeholder box.
        _ => return Html::default(),
    };
    html! { <FigureFrame {figure}>{ body }</FigureFrame> }
}
