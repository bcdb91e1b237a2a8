//! The page's small tools, made to work in place on their prerendered markup: the exercise
//! figures' pause buttons, the weekly plan, the self-check, the print button and the
//! chapter-2 muscle picker. Compiled
//! for wasm32 only; called from `islands::hydrate`.
//!
//! Their markup is complete without script (see `components::{motion_toggle, weekly_plan,
//! quiz, print_button}`); here we only listen to events, update attributes and keep the
//! plan. The state changes go through `state::{plan, quiz}`, tested natively. Listeners live
//! as long as the page.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement};

use crate::browser;
use crate::islands::Island;
use crate::state::plan::{Keeping, PlanAction, PlanState};
use crate::state::quiz::{QuizAction, QuizState};
use crate::state::stabilizer_view::{StabilizerAction, StabilizerView};

/// Storage key of the plan's ticks (version it if the plan's shape changes).
pub const PLAN_KEY: &str = "hip-explainer-plan-v1";

/// Sets up `tool` on the island slot `root`. False if its markup is missing.
pub fn attach(root: Element, tool: &Island) -> bool {
    // Not `browser::mark_hydrated`: that class means a figure has hydrated (the exercise
    // animation waits for its own pause button instead: `is-live`, set by `motion`).
    match tool {
        Island::Motion(_) => motion(&root),
        Island::Plan => plan(&root),
        Island::Quiz => quiz(&root),
        Island::Muscles => muscles(&root),
        // Made to work by the plan link's own build (`plan_tool`), loaded only with a plan.
        Island::YourPlan => true,
        Island::Print => browser::on(&root, "click", |e| {
            if browser::target_in(&e, ".print-button").is_some() {
                browser::print_plan();
            }
        }),
        Island::Figure(_) => false,
    }
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i).and_then(|n| n.dyn_into::<Element>().ok()))
        .collect()
}

fn set_pressed(el: &Element, pressed: bool) {
    let _ = el.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
}

fn set_shown(el: Option<Element>, shown: bool) {
    if let Some(el) = el {
        let _ = if shown {
            el.remove_attribute("hidden")
        } else {
            el.set_attribute("hidden", "")
        };
    }
}

/// The pause button: each press toggles `is-paused` on its figure (the one state, which the
/// button's icon follows in CSS) and swaps its words ("Pause movement" / "Play movement",
/// from its `data-pause` and `data-play`).
/// A figure scrolled out of view also stops (`is-offscreen`): no work for what nobody sees.
fn motion(root: &Element) -> bool {
    if let Some(fig) = root.closest(".exfig").ok().flatten() {
        // The figure moves only now that its pause button works (`static/exercise.css`).
        let _ = fig.class_list().add_1("is-live");
        let seen = Closure::<dyn FnMut(js_sys::Array)>::new(|entries: js_sys::Array| {
            for entry in entries.iter() {
                if let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() {
                    let _ = entry
                        .target()
                        .class_list()
                        .toggle_with_force("is-offscreen", !entry.is_intersecting());
                }
            }
        });
        if let Ok(observer) = web_sys::IntersectionObserver::new(seen.as_ref().unchecked_ref()) {
            observer.observe(&fig);
        }
        seen.forget();
    }
    browser::on(root, "click", |e| {
        let Some(button) = browser::target_in(&e, ".motion-toggle") else {
            return;
        };
        // The button sits in its figure: paused if the figure is.
        let paused = button.closest(".is-paused").ok().flatten().is_none();
        let words = button.get_attribute(if paused { "data-play" } else { "data-pause" });
        if let (Some(words), Ok(Some(label))) = (words, button.query_selector("[id]")) {
            label.set_text_content(Some(&words));
        }
        if let Some(fig) = button.get_attribute("data-figure") {
            browser::set_paused(&fig, paused);
        }
    })
}

/// The weekly plan: restores saved ticks, saves each change, clears on reset; says whether
/// the browser keeps the ticks. Storage that throws is never an error: the plan just works
/// for this visit.
fn plan(root: &Element) -> bool {
    let boxes: Vec<HtmlInputElement> = all(root, ".plan-box")
        .into_iter()
        .filter_map(|b| b.dyn_into::<HtmlInputElement>().ok())
        .collect();
    let rows = all(root, "tbody tr").len().max(1);
    let state = Rc::new(RefCell::new(PlanState::new(rows, boxes.len() / rows)));
    let days = boxes.len() / rows;
    let kept_note = root.query_selector(".plan-note-kept").ok().flatten();
    let lost_note = root.query_selector(".plan-note-not-kept").ok().flatten();
    let show = {
        let (kept_note, lost_note) = (kept_note.clone(), lost_note.clone());
        move |keeping: Keeping| {
            set_shown(kept_note.clone(), keeping == Keeping::Kept);
            set_shown(lost_note.clone(), keeping == Keeping::NotKept);
        }
    };
    let sync = {
        let boxes = boxes.clone();
        move |s: &PlanState| {
            for (i, b) in boxes.iter().enumerate() {
                b.set_checked(s.ticked(i / days.max(1), i % days.max(1)));
            }
        }
    };
    // Applies an action and keeps the result where the browser allows it.
    let act = {
        let state = state.clone();
        let show = show.clone();
        move |action: PlanAction| {
            let mut s = state.borrow_mut();
            let next = s.clone().apply(action);
            *s = if next.keeping == Keeping::Kept && !browser::save(PLAN_KEY, &next.encode()) {
                next.apply(PlanAction::StorageUnavailable)
            } else {
                next
            };
            show(s.keeping);
        }
    };
    {
        let mut s = state.borrow_mut();
        *s = match browser::load(PLAN_KEY) {
            Ok(saved) => s
                .clone()
                .apply(PlanAction::Restore(saved.unwrap_or_default())),
            Err(browser::StorageUnavailable) => s.clone().apply(PlanAction::StorageUnavailable),
        };
        sync(&s);
        show(s.keeping);
    }
    let changed = {
        let act = act.clone();
        let boxes = boxes.clone();
        browser::on(root, "change", move |e| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(i) = boxes.iter().position(|b| *b == input) {
                act(PlanAction::Set {
                    row: i / days.max(1),
                    day: i % days.max(1),
                    on: input.checked(),
                });
            }
        })
    };
    let reset = browser::on(root, "click", move |e| {
        let Some(button) = browser::target_in(&e, ".plan-reset") else {
            return;
        };
        act(PlanAction::Reset);
        sync(&state.borrow());
        if let Some(done) = button.get_attribute("data-done") {
            crate::announce::announce(done);
        }
    });
    changed && reset && !boxes.is_empty()
}

/// The self-check: a press picks that answer (`aria-pressed`, right/wrong look), shows its
/// one-line explanation under the question and announces it.
fn quiz(root: &Element) -> bool {
    let questions = all(root, ".quiz-question");
    let state = Rc::new(RefCell::new(QuizState::new(questions.len())));
    let ok = browser::on(root, "click", move |e| {
        let Some(button) = browser::target_in(&e, ".quiz-answer") else {
            return;
        };
        let Some(q) = questions
            .iter()
            .position(|li| li.contains(Some(button.as_ref())))
        else {
            return;
        };
        let answers = all(&questions[q], ".quiz-answer");
        let Some(a) = answers.iter().position(|b| *b == button) else {
            return;
        };
        let mut s = state.borrow_mut();
        *s = s.clone().apply(QuizAction::Pick {
            question: q,
            answer: a,
        });
        for (i, b) in answers.iter().enumerate() {
            let picked = s.picked[q] == Some(i);
            set_pressed(b, picked);
            let right = b.get_attribute("data-verdict").as_deref() == Some("right");
            let list = b.class_list();
            let _ = list.toggle_with_force("is-right", picked && right);
            let _ = list.toggle_with_force("is-wrong", picked && !right);
        }
        for (i, why) in all(&questions[q], ".quiz-why").into_iter().enumerate() {
            let picked = s.picked[q] == Some(i);
            if picked {
                if let Some(text) = why.text_content() {
                    crate::announce::announce(text);
                }
            }
            set_shown(Some(why), picked);
        }
    });
    ok && !all(root, ".quiz-answer").is_empty()
}

/// The chapter-2 muscle picker: the muscles in the drawing and the numbered list both pick a
/// muscle (press again to un-pick); pointer or focus on a muscle previews it; the layer
/// button shows or hides the gluteus maximus. Every change goes through
/// `state::stabilizer_view` and is then drawn by [`show_muscles`]; the words announced are
/// the page's own (the info lines and the toggle's `data-on`/`data-off`).
fn muscles(root: &Element) -> bool {
    let view = Rc::new(RefCell::new(StabilizerView::default()));
    let act = {
        let root = root.clone();
        let view = view.clone();
        move |action: StabilizerAction| {
            let next = view.borrow().apply(action);
            show_muscles(&root, &next);
            *view.borrow_mut() = next;
        }
    };
    let info_text = {
        let root = root.clone();
        move |id: &str| {
            root.query_selector(&["[data-for=\"", id, "\"]"].concat())
                .ok()
                .flatten()
                .and_then(|el| el.text_content())
        }
    };
    let press = {
        let act = act.clone();
        let view = view.clone();
        move |id: String| {
            let picked = view.borrow().is_selected(&id);
            if picked {
                act(StabilizerAction::Clear);
                if let Some(text) = info_text("") {
                    crate::announce::announce(text);
                }
            } else {
                act(StabilizerAction::Select(id.clone()));
                if let Some(text) = info_text(&id) {
                    crate::announce::announce(text);
                }
            }
        }
    };
    let id_in = |e: &Event, selector: &str| {
        browser::target_in(e, selector).and_then(|el| el.get_attribute("data-id"))
    };
    let clicks = {
        let press = press.clone();
        let act = act.clone();
        let view = view.clone();
        browser::on(root, "click", move |e| {
            if let Some(id) = id_in(&e, ".dg-muscle, .muscle-button") {
                press(id);
            } else if let Some(button) = browser::target_in(&e, ".layer-toggle") {
                let on = !view.borrow().show_maximus;
                act(StabilizerAction::ToggleGluteusMaximus);
                if let Some(words) = button.get_attribute(if on { "data-on" } else { "data-off" }) {
                    crate::announce::announce(words);
                }
            }
        })
    };
    let keys = browser::on(root, "keydown", move |e| {
        let Some(key) = e.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key()) else {
            return;
        };
        if key != "Enter" && key != " " {
            return;
        }
        if let Some(id) = id_in(&e, ".dg-muscle") {
            e.prevent_default();
            press(id);
        }
    });
    let preview = |act: Rc<dyn Fn(StabilizerAction)>| {
        move |e: Event| act(StabilizerAction::Preview(id_in(&e, ".dg-muscle")))
    };
    let act: Rc<dyn Fn(StabilizerAction)> = Rc::new(act);
    let focus = browser::on(root, "focusin", preview(act.clone()))
        && browser::on(root, "focusout", {
            let act = act.clone();
            move |_| act(StabilizerAction::Preview(None))
        });
    let pointer = browser::on(root, "pointerover", preview(act.clone()))
        && browser::on(root, "pointerleave", move |_| {
            act(StabilizerAction::Preview(None))
        });
    clicks && keys && focus && pointer && !all(root, ".dg-muscle").is_empty()
}

/// Draws `v` into the picker's markup: pressed states, highlight classes, the layer, the
/// outline over the previewed muscle, and which info line shows.
fn show_muscles(root: &Element, v: &StabilizerView) {
    let has = |el: &Element, id: Option<&str>| {
        id.is_some() && el.get_attribute("data-id").as_deref() == id
    };
    if let Ok(Some(svg)) = root.query_selector("svg.dg-back") {
        let _ = svg
            .class_list()
            .toggle_with_force("has-selection", v.selected.is_some());
    }
    for el in all(root, ".dg-muscle") {
        let picked = has(&el, v.selected);
        set_pressed(&el, picked);
        let list = el.class_list();
        let _ = list.toggle_with_force("is-selected", picked);
        let _ = list.toggle_with_force("is-active", has(&el, v.preview));
    }
    for el in all(root, ".dg-badge") {
        let _ = el
            .class_list()
            .toggle_with_force("is-selected", has(&el, v.selected));
    }
    for el in all(root, ".muscle-button") {
        set_pressed(&el, has(&el, v.selected));
    }
    for el in all(root, ".dg-muscle--mover, .dg-badge--mover") {
        let _ = el.class_list().toggle_with_force("is-off", !v.show_maximus);
    }
    if let Ok(Some(toggle)) = root.query_selector(".layer-toggle") {
        set_pressed(&toggle, v.show_maximus);
    }
    if let Ok(Some(top)) = root.query_selector(".dg-outline-top") {
        let outline = v.preview.and_then(|id| {
            root.query_selector(&["[data-id=\"", id, "\"] .dg-belly"].concat())
                .ok()
                .flatten()
                .and_then(|belly| belly.get_attribute("d"))
        });
        let _ = top.set_attribute("d", outline.as_deref().unwrap_or(""));
        let _ = top.set_attribute("data-focus-for", v.preview.unwrap_or(""));
    }
    let shown = v.shown().unwrap_or("");
    for line in all(root, ".muscle-info [data-for]") {
        let this = line.get_attribute("data-for").unwrap_or_default();
        set_shown(Some(line), this == shown);
    }
}
