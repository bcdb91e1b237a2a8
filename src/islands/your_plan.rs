//! "Your plan" (`data-island="your-plan"`, top of chapter 6).
//!
//! Markup: `components::your_plan::YourPlan`, every exercise, version and message of a
//! clinician's plan, all hidden. Initial state: hidden. Behaviour: shown from a plan link
//! by the plan link's own build (`plan_tool`, feature `plan`, started by
//! `static/plan_boot.js` only then); the page's own build has nothing to do here.

#[cfg(target_arch = "wasm32")]
/// Nothing to set up in this build (see the module docs): always true.
pub fn attach(_root: &web_sys::Element) -> bool {
    true
}
