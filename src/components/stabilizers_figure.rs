use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    figure_frame::{description_id, figure_body},
    muscle_list::MuscleList,
    stabilizer_svg::StabilizerSvg,
};
use crate::content::Figure;
use crate::diagram::stabilizers_back::stabilizers_back;
use crate::geometry::stabilizers::GLUTEUS_MAXIMUS;
use crate::geometry::Pose;
use crate::islands::muscles::{INFO, LAYER_TOGGLE};

/// Props of [`StabilizersFigure`].
#[derive(Properties, PartialEq)]
pub struct StabilizersFigureProps {
    /// Words of the figure (labels, muscle names and jobs, toggle, hint).
    pub figure: Figure,
}

/// Chapter 2: the deep hip stabilizers from behind, as prerendered markup. Two ways in, one
/// state: the muscles in the drawing and the numbered list both pick a muscle; the info line
/// under the drawing names it and gives its job; a toggle shows or hides the gluteus maximus
/// on top. The drawing never changes shape, only what is highlighted, so the browser build
/// does not redraw it: its island (`islands::muscles`, state in `state::stabilizer_view`)
/// switches classes, `aria-pressed` and which info line shows. Every word is here, in the
/// page; the info line has one prepared line per muscle.
#[component]
pub fn StabilizersFigure(props: &StabilizersFigureProps) -> Html {
    let f = &props.figure;
    let scene = Rc::new(stabilizers_back(&Pose::default(), &f.label_pairs()));
    let muscles = Rc::new(f.muscles.clone());
    let toggle = f.toggle(GLUTEUS_MAXIMUS).map(|t| {
        html! {
            <button type="button" class={LAYER_TOGGLE.name()} id={format!("{}-{}", f.id, t.id)}
                aria-pressed="false" data-on={t.on.clone()} data-off={t.off.clone()}>
                <span class="layer-toggle-box" aria-hidden="true"></span>
                { &t.label }
            </button>
        }
    });
    let info = html! {
        <p class={INFO.name()} id={format!("{}-info", f.id)}>
            <span data-for="">{ f.hint.clone().unwrap_or_default() }</span>
            { for f.muscles.iter().map(|m| html! {
                <span data-for={m.id.clone()} hidden=true>
                    <strong class="muscle-info-name">{ &m.name }</strong>{ ": " }{ &m.job }
                </span>
            }) }
        </p>
    };
    let art = html! {
        <StabilizerSvg {scene} name_id={format!("fig-{}-name", f.id)}
            name={f.name.clone()} described_by={description_id(&f.id)}
            muscles={muscles.clone()} />
    };
    let controls = html! {
        <div class="diagram-controls muscle-picker">
            { info }
            { for toggle }
            <MuscleList heading_id={format!("{}-list-heading", f.id)}
                heading={f.muscles_heading.clone().unwrap_or_default()}
                {muscles} />
        </div>
    };
    figure_body(art, controls)
}
