//! "Your plan" in the browser (wasm only): reads the page's URL fragment through
//! `plan_link::parse` and applies `plan_link::view`'s changes to the prerendered markup
//! (`components::your_plan`), with `hidden` and `textContent` only. Also used by the plan
//! builder page for its live preview.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::plan_link::view::{self, Change};
use crate::plan_link::{parse, Plan, PlanError};

/// Applies `changes` to the elements under `scope`. Text is only ever set as text.
pub fn apply(scope: &Element, changes: &[Change]) {
    for change in changes {
        let (selector, shown, text) = match change {
            Change::Shown(s, on) => (s, Some(*on), None),
            Change::Text(s, t) => (s, None, Some(t.as_str())),
        };
        let Ok(list) = scope.query_selector_all(selector) else {
            continue;
        };
        for i in 0..list.length() {
            let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            match (shown, text) {
                (Some(true), _) => {
                    let _ = el.remove_attribute("hidden");
                }
                (Some(false), _) => {
                    let _ = el.set_attribute("hidden", "");
                }
                (None, text) => el.set_text_content(text),
            }
        }
    }
}

/// Shows `plan`, or why it cannot be used, in `scope`.
pub fn show(scope: &Element, plan: &Result<Plan, PlanError>) {
    match plan {
        Ok(plan) => apply(scope, &view::for_plan(plan)),
        Err(e) => apply(scope, &view::for_error(*e)),
    }
}

/// Chapter 6's "Your plan" slot: shows the plan from the URL fragment (on load and when the
/// fragment changes to another plan), opens the chapter if it is folded (embedded page)
/// and scrolls to it once. A fragment that is not a plan changes nothing.
pub fn your_plan(root: &Element) -> bool {
    let scope = root
        .closest(".chapter")
        .ok()
        .flatten()
        .unwrap_or_else(|| root.clone());
    let read = {
        let root = root.clone();
        move |scroll: bool| {
            let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else {
                return;
            };
            let plan = match parse(&hash) {
                Ok(None) => return,
                Ok(Some(plan)) => Ok(plan),
                Err(e) => Err(e),
            };
            show(&scope, &plan);
            if let Ok(Some(details)) = root.closest("details") {
                let _ = details.set_attribute("open", "");
            }
            if scroll {
                root.scroll_into_view();
            }
        }
    };
    read(true);
    let Some(window) = web_sys::window() else {
        return false;
    };
    let cb = Closure::<dyn FnMut()>::new(move || read(true));
    let ok = window
        .add_event_listener_with_callback("hashchange", cb.as_ref().unchecked_ref())
        .is_ok();
    cb.forget();
    ok
}
