use yew::prelude::*;

use crate::content::PlanWords;
use crate::islands::plan::{BOX, KEPT_NOTE, NOT_KEPT_NOTE, RESET};

/// Props of [`WeeklyPlan`].
#[derive(Properties, PartialEq, Clone)]
pub struct WeeklyPlanProps {
    /// The plan's words.
    pub plan: PlanWords,
}

/// The weekly plan: a table with a real checkbox per exercise and day, a button that clears
/// them, and the two notes on whether the browser keeps the ticks (both hidden until the
/// page knows). Prerendered with every box empty, so it prints and works without script;
/// its island (`islands::plan`) keeps the ticks (`state::plan`) when the browser allows it.
#[component]
pub fn WeeklyPlan(props: &WeeklyPlanProps) -> Html {
    let w = &props.plan;
    html! {
        <div class="plan">
            // Scrolls sideways on its own if large text makes it wider than the screen, so the
            // page never does; focusable so a keyboard can scroll it too.
            <div class="plan-scroll" role="region" aria-label={w.caption.clone()} tabindex="0">
            <table class="plan-table">
                <caption class="visually-hidden">{ &w.caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ &w.corner }</th>
                        { for w.days.iter().enumerate().map(|(d, day)| html! {
                            <th scope="col" id={format!("plan-d{d}")} data-day={d.to_string()}>{ day }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for w.rows.iter().enumerate().map(|(r, row)| html! {
                        // `data-row` (from 1) and `data-day` let a plan link keep only its
                        // exercises and days (`plan_link::view`).
                        <tr data-row={(r + 1).to_string()}>
                            <th scope="row" id={format!("plan-r{r}")}>{ row }</th>
                            { for (0..w.days.len()).map(|d| html! {
                                <td data-day={d.to_string()}>
                                    <input type="checkbox" class={BOX.name()}
                                           aria-labelledby={format!("plan-r{r} plan-d{d}")} />
                                </td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            <div class="plan-actions">
                <button type="button" class={RESET.name()} data-done={w.reset_done.clone()}>{ &w.reset }</button>
            </div>
            <p class={classes!("plan-note", KEPT_NOTE.name())} hidden=true>{ &w.saved_note }</p>
            <p class={classes!("plan-note", NOT_KEPT_NOTE.name())} hidden=true>{ &w.unsaved_note }</p>
        </div>
    }
}
