//! Chapter 2's muscle picker (`data-island="muscles"`, the figure `stabilizers-back`).
//!
//! Markup: `components::stabilizers_figure::StabilizersFigure` (with `stabilizer_svg` and
//! `muscle_list`), prerendered once and never redrawn: its drawing never changes shape, so
//! none of its drawing code is in the wasm. It carries the names below. Initial state:
//! nothing picked or previewed, the gluteus maximus layer off ([`IS_OFF`] on its shapes),
//! the hint line shown (`state::stabilizer_view::StabilizerView::default`). Behaviour (wasm
//! only): the muscles in the drawing and the numbered list both pick a muscle (press again
//! to un-pick); pointer or focus on a muscle previews it; the layer button shows or hides
//! the gluteus maximus. Every change goes through `state::stabilizer_view` and is then drawn
//! by changing classes, `aria-pressed` and which info line shows; the words announced are
//! the page's own (the info lines and the layer button's [`ON`] and [`OFF`]).

use super::hook::{class, Class, Markup};

/// The content's id of the figure whose controls this island is.
pub const FIGURE_ID: &str = crate::diagram::stabilizers_back::FIGURE_ID;

/// The drawing (`<svg>`).
pub const DRAWING: Class = class!("dg-back");
/// A muscle's shape in the drawing (a focusable toggle button).
pub const MUSCLE: Class = class!("dg-muscle");
/// A muscle's numbered badge in the drawing.
pub const BADGE: Class = class!("dg-badge");
/// A muscle's button in the numbered list.
pub const BUTTON: Class = class!("muscle-button");
/// Attribute of a [`MUSCLE`], [`BADGE`] or [`BUTTON`]: the muscle's id.
pub const ID: &str = "data-id";
/// The gluteus maximus's shape (the layer on top).
pub const MUSCLE_MOVER: Class = class!("dg-muscle--mover");
/// The gluteus maximus's badge.
pub const BADGE_MOVER: Class = class!("dg-badge--mover");
/// Class of a layer that is not shown.
pub const IS_OFF: &str = "is-off";
/// A muscle's outline inside its [`MUSCLE`] shape.
pub const BELLY: Class = class!("dg-belly");
/// The outline painted over every muscle: a copy of the previewed muscle's [`BELLY`].
pub const OUTLINE: Class = class!("dg-outline-top");
/// Attribute of [`OUTLINE`]: the id of the muscle it outlines.
pub const FOCUS_FOR: &str = "data-focus-for";
/// The button that shows or hides the gluteus maximus.
pub const LAYER_TOGGLE: Class = class!("layer-toggle");
/// Attribute of [`LAYER_TOGGLE`]: words announced when the layer is turned on.
pub const ON: &str = "data-on";
/// Attribute of [`LAYER_TOGGLE`]: words announced when the layer is turned off.
pub const OFF: &str = "data-off";
/// The info line under the drawing.
pub const INFO: Class = class!("muscle-info");
/// Attribute of each prepared line of [`INFO`]: the muscle it names (empty: the hint).
pub const FOR: &str = "data-for";
/// Class of the drawing while a muscle is picked.
pub const HAS_SELECTION: &str = "has-selection";
/// Class of the picked muscle's shape and badge.
pub const IS_SELECTED: &str = "is-selected";
/// Class of the previewed muscle's shape.
pub const IS_ACTIVE: &str = "is-active";

/// What picks a muscle: its shape or its list button ([`MUSCLE`], [`BUTTON`]; written out,
/// since the browser build has no room for joining them at run time; a test checks it).
pub const PICKS: &str = ".dg-muscle, .muscle-button";
/// The gluteus maximus layer's shape and badge ([`MUSCLE_MOVER`], [`BADGE_MOVER`]).
pub const MOVERS: &str = ".dg-muscle--mover, .dg-badge--mover";
/// The prepared lines of the info line ([`INFO`], [`FOR`]).
pub const INFO_LINES: &str = ".muscle-info [data-for]";
/// Start of the selector of one muscle's info line (`[data-for="<id>"]`, [`FOR`]).
pub const FOR_IS: &str = "[data-for=\"";
/// Start of the selector of one muscle's shape, badge and button (`[data-id="<id>"]`,
/// [`ID`]).
pub const ID_IS: &str = "[data-id=\"";

/// What the picker's markup carries for its behaviour.
pub const MARKUP: Markup = Markup {
    classes: &[
        DRAWING,
        MUSCLE,
        BADGE,
        BUTTON,
        MUSCLE_MOVER,
        BADGE_MOVER,
        BELLY,
        OUTLINE,
        LAYER_TOGGLE,
        INFO,
    ],
    attributes: &[ID, FOCUS_FOR, ON, OFF, FOR],
};

#[cfg(target_arch = "wasm32")]
pub use behaviour::attach;

#[cfg(target_arch = "wasm32")]
mod behaviour {
    use std::cell::RefCell;
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use web_sys::{Element, Event};

    use super::*;
    use crate::browser::{self, all, set_pressed, set_shown};
    use crate::state::stabilizer_view::{StabilizerAction, StabilizerView};

    /// Makes the picker in `root` work. False if its markup is missing.
    pub fn attach(root: &Element) -> bool {
        let view = Rc::new(RefCell::new(StabilizerView::default()));
        let act = {
            let root = root.clone();
            let view = view.clone();
            move |action: StabilizerAction| {
                let next = view.borrow().apply(action);
                show(&root, &next);
                *view.borrow_mut() = next;
            }
        };
        let info_text = {
            let root = root.clone();
            move |id: &str| {
                root.query_selector(&[FOR_IS, id, "\"]"].concat())
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
            browser::target_in(e, selector).and_then(|el| el.get_attribute(ID))
        };
        let clicks = {
            let press = press.clone();
            let act = act.clone();
            let view = view.clone();
            browser::on(root, "click", move |e| {
                if let Some(id) = id_in(&e, PICKS) {
                    press(id);
                } else if let Some(button) = browser::target_in(&e, LAYER_TOGGLE.selector()) {
                    let on = !view.borrow().show_maximus;
                    act(StabilizerAction::ToggleGluteusMaximus);
                    if let Some(words) = button.get_attribute(if on { ON } else { OFF }) {
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
            if let Some(id) = id_in(&e, MUSCLE.selector()) {
                e.prevent_default();
                press(id);
            }
        });
        let preview = |act: Rc<dyn Fn(StabilizerAction)>| {
            move |e: Event| act(StabilizerAction::Preview(id_in(&e, MUSCLE.selector())))
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
        clicks && keys && focus && pointer && !all(root, MUSCLE.selector()).is_empty()
    }

    /// Draws `v` into the picker's markup: pressed states, highlight classes, the layer, the
    /// outline over the previewed muscle, and which info line shows.
    fn show(root: &Element, v: &StabilizerView) {
        let has =
            |el: &Element, id: Option<&str>| id.is_some() && el.get_attribute(ID).as_deref() == id;
        if let Ok(Some(svg)) = root.query_selector(DRAWING.selector()) {
            let _ = svg
                .class_list()
                .toggle_with_force(HAS_SELECTION, v.selected.is_some());
        }
        for el in all(root, MUSCLE.selector()) {
            let picked = has(&el, v.selected);
            set_pressed(&el, picked);
            let list = el.class_list();
            let _ = list.toggle_with_force(IS_SELECTED, picked);
            let _ = list.toggle_with_force(IS_ACTIVE, has(&el, v.preview));
        }
        for el in all(root, BADGE.selector()) {
            let _ = el
                .class_list()
                .toggle_with_force(IS_SELECTED, has(&el, v.selected));
        }
        for el in all(root, BUTTON.selector()) {
            set_pressed(&el, has(&el, v.selected));
        }
        for el in all(root, MOVERS) {
            let _ = el.class_list().toggle_with_force(IS_OFF, !v.show_maximus);
        }
        if let Ok(Some(toggle)) = root.query_selector(LAYER_TOGGLE.selector()) {
            set_pressed(&toggle, v.show_maximus);
        }
        if let Ok(Some(top)) = root.query_selector(OUTLINE.selector()) {
            let outline = v.preview.and_then(|id| {
                root.query_selector(&[ID_IS, id, "\"] ", BELLY.selector()].concat())
                    .ok()
                    .flatten()
                    .and_then(|belly| belly.get_attribute("d"))
            });
            let _ = top.set_attribute("d", outline.as_deref().unwrap_or(""));
            let _ = top.set_attribute(FOCUS_FOR, v.preview.unwrap_or(""));
        }
        let shown = v.shown().unwrap_or("");
        for line in all(root, INFO_LINES) {
            let this = line.get_attribute(FOR).unwrap_or_default();
            set_shown(Some(line), this == shown);
        }
    }
}
