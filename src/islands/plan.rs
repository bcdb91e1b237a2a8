//! The weekly plan (`data-island="plan"`, chapter 6).
//!
//! Markup: `components::weekly_plan::WeeklyPlan`, static and complete (a real checkbox per
//! exercise and day, a reset button, two hidden notes on whether the ticks are kept), with
//! the names below. Initial state: every box empty, both notes hidden; once awake, the
//! ticks saved under [`STORAGE_KEY`] (`state::plan::PlanState`, tested natively). Behaviour
//! (wasm only): restores saved ticks, saves each change, clears on reset, says whether the
//! browser keeps the ticks.

use super::hook::{class, Class, Markup};

/// A checkbox (one per exercise and day, in row order).
pub const BOX: Class = class!("plan-box");
/// The button that clears every box.
pub const RESET: Class = class!("plan-reset");
/// Attribute of [`RESET`]: the words announced once the plan is cleared.
pub const DONE: &str = "data-done";
/// The note shown when the browser keeps the ticks.
pub const KEPT_NOTE: Class = class!("plan-note-kept");
/// The note shown when it cannot.
pub const NOT_KEPT_NOTE: Class = class!("plan-note-not-kept");
/// The rows of the plan (one per exercise).
pub const ROWS: &str = "tbody tr";

/// What the plan's markup carries for its behaviour.
pub const MARKUP: Markup = Markup {
    classes: &[BOX, RESET, KEPT_NOTE, NOT_KEPT_NOTE],
    attributes: &[DONE],
};

/// Storage key of the plan's ticks (version it if the plan's shape changes).
pub const STORAGE_KEY: &str = "hip-explainer-plan-v1";

#[cfg(target_arch = "wasm32")]
pub use behaviour::attach;

#[cfg(target_arch = "wasm32")]
mod behaviour {
    use std::cell::RefCell;
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlInputElement};

    use super::{BOX, DONE, KEPT_NOTE, NOT_KEPT_NOTE, RESET, ROWS, STORAGE_KEY};
    use crate::browser::{self, all, set_shown};
    use crate::state::plan::{Keeping, PlanAction, PlanState};

    /// Makes the plan in `root` work. Storage that throws is never an error: the plan just
    /// works for this visit. False if its markup is missing.
    pub fn attach(root: &Element) -> bool {
        let boxes: Vec<HtmlInputElement> = all(root, BOX.selector())
            .into_iter()
            .filter_map(|b| b.dyn_into::<HtmlInputElement>().ok())
            .collect();
        let rows = all(root, ROWS).len().max(1);
        let state = Rc::new(RefCell::new(PlanState::new(rows, boxes.len() / rows)));
        let days = boxes.len() / rows;
        let kept_note = root.query_selector(KEPT_NOTE.selector()).ok().flatten();
        let lost_note = root.query_selector(NOT_KEPT_NOTE.selector()).ok().flatten();
        let show = {
            let (kept_note, lost_note) = (kept_note.clone(), lost_note.clone());
            move |keeping: Keeping| {
                set_shown(kept_note.clone(), keeping == Keeping::Kept);
                set_shown(lost_note.clone(), keeping == Keeping::NotKept);
            }
        };
        let sync = {
            let boxes = boxes.clone();
            move |s: &PlanState| {
                for (i, b) in boxes.iter().enumerate() {
                    b.set_checked(s.ticked(i / days.max(1), i % days.max(1)));
                }
            }
        };
        // Applies an action and keeps the result where the browser allows it.
        let act = {
            let state = state.clone();
            let show = show.clone();
            move |action: PlanAction| {
                let mut s = state.borrow_mut();
                let next = s.clone().apply(action);
                *s = if next.keeping == Keeping::Kept && !browser::save(STORAGE_KEY, &next.encode())
                {
                    next.apply(PlanAction::StorageUnavailable)
                } else {
                    next
                };
                show(s.keeping);
            }
        };
        {
            let mut s = state.borrow_mut();
            *s = match browser::load(STORAGE_KEY) {
                Ok(saved) => s
                    .clone()
                    .apply(PlanAction::Restore(saved.unwrap_or_default())),
                Err(browser::StorageUnavailable) => s.clone().apply(PlanAction::StorageUnavailable),
            };
            sync(&s);
            show(s.keeping);
        }
        let changed = {
            let act = act.clone();
            let boxes = boxes.clone();
            browser::on(root, "change", move |e| {
                let Some(input) = e
                    .target()
                    .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                else {
                    return;
                };
                if let Some(i) = boxes.iter().position(|b| *b == input) {
                    act(PlanAction::Set {
                        row: i / days.max(1),
                        day: i % days.max(1),
                        on: input.checked(),
                    });
                }
            })
        };
        let reset = browser::on(root, "click", move |e| {
            let Some(button) = browser::target_in(&e, RESET.selector()) else {
                return;
            };
            act(PlanAction::Reset);
            sync(&state.borrow());
            if let Some(done) = button.get_attribute(DONE) {
                crate::announce::announce(done);
            }
        });
        changed && reset && !boxes.is_empty()
    }
}
