//! Browser entry point of the plan link's build (feature `plan`): the plan builder page
//! (`plan.html`), or "Your plan" on a page opened from a plan link (started by
//! `static/plan_boot.js` only then). A build of its own, so the main page's wasm carries
//! neither the QR code nor the plan parser.

#[cfg(target_arch = "wasm32")]
fn main() {
    use hip_explainer::islands::{Island, ATTRIBUTE};
    hip_explainer::browser::install_panic_hook();
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let slot = |name: &str| {
        doc.query_selector(&["[", ATTRIBUTE, "=\"", name, "\"]"].concat())
            .ok()
            .flatten()
    };
    if let Some(root) = slot(hip_explainer::components::plan_builder::ISLAND) {
        hip_explainer::plan_builder::attach(&root);
    } else if let Some(root) = slot(&Island::YourPlan.name()) {
        hip_explainer::plan_tool::your_plan(&root);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the plan link's browser build. Run `cargo xtask serve`.");
}
