//! Browser entry point: take over the prerendered page. Nothing else lives here.

#[cfg(target_arch = "wasm32")]
fn main() {
    hip_explainer::browser::install_panic_hook();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            yew::Renderer::<hip_explainer::app::App>::with_root(root).hydrate();
            hip_explainer::browser::mark_hydrated();
        }
        None => {
            web_sys::console::error_1(&"hip-explainer: no #app element to hydrate".into());
            hip_explainer::browser::show_unavailable_notice();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser build. Run `cargo xtask serve` to see the explainer.");
}
