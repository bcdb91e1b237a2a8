//! The few direct browser calls, used from `main` and from effects only (never from render).
//! Compiled for wasm32 only.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Logs panics to the console and shows the prerendered "interactive diagrams are
/// unavailable" notice; the article itself stays on screen. (No browser build renders with
/// Yew, so nothing replaces this hook.)
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("hip-explainer panicked: {info}").into());
        show_unavailable_notice();
    }));
}

/// Reveals the notice and marks the document so CSS can hide controls that no longer work.
pub fn show_unavailable_notice() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = doc.get_element_by_id("interactive-unavailable") {
        let _ = el.remove_attribute("hidden");
    }
    if let Some(root) = doc.document_element() {
        let _ = root.class_list().add_1("wasm-failed");
    }
}

/// Marks the document as interactive (`html.hydrated`), once a figure's island works.
pub fn mark_hydrated() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().add_1("hydrated");
    }
}

thread_local! {
    static PENDING_ANNOUNCEMENT: std::cell::RefCell<Option<gloo_timers::callback::Timeout>> =
        const { std::cell::RefCell::new(None) };
}

/// Writes `text` into the live region `region_id` once it has not changed for `delay_ms`.
pub fn announce_debounced(region_id: &'static str, text: String, delay_ms: u32) {
    let timeout = gloo_timers::callback::Timeout::new(delay_ms, move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(region_id))
        {
            el.set_text_content(Some(&text));
        }
    });
    // Replacing the pending timeout drops (cancels) it.
    PENDING_ANNOUNCEMENT.with(|p| *p.borrow_mut() = Some(timeout));
}

/// The page's `localStorage`, or `None` when the browser refuses it (private modes,
/// sandboxed frames with an opaque origin throw on access).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The browser refused its storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageUnavailable;

/// The text stored under `key`: `Err` if storage is unavailable, `Ok(None)` if nothing is
/// stored yet.
pub fn load(key: &str) -> Result<Option<String>, StorageUnavailable> {
    storage()
        .ok_or(StorageUnavailable)?
        .get_item(key)
        .map_err(|_| StorageUnavailable)
}

/// Stores `value` under `key`; false if the browser refused (no storage, quota, blocked).
pub fn save(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Class on the root element while "Print this plan" prints: the print stylesheet then leaves
/// out the anatomy chapters and the self-check.
pub const PRINT_PLAN_CLASS: &str = "print-plan";

/// Opens the browser's print dialog for the plan handout: `html.print-plan` until the dialog
/// closes (`afterprint`), so printing from the browser's menu still gives the whole article.
pub fn print_plan() {
    let Some(w) = web_sys::window() else {
        return;
    };
    let Some(root) = w.document().and_then(|d| d.document_element()) else {
        return;
    };
    let _ = root.class_list().add_1(PRINT_PLAN_CLASS);
    let done = {
        let root = root.clone();
        Closure::once_into_js(move || {
            let _ = root.class_list().remove_1(PRINT_PLAN_CLASS);
        })
    };
    let opts = web_sys::AddEventListenerOptions::new();
    opts.set_once(true);
    let _ = w.add_event_listener_with_callback_and_add_event_listener_options(
        "afterprint",
        done.unchecked_ref(),
        &opts,
    );
    let _ = w.print();
}

/// Adds a listener for `event` on `target` for the life of the page (the small tools and the
/// plan builder attach theirs this way).
pub fn on(target: &web_sys::Element, event: &str, f: impl FnMut(web_sys::Event) + 'static) -> bool {
    let cb = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let ok = target
        .add_event_listener_with_callback(event, cb.as_ref().unchecked_ref())
        .is_ok();
    cb.forget();
    ok
}

/// The element matching `selector` that the event happened in, if any.
pub fn target_in(e: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    e.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// Every element under `root` that matches `selector`.
pub fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| {
            list.item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        })
        .collect()
}

/// Sets `aria-pressed` on `el`.
pub fn set_pressed(el: &web_sys::Element, pressed: bool) {
    let _ = el.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
}

/// Shows or hides `el` (the `hidden` attribute); nothing if there is no element.
pub fn set_shown(el: Option<web_sys::Element>, shown: bool) {
    if let Some(el) = el {
        let _ = if shown {
            el.remove_attribute("hidden")
        } else {
            el.set_attribute("hidden", "")
        };
    }
}
