use std::rc::Rc;

use yew::prelude::*;

use crate::announce::announce;
use crate::components::{
    figure_frame::{description_id, figure_body},
    muscle_list::MuscleList,
    stabilizer_svg::StabilizerSvg,
};
use crate::content::Figure;
use crate::diagram::stabilizers_back::stabilizers_back;
use crate::geometry::stabilizers::GLUTEUS_MAXIMUS;
use crate::geometry::Pose;
use crate::state::stabilizer_view::{StabilizerAction, StabilizerView};

/// Props of [`StabilizersFigure`].
#[derive(Properties, PartialEq)]
pub struct StabilizersFigureProps {
    /// Words of the figure (labels, muscle names and jobs, toggle, caption, description).
    pub figure: Figure,
}

/// Chapter 2: the deep hip stabilizers from behind. Two ways in, one state: the muscles in
/// the drawing and the numbered list both pick a muscle; the info line under the drawing
/// names it and gives its job; a toggle shows or hides the gluteus maximus on top.
#[component]
pub fn StabilizersFigure(props: &StabilizersFigureProps) -> Html {
    let state = use_reducer(StabilizerView::default);
    let f = &props.figure;
    let scene = {
        let figure = f.clone();
        use_memo((), move |_| {
            Rc::new(stabilizers_back(&Pose::default(), &figure.label_pairs()))
        })
    };
    let muscles = use_memo(f.muscles.clone(), |m| Rc::new(m.clone()));
    let hint = f.hint.clone().unwrap_or_default();

    let onpress = {
        let state = state.clone();
        let figure = f.clone();
        let hint = hint.clone();
        Callback::from(move |id: String| {
            if state.is_selected(&id) {
                state.dispatch(StabilizerAction::Clear);
                announce(hint.clone());
            } else {
                state.dispatch(StabilizerAction::Select(id.clone()));
                if let Some(m) = figure.muscle(&id) {
                    announce(format!("{}: {}", m.name, m.job));
                }
            }
        })
    };
    let onpreview = {
        let state = state.clone();
        Callback::from(move |id: Option<String>| state.dispatch(StabilizerAction::Preview(id)))
    };
    let toggle = f.toggle(GLUTEUS_MAXIMUS).map(|t| {
        let pressed = state.show_maximus;
        let onclick = {
            let state = state.clone();
            let t = t.clone();
            Callback::from(move |_: MouseEvent| {
                let on = !state.show_maximus;
                state.dispatch(StabilizerAction::ToggleGluteusMaximus);
                announce(if on { t.on.clone() } else { t.off.clone() });
            })
        };
        html! {
            <button type="button" class="layer-toggle" id={format!("{}-{}", f.id, t.id)}
                aria-pressed={if pressed { "true" } else { "false" }} {onclick}>
                <span class="layer-toggle-box" aria-hidden="true"></span>
                { &t.label }
            </button>
        }
    });
    let info = match state.shown().and_then(|id| f.muscle(id)) {
        Some(m) => html! {
            <><strong class="muscle-info-name">{ &m.name }</strong>{ ": " }{ &m.job }</>
        },
        None => html! { { hint } },
    };
    let art = html! {
        <StabilizerSvg scene={(*scene).clone()} name_id={format!("fig-{}-name", f.id)}
            name={f.name.clone()} described_by={description_id(&f.id)}
            muscles={(*muscles).clone()} view={(*state).clone()}
            onpress={onpress.clone()} {onpreview} />
    };
    let controls = html! {
        <div class="diagram-controls muscle-picker">
            <p class="muscle-info" id={format!("{}-info", f.id)}>{ info }</p>
            { for toggle }
            <MuscleList heading_id={format!("{}-list-heading", f.id)}
                heading={f.muscles_heading.clone().unwrap_or_default()}
                muscles={(*muscles).clone()}
                selected={state.selected.map(AttrValue::from)}
                {onpress} />
        </div>
    };
    figure_body(art, controls)
}
