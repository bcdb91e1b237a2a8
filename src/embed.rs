//! The embedded page's browser side (wasm32 only; runs only when the page carries the
//! [`crate::app::EMBED_MARKER`] attribute): applies the settings from the URL, says when the
//! browser allows no storage, and tells the parent page the content height.
//!
//! The clinic settings (name, booking link, phone) apply only inside a frame: opened on its
//! own, from a link anyone can craft, the page shows its neutral default and says why in the
//! console ([`settings::Parsed::outside_frame`]).
//!
//! Messages sent to the parent (both with target origin `*`: a height is not a secret):
//! - ours, versioned: `{ source: "hip-explainer", version: 1, type: "height", height }`;
//! - WordPress's (only if the URL hash carries `#?secret=...`):
//!   `{ message: "height", value, secret }`.
//!
//! Messages it answers (from the parent window only; everything else is ignored):
//! - ours: `{ source: "hip-explainer", version: 1, type: "request-height" }`;
//! - WordPress's: `{ message: "ready", secret }` with this frame's secret.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, MessageEvent, Window};

use crate::app::NO_STORAGE_ID;
use crate::components::clinic_slot::SLOT_ATTRIBUTE;
use crate::settings::{self, Clinic, Settings, Theme};

/// `source` of our messages.
pub const SOURCE: &str = "hip-explainer";
/// `version` of our messages.
pub const VERSION: u32 = 1;

/// Reads and applies the settings, then starts reporting the height. Call before hydrating
/// the islands: chapters that are not shown are removed first.
pub fn start(window: &Window, doc: &Document) {
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let sections = chapter_sections(doc);
    let ids: Vec<String> = sections.iter().map(Element::id).collect();
    let slugs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let mut parsed = settings::parse(&search, &slugs);
    if !in_frame(window) {
        parsed = parsed.outside_frame();
    }
    for m in &parsed.messages {
        web_sys::console::warn_2(&"hip-explainer embed settings:".into(), &m.into());
    }
    let s = parsed.settings;
    show_chapters(doc, &sections, &s);
    apply_theme(doc, &s.theme);
    if !s.clinic.is_empty() {
        fill_clinic(doc, &s.clinic);
    }
    if !matches!(window.local_storage(), Ok(Some(_))) {
        if let Some(note) = doc.get_element_by_id(NO_STORAGE_ID) {
            let _ = note.remove_attribute("hidden");
        }
    }
    report_height(window, doc, settings::wordpress_secret(&hash));
    // For tests and styles: the settings are applied (islands may still be hydrating).
    if let Some(root) = doc.document_element() {
        let _ = root.class_list().add_1(READY_CLASS);
    }
}

/// Class on `<html>` once the settings are applied and height reports are set up.
pub const READY_CLASS: &str = "embed-ready";

/// Fills the prerendered clinic slot: text only through `textContent`, links only from the
/// checked settings.
fn fill_clinic(doc: &Document, c: &Clinic) {
    let Ok(Some(slot)) = doc.query_selector(&["[", SLOT_ATTRIBUTE, "]"].concat()) else {
        return;
    };
    let part = |class: &str| slot.query_selector(&[".", class].concat()).ok().flatten();
    let show = |class: &str, on: bool| {
        if let Some(el) = part(class) {
            let _ = if on {
                el.remove_attribute("hidden")
            } else {
                el.set_attribute("hidden", "")
            };
        }
    };
    let text = |class: &str, t: &str| {
        if let Some(el) = part(class) {
            el.set_text_content(Some(t));
        }
    };
    let href = |class: &str, h: &str| {
        if let Some(el) = part(class) {
            let _ = el.set_attribute("href", h);
        }
    };
    if let Some(name) = &c.name {
        text("clinic-name", name);
        show("clinic-default", false);
        show("clinic-named", true);
    }
    if let Some(cta) = &c.cta {
        href("clinic-cta", cta);
        if let Some(label) = &c.cta_label {
            text("clinic-cta", label);
        }
        show("clinic-cta", true);
    }
    if let Some(p) = &c.phone {
        href("clinic-phone", &p.href);
        text("clinic-phone-number", &p.text);
        show("clinic-phone", true);
    }
    show("clinic-actions", c.cta.is_some() || c.phone.is_some());
}

fn chapter_sections(doc: &Document) -> Vec<Element> {
    let Ok(list) = doc.query_selector_all("#story > section.chapter") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Keeps the chosen chapters, in the chosen order, before the references; opens `start`.
fn show_chapters(doc: &Document, sections: &[Element], s: &Settings) {
    let Some(story) = doc.get_element_by_id("story") else {
        return;
    };
    let anchor = doc.get_element_by_id("references");
    for el in sections {
        if !s.chapters.contains(&el.id()) {
            el.remove();
        }
    }
    for slug in &s.chapters {
        let Some(el) = sections.iter().find(|e| &e.id() == slug) else {
            continue;
        };
        let _ = story.insert_before(el, anchor.as_ref().map(|a| a.as_ref()));
        if let Ok(Some(details)) = el.query_selector(":scope > details") {
            let _ = if *slug == s.start {
                details.set_attribute("open", "")
            } else {
                details.remove_attribute("open")
            };
        }
    }
}

/// Colours and font go into CSS custom properties through CSSOM (allowed by the CSP).
fn apply_theme(doc: &Document, t: &Theme) {
    let Some(root) = doc
        .document_element()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    if let Some((bg, fg)) = t.accent {
        let _ = style.set_property("--theme-accent", &bg.css());
        let _ = style.set_property("--theme-accent-text", &fg.css());
        if t.accent_links {
            let _ = root.class_list().add_1("theme-links");
        }
    }
    if let Some(font) = &t.font {
        let _ = style.set_property("--theme-font", font);
    }
}

/// True if the page is inside a frame (its parent is another window).
fn in_frame(window: &Window) -> bool {
    matches!(window.parent(), Ok(Some(p)) if JsValue::from(&p) != JsValue::from(window))
}

fn report_height(window: &Window, doc: &Document, secret: Option<String>) {
    if !in_frame(window) {
        return;
    }
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let Ok(Some(page)) = doc.query_selector(".page") else {
        return;
    };
    let last = Rc::new(Cell::new(-1.0f64));
    let secret_in = secret.clone();
    let send = {
        let parent = parent.clone();
        let last = last.clone();
        Rc::new(move || {
            let h = page.get_bounding_client_rect().height().ceil();
            if h == last.get() {
                return;
            }
            last.set(h);
            let ours = object(&[
                ("source", SOURCE.into()),
                ("version", VERSION.into()),
                ("type", "height".into()),
                ("height", h.into()),
            ]);
            let _ = parent.post_message(&ours, "*");
            if let Some(secret) = &secret {
                let wp = object(&[
                    ("message", "height".into()),
                    ("value", h.into()),
                    ("secret", secret.as_str().into()),
                ]);
                let _ = parent.post_message(&wp, "*");
            }
        })
    };
    let on_resize = {
        let send = send.clone();
        Closure::<dyn FnMut()>::new(move || send())
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        if let Ok(Some(page)) = doc.query_selector(".page") {
            observer.observe(&page);
        }
    }
    on_resize.forget();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let from_parent = e
            .source()
            .is_some_and(|s| JsValue::from(s) == JsValue::from(&parent));
        if from_parent && answers(&e.data(), secret_in.as_deref()) {
            last.set(-1.0);
            send();
        }
    });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}

/// True for the two requests this page answers (see the module docs).
fn answers(data: &JsValue, secret: Option<&str>) -> bool {
    let get = |k: &str| js_sys::Reflect::get(data, &k.into()).ok();
    if !data.is_object() {
        return false;
    }
    let ours = get("source").and_then(|v| v.as_string()).as_deref() == Some(SOURCE)
        && get("version").and_then(|v| v.as_f64()) == Some(f64::from(VERSION))
        && get("type").and_then(|v| v.as_string()).as_deref() == Some("request-height");
    let wordpress = secret.is_some()
        && get("message").and_then(|v| v.as_string()).as_deref() == Some("ready")
        && get("secret").and_then(|v| v.as_string()).as_deref() == secret;
    ours || wordpress
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}
