//! "Print this plan" (`data-island="print"`, chapter 6, under the weekly plan).
//!
//! Markup: `components::print_button::PrintButton`, one button with the class below. No
//! state. Behaviour (wasm only): a press opens the browser's print dialog with the plan
//! handout (`browser::print_plan`).

use super::hook::{class, Class, Markup};

/// The button.
pub const BUTTON: Class = class!("print-button");

/// What the print button's markup carries for its behaviour.
pub const MARKUP: Markup = Markup {
    classes: &[BUTTON],
    attributes: &[],
};

#[cfg(target_arch = "wasm32")]
/// Makes the print button in `root` work. False if the listener could not be added.
pub fn attach(root: &web_sys::Element) -> bool {
    use crate::browser;
    browser::on(root, "click", |e| {
        if browser::target_in(&e, BUTTON.selector()).is_some() {
            browser::print_plan();
        }
    })
}
