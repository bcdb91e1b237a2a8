//! The few direct browser calls, used from `main` and from effects only (never from render).
//! Compiled for wasm32 only.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::NodeRef;

/// Logs panics to the console and shows the prerendered "interactive diagrams are
/// unavailable" notice; the article itself stays on screen.
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

/// Marks the document as interactive (CSS may rely on `html.hydrated`).
pub fn mark_hydrated() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().add_1("hydrated");
    }
}

/// Keeps the reading-progress bar in step with scrolling. Dropping the returned guard
/// removes the listener.
pub fn follow_scroll(bar: NodeRef) -> Option<ScrollGuard> {
    let window = web_sys::window()?;
    let scheduled = Rc::new(Cell::new(false));
    let update: Rc<Closure<dyn FnMut()>> = {
        let scheduled = scheduled.clone();
        let bar = bar.clone();
        Rc::new(Closure::new(move || {
            scheduled.set(false);
            update_bar(&bar);
        }))
    };
    let on_scroll = {
        let update = update.clone();
        let window = window.clone();
        Closure::<dyn FnMut()>::new(move || {
            if !scheduled.replace(true) {
                let f: &js_sys::Function = (*update).as_ref().unchecked_ref();
                let _ = window.request_animation_frame(f);
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
    Some(ScrollGuard {
        window,
        on_scroll,
        _update: update,
    })
}

/// Owns the scroll listener; removes it when dropped.
pub struct ScrollGuard {
    window: web_sys::Window,
    on_scroll: Closure<dyn FnMut()>,
    _update: Rc<Closure<dyn FnMut()>>,
}

impl Drop for ScrollGuard {
    fn drop(&mut self) {
        for event in ["scroll", "resize"] {
            let _ = self.window.remove_event_listener_with_callback(
                event,
                self.on_scroll.as_ref().unchecked_ref(),
            );
        }
    }
}

fn update_bar(bar: &NodeRef) {
    let (Some(el), Some(window)) = (bar.cast::<web_sys::HtmlElement>(), web_sys::window()) else {
        return;
    };
    let Some(doc) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let scrollable = (doc.scroll_height() - doc.client_height()) as f64;
    let y = window.scroll_y().unwrap_or(0.0);
    let fraction = if scrollable > 0.0 {
        (y / scrollable).clamp(0.0, 1.0)
    } else {
        1.0
    };
    let _ = el.style().set_property("--read", &format!("{fraction:.4}"));
    let _ = el.set_attribute("aria-valuenow", &format!("{}", (fraction * 100.0).round()));
}
