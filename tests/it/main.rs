//! Native integration tests: content validation, reading level, geometry, diagrams and the
//! server-rendered HTML.

mod activity;
mod clinical;
mod clinical_es;
mod clinical_words;
mod content;
mod cover;
mod diagram;
mod figure;
mod geometry;
mod islands;
mod languages;
mod leaders;
mod modules;
mod plan_link;
mod readability;
mod readability_es;
mod settings;
mod side_views;
#[cfg(feature = "ssr")]
mod ssr;
#[cfg(feature = "ssr")]
mod ssr_clinicians;
#[cfg(feature = "ssr")]
mod ssr_embed;
mod ssr_exercises;
#[cfg(feature = "ssr")]
mod ssr_gallery;
#[cfg(feature = "ssr")]
mod ssr_languages;
#[cfg(feature = "ssr")]
mod ssr_looks;
#[cfg(feature = "ssr")]
mod ssr_side;
mod stabilizers;
mod tools_state;
mod work;
