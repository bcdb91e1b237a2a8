use yew::prelude::*;

use crate::components::{exercise_svg::ExerciseSvg, motion_toggle::figure_id, prose::Prose};
use crate::content::{self, ExerciseWords};
use crate::diagram::exercise_figure::{drawing, Still};
use crate::geometry::figure::exercise::by_id;
use crate::islands::{self, motion, Island};

/// Props of [`ExerciseCard`].
#[derive(Properties, PartialEq)]
pub struct ExerciseCardProps {
    /// The exercise's words; its `id` names the figure model's exercise.
    pub exercise: ExerciseWords,
}

/// One exercise: heading, what it is for, the moving figure (with still start and end
/// poses for reduced motion, no script and print), steps, dosage, mistakes, easier and
/// harder versions, and when to stop. Static HTML; only the pause button is an island.
#[component]
pub fn ExerciseCard(props: &ExerciseCardProps) -> Html {
    let e = &props.exercise;
    let Some(model) = by_id(&e.id) else {
        // Unknown ids are caught by the content tests; never a placeholder box.
        return Html::default();
    };
    let l = &content::load().site.exercise_labels;
    let fig = figure_id(&e.id);
    let title_id = format!("{fig}-title");
    let desc_id = format!("{fig}-desc");
    let describe = &content::load().site.describe_label;
    let still = |which: Still, label: &str| {
        html! {
            <div class="exfig-still">
                <ExerciseSvg drawing={drawing(model, which)} name={format!("{}: {}", e.figure_name, label)} />
                <p class="exfig-still-label" aria-hidden="true">{ label }</p>
            </div>
        }
    };
    let list = |items: &[String]| {
        html! { <ul>{ for items.iter().map(|i| html! { <li><Prose text={i.clone()} /></li> }) }</ul> }
    };
    html! {
        <section class="exercise" aria-labelledby={title_id.clone()}>
            // Title, first lines and figure: one block that print keeps on one page.
            <div class="exercise-head">
                <h3 id={title_id.clone()}>{ &e.title }</h3>
                <p><Prose text={e.intro.clone()} /></p>
                <figure class={motion::FIGURE.name()} id={fig.clone()} aria-labelledby={title_id.clone()}
                        aria-describedby={desc_id.clone()}>
                    <div class="exfig-moving">
                        <ExerciseSvg drawing={drawing(model, Still::Moving)} name={e.figure_name.clone()} />
                    </div>
                    <div class="exfig-stills">
                        { still(Still::Start, &l.start) }
                        { still(Still::End, &l.end) }
                    </div>
                    { islands::slot(&Island::Motion(e.id.clone()), html! {
                        <crate::components::motion_toggle::MotionToggle exercise={e.id.clone()} />
                    }) }
                    <figcaption class="exfig-works">
                        <span class="exfig-swatch" aria-hidden="true"></span>
                        <strong>{ &l.works }{ ": " }</strong><Prose text={e.muscle.clone()} />
                    </figcaption>
                    <details class="diagram-description">
                        <summary>{ describe }</summary>
                        <div id={desc_id}>
                            { for e.description.iter().map(|p| html! { <p><Prose text={p.clone()} /></p> }) }
                        </div>
                    </details>
                </figure>
            </div>
            <h4>{ &l.steps }</h4>
            <ol class="exercise-steps">
                { for e.steps.iter().map(|s| html! { <li><Prose text={s.clone()} /></li> }) }
            </ol>
            <h4>{ &l.dosage }</h4>
            <dl class="exercise-dosage">
                { for [(&l.sets, &e.sets), (&l.reps, &e.reps), (&l.rest, &e.rest), (&l.how_often, &e.how_often)]
                    .into_iter()
                    .map(|(k, v)| html! { <div><dt>{ k }</dt><dd><Prose text={v.clone()} /></dd></div> }) }
            </dl>
            <h4>{ &l.mistakes }</h4>
            { list(&e.mistakes) }
            <dl class="exercise-variants">
                <div><dt>{ &l.easier }</dt><dd><Prose text={e.easier.clone()} /></dd></div>
                <div><dt>{ &l.harder }</dt><dd><Prose text={e.harder.clone()} /></dd></div>
            </dl>
            <p class="exercise-stop">
                <strong>{ &l.stop_if }{ ": " }</strong><Prose text={e.stop_if.clone()} />
            </p>
        </section>
    }
}
