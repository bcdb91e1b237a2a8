use std::rc::Rc;

use yew::prelude::*;

use crate::announce::announce;
use crate::components::{
    choice_buttons::ChoiceButtons,
    figure_frame::{description_id, figure_body},
    lead_chart::LeadChart,
    scene_svg::SceneSvg,
};
use crate::content::{Figure, PickerOption};
use crate::diagram::activity_planes::activity_planes;
use crate::geometry::activity::Activity;
use crate::state::activity_pick::{ActivityAction, ActivityState};

/// Props of [`ActivityPlanesFigure`].
#[derive(Properties, PartialEq)]
pub struct ActivityPlanesFigureProps {
    /// Words of the figure (plane labels, activity names, chart, caption, description).
    pub figure: Figure,
}

/// Chapter 3: a figure doing an everyday activity, the three planes of movement through the
/// hip (the one the activity works drawn strong), and a chart of which muscles lead. The
/// reader picks the activity with a row of toggle buttons.
#[component]
pub fn ActivityPlanesFigure(props: &ActivityPlanesFigureProps) -> Html {
    let state = use_reducer(ActivityState::default);
    let f = &props.figure;
    let scene = {
        let figure = f.clone();
        use_memo(state.activity, move |a| {
            activity_planes(*a, &figure.label_pairs())
        })
    };
    // The activities content names, in content order.
    let options: Vec<(Activity, PickerOption)> = f
        .picker
        .iter()
        .flat_map(|p| p.options.iter())
        .filter_map(|o| Some((Activity::from_id(&o.id)?, o.clone())))
        .collect();
    let selected = options
        .iter()
        .position(|(a, _)| *a == state.activity)
        .unwrap_or(0);
    let onselect = {
        let state = state.clone();
        let options = options.clone();
        Callback::from(move |i: usize| {
            if let Some((a, o)) = options.get(i) {
                state.dispatch(ActivityAction::Select(*a));
                announce(format!("{}: {}", o.label, o.summary));
            }
        })
    };
    let status = options.get(selected).map(|(_, o)| {
        html! {
            <p class="activity-status">
                <strong>{ &o.label }</strong>{ ": " }{ &o.summary }{ " " }{ &o.detail }
            </p>
        }
    });
    let picker = f.picker.as_ref().map(|p| {
        html! {
            <ChoiceButtons id={format!("{}-picker", f.id)} label={p.label.clone()}
                options={options.iter().map(|(_, o)| AttrValue::from(o.label.clone())).collect::<Vec<_>>()}
                {selected} {onselect} />
        }
    });
    let chart = f.chart.as_ref().map(|c| {
        html! { <LeadChart id={format!("{}-chart", f.id)} chart={(**c).clone()} activity={state.activity} /> }
    });
    let art = html! {
        <SceneSvg scene={Rc::clone(&scene)} name_id={format!("fig-{}-name", f.id)}
            name={f.name.clone()} described_by={description_id(&f.id)} />
    };
    html! {
        { figure_body(art, html! {
            <div class="diagram-controls activity-controls">{ picker }{ status }{ chart }</div>
        }) }
    }
}
