use yew::prelude::*;

use crate::islands::figure::RANGE_VALUE;

/// Props of [`RangeControl`].
#[derive(Properties, PartialEq)]
pub struct RangeControlProps {
    /// Element id of the input (the label points at it).
    pub id: AttrValue,
    /// The content's id of the control (`data-control`: the island knows it by this).
    pub control: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Lowest value.
    pub min: f64,
    /// Highest value.
    pub max: f64,
    /// Step between values.
    pub step: f64,
    /// Current value.
    pub value: f64,
    /// The current value in words: shown, and given to assistive technology as `aria-valuetext`.
    pub words: AttrValue,
}

/// A slider row: label, current value in words, and the native range input. Prerendered;
/// the figure's island keeps the words and `aria-valuetext` in step with the value.
#[component]
pub fn RangeControl(props: &RangeControlProps) -> Html {
    let value_id = format!("{}-value", props.id);
    html! {
        <div class="range">
            <div class="range-head">
                <label for={props.id.clone()}>{ &props.label }</label>
                <span class={RANGE_VALUE.name()} id={value_id} aria-hidden="true">{ &props.words }</span>
            </div>
            <input
                type="range"
                id={props.id.clone()}
                data-control={props.control.clone()}
                min={fmt(props.min)}
                max={fmt(props.max)}
                step={fmt(props.step)}
                value={fmt(props.value)}
                aria-valuetext={props.words.clone()}
            />
        </div>
    }
}

fn fmt(v: f64) -> String {
    crate::diagram::path::num(v)
}
