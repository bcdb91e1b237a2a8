use yew::prelude::*;

use crate::components::{
    clinic_slot::ClinicSlot, evidence_note::EvidenceNote, figure_frame::FigureFrame,
    interactive_figure::InteractiveFigure, prose::Prose, static_figure::StaticFigure,
};
use crate::content::Block as BlockData;

/// Context: when `true`, interactive figures render as empty island slots for the
/// prerenderer to fill with hydratable markup.
#[derive(Clone, Copy, PartialEq, Default)]
pub struct IslandSlots(pub bool);

/// One piece of a chapter's body, drawn from content data.
#[derive(Properties, PartialEq)]
pub struct BlockProps {
    /// The block to render.
    pub block: BlockData,
}

/// Renders a paragraph, sub-heading, list, evidence note, warning, figure or the clinic
/// slot (see [`crate::components::clinic_slot::SLOT_ATTRIBUTE`]).
#[component]
pub fn Block(props: &BlockProps) -> Html {
    let slots = use_context::<IslandSlots>();
    match &props.block {
        BlockData::Paragraph { text } => html! { <p><Prose text={text.clone()} /></p> },
        BlockData::Subheading { text } => html! { <h3><Prose text={text.clone()} /></h3> },
        BlockData::List { items } => html! {
            <ul>{ for items.iter().map(|i| html! { <li><Prose text={i.clone()} /></li> }) }</ul>
        },
        BlockData::Evidence {
            strength,
            text,
            refs,
        } => {
            html! { <EvidenceNote strength={*strength} text={text.clone()} refs={refs.clone()} /> }
        }
        BlockData::Warning { title, items } => html! {
            <section class="warning" aria-label={title.clone()}>
                <p class="warning-title"><strong>{ title }</strong></p>
                <ul>{ for items.iter().map(|i| html! { <li><Prose text={i.clone()} /></li> }) }</ul>
            </section>
        },
        BlockData::Clinic { clinic } => html! { <ClinicSlot words={clinic.clone()} /> },
        BlockData::Figure { figure } => {
            if !crate::islands::INTERACTIVE_FIGURES.contains(&figure.id.as_str()) {
                // A figure with nothing to interact with is plain prerendered HTML: no island,
                // and none of its drawing code in the browser build.
                return html! { <StaticFigure figure={figure.clone()} /> };
            }
            let inner = if slots.is_some_and(|s| s.0) {
                // Filled with hydratable markup by the prerenderer.
                Html::default()
            } else {
                html! { <InteractiveFigure figure={figure.clone()} /> }
            };
            // The frame (caption, long description) is static; only the drawing and its
            // controls are an island.
            html! {
                <FigureFrame figure={figure.clone()}>
                    <div class="island" data-island={figure.id.clone()}>{ inner }</div>
                </FigureFrame>
            }
        }
    }
}
