//! The few direct browser calls, used from `main` and from effects only (never from render).
//! Compiled for wasm32 only.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Logs panics to the console and shows the prerendered "interactive diagrams are
/// unavailable" notice; the article itself stays on screen.
///
/// Installed through Yew, which otherwise replaces any hook with its own when it renders.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
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

/// Marks the document as interactive (`html.hydrated`), once an island has hydrated.
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

/// Keeps the reading-progress bar (the element with id `bar_id`) in step with scrolling and
/// resizing, for the life of the page. Updates are batched to one per animation frame.
pub fn follow_scroll(bar_id: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(bar) = window
        .document()
        .and_then(|d| d.get_element_by_id(bar_id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let scheduled = Rc::new(Cell::new(false));
    let update: Closure<dyn FnMut()> = {
        let scheduled = scheduled.clone();
        let bar = bar.clone();
        Closure::new(move || {
            scheduled.set(false);
            update_bar(&bar);
        })
    };
    let update_fn: js_sys::Function = update.as_ref().unchecked_ref::<js_sys::Function>().clone();
    let on_scroll = {
        let window = window.clone();
        Closure::<dyn FnMut()>::new(move || {
            if !scheduled.replace(true) {
                let _ = window.request_animation_frame(&update_fn);
            }
        })
    };
    let opts = web_sys::AddEventListenerOptions::new();
    opts.set_passive(true);
    for event in ["scroll", "resize"] {
        let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
            event,
            on_scroll.as_ref().unchecked_ref(),
            &opts,
        );
    }
    update_bar(&bar);
    // Both closures live as long as the page.
    update.forget();
    on_scroll.forget();
}

fn update_bar(el: &web_sys::HtmlElement) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(doc) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let scrollable = (doc.scroll_height() - doc.client_height()) as f64;
    let y = window.scroll_y().unwrap_or(0.0);
    let fraction = if scrollable > 0.0 {
        unit_interval(y / scrollable)
    } else {
        1.0
    };
    // Integer formatting only (the float formatter is large in wasm).
    let per_mille = (fraction * 1000.0).round() as u32;
    let _ = el.style().set_property(
        "--read",
        &format!("{}.{:03}", per_mille / 1000, per_mille % 1000),
    );
    let _ = el.set_attribute("aria-valuenow", &((per_mille + 5) / 10).to_string());
}

/// `v` limited to 0..=1 without `f64::clamp`, whose panic message would pull the float
/// formatter into the WebAssembly. NaN gives 0.
fn unit_interval(v: f64) -> f64 {
    if v > 0.0 {
        if v < 1.0 {
            v
        } else {
            1.0
        }
    } else {
        0.0
    }
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

/// Pauses (or resumes) the CSS animation of the element `id` with the class `is-paused`.
pub fn set_paused(id: &str, paused: bool) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        let _ = el.class_list().toggle_with_force("is-paused", paused);
    }
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
