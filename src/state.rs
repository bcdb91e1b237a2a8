//! View state as plain data: one `Reducible` per interactive view, with imperative action
//! names, tested as ordinary functions. No DOM here.

pub mod activity_pick;
pub mod chain;
pub mod hip_pose;
pub mod plan;
pub mod quiz;
pub mod stabilizer_view;
