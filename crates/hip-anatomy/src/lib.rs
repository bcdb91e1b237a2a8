//! Bones, landmarks and muscle paths traced from the MyoSim 0.2.3 anatomy (a MuJoCo
//! conversion of the OpenSim full-body model of Rajagopal et al. 2016), as plain data for
//! the explainer's figures. A pure crate: no DOM, no yew, no wasm-bindgen.
//!
//! **Frame** (the app's): millimetres, origin at the right hip joint centre, x towards the
//! subject's left, y down, z forward; the model's default pose (standing, knee straight).
//! **Views** ([`view::View`]): front `(x, y)` (subject's right on the viewer's left), back
//! `(-x, y)`, side from the subject's right `(z, y)` (facing the viewer's right).
//!
//! With the default feature `generate`:
//! - [`model`] reads the embedded meshes and XML and places every bone in the app frame;
//! - [`trace`] turns a mesh into smooth outlines per view;
//! - [`landmarks`], [`muscles`] and [`measure`] locate named points, muscle paths and check
//!   angles;
//! - [`generate`] runs it all; `cargo xtask anatomy` writes the result to `src/generated.rs`
//!   (committed) and the review gallery ([`gallery`]).
//!
//! Without it (`default-features = false`), only [`data`], [`generated`], [`view`] and
//! [`vec`] remain: plain constants for the app, no XML reader.

pub mod api;
pub mod data;
#[rustfmt::skip]
#[allow(clippy::approx_constant, clippy::unreadable_literal)]
pub mod generated;
pub mod vec;
pub mod view;

#[cfg(feature = "generate")]
pub mod gallery;
#[cfg(feature = "generate")]
pub mod generate;
#[cfg(feature = "generate")]
pub mod landmarks;
#[cfg(feature = "generate")]
pub mod measure;
#[cfg(feature = "generate")]
pub mod mjcf;
#[cfg(feature = "generate")]
pub mod model;
#[cfg(feature = "generate")]
pub mod muscles;
#[cfg(feature = "generate")]
pub mod stl;
#[cfg(feature = "generate")]
pub mod surface;
#[cfg(feature = "generate")]
pub mod trace;
