//! Browser entry point. The wasm starts when `boot.js` first needs it: `main` installs the
//! panic hook (and, on the embedded page, applies its settings); `boot.js` then calls [`wake`]
//! for each island as it approaches the viewport.

#[cfg(target_arch = "wasm32")]
fn main() {
    use hip_explainer::browser;

    browser::install_panic_hook();
    // The embedded page's build (feature `embed`) applies its settings before any island
    // wakes: chapters that are not shown are removed first.
    #[cfg(feature = "embed")]
    if let Some(window) = web_sys::window() {
        if let Some(doc) = window.document() {
            if doc
                .document_element()
                .is_some_and(|e| e.has_attribute(hip_explainer::app::EMBED_MARKER))
            {
                hip_explainer::embed::start(&window, &doc);
            }
        }
    }
}

/// Makes the island slot `slot` interactive (called by `boot.js` as it approaches). False if
/// its `data-island` names no island.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn wake(slot: web_sys::Element) -> bool {
    hip_explainer::islands::wake(slot)
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser build. Run `cargo xtask serve` to see the explainer.");
}
