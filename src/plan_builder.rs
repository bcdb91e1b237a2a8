//! The plan builder page in the browser (wasm, feature `builder`): on every change of the
//! form, reads it into a `plan_link::Plan`, checks it, and shows the link, its QR code
//! (`qr`) and the preview (`plan_tool::show`); "Copy link" and "Print" act on the result.
//! The page's words are all in its markup (the messages sit in `data-*` attributes).

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use crate::browser;
use crate::plan_link::view::{Change, SECTION};
use crate::plan_link::{Dose, Level, Plan, PlanError, EXERCISES};

fn by_id(root: &Element, id: &str) -> Option<Element> {
    root.query_selector(&["#", id].concat()).ok().flatten()
}

fn select(root: &Element, id: &str) -> String {
    by_id(root, id)
        .and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

fn number(root: &Element, id: &str) -> u8 {
    select(root, id).parse().unwrap_or(0)
}

fn input(root: &Element, id: &str) -> String {
    let Some(el) = by_id(root, id) else {
        return String::new();
    };
    match el.dyn_into::<HtmlInputElement>() {
        Ok(i) => i.value(),
        Err(el) => el
            .dyn_into::<HtmlTextAreaElement>()
            .map(|t| t.value())
            .unwrap_or_default(),
    }
}

fn checked(root: &Element, id: &str) -> bool {
    by_id(root, id)
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

/// The plan the form describes (not yet checked). Surrounding spaces in the text fields are
/// dropped; Windows line breaks become plain ones.
fn read(root: &Element) -> Plan {
    let mut plan = Plan::empty();
    for (i, slot) in plan.exercises.iter_mut().enumerate().take(EXERCISES.len()) {
        let n = (i + 1).to_string();
        if !checked(root, &["b-include-", &n].concat()) {
            continue;
        }
        let code = select(root, &["b-level-", &n].concat());
        *slot = Some(Dose {
            level: Level::ALL
                .into_iter()
                .find(|l| code.starts_with(l.code()))
                .unwrap_or(Level::Standard),
            sets: number(root, &["b-sets-", &n].concat()),
            amount: number(root, &["b-amount-", &n].concat()),
        });
    }
    plan.days = number(root, "b-days");
    plan.weeks = number(root, "b-weeks");
    plan.note = input(root, "b-note")
        .replace("\r\n", "\n")
        .trim()
        .to_string();
    plan.clinic = input(root, "b-clinic").trim().to_string();
    plan.phone = input(root, "b-phone").trim().to_string();
    plan
}

/// The explainer's address for links: this page's folder (plan.html sits beside it).
fn base() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let href = href.split(['#', '?']).next().unwrap_or_default();
    match href.rfind('/') {
        Some(i) => href[..=i].to_string(),
        None => href.to_string(),
    }
}

/// Reads the form and shows the result: link, QR code and preview, or the reason there is
/// none yet. Returns the link.
fn update(root: &Element) -> Option<String> {
    let plan = read(root);
    let checked = plan.check();
    let link = checked
        .ok()
        .map(|()| [base().as_str(), "#", &plan.encode()].concat());
    let code = link.as_deref().and_then(crate::qr::encode);
    let error = match (&checked, &code) {
        (Err(e), _) => Some(*e),
        (Ok(()), None) => Some(PlanError::TooLong),
        (Ok(()), Some(_)) => None,
    };
    let mut changes = vec![Change::Shown(".builder-output".into(), error.is_none())];
    changes.push(Change::Shown(
        ".builder-problem [data-problem]".into(),
        false,
    ));
    if let Some(e) = error {
        changes.push(Change::Shown(
            [".builder-problem [data-problem=\"", e.code(), "\"]"].concat(),
            true,
        ));
    }
    crate::plan_tool::apply(root, &changes);
    let preview = root.query_selector(".builder-preview").ok().flatten();
    match (&error, &preview) {
        (None, Some(p)) => crate::plan_tool::show(p, &Ok(plan)),
        (Some(_), Some(p)) => crate::plan_tool::apply(p, &[Change::Shown(SECTION.into(), false)]),
        _ => {}
    }
    let (link, code) = (link.filter(|_| error.is_none())?, code?);
    if let Some(a) = by_id(root, "b-link") {
        let _ = a.set_attribute("href", &link);
        a.set_text_content(Some(&link));
    }
    if let Ok(Some(svg)) = root.query_selector(".builder-qr") {
        let _ = svg.set_attribute("viewBox", &code.view_box());
        let side = (code.size + 2 * crate::qr::QUIET).to_string();
        let quiet = ["-", &crate::qr::QUIET.to_string()].concat();
        if let Ok(Some(bg)) = svg.query_selector(".builder-qr-bg") {
            for (k, v) in [
                ("x", &quiet),
                ("y", &quiet),
                ("width", &side),
                ("height", &side),
            ] {
                let _ = bg.set_attribute(k, v);
            }
        }
        if let Ok(Some(path)) = svg.query_selector(".builder-qr-dark") {
            let _ = path.set_attribute("d", &code.d);
        }
    }
    Some(link)
}

/// Writes `text` into the status line (a polite live region).
fn status(root: &Element, text: Option<String>) {
    if let Ok(Some(line)) = root.query_selector(".builder-status") {
        line.set_text_content(text.as_deref());
    }
}

/// Makes the builder at `root` work: live updates, "Copy link", "Print".
pub fn attach(root: &Element) -> bool {
    update(root);
    let changed = {
        let root = root.clone();
        move |_: Event| {
            update(&root);
            status(&root, None);
        }
    };
    let input = browser::on(root, "input", changed.clone());
    let change = browser::on(root, "change", changed);
    let root2 = root.clone();
    let clicks = browser::on(root, "click", move |e| {
        if browser::target_in(&e, ".builder-print").is_some() {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        } else if let Some(button) = browser::target_in(&e, ".builder-copy") {
            let Some(link) = update(&root2) else {
                return;
            };
            let done = button.get_attribute("data-done");
            let failed = Rc::new(button.get_attribute("data-failed"));
            let Some(window) = web_sys::window() else {
                return;
            };
            let promise = window.navigator().clipboard().write_text(&link);
            let (r1, r2) = (root2.clone(), root2.clone());
            let ok = Closure::once(move |_: wasm_bindgen::JsValue| status(&r1, done));
            let err = Closure::once(move |_: wasm_bindgen::JsValue| status(&r2, (*failed).clone()));
            let _ = promise.then2(&ok, &err);
            ok.forget();
            err.forget();
        }
    });
    let ok = input && change && clicks;
    if ok {
        let _ = root.set_attribute("data-ready", "");
    }
    ok
}
