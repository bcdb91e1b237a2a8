//! State of the figures driven by the chain model: one stabilizer-strength value.

use crate::geometry::vec::Limit;
use std::rc::Rc;

use yew::Reducible;

use crate::geometry::chain::{Chain, STRENGTH_MAX, STRENGTH_MIN};

/// The stabilizer strength a chain figure shows (starts strong: an ordinary standing pose).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChainState {
    /// Stabilizer strength, always within `STRENGTH_MIN..=STRENGTH_MAX`.
    pub strength: f64,
}

impl Default for ChainState {
    fn default() -> ChainState {
        ChainState {
            strength: STRENGTH_MAX,
        }
    }
}

/// What the reader can do to a chain figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ChainAction {
    /// Set the stabilizer strength (clamped; non-finite is ignored).
    Set(f64),
    /// Back to strong stabilizers.
    Reset,
}

impl ChainState {
    /// The pure transition behind [`Reducible::reduce`].
    pub fn apply(&self, action: ChainAction) -> ChainState {
        match action {
            ChainAction::Set(v) if v.is_finite() => ChainState {
                strength: v.limit(STRENGTH_MIN, STRENGTH_MAX),
            },
            ChainAction::Set(_) => *self,
            ChainAction::Reset => ChainState::default(),
        }
    }

    /// The chain for this strength.
    pub fn chain(&self) -> Chain {
        Chain::new(self.strength)
    }
}

impl Reducible for ChainState {
    type Action = ChainAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let next = self.apply(action);
        super::replace_if_changed(self, next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_clamps_and_ignores_non_finite() {
        let s = ChainState::default().apply(ChainAction::Set(-5.0));
        assert_eq!(s.strength, STRENGTH_MIN);
        assert_eq!(s.apply(ChainAction::Set(f64::NAN)), s);
        assert_eq!(s.apply(ChainAction::Set(40.0)).strength, 40.0);
        assert_eq!(s.apply(ChainAction::Reset), ChainState::default());
    }

    #[test]
    fn weaker_means_more_hamstring_work() {
        let weak = ChainState::default().apply(ChainAction::Set(10.0)).chain();
        assert!(weak.hamstring_load > ChainState::default().chain().hamstring_load);
    }
}
