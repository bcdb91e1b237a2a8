//! An exercise figure's pause button (`data-island="motion:<exercise id>"`, chapter 6).
//!
//! Markup: `components::motion_toggle::MotionToggle` inside the exercise's [`FIGURE`]
//! (`components::exercise_card`), with the names below. Initial state: moving (the button
//! says "Pause movement"); the figure moves only once the button works ([`IS_LIVE`], see
//! `static/exercise.css`). Behaviour (wasm only): each press toggles [`IS_PAUSED`] on the
//! figure (the one state, which the button's icon follows in CSS) and swaps the button's
//! words (from [`PAUSE`] and [`PLAY`]); a figure scrolled out of view also stops
//! ([`IS_OFFSCREEN`]): no work for what nobody sees.

use super::hook::{class, Class, Markup};

/// The exercise's `<figure>`, which holds the moving drawing and this island.
pub const FIGURE: Class = class!("exfig");
/// The pause button.
pub const TOGGLE: Class = class!("motion-toggle");
/// Attribute of [`TOGGLE`]: its words while the figure moves.
pub const PAUSE: &str = "data-pause";
/// Attribute of [`TOGGLE`]: its words while the figure is paused.
pub const PLAY: &str = "data-play";
/// Attribute of [`TOGGLE`]: the element id of the figure it pauses.
pub const TARGET: &str = "data-figure";
/// Class of a paused figure.
pub const IS_PAUSED: Class = class!("is-paused");
/// Class of a figure whose pause button works (it moves only then).
pub const IS_LIVE: &str = "is-live";
/// Class of a figure out of view (it stops).
pub const IS_OFFSCREEN: &str = "is-offscreen";

/// What the pause button's markup carries, inside its slot, for its behaviour (the
/// [`FIGURE`] is around the slot).
pub const MARKUP: Markup = Markup {
    classes: &[TOGGLE],
    attributes: &[PAUSE, PLAY, TARGET],
};

#[cfg(target_arch = "wasm32")]
pub use behaviour::attach;

#[cfg(target_arch = "wasm32")]
mod behaviour {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::Element;

    use super::{FIGURE, IS_LIVE, IS_OFFSCREEN, IS_PAUSED, PAUSE, PLAY, TARGET, TOGGLE};
    use crate::browser;

    /// Makes the pause button in `root` work and lets its figure move. False if the
    /// listener could not be added.
    pub fn attach(root: &Element) -> bool {
        if let Some(fig) = root.closest(FIGURE.selector()).ok().flatten() {
            // The figure moves only now that its pause button works.
            let _ = fig.class_list().add_1(IS_LIVE);
            let seen = Closure::<dyn FnMut(js_sys::Array)>::new(|entries: js_sys::Array| {
                for entry in entries.iter() {
                    if let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() {
                        let _ = entry
                            .target()
                            .class_list()
                            .toggle_with_force(IS_OFFSCREEN, !entry.is_intersecting());
                    }
                }
            });
            if let Ok(observer) = web_sys::IntersectionObserver::new(seen.as_ref().unchecked_ref())
            {
                observer.observe(&fig);
            }
            seen.forget();
        }
        browser::on(root, "click", |e| {
            let Some(button) = browser::target_in(&e, TOGGLE.selector()) else {
                return;
            };
            // The button sits in its figure: paused if the figure is.
            let paused = button
                .closest(IS_PAUSED.selector())
                .ok()
                .flatten()
                .is_none();
            let words = button.get_attribute(if paused { PLAY } else { PAUSE });
            if let (Some(words), Ok(Some(label))) = (words, button.query_selector("[id]")) {
                label.set_text_content(Some(&words));
            }
            if let Some(fig) = button
                .get_attribute(TARGET)
                .and_then(|id| web_sys::window()?.document()?.get_element_by_id(&id))
            {
                let _ = fig.class_list().toggle_with_force(IS_PAUSED.name(), paused);
            }
        })
    }
}
