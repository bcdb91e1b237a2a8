//! The explainer's pure model, kept pure by this crate boundary: nothing here (or below it)
//! depends on yew, web-sys, wasm-bindgen or js-sys, so it is plain Rust, tested natively and
//! shared by the prerenderer and the browser build alike.
//!
//! - [`geometry`]: the anatomy in millimetres in one 3D frame; poses derive every point.
//! - [`diagram`]: model -> SVG values (a `Viewport` maps millimetres to SVG units and back,
//!   path data, label placement); each figure as a `Scene` of plain data.
//! - [`content`]: every reader-facing word, read from `content/<language>/` at build time,
//!   checked (a broken rule fails the build) and embedded as postcard.
//!
//! Dependencies point one way: `geometry` -> `diagram`; the app crate's components draw
//! scenes and take their words from `content`.

pub mod content;
pub mod diagram;
pub mod geometry;
