use yew::prelude::*;

use crate::components::prose::Prose;
use crate::content::{self, Figure};

/// Props of [`FigureFrame`].
#[derive(Properties, PartialEq)]
pub struct FigureFrameProps {
    /// The figure's words (name, caption, long description, note).
    pub figure: Figure,
    /// The drawing (a `role="img"` SVG).
    pub art: Html,
    /// Controls that change the drawing; kept outside the image.
    #[prop_or_default]
    pub controls: Html,
}

/// A `<figure>` with a visible caption, a long description in HTML linked to the drawing,
/// and a controls area outside `role="img"`.
#[component]
pub fn FigureFrame(props: &FigureFrameProps) -> Html {
    let describe_label = &content::figure_words().describe_label;
    let f = &props.figure;
    let caption_id = format!("fig-{}-caption", f.id);
    let desc_id = format!("fig-{}-desc", f.id);
    html! {
        <figure class="diagram" id={format!("fig-{}", f.id)} aria-labelledby={caption_id.clone()}>
            <div class="diagram-art">{ props.art.clone() }</div>
            { props.controls.clone() }
            <figcaption id={caption_id}><Prose text={f.caption.clone()} /></figcaption>
            { for f.note.iter().map(|n| html! { <p class="diagram-note"><Prose text={n.clone()} /></p> }) }
            <details class="diagram-description">
                <summary>{ describe_label }</summary>
                <div id={desc_id}>
                    { for f.description.iter().map(|p| html! { <p><Prose text={p.clone()} /></p> }) }
                </div>
            </details>
        </figure>
    }
}

/// Id of the element holding a figure's long description (for `aria-describedby`).
pub fn description_id(figure_id: &str) -> String {
    format!("fig-{figure_id}-desc")
}
