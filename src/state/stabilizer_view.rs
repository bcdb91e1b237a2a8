//! State of the chapter-2 figure: which muscle is picked, which one the pointer or keyboard
//! focus is on, and whether the gluteus maximus layer is shown. The list and the drawing
//! both dispatch here (two ways in, one state).

use std::rc::Rc;

use yew::Reducible;

use crate::geometry::stabilizers::{GLUTEUS_MAXIMUS, IDS};

/// What the deep-stabilizers figure shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StabilizerView {
    /// The picked muscle (at most one), always one of `stabilizers::IDS`.
    pub selected: Option<&'static str>,
    /// The muscle under the pointer or keyboard focus, shown in the info line for now.
    pub preview: Option<&'static str>,
    /// Whether the gluteus maximus is drawn on top.
    pub show_maximus: bool,
}

/// What the reader can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StabilizerAction {
    /// Pick this muscle (unknown ids are ignored). Picking the gluteus maximus shows it.
    Select(String),
    /// Pick nothing.
    Clear,
    /// Show or hide the gluteus maximus layer (hiding it un-picks it).
    ToggleGluteusMaximus,
    /// The pointer or focus is on this muscle (`None`: on none).
    Preview(Option<String>),
}

fn known(id: &str) -> Option<&'static str> {
    IDS.iter().copied().find(|i| *i == id)
}

impl StabilizerView {
    /// The pure transition behind [`Reducible::reduce`].
    pub fn apply(&self, action: StabilizerAction) -> StabilizerView {
        let mut next = self.clone();
        match action {
            StabilizerAction::Select(id) => {
                if let Some(id) = known(&id) {
                    next.selected = Some(id);
                    if id == GLUTEUS_MAXIMUS {
                        next.show_maximus = true;
                    }
                }
            }
            StabilizerAction::Clear => next.selected = None,
            StabilizerAction::ToggleGluteusMaximus => {
                next.show_maximus = !self.show_maximus;
                if !next.show_maximus {
                    if next.selected == Some(GLUTEUS_MAXIMUS) {
                        next.selected = None;
                    }
                    if next.preview == Some(GLUTEUS_MAXIMUS) {
                        next.preview = None;
                    }
                }
            }
            StabilizerAction::Preview(id) => {
                next.preview = id.as_deref().and_then(known);
                if next.preview == Some(GLUTEUS_MAXIMUS) && !next.show_maximus {
                    next.preview = None;
                }
            }
        }
        next
    }

    /// The muscle the info line talks about: the one under pointer/focus, else the picked one.
    pub fn shown(&self) -> Option<&'static str> {
        self.preview.or(self.selected)
    }

    /// Whether this muscle is picked.
    pub fn is_selected(&self, id: &str) -> bool {
        self.selected == Some(id)
    }
}

impl Reducible for StabilizerView {
    type Action = StabilizerAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let next = self.apply(action);
        super::replace_if_changed(self, next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::stabilizers::{GLUTEUS_MEDIUS, PIRIFORMIS};

    fn sel(id: &str) -> StabilizerAction {
        StabilizerAction::Select(id.to_string())
    }

    #[test]
    fn one_muscle_at_a_time() {
        let s = StabilizerView::default().apply(sel(GLUTEUS_MEDIUS));
        assert_eq!(s.selected, Some(GLUTEUS_MEDIUS));
        let s = s.apply(sel(PIRIFORMIS));
        assert_eq!(s.selected, Some(PIRIFORMIS));
        assert!(!s.is_selected(GLUTEUS_MEDIUS));
        assert_eq!(s.apply(StabilizerAction::Clear).selected, None);
    }

    #[test]
    fn unknown_ids_change_nothing() {
        let s = StabilizerView::default().apply(sel(PIRIFORMIS));
        assert_eq!(s.apply(sel("hamstring")), s);
        assert_eq!(
            s.apply(StabilizerAction::Preview(Some("x".into()))).preview,
            None
        );
    }

    #[test]
    fn the_maximus_layer_toggles_and_hiding_it_unpicks_it() {
        let s = StabilizerView::default();
        assert!(!s.show_maximus);
        let s = s.apply(StabilizerAction::ToggleGluteusMaximus);
        assert!(s.show_maximus);
        let s = s.apply(sel(GLUTEUS_MAXIMUS));
        assert_eq!(s.selected, Some(GLUTEUS_MAXIMUS));
        let s = s.apply(StabilizerAction::ToggleGluteusMaximus);
        assert!(!s.show_maximus);
        assert_eq!(s.selected, None);
        // Hiding keeps another pick.
        let s = s
            .apply(sel(PIRIFORMIS))
            .apply(StabilizerAction::ToggleGluteusMaximus)
            .apply(StabilizerAction::ToggleGluteusMaximus);
        assert_eq!(s.selected, Some(PIRIFORMIS));
    }

    #[test]
    fn picking_the_maximus_from_the_list_shows_it() {
        let s = StabilizerView::default().apply(sel(GLUTEUS_MAXIMUS));
        assert!(s.show_maximus);
    }

    #[test]
    fn preview_wins_in_the_info_line_and_falls_back_to_the_pick() {
        let s = StabilizerView::default().apply(sel(PIRIFORMIS));
        let p = s.apply(StabilizerAction::Preview(Some(GLUTEUS_MEDIUS.into())));
        assert_eq!(p.shown(), Some(GLUTEUS_MEDIUS));
        assert_eq!(p.selected, Some(PIRIFORMIS));
        assert_eq!(
            p.apply(StabilizerAction::Preview(None)).shown(),
            Some(PIRIFORMIS)
        );
        // A hidden layer cannot be previewed.
        let h = StabilizerView::default()
            .apply(StabilizerAction::Preview(Some(GLUTEUS_MAXIMUS.into())));
        assert_eq!(h.preview, None);
    }
}
