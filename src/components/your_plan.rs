use yew::prelude::*;

use crate::components::exercise_svg::ExerciseSvg;
use crate::components::motion_toggle::figure_id;
use crate::content::{self, Block, ExerciseWords};
use crate::diagram::exercise_figure::{drawing, Still};
use crate::geometry::figure::exercise::by_id;
use crate::plan_link::{Amount, Level, PlanError, EXERCISES};

/// Props of [`YourPlan`].
#[derive(Properties, PartialEq, Clone)]
pub struct YourPlanProps {
    /// The printable sheet of the plan builder: each exercise with its start and end
    /// drawings, and an empty week to tick. Otherwise (chapter 6) each exercise links to its
    /// full steps, and the chapter's weekly plan is the week.
    #[prop_or_default]
    pub sheet: bool,
}

/// The chapter's exercises, in the link's order, with their words (`None` if the content
/// lacks one; the content tests catch that).
pub fn exercise_words() -> Vec<Option<&'static ExerciseWords>> {
    let all: Vec<&ExerciseWords> = content::load()
        .chapters
        .iter()
        .flat_map(|c| c.blocks.iter())
        .filter_map(|b| match b {
            Block::Exercise { exercise } => Some(exercise),
            _ => None,
        })
        .collect();
    EXERCISES
        .iter()
        .map(|(id, _)| all.iter().copied().find(|e| e.id == *id))
        .collect()
}

/// "Your plan": every exercise in each of its versions, dose slots, the sender's note,
/// clinic and phone, and a message for each reason a link cannot be used, all prerendered
/// and hidden. A plan link shows only what it chose (`plan_tool` applies
/// `plan_link::view`, text only); without one, none of this is seen. The sender's words
/// sit in `<bdi>`, under a line that says they come from whoever sent the link.
#[component]
pub fn YourPlan(props: &YourPlanProps) -> Html {
    let words = &content::load().plan_link;
    let y = &words.yours;
    let labels = &content::load().site.exercise_labels;
    let level_text = |level: Level, e: &ExerciseWords| match level {
        Level::Easier => html! { <><strong>{ &y.easier }{ ": " }</strong>{ &e.easier }</> },
        Level::Standard if props.sheet => html! { <strong>{ &y.sheet_standard }</strong> },
        Level::Standard => html! { <strong>{ &y.standard }</strong> },
        Level::Harder => html! { <><strong>{ &y.harder }{ ": " }</strong>{ &e.harder }</> },
    };
    let item = |i: usize, e: &ExerciseWords| {
        let amount = EXERCISES[i].1;
        let n = (i + 1).to_string();
        let stills = by_id(&e.id).filter(|_| props.sheet).map(|model| {
            let still = |which: Still, label: &str| {
                html! {
                    <div class="exfig-still">
                        <ExerciseSvg drawing={drawing(model, which)}
                                     name={format!("{}: {}", e.figure_name, label)} />
                        <p class="exfig-still-label" aria-hidden="true">{ label }</p>
                    </div>
                }
            };
            html! {
                <div class="plan-item-stills">
                    { still(Still::Start, &labels.start) }
                    { still(Still::End, &labels.end) }
                </div>
            }
        });
        html! {
            <li data-exercise={n} hidden=true>
                <h4>{ &e.title }</h4>
                { for stills }
                { for Level::ALL.into_iter().map(|l| html! {
                    <p data-level={l.code().to_string()} hidden=true>{ level_text(l, e) }</p>
                }) }
                <dl class="plan-dose">
                    <div><dt>{ &y.sets }</dt><dd data-text="sets"></dd></div>
                    <div>
                        <dt>{ if amount == Amount::Hold { &y.hold } else { &y.reps } }</dt>
                        <dd data-text="amount"></dd>
                    </div>
                </dl>
                if !props.sheet {
                    <p><a href={format!("#{}", figure_id(&e.id))}>{ &y.steps_link }</a></p>
                }
            </li>
        }
    };
    let from = |name: &'static str, label: &String| {
        html! {
            <div data-part={name} hidden=true>
                <dt>{ label }</dt>
                <dd><bdi data-text={name}></bdi></dd>
            </div>
        }
    };
    let week = props.sheet.then(|| {
        let plan = content::load().chapters.iter().flat_map(|c| c.blocks.iter()).find_map(
            |b| match b {
                Block::Plan { plan } => Some(plan),
                _ => None,
            },
        );
        plan.map(|w| html! {
            <table class="plan-table plan-sheet-week">
                <caption>{ &w.caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ &w.corner }</th>
                        { for w.days.iter().enumerate().map(|(d, day)| html! {
                            <th scope="col" data-day={d.to_string()}>{ day }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for w.rows.iter().enumerate().map(|(r, row)| html! {
                        <tr data-row={(r + 1).to_string()}>
                            <th scope="row">{ row }</th>
                            { for (0..w.days.len()).map(|d| html! {
                                <td data-day={d.to_string()}><span class="plan-empty-box"></span></td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        })
    });
    let ex = exercise_words();
    html! {
        <>
            <section class="your-plan" id="your-plan" aria-labelledby="your-plan-title" hidden=true>
                <h3 id="your-plan-title">{ &y.heading }</h3>
                <p>{ if props.sheet { &y.sheet_intro } else { &y.intro } }</p>
                <div class="plan-from" data-part="from" hidden=true>
                    <p>{ &y.from_sender }</p>
                    <dl>
                        { from("note", &y.note_label) }
                        { from("clinic", &y.clinic_label) }
                        { from("phone", &y.phone_label) }
                    </dl>
                </div>
                <ol class="plan-items">
                    { for ex.iter().enumerate().filter_map(|(i, e)| e.map(|e| item(i, e))) }
                </ol>
                <dl class="plan-dose plan-schedule">
                    <div><dt>{ &y.days }</dt><dd data-text="days"></dd></div>
                    <div><dt>{ &y.weeks }</dt><dd data-text="weeks"></dd></div>
                </dl>
                { for week.flatten() }
                if !props.sheet {
                    <p>{ &y.week_note }</p>
                }
            </section>
            <div class="plan-error notice" hidden=true>
                <p><strong>{ &y.error_heading }</strong></p>
                { for PlanError::ALL.iter().map(|e| {
                    let text = words.errors.iter().find(|w| w.code == e.code()).map(|w| w.text.clone());
                    html! { <p data-error={e.code()} hidden=true>{ text.unwrap_or_default() }</p> }
                }) }
                <p>{ &y.error_after }</p>
            </div>
        </>
    }
}
