//! Native integration tests: content validation, reading level, geometry, diagrams and the
//! server-rendered HTML.

mod activity;
mod content;
mod diagram;
mod geometry;
mod readability;
#[cfg(feature = "ssr")]
mod ssr;
mod stabilizers;
