//! Browser entry point: make the prerendered page's islands interactive. Nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    use hip_explainer::{browser, components::reading_progress, islands};
    use wasm_bindgen::JsCast;

    browser::install_panic_hook();
    browser::follow_scroll(reading_progress::ELEMENT_ID);
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(doc) = window.document() else {
        return;
    };
    // The embedded page's build (feature `embed`) applies its settings before hydrating:
    // chapters that are not shown are removed first.
    #[cfg(feature = "embed")]
    if doc
        .document_element()
        .is_some_and(|e| e.has_attribute(hip_explainer::app::EMBED_MARKER))
    {
        hip_explainer::embed::start(&window, &doc);
    }
    let Ok(slots) = doc.query_selector_all(&format!("[{}]", islands::ATTRIBUTE)) else {
        return;
    };
    for i in 0..slots.length() {
        let Some(el) = slots
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let id = el.get_attribute(islands::ATTRIBUTE).unwrap_or_default();
        if !islands::hydrate(el, &id) {
            web_sys::console::warn_1(&format!("hip-explainer: no island \"{id}\"").into());
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser build. Run `cargo xtask serve` to see the explainer.");
}
