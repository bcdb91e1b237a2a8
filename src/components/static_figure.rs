use yew::prelude::*;

use crate::components::bend_forward_figure::BendForwardFigure;
use crate::components::figure_frame::FigureFrame;
use crate::content::Figure;

/// Props of [`StaticFigure`].
#[derive(Properties, PartialEq, Clone)]
pub struct StaticFigureProps {
    /// The figure's words; its `id` chooses the drawing.
    pub figure: Figure,
}

/// Figures with no island (`islands::STATIC_FIGURES`): rendered only by the prerenderer,
/// never hydrated, so their drawing code stays out of the browser build. The one place such
/// a figure is drawn. (Chapter 2's figure, whose controls only change what is highlighted,
/// is the `muscles` island: `islands::muscles`.)
#[component]
pub fn StaticFigure(props: &StaticFigureProps) -> Html {
    let figure = props.figure.clone();
    let body = match figure.id.as_str() {
        crate::diagram::bend_forward::FIGURE_ID => {
            html! { <BendForwardFigure figure={figure.clone()} /> }
        }
        // The content tests admit only figures with an island or in
        // `islands::STATIC_FIGURES`; never a placeholder box.
        _ => return Html::default(),
    };
    html! { <FigureFrame {figure}>{ body }</FigureFrame> }
}
