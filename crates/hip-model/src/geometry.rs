//! Pure anatomical model in millimetres. No DOM, no yew.
//!
//! One right-handed frame for the right hip, origin at the centre of the femoral head (which
//! is also the centre of the acetabulum):
//! - x towards the subject's left, i.e. medial for the right hip (the midline is at +77 mm);
//! - y down;
//! - z forward (towards someone looking at the subject from the front).
//!
//! The front view is therefore the orthographic projection `(x, y, z) -> (x, y)`: the
//! subject's right appears on the viewer's left, and y stays down like SVG.

pub mod activity;
pub mod body;
pub mod chain;
pub mod femur;
pub mod figure;
pub mod hamstrings;
pub mod hip;
pub mod hull;
pub mod lateral;
#[rustfmt::skip]
pub mod model_back;
#[rustfmt::skip]
pub mod model_femur;
#[rustfmt::skip]
pub mod model_front;
#[rustfmt::skip]
pub mod model_side;
pub mod muscle;
pub mod order;
pub mod pelvis;
pub mod pelvis_back;
pub mod pose;
pub mod skeleton;
pub mod solid;
pub mod spine;
pub mod stabilizers;
pub mod trig;
pub mod vec;

pub use hip::Hip;
pub use pose::{Param, Pose};
pub use vec::{Vec2, Vec3};

/// Structure ids content may annotate (the diagram layer keeps these exact strings).
pub const STRUCTURE_IDS: &[&str] = &[
    "femoral-head",
    "acetabulum",
    "labrum",
    "capsule",
    "femoral-neck",
    "greater-trochanter",
    "lesser-trochanter",
    "femur",
    "pelvis",
];

/// Internal landmark ids of the model (not annotated today).
pub const LANDMARK_IDS: &[&str] = &[
    "asis",
    "aiis",
    "iliac-crest",
    "iliac-tubercle",
    "iliac-fossa",
    "pubic-symphysis",
    "pubic-tubercle",
    "obturator-foramen",
    "ischial-tuberosity",
    "acetabular-rim-lateral",
    "acetabular-rim-inferior",
    "sacrum",
    "knee-centre",
];
