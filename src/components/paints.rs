use yew::prelude::*;

use crate::diagram::look::{Paint, PAINTS};
use crate::diagram::path::num;

/// The atlas look's gradients (`diagram::look::PAINTS`), drawn once per page in an empty,
/// hidden SVG, so every drawing on the page can be filled with them from the stylesheet
/// (`fill: url(#dg-paint-bone)`) and none carries them. Static markup: prerendered with the
/// page, outside every island, so the wasm never draws it. The stops' colours are CSS
/// classes (dark theme in the stylesheet).
#[component]
pub fn Paints() -> Html {
    let (cx, cy) = Paint::CENTRE;
    html! {
        <svg class="dg-paints" aria-hidden="true" focusable="false" width="0" height="0"
             xmlns="http://www.w3.org/2000/svg">
            <defs>
                { for PAINTS.iter().map(|p| html! {
                    <radialGradient id={p.id} cx={num(cx)} cy={num(cy)} fx={num(cx)} fy={num(cy)}
                        r={num(Paint::RADIUS)}>
                        { for p.stops.iter().zip(Paint::OFFSETS).map(|(class, offset)| html! {
                            <stop class={*class} offset={num(offset)} />
                        }) }
                    </radialGradient>
                }) }
            </defs>
        </svg>
    }
}
