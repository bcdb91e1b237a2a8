use std::rc::Rc;

use yew::prelude::*;

use crate::announce::announce;
use crate::components::{
    figure_frame::{description_id, figure_body},
    range_control::RangeControl,
    scene_svg::SceneSvg,
};
use crate::content::Figure;
use crate::diagram::hip_front::hip_front;
use crate::geometry::pose::Param;
use crate::state::hip_pose::{PoseAction, PoseState};

/// The joints the chapter-1 sliders move, in the order they are shown.
const PARAMS: [Param; 3] = [Param::HipFlexion, Param::HipAbduction, Param::HipRotation];

/// Props of [`HipFrontFigure`].
#[derive(Properties, PartialEq)]
pub struct HipFrontFigureProps {
    /// Words of the figure (labels, controls, caption, description) from content.
    pub figure: Figure,
}

/// Chapter 1: the ball-and-socket hip from the front, with sliders that move the leg so the
/// ball turns in the cup.
#[component]
pub fn HipFrontFigure(props: &HipFrontFigureProps) -> Html {
    let state = use_reducer(PoseState::default);
    let f = &props.figure;
    let scene = {
        let figure = f.clone();
        use_memo(state.pose.clone(), move |pose| {
            hip_front(pose, &figure.label_pairs())
        })
    };
    let controls = PARAMS.iter().filter_map(|&param| {
        let ctl = f.control(param.id())?;
        let (min, max) = param.range();
        let value = param.get(&state.pose);
        let words = ctl.words(value, min, max).to_string();
        let onchange = {
            let state = state.clone();
            let ctl = ctl.clone();
            Callback::from(move |v: f64| {
                state.dispatch(PoseAction::Move(param, v));
                announce(format!("{}: {}", ctl.label, ctl.words(v, min, max)));
            })
        };
        Some(html! {
            <RangeControl id={format!("{}-{}", f.id, param.id())} label={ctl.label.clone()}
                min={min} max={max} step={1.0} value={value} words={words} {onchange} />
        })
    });
    let art = html! {
        <SceneSvg scene={Rc::clone(&scene)} name_id={format!("fig-{}-name", f.id)}
            name={f.name.clone()} described_by={description_id(&f.id)} />
    };
    html! {
        { figure_body(art, html! { <div class="diagram-controls">{ for controls }</div> }) }
    }
}
