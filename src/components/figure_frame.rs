use yew::prelude::*;

use crate::components::prose::Prose;
use crate::content::{self, Figure};

/// Props of [`FigureFrame`].
#[derive(Properties, PartialEq)]
pub struct FigureFrameProps {
    /// The figure's words (caption, long description, note).
    pub figure: Figure,
    /// What the figure shows: [`figure_body`] markup, or the island slot that holds it.
    pub children: Html,
}

/// A `<figure>` with a visible caption and a long description in HTML linked to the
/// drawing. Rendered only into the static page (never by an island), so the browser build
/// carries neither this markup nor the captions' and descriptions' words.
#[component]
pub fn FigureFrame(props: &FigureFrameProps) -> Html {
    let describe_label = &content::load().site.describe_label;
    let f = &props.figure;
    let caption_id = format!("fig-{}-caption", f.id);
    let desc_id = description_id(&f.id);
    html! {
        <figure class="diagram" id={format!("fig-{}", f.id)} aria-labelledby={caption_id.clone()}>
            { props.children.clone() }
            { spot_info(f) }
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

/// The inside of a figure: the drawing, and controls that change it kept outside the
/// `role="img"` drawing. Interactive figures render this inside their island.
pub fn figure_body(art: Html, controls: Html) -> Html {
    html! {
        <>
            <div class="diagram-art">{ art }</div>
            { controls }
        </>
    }
}

/// The info line of a figure whose labelled muscles are hotspots (`diagram::spots`): the
/// hint, and one prepared line per muscle, "name: job", that the stylesheet shows while its
/// hotspot is hovered, tapped or focused. Hidden from screen readers, which hear the same
/// words as the hotspot's name. Chapter 2's picker has its own (inside its island).
fn spot_info(f: &Figure) -> Html {
    if f.muscles.is_empty() || f.id == crate::diagram::stabilizers_back::FIGURE_ID {
        return Html::default();
    }
    html! {
        <p class="spot-words" id={format!("fig-{}-spot-words", f.id)} aria-hidden="true">
            <span data-for="">{ f.hint.clone().unwrap_or_default() }</span>
            { for f.muscles.iter().map(|m| html! {
                <span data-for={m.id.clone()}>
                    <strong class="muscle-info-name">{ &m.name }</strong>{ ": " }{ &m.job }
                </span>
            }) }
        </p>
    }
}

/// Id of the element holding a figure's long description (for `aria-describedby`).
pub fn description_id(figure_id: &str) -> String {
    format!("fig-{figure_id}-desc")
}
