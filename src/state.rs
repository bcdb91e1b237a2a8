//! View state as plain data: one `Reducible` per interactive view, with imperative action
//! names, tested as ordinary functions. No DOM here.

pub mod activity_pick;
pub mod chain;
pub mod hip_pose;
pub mod plan;
pub mod quiz;
pub mod stabilizer_view;

use std::rc::Rc;

/// The `Reducible::reduce` every view shares: the next state, or the same `Rc` when nothing
/// changed (so Yew skips the re-render).
pub fn replace_if_changed<T: PartialEq>(current: Rc<T>, next: T) -> Rc<T> {
    if next == *current {
        current
    } else {
        Rc::new(next)
    }
}
