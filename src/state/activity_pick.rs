//! State of chapter 3's activity picker: which everyday activity the figure shows.

use std::rc::Rc;

use yew::Reducible;

use crate::geometry::activity::Activity;

/// The activity the figure shows (walking at first).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ActivityState {
    /// The picked activity; exactly one is picked at any time.
    pub activity: Activity,
}

/// What the reader can do with the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityAction {
    /// Pick this activity (picking the shown one keeps it shown).
    Select(Activity),
}

impl ActivityState {
    /// The pure transition behind [`Reducible::reduce`].
    pub fn apply(self, action: ActivityAction) -> ActivityState {
        match action {
            ActivityAction::Select(activity) => ActivityState { activity },
        }
    }
}

impl Reducible for ActivityState {
    type Action = ActivityAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let next = self.apply(action);
        super::replace_if_changed(self, next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_with_walking() {
        assert_eq!(ActivityState::default().activity, Activity::Walking);
    }

    #[test]
    fn select_picks_exactly_that_activity() {
        let mut s = ActivityState::default();
        for a in Activity::ALL {
            s = s.apply(ActivityAction::Select(a));
            assert_eq!(s.activity, a);
        }
    }

    #[test]
    fn selecting_the_shown_activity_changes_nothing() {
        let s = Rc::new(ActivityState::default());
        let same = s.clone().reduce(ActivityAction::Select(Activity::Walking));
        assert!(Rc::ptr_eq(&s, &same), "no re-render when nothing changed");
        let other = s.reduce(ActivityAction::Select(Activity::Turning));
        assert_eq!(other.activity, Activity::Turning);
    }
}
