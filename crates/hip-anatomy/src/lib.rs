//! Bones, landmarks and muscle paths traced from the MyoSim 0.2.3 anatomy (a MuJoCo
//! conversion of the OpenSim full-body model of Rajagopal et al. 2016), as plain 2D data for
//! the explainer's figures. A pure crate: no DOM, no yew, no wasm-bindgen.
//!
//! - [`model`] reads the embedded meshes and XML and places every bone in the app frame.
//! - [`trace`] turns a mesh into smooth outlines per view.
//! - [`landmarks`], [`muscles`] and [`deep`] locate the named points and muscle paths.
//! - [`generate`] runs it all; `cargo xtask anatomy` writes its result to
//!   [`generated`] (committed) and the review gallery.

pub mod mjcf;
pub mod model;
pub mod stl;
pub mod trace;
pub mod vec;
