//! Browser entry point of the islands, on the main and the embedded page alike. The wasm
//! starts when `boot.js` first needs it: `main` installs the panic hook; `boot.js` then calls
//! [`wake`] for each island as it approaches the viewport. (The embedded page's settings are
//! applied before that by a build of their own, `src/bin/embed.rs`.)

#[cfg(target_arch = "wasm32")]
fn main() {
    hip_explainer::browser::install_panic_hook();
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
