use yew::prelude::*;

use crate::components::{
    figure_frame::{description_id, figure_body},
    scene_svg::SceneSvg,
};
use crate::content::Figure;
use crate::diagram::bend_forward::{bend_forward, Panel};

/// Props of [`BendForwardFigure`].
#[derive(Properties, PartialEq)]
pub struct BendForwardFigureProps {
    /// Words of the figure (panel titles, labels, caption, description) from content.
    pub figure: Figure,
}

/// Chapter 5: bending forward with relaxed and with tight hamstrings, two small static
/// side views, one above the other, each titled and named by its panel title.
#[component]
pub fn BendForwardFigure(props: &BendForwardFigureProps) -> Html {
    let f = &props.figure;
    let labels = f.label_pairs();
    let muscles = std::rc::Rc::new(f.muscles.clone());
    let panels = Panel::ALL.iter().filter_map(|&panel| {
        let title = f.panels.iter().find(|p| p.id == panel.id())?;
        let name_id = format!("fig-{}-{}-name", f.id, panel.id());
        let scene = std::rc::Rc::new(bend_forward(panel, &labels));
        Some(html! {
            <div class="bend-panel">
                <p class="bend-title" aria-hidden="true">{ &title.title }</p>
                <SceneSvg {scene} name_id={name_id} name={title.title.clone()}
                    described_by={description_id(&f.id)} muscles={muscles.clone()} />
            </div>
        })
    });
    let art = html! { <div class="bend-pair">{ for panels }</div> };
    figure_body(art, Html::default())
}
