//! Browser entry point of the embedded page's first script (feature `embed`): applies the
//! clinic's settings from the address (chapters, start, theme, clinic details; see
//! `src/embed.rs`) at once, before any island wakes. It holds no island and no Yew: the
//! islands wake later, as on the main page, from the main page's own wasm, so the embedded
//! page's first load carries only this small build.

#[cfg(target_arch = "wasm32")]
fn main() {
    // A failure here leaves the neutral default page, whose islands still work: say so in
    // the console only, without the "diagrams unavailable" notice.
    std::panic::set_hook(Box::new(|_| {
        web_sys::console::error_1(
            &"hip-explainer: the embed settings could not be applied; showing the default page"
                .into(),
        );
    }));
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(doc) = window.document() else {
        return;
    };
    if doc
        .document_element()
        .is_some_and(|e| e.has_attribute(hip_explainer::app::EMBED_MARKER))
    {
        hip_explainer::embed::start(&window, &doc);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the embedded page's settings build. Run `cargo xtask serve`.");
}
