//! Chapter 3's figure, everyday activities and the planes they move in
//! (`data-island="activity-planes"`).
//!
//! Markup: `components::activity_planes_figure::ActivityPlanesFigure` (with
//! `choice_buttons` and `lead_chart`), prerendered in the first state; it carries
//! [`MARKUP`]. Initial state: `state::activity_pick::ActivityState::default` (walking).
//! Behaviour (wasm only): a press on an activity's button picks it; the drawing is redrawn
//! in place (`figure::redraw`), the pressed button, the status line and each row of the
//! muscle chart follow, and the activity's label and summary are announced. The status
//! line and the chart's levels and words come from the functions below, which the markup
//! uses too.

use super::figure::{DRAWING, LABELS, SHAPES};
use super::hook::{class, Class, Markup};
use crate::content::{Figure, MuscleChart, PickerOption};
use crate::diagram::scene::Scene;
use crate::geometry::activity::{Activity, MuscleGroup, MAX_LEAD};
use crate::state::activity_pick::ActivityState;

/// The content's id of the figure this island shows.
pub const FIGURE_ID: &str = crate::diagram::activity_planes::FIGURE_ID;

/// An activity's button.
pub const CHOICE: Class = class!("choice");
/// The line under the buttons: the picked activity, what it works, and more.
pub const STATUS: Class = class!("activity-status");
/// A row of the muscle chart (with [`GROUP`]).
pub const LEAD_ROW: Class = class!("lead-row");
/// The word of a chart row ("leads", "helps a little").
pub const LEAD_WORD: Class = class!("lead-word");
/// Attribute of a [`LEAD_ROW`]: the muscle group's id.
pub const GROUP: &str = "data-group";

/// What the figure's markup carries for its behaviour.
pub const MARKUP: Markup = Markup {
    classes: &[DRAWING, SHAPES, LABELS, CHOICE, STATUS, LEAD_ROW, LEAD_WORD],
    attributes: &[GROUP, super::words::ATTRIBUTE],
};

/// The activities the figure's words name, in the order of its buttons.
pub fn options(f: &Figure) -> Vec<(Activity, &PickerOption)> {
    f.picker
        .iter()
        .flat_map(|p| p.options.iter())
        .filter_map(|o| Some((Activity::from_id(&o.id)?, o)))
        .collect()
}

/// The drawing for `state`.
pub fn scene(f: &Figure, state: &ActivityState) -> Scene {
    crate::diagram::activity_planes::activity_planes(state.activity, &f.label_pairs())
}

/// The status line's markup for the picked option: its label in bold, its summary and
/// detail (escaped).
pub fn status(o: &PickerOption) -> String {
    let mut out = String::from("<strong>");
    crate::diagram::svg::escape(&mut out, &o.label);
    out.push_str("</strong>: ");
    crate::diagram::svg::escape(&mut out, &o.summary);
    out.push(' ');
    crate::diagram::svg::escape(&mut out, &o.detail);
    out
}

/// Class of group `g`'s chart row in `activity`: [`LEAD_ROW`] and its level's.
pub fn lead_class(activity: Activity, g: MuscleGroup) -> String {
    let level = activity.lead(g).min(MAX_LEAD);
    let mut class = String::from(LEAD_ROW.name());
    class.push_str(" lead-");
    class.push(char::from(b'0' + level));
    class
}

/// The word of group `g`'s chart row in `activity`.
pub fn lead_word(chart: &MuscleChart, activity: Activity, g: MuscleGroup) -> &str {
    let level = activity.lead(g).min(MAX_LEAD);
    chart
        .levels
        .get(usize::from(level))
        .map(String::as_str)
        .unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
pub use behaviour::attach;

#[cfg(target_arch = "wasm32")]
mod behaviour {
    use std::cell::Cell;

    use super::*;
    use crate::browser::{self, all, set_pressed};
    use crate::state::activity_pick::ActivityAction;

    /// Makes the figure in `slot` work with the words `figure` from its slot. False if its
    /// markup is missing.
    pub fn attach(slot: &web_sys::Element, figure: Figure) -> bool {
        let first = scene(&figure, &ActivityState::default());
        let Some(mut drawing) = crate::islands::figure::Drawing::find(slot, first, &figure) else {
            return false;
        };
        let buttons = all(slot, CHOICE.selector());
        if buttons.is_empty() || buttons.len() != options(&figure).len() {
            return false;
        }
        let state = Cell::new(ActivityState::default());
        let root = slot.clone();
        browser::on(slot, "click", move |e| {
            let Some(button) = browser::target_in(&e, CHOICE.selector()) else {
                return;
            };
            let Some(i) = buttons.iter().position(|b| *b == button) else {
                return;
            };
            let options = options(&figure);
            let Some(&(activity, option)) = options.get(i) else {
                return;
            };
            let next = state.get().apply(ActivityAction::Select(activity));
            if next == state.get() {
                return;
            }
            state.set(next);
            drawing.redraw(scene(&figure, &next), &figure);
            for (j, b) in buttons.iter().enumerate() {
                set_pressed(b, j == i);
            }
            if let Ok(Some(line)) = root.query_selector(STATUS.selector()) {
                // As `status` writes it for the page, built as elements and text.
                line.set_text_content(None);
                if let Some(strong) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.create_element("strong").ok())
                {
                    strong.set_text_content(Some(&option.label));
                    let _ = line.append_with_node_1(&strong);
                }
                let rest = [": ", option.summary.as_str(), " ", &option.detail].concat();
                let _ = line.append_with_str_1(&rest);
            }
            if let Some(chart) = &figure.chart {
                for row in all(&root, LEAD_ROW.selector()) {
                    let Some(g) = row
                        .get_attribute(GROUP)
                        .and_then(|id| MuscleGroup::ALL.into_iter().find(|g| g.id() == id))
                    else {
                        continue;
                    };
                    row.set_class_name(&lead_class(activity, g));
                    if let Ok(Some(word)) = row.query_selector(LEAD_WORD.selector()) {
                        word.set_text_content(Some(lead_word(chart, activity, g)));
                    }
                }
            }
            crate::announce::announce([option.label.as_str(), ": ", &option.summary].concat());
        })
    }
}
