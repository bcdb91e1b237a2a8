//! A posable human figure for the exercise drawings, in millimetres.
//!
//! The figure is a planar chain of rounded segments (head, trunk, pelvis, thighs, shins,
//! feet, upper arms, forearms) seen from the side or from the front. Its own frame is the
//! drawing plane with **x to the right and y up**, the floor at `y = 0` (the diagram layer
//! flips y for SVG).
//!
//! - [`body`]: segment sizes and where each joint sits on its parent, per view.
//! - [`pose`]: joint angles, their human ranges, and forward kinematics (pose -> joints
//!   and segment outlines).
//! - [`exercise`]: the exercises as short lists of keyframe poses, with what must stay on
//!   the floor, and the interpolation between keyframes.

pub mod body;
pub mod exercise;
pub mod pose;

pub use body::View;
pub use exercise::{Exercise, EXERCISES};
pub use pose::{Frame, Pose};
