use std::rc::Rc;

use yew::prelude::*;

use crate::announce::announce;
use crate::components::{
    figure_frame::{description_id, figure_body},
    range_control::RangeControl,
    scene_svg::SceneSvg,
};
use crate::content::Figure;
use crate::diagram::{hamstrings_side::hamstrings_side, pelvis_side::pelvis_side};
use crate::geometry::chain::{Chain, STRENGTH_MAX, STRENGTH_MIN};
use crate::state::chain::{ChainAction, ChainState};

/// Id of the control (in content) that sets stabilizer strength.
pub const CONTROL_ID: &str = "stabilizer-strength";

/// Which drawing a [`ChainFigure`] shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChainView {
    /// Chapter 4: the hamstrings from the side, working harder as the stabilizers weaken.
    Hamstrings,
    /// Chapter 5: pelvis and low back from the side, tipping back and rounding.
    PelvisAndBack,
}

/// Props of [`ChainFigure`].
#[derive(Properties, PartialEq)]
pub struct ChainFigureProps {
    /// Words of the figure (labels, control, readouts, caption, description) from content.
    pub figure: Figure,
    /// Which drawing to show.
    pub view: ChainView,
}

/// A side view driven by the chain model: one stabilizer-strength slider, the drawing, and
/// a readout in words of what the chain does (hamstring work, pelvic tilt, low back).
#[component]
pub fn ChainFigure(props: &ChainFigureProps) -> Html {
    let state = use_reducer(ChainState::default);
    let f = &props.figure;
    let view = props.view;
    let scene = {
        let figure = f.clone();
        use_memo(state.strength.to_bits(), move |bits| {
            let s = f64::from_bits(*bits);
            let labels = figure.label_pairs();
            match view {
                ChainView::Hamstrings => hamstrings_side(s, &labels),
                ChainView::PelvisAndBack => pelvis_side(s, &labels),
            }
        })
    };
    let chain = state.chain();
    let readout = |chain: &Chain| -> Vec<(String, String)> {
        f.readouts
            .iter()
            .filter_map(|r| Some((r.label.clone(), r.words(chain.level(&r.id)?).to_string())))
            .collect()
    };
    let control = f.control(CONTROL_ID).map(|ctl| {
        let words = ctl
            .words(state.strength, STRENGTH_MIN, STRENGTH_MAX)
            .to_string();
        let onchange = {
            let state = state.clone();
            let ctl = ctl.clone();
            let figure = f.clone();
            Callback::from(move |v: f64| {
                state.dispatch(ChainAction::Set(v));
                let chain = Chain::new(v);
                let parts: Vec<String> = figure
                    .readouts
                    .iter()
                    .filter_map(|r| Some(format!("{}: {}", r.label, r.words(chain.level(&r.id)?))))
                    .collect();
                let mut text = format!(
                    "{}: {}",
                    ctl.label,
                    ctl.words(v, STRENGTH_MIN, STRENGTH_MAX)
                );
                if !parts.is_empty() {
                    text = format!("{text}. {}", parts.join("; "));
                }
                announce(text);
            })
        };
        html! {
            <RangeControl id={format!("{}-{}", f.id, CONTROL_ID)} label={ctl.label.clone()}
                min={STRENGTH_MIN} max={STRENGTH_MAX} step={1.0} value={state.strength}
                words={words} {onchange} />
        }
    });
    // The hotspots' names and jobs never change: one shared list, so the drawing's props
    // compare by pointer.
    let muscles = {
        let m = f.muscles.clone();
        use_memo((), move |_| m)
    };
    let art = html! {
        <SceneSvg scene={Rc::clone(&scene)} name_id={format!("fig-{}-name", f.id)}
            name={f.name.clone()} described_by={description_id(&f.id)}
            muscles={Rc::clone(&muscles)} />
    };
    let lines = readout(&chain);
    let controls = html! {
        <div class="diagram-controls">
            { for control }
            if !lines.is_empty() {
                <ul class="diagram-readout" id={format!("{}-readout", f.id)}>
                    { for lines.iter().map(|(label, words)| html! {
                        <li><span class="readout-label">{ format!("{label}:") }</span>{ " " }{ words }</li>
                    }) }
                </ul>
            }
        </div>
    };
    figure_body(art, controls)
}
