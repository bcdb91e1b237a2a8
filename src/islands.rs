//! Islands: the interactive parts of the page, hydrated one by one.
//!
//! The article itself is static prerendered HTML. Each interactive figure is prerendered as
//! hydratable markup inside a slot `<div class="island" data-island="<figure id>">`, and the
//! browser build hydrates only those slots. Prose is never re-rendered in the browser, which
//! keeps the wasm small and the main thread free.

#[cfg(any(feature = "ssr", target_arch = "wasm32"))]
use crate::components::interactive_figure::{InteractiveFigure, InteractiveFigureProps};
use crate::content::{self, Figure};

/// Attribute that marks an island slot; its value is the figure id.
pub const ATTRIBUTE: &str = "data-island";

/// The interactive figures the browser build hydrates (see `components::interactive_figure`).
pub const INTERACTIVE_FIGURES: &[&str] = &[
    crate::diagram::hip_front::FIGURE_ID,
    crate::diagram::stabilizers_back::FIGURE_ID,
    crate::diagram::activity_planes::FIGURE_ID,
    crate::diagram::hamstrings_side::FIGURE_ID,
    crate::diagram::pelvis_side::FIGURE_ID,
];

/// The content of the figure an island shows, if the content defines it.
pub fn figure(id: &str) -> Option<&'static Figure> {
    content::figure_words().figures.iter().find(|f| f.id == id)
}

/// Server side: hydratable HTML for the island `id`.
#[cfg(feature = "ssr")]
pub async fn render(id: &str) -> Option<String> {
    let figure = figure(id)?.clone();
    Some(
        yew::LocalServerRenderer::<InteractiveFigure>::with_props(InteractiveFigureProps {
            figure,
        })
        .hydratable(true)
        .render()
        .await,
    )
}

/// Browser side: hydrates `root` (an island slot) as the figure `id`. Returns false if the
/// content has no such figure.
#[cfg(target_arch = "wasm32")]
pub fn hydrate(root: web_sys::Element, id: &str) -> bool {
    let Some(figure) = figure(id).cloned() else {
        return false;
    };
    yew::Renderer::<InteractiveFigure>::with_root_and_props(
        root,
        InteractiveFigureProps { figure },
    )
    .hydrate();
    true
}
