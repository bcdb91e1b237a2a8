//! What showing a plan (or the reason a link cannot be used) changes in the page's
//! prerendered "Your plan" markup (`components::your_plan`), as plain data: which parts to
//! show or hide, and which slots get which text. The browser applies the list with
//! `hidden` and `textContent` only, so nothing from a link can ever become markup.

use super::{Plan, PlanError, EXERCISES};

/// One change to the "Your plan" markup, found by a CSS selector inside its root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Show (true) or hide every element the selector matches.
    Shown(String, bool),
    /// Set the text of every element the selector matches.
    Text(String, String),
}

/// Selector of the plan section.
pub const SECTION: &str = ".your-plan";
/// Selector of the message for a link that cannot be used.
pub const ERROR: &str = ".plan-error";

fn part(name: &str) -> String {
    ["[data-part=\"", name, "\"]"].concat()
}

fn slot(name: &str) -> String {
    ["[data-text=\"", name, "\"]"].concat()
}

/// The changes that show `plan`: its exercises, versions and doses, the sender's words
/// (each part only if set), days a week and weeks; the week table keeps the chosen rows and
/// days. Everything else is hidden, so applying it again with another plan is exact.
pub fn for_plan(plan: &Plan) -> Vec<Change> {
    let mut out = vec![
        Change::Shown(SECTION.into(), true),
        Change::Shown(ERROR.into(), false),
    ];
    for (i, dose) in plan.exercises.iter().take(EXERCISES.len()).enumerate() {
        let n = (i + 1).to_string();
        let item = ["[data-exercise=\"", &n, "\"]"].concat();
        out.push(Change::Shown(item.clone(), dose.is_some()));
        if let Some(d) = dose {
            for level in super::Level::ALL {
                let sel = [
                    item.as_str(),
                    " [data-level=\"",
                    &level.code().to_string(),
                    "\"]",
                ]
                .concat();
                out.push(Change::Shown(sel, level == d.level));
            }
            out.push(Change::Text(
                [item.as_str(), " ", &slot("sets")].concat(),
                d.sets.to_string(),
            ));
            out.push(Change::Text(
                [item.as_str(), " ", &slot("amount")].concat(),
                d.amount.to_string(),
            ));
        }
        out.push(Change::Shown(
            ["[data-row=\"", &n, "\"]"].concat(),
            dose.is_some(),
        ));
    }
    for (day, on) in plan.week().iter().enumerate() {
        out.push(Change::Shown(
            ["[data-day=\"", &day.to_string(), "\"]"].concat(),
            *on,
        ));
    }
    out.push(Change::Text(slot("days"), plan.days.to_string()));
    out.push(Change::Text(slot("weeks"), plan.weeks.to_string()));
    let texts = [
        ("note", &plan.note),
        ("clinic", &plan.clinic),
        ("phone", &plan.phone),
    ];
    out.push(Change::Shown(
        part("from"),
        texts.iter().any(|(_, t)| !t.is_empty()),
    ));
    for (name, text) in texts {
        out.push(Change::Shown(part(name), !text.is_empty()));
        out.push(Change::Text(slot(name), text.clone()));
    }
    out
}

/// The changes that say why a link cannot be used: the message for `error` only, and no
/// plan.
pub fn for_error(error: PlanError) -> Vec<Change> {
    let mut out = vec![
        Change::Shown(SECTION.into(), false),
        Change::Shown(ERROR.into(), true),
    ];
    for e in PlanError::ALL {
        out.push(Change::Shown(
            ["[data-error=\"", e.code(), "\"]"].concat(),
            e == error,
        ));
    }
    out
}
