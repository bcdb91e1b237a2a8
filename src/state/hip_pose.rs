//! State of a diagram driven by a skeleton [`Pose`].

use std::rc::Rc;

use yew::Reducible;

use crate::geometry::pose::{Param, Pose};

/// The pose a diagram shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PoseState {
    /// Current pose, always within the model's ranges.
    pub pose: Pose,
}

/// What the reader can do to a pose diagram.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PoseAction {
    /// Move one joint parameter to a value (clamped to its range; non-finite is ignored).
    Move(Param, f64),
    /// Back to the neutral standing pose.
    Reset,
}

impl PoseState {
    /// The pure transition behind [`Reducible::reduce`].
    pub fn apply(&self, action: PoseAction) -> PoseState {
        match action {
            PoseAction::Move(param, value) if value.is_finite() => {
                let mut pose = self.pose.clone();
                param.set(&mut pose, value);
                PoseState {
                    pose: pose.clamped(),
                }
            }
            PoseAction::Move(..) => self.clone(),
            PoseAction::Reset => PoseState::default(),
        }
    }
}

impl Reducible for PoseState {
    type Action = PoseAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let next = self.apply(action);
        super::replace_if_changed(self, next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn move_sets_and_clamps() {
        let s = PoseState::default();
        let (_, hi) = Param::HipFlexion.range();
        let moved = s.apply(PoseAction::Move(Param::HipFlexion, hi + 500.0));
        assert_eq!(Param::HipFlexion.get(&moved.pose), hi);
        let moved = moved.apply(PoseAction::Move(Param::HipAbduction, 10.0));
        assert_eq!(Param::HipAbduction.get(&moved.pose), 10.0);
        assert_eq!(
            Param::HipFlexion.get(&moved.pose),
            hi,
            "other joints keep their value"
        );
    }

    #[test]
    fn non_finite_input_is_ignored() {
        let s = PoseState::default().apply(PoseAction::Move(Param::HipRotation, 20.0));
        assert_eq!(s.apply(PoseAction::Move(Param::HipRotation, f64::NAN)), s);
        assert_eq!(
            s.apply(PoseAction::Move(Param::HipRotation, f64::INFINITY)),
            s
        );
    }

    #[test]
    fn reset_returns_to_neutral() {
        let s = PoseState::default().apply(PoseAction::Move(Param::HipRotation, 30.0));
        assert_eq!(s.apply(PoseAction::Reset), PoseState::default());
    }
}
