//! State of the figures driven by the chain model: one stabilizer-strength value.

use crate::geometry::vec::Limit;
use std::rc::Rc;

use yew::Reducible;

use crate::geometry::chain::{Chain, STRENGTH_MAX, STRENGTH_MIN};

/// Id of the control (in content) that sets stabilizer strength.
pub const CONTROL_ID: &str = "stabilizer-strength";

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

    /// The state with control `id` (only [`CONTROL_ID`]) set to `value`; `None` for
    /// another control or a value that is not a number.
    pub fn set(&self, id: &str, value: f64) -> Option<ChainState> {
        (id == CONTROL_ID && value.is_finite()).then(|| self.apply(ChainAction::Set(value)))
    }

    /// Control `id`'s value and range `(value, min, max)`.
    pub fn value(&self, id: &str) -> Option<(f64, f64, f64)> {
        (id == CONTROL_ID).then_some((self.strength, STRENGTH_MIN, STRENGTH_MAX))
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
    fn set_by_control_id_knows_only_its_control() {
        let s = ChainState::default();
        assert_eq!(s.set(CONTROL_ID, 12.0).map(|s| s.strength), Some(12.0));
        assert_eq!(
            s.set(CONTROL_ID, 1e9).map(|s| s.strength),
            Some(STRENGTH_MAX)
        );
        assert_eq!(s.set("hip-flexion", 12.0), None);
        assert_eq!(s.set(CONTROL_ID, f64::NAN), None);
        assert_eq!(
            s.value(CONTROL_ID),
            Some((STRENGTH_MAX, STRENGTH_MIN, STRENGTH_MAX))
        );
        assert_eq!(s.value("other"), None);
    }

    #[test]
    fn weaker_means_more_hamstring_work() {
        let weak = ChainState::default().apply(ChainAction::Set(10.0)).chain();
        assert!(weak.hamstring_load > ChainState::default().chain().hamstring_load);
    }
}
