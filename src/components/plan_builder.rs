use yew::prelude::*;

use crate::components::your_plan::{exercise_words, YourPlan};
use crate::content;
use crate::plan_link::{
    Amount, Level, PlanError, DAYS, EXERCISES, HOLD, MAX_CLINIC, MAX_NOTE, MAX_PHONE, REPS, SETS,
    WEEKS,
};

/// Island name of the builder's form, result and preview (`src/plan_builder.rs`).
pub const ISLAND: &str = "builder";

/// Default dose shown in the form: the article's usual 2 sets of 10, or 20-second holds.
const DEFAULT_SETS: u8 = 2;
const DEFAULT_REPS: u8 = 10;
const DEFAULT_HOLD: u8 = 20;

/// Props of [`PlanBuilder`].
#[derive(Properties, PartialEq, Clone)]
pub struct PlanBuilderProps {
    /// Address of the explainer (no trailing slash) that plan links point to; the browser
    /// uses the page's own address instead.
    pub site_url: AttrValue,
}

/// A `<select>` of the numbers `lo..=hi` (every `step`), with `chosen` selected.
fn numbers(id: String, (lo, hi): (u8, u8), step: usize, chosen: u8) -> Html {
    html! {
        <select id={id} class="builder-select">
            { for (lo..=hi).step_by(step).map(|n| html! {
                <option value={n.to_string()} selected={n == chosen}>{ n }</option>
            }) }
        </select>
    }
}

/// The plan builder page for clinicians (`plan.html`): pick exercises, versions and doses,
/// days and weeks, an optional note, clinic name and phone; get a link, its QR code, "Copy
/// link" and a printable sheet (the preview: [`YourPlan`] with drawings and an empty week).
/// Prerendered; the form and result work by `src/plan_builder.rs` in the page's own wasm.
/// Nothing is sent anywhere: the plan is only in the link.
#[component]
pub fn PlanBuilder(props: &PlanBuilderProps) -> Html {
    let c = content::load();
    let w = &c.plan_link.builder;
    let field = |id: &str, label: &str, control: Html| {
        html! {
            <div class="builder-field">
                <label for={id.to_string()}>{ label }</label>
                { control }
            </div>
        }
    };
    let exercise = |i: usize| {
        let e = exercise_words()[i]?;
        let n = i + 1;
        let amount = EXERCISES[i].1;
        let (label, range, step, chosen) = match amount {
            Amount::Reps => (&w.reps, REPS, 1, DEFAULT_REPS),
            Amount::Hold => (&w.hold, HOLD, 5, DEFAULT_HOLD),
        };
        let level_id = format!("b-level-{n}");
        Some(html! {
            <fieldset class="builder-exercise">
                <legend>{ &e.title }</legend>
                <div class="builder-field builder-include">
                    <input type="checkbox" id={format!("b-include-{n}")} />
                    <label for={format!("b-include-{n}")}>{ &w.include }</label>
                </div>
                { field(&level_id, &w.level, html! {
                    <select id={level_id.clone()} class="builder-select">
                        { for Level::ALL.into_iter().map(|l| {
                            let name = match l {
                                Level::Easier => &w.easier,
                                Level::Standard => &w.standard,
                                Level::Harder => &w.harder,
                            };
                            html! { <option value={l.code().to_string()} selected={l == Level::Standard}>{ name }</option> }
                        }) }
                    </select>
                }) }
                { field(&format!("b-sets-{n}"), &w.sets, numbers(format!("b-sets-{n}"), SETS, 1, DEFAULT_SETS)) }
                { field(&format!("b-amount-{n}"), label, numbers(format!("b-amount-{n}"), range, step, chosen)) }
            </fieldset>
        })
    };
    let errors = &c.plan_link.errors;
    html! {
        <div class="page builder-page" id="top">
            <header class="builder-header">
                <p><a href="./">{ &w.back }</a></p>
                <h1>{ &w.title }</h1>
                { for w.intro.iter().map(|p| html! { <p>{ p }</p> }) }
            </header>
            <p id="interactive-unavailable" class="notice" role="status" hidden=true>
                { &c.site.interactive_unavailable }
            </p>
            <main id="builder" class="builder">
                <div class="island" data-island={ISLAND} data-site={props.site_url.clone()}>
                    <div class="builder-form">
                        <h2>{ &w.exercises_heading }</h2>
                        { for (0..EXERCISES.len()).filter_map(exercise) }
                        <h2>{ &w.schedule_heading }</h2>
                        <div class="builder-row">
                            { field("b-days", &w.days, numbers("b-days".into(), DAYS, 1, 3)) }
                            { field("b-weeks", &w.weeks, numbers("b-weeks".into(), WEEKS, 1, 6)) }
                        </div>
                        <h2>{ &w.extra_heading }</h2>
                        <p id="b-extra-intro">{ &w.extra_intro }</p>
                        { field("b-note", &w.note, html! {
                            <textarea id="b-note" rows="3" maxlength={MAX_NOTE.to_string()}
                                      aria-describedby="b-extra-intro" />
                        }) }
                        <div class="builder-row">
                            { field("b-clinic", &w.clinic, html! {
                                <input type="text" id="b-clinic" maxlength={MAX_CLINIC.to_string()} autocomplete="organization" />
                            }) }
                            { field("b-phone", &w.phone, html! {
                                <input type="tel" id="b-phone" maxlength={MAX_PHONE.to_string()} autocomplete="tel" />
                            }) }
                        </div>
                    </div>
                    <section class="builder-result" aria-labelledby="b-result-title">
                        <h2 id="b-result-title">{ &w.result_heading }</h2>
                        <div class="builder-problem" role="status">
                            <p data-problem="empty">{ &w.problem }</p>
                            { for PlanError::ALL.iter().filter(|e| **e != PlanError::Empty).map(|e| {
                                let text = errors.iter().find(|m| m.code == e.code()).map(|m| m.text.clone());
                                html! { <p data-problem={e.code()} hidden=true>{ text.unwrap_or_default() }</p> }
                            }) }
                        </div>
                        <div class="builder-output" hidden=true>
                            <svg class="builder-qr" role="img" aria-label={w.qr_label.clone()}
                                 aria-describedby="b-link" viewBox="0 0 1 1" focusable="false">
                                <rect class="builder-qr-bg" x="0" y="0" width="1" height="1" fill="#fff" />
                                <path class="builder-qr-dark" d="" fill="#000" />
                            </svg>
                            <p class="builder-link-line">
                                <span id="b-link-label">{ &w.link_label }{ ": " }</span>
                                <a id="b-link" class="builder-link" href="./" aria-describedby="b-link-label"></a>
                            </p>
                            <div class="builder-actions">
                                <button type="button" class="builder-copy"
                                        data-done={w.copied.clone()} data-failed={w.copy_failed.clone()}>{ &w.copy }</button>
                                <button type="button" class="builder-print">{ &w.print }</button>
                            </div>
                            <p class="builder-status" role="status"></p>
                        </div>
                    </section>
                    <section class="builder-preview" aria-labelledby="b-preview-title">
                        <h2 id="b-preview-title">{ &w.preview_heading }</h2>
                        <YourPlan sheet=true />
                    </section>
                </div>
            </main>
        </div>
    }
}
