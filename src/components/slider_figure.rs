use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    figure_frame::{description_id, figure_body},
    range_control::RangeControl,
    scene_svg::SceneSvg,
};
use crate::content::Figure;
use crate::islands::figure::{control_words, readouts, Sliders, READOUT_WORDS};

/// A figure driven by sliders (chapters 1, 4 and 5), as prerendered in `state`: the drawing
/// (with muscle hotspots when the figure names muscles), one slider row per control of
/// `controls` that the figure's words have, and the readout lines. Rendered only on the
/// server: its island (`islands::figure`) redraws it in place as the reader moves a slider,
/// with the same [`Sliders`] functions.
pub fn slider_figure<S: Sliders>(f: &Figure, state: &S, controls: &[&str]) -> Html {
    let rows = controls.iter().filter_map(|&id| {
        let ctl = f.control(id)?;
        let (value, min, max) = state.value(id)?;
        Some(html! {
            <RangeControl id={format!("{}-{}", f.id, id)} control={id.to_string()}
                label={ctl.label.clone()} {min} {max} step={1.0} {value}
                words={control_words(f, state, id).to_string()} />
        })
    });
    let lines = readouts(f, state);
    let art = html! {
        <SceneSvg scene={Rc::new(state.scene(f))} name_id={format!("fig-{}-name", f.id)}
            name={f.name.clone()} described_by={description_id(&f.id)}
            muscles={Rc::new(f.muscles.clone())} />
    };
    let controls = html! {
        <div class="diagram-controls">
            { for rows }
            if !lines.is_empty() {
                <ul class="diagram-readout" id={format!("{}-readout", f.id)}>
                    { for lines.iter().map(|(id, label, words)| html! {
                        <li data-readout={id.to_string()}>
                            <span class="readout-label">{ format!("{label}:") }</span>{ " " }
                            <span class={READOUT_WORDS.name()}>{ words.to_string() }</span>
                        </li>
                    }) }
                </ul>
            }
        </div>
    };
    figure_body(art, controls)
}
