use yew::prelude::*;

/// A labelled native range input whose value is also given in words.
#[derive(Properties, PartialEq)]
pub struct RangeControlProps {
    /// Element id of the input (the label points at it).
    pub id: AttrValue,
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
    /// Called with the new value while the reader moves the slider.
    pub onchange: Callback<f64>,
}

/// A slider row: label, current value in words, and the range input.
#[component]
pub fn RangeControl(props: &RangeControlProps) -> Html {
    let oninput = {
        let cb = props.onchange.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            // The browser parses the number (no float parser in our wasm); NaN is ignored.
            let v = input.value_as_number();
            if v.is_finite() {
                cb.emit(v);
            }
        })
    };
    let value_id = format!("{}-value", props.id);
    html! {
        <div class="range">
            <div class="range-head">
                <label for={props.id.clone()}>{ &props.label }</label>
                <span class="range-value" id={value_id} aria-hidden="true">{ &props.words }</span>
            </div>
            <input
                type="range"
                id={props.id.clone()}
                min={fmt(props.min)}
                max={fmt(props.max)}
                step={fmt(props.step)}
                value={fmt(props.value)}
                aria-valuetext={props.words.clone()}
                {oninput}
            />
        </div>
    }
}

fn fmt(v: f64) -> String {
    crate::diagram::path::num(v)
}
