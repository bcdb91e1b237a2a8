//! Polite announcements for screen readers, through the page's one live region
//! (`#announcer`, rendered by `app`). Called from callbacks only, never from render.
//!
//! Announcements are debounced: a slider dragged across ten steps is announced once, when
//! the reader pauses. On the server (no browser) this does nothing.

/// Id of the live region element.
pub const REGION_ID: &str = "announcer";

/// How long the text must stay unchanged before it is announced.
pub const DEBOUNCE_MS: u32 = 450;

/// Announces `text` politely after a short pause; a newer call replaces a pending one.
pub fn announce(text: String) {
    #[cfg(target_arch = "wasm32")]
    crate::browser::announce_debounced(REGION_ID, text, DEBOUNCE_MS);
    #[cfg(not(target_arch = "wasm32"))]
    drop(text);
}
