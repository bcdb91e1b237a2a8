use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    choice_buttons::ChoiceButtons,
    figure_frame::{description_id, figure_body},
    lead_chart::LeadChart,
    scene_svg::SceneSvg,
};
use crate::content::Figure;
use crate::islands::activity_planes::{options, scene, status, STATUS};
use crate::state::activity_pick::ActivityState;

/// Props of [`ActivityPlanesFigure`].
#[derive(Properties, PartialEq)]
pub struct ActivityPlanesFigureProps {
    /// Words of the figure (plane labels, activity names, chart, caption, description).
    pub figure: Figure,
}

/// Chapter 3: a figure doing an everyday activity, the three planes of movement through the
/// hip (the one the activity works drawn strong), and a chart of which muscles lead. The
/// reader picks the activity with a row of toggle buttons. Prerendered in the first state
/// (walking); its island (`islands::activity_planes`) redraws it in place.
#[component]
pub fn ActivityPlanesFigure(props: &ActivityPlanesFigureProps) -> Html {
    let state = ActivityState::default();
    let f = &props.figure;
    let options = options(f);
    let selected = options
        .iter()
        .position(|(a, _)| *a == state.activity)
        .unwrap_or(0);
    let status = options.get(selected).map(|(_, o)| {
        html! {
            <p class={STATUS.name()}>{ Html::from_html_unchecked(AttrValue::from(status(o))) }</p>
        }
    });
    let picker = f.picker.as_ref().map(|p| {
        html! {
            <ChoiceButtons id={format!("{}-picker", f.id)} label={p.label.clone()}
                options={options.iter().map(|(_, o)| AttrValue::from(o.label.clone())).collect::<Vec<_>>()}
                {selected} />
        }
    });
    let chart = f.chart.as_ref().map(|c| {
        html! { <LeadChart id={format!("{}-chart", f.id)} chart={(**c).clone()} activity={state.activity} /> }
    });
    let art = html! {
        <SceneSvg scene={Rc::new(scene(f, &state))} name_id={format!("fig-{}-name", f.id)}
            name={f.name.clone()} described_by={description_id(&f.id)} />
    };
    html! {
        { figure_body(art, html! {
            <div class="diagram-controls activity-controls">{ picker }{ status }{ chart }</div>
        }) }
    }
}
