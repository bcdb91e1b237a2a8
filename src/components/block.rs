use yew::prelude::*;

use crate::components::{
    clinic_slot::ClinicSlot, evidence_note::EvidenceNote, exercise_card::ExerciseCard,
    figure_frame::FigureFrame, print_button::PrintButton, prose::Prose, quiz::Quiz,
    static_figure::StaticFigure, weekly_plan::WeeklyPlan,
};
use crate::content::Block as BlockData;
use crate::islands::{self, Island};

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
                { islands::slot(&Island::Plan, html! { <WeeklyPlan plan={plan.clone()} /> }) }
                { islands::slot(&Island::Print, html! { <PrintButton label={plan.print.clone()} /> }) }
            </section>
        },
        BlockData::Quiz { quiz } => html! {
            <section class="quiz-section" id="self-check" aria-labelledby="self-check-title">
                <h3 id="self-check-title">{ &quiz.heading }</h3>
                <p><Prose text={quiz.intro.clone()} /></p>
                { islands::slot(&Island::Quiz, html! { <Quiz quiz={quiz.clone()} /> }) }
            </section>
        },
        BlockData::Figure { figure } => match Island::for_figure(&figure.id) {
            // A figure with nothing to interact with is plain prerendered HTML: no island,
            // and none of its drawing code in the browser build.
            None => html! { <StaticFigure figure={figure.clone()} /> },
            // The frame (caption, long description) is static; only the drawing and its
            // controls are an island.
            Some(island) => html! {
                <FigureFrame figure={figure.clone()}>
                    { islands::figure_slot(&island, figure) }
                </FigureFrame>
            },
        },
    }
}
