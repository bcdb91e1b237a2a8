use yew::prelude::*;

use crate::diagram::look::{Paint, Shading, PAINTS};

/// The atlas look's gradients (`diagram::look::PAINTS`), drawn once per page in an empty,
/// hidden SVG, so every drawing on the page can be filled with them from the stylesheet
/// (`fill: url(#dg-paint-bone)`) and none carries them. Static markup: prerendered with the
/// page, outside every island, so the wasm never draws it. The stops' colours are in the
/// stylesheet (dark theme too).
#[component]
pub fn Paints() -> Html {
    html! {
        <svg class="dg-paints" aria-hidden="true" focusable="false" width="0" height="0">
            <defs>{ for PAINTS.iter().map(gradient) }</defs>
        </svg>
    }
}

fn gradient(p: &Paint) -> Html {
    let stops = p
        .shading
        .offsets()
        .into_iter()
        .map(|offset| html! { <stop {offset} /> });
    let mut tag = yew::virtual_dom::VTag::new(match p.shading {
        Shading::Round => "radialGradient",
        Shading::Across => "linearGradient",
    });
    tag.add_attribute("id", p.id);
    for (name, value) in p.shading.attributes() {
        tag.add_attribute(name, *value);
    }
    tag.add_children(stops);
    tag.into()
}
