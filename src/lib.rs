//! An interactive, prerendered explainer: why "tight" hamstrings are often a hip-stability story.
//!
//! Codemap (see ARCHITECTURE.md for the long version):
//! - [`geometry`], [`diagram`], [`content`]: the pure model, crate `hip-model` (no DOM; the
//!   compiler keeps it so). [`geometry`]: the anatomical model, in millimetres; poses derive every point.
//! - [`diagram`]: model -> SVG values (a `Viewport`, path data, label placement). No DOM.
//! - [`content`]: every reader-facing word, loaded from `content/` (checked at build time).
//! - [`state`]: one `Reducible` per interactive view, tested as plain functions.
//! - [`components`]: Yew components; render only, browser calls live in effects/callbacks.
//! - [`app`]: the page itself (static HTML); [`islands`]: the registry of its interactive
//!   parts, one enum variant and one file each: the figures, hydrated one by one in the
//!   browser, and the small tools (muscle picker, plan, quiz, pause, print), set up in place.
//! - [`settings`]: the embed's settings (query string -> checked values). No DOM.
//! - `prerender` (feature `ssr`): renders the page to HTML natively for `dist/`.

pub mod announce;
pub mod app;
pub mod components;
/// The pure model (crate `hip-model`): re-exported so the app names it as before.
pub use hip_model::{content, diagram, geometry};
pub mod islands;
pub mod plan_link;
pub mod qr;
pub mod settings;
pub mod state;

#[cfg(feature = "ssr")]
pub mod prerender;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(all(target_arch = "wasm32", feature = "embed"))]
pub mod embed;

#[cfg(all(target_arch = "wasm32", feature = "plan"))]
pub mod plan_builder;
#[cfg(all(target_arch = "wasm32", feature = "plan"))]
pub mod plan_tool;
