use yew::prelude::*;

use crate::components::{
    clinic_slot::ClinicSlot, evidence_note::EvidenceNote, exercise_card::ExerciseCard,
    figure_frame::FigureFrame, interactive_figure::InteractiveFigure, print_button::PrintButton,
    prose::Prose, quiz::Quiz, static_figure::StaticFigure, weekly_plan::WeeklyPlan,
};
use crate::content::Block as BlockData;

/// Context: when `true`, interactive figures render as empty island slots for the
/// prerenderer to fill with hydratable markup.
#[derive(Clone, Copy, PartialEq, Default)]
pub struct IslandSlots(pub bool);

/// A slot for one of the page's small tools (`data-island="<kind>"`, see `islands`):
/// prerendered inline as static markup, which the browser build makes work in place.
pub fn island(name: &str, inner: Html) -> Html {
    html! { <div class="island" data-island={name.to_string()}>{ inner }</div> }
}

/// One piece of a chapter's body, drawn from content data.
#[derive(Properties, PartialEq)]
pub struct BlockProps {
    /// The block to render.
    pub block: BlockData,
}

/// Renders a paragraph, sub-heading, list, evidence note, warning, figure, exercise, the
/// weekly plan, the self-check or the clinic slot (see
/// [`crate::components::clinic_slot::SLOT_ATTRIBUTE`]).
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
            ..
        } => {
            html! { <EvidenceNote strength={*strength} text={text.clone()} refs={refs.clone()} /> }
        }
        BlockData::Warning {
            title,
            items,
            anchor,
        } => html! {
            <section class="warning" aria-label={title.clone()} id={anchor.clone()} tabindex={anchor.as_ref().map(|_| "-1")}>
                <p class="warning-title"><strong>{ title }</strong></p>
                <ul>{ for items.iter().map(|i| html! { <li><Prose text={i.clone()} /></li> }) }</ul>
            </section>
        },
        BlockData::Clinic { clinic } => html! { <ClinicSlot words={clinic.clone()} /> },
        BlockData::Exercise { exercise } => html! { <ExerciseCard exercise={exercise.clone()} /> },
        BlockData::Plan { plan } => html! {
            <section class="plan-section" id="plan" aria-labelledby="plan-title">
                <h3 id="plan-title">{ &plan.heading }</h3>
                <p><Prose text={plan.intro.clone()} /></p>
                { island("plan", html! { <WeeklyPlan plan={plan.clone()} /> }) }
                { island("print", html! { <PrintButton label={plan.print.clone()} /> }) }
            </section>
        },
        BlockData::Quiz { quiz } => html! {
            <section class="quiz-section" id="self-check" aria-labelledby="self-check-title">
                <h3 id="self-check-title">{ &quiz.heading }</h3>
                <p><Prose text={quiz.intro.clone()} /></p>
                { island("quiz", html! { <Quiz quiz={quiz.clone()} /> }) }
            </section>
        },
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
                    <div class="island" data-island={figure.id.clone()}
                         data-words={crate::islands::words::encode(figure)}>{ inner }</div>
                </FigureFrame>
            }
        }
    }
}
