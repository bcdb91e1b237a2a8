//! Islands: the interactive parts of the page, hydrated one by one.
//!
//! The article itself is static prerendered HTML. Each interactive figure is prerendered as
//! hydratable markup inside a slot `<div class="island" data-island="<figure id>">`, and the
//! browser build hydrates only those slots. Prose is never re-rendered in the browser, which
//! keeps the wasm small and the main thread free.
//!
//! The page's small tools (the exercise figures' pause buttons, the weekly plan, the
//! self-check, the print button) are slots too, named by kind (`plan`, `quiz`, `print`,
//! `motion:<exercise id>`). Their markup is static and complete in the page; the browser
//! build makes it work in place (`tools`) instead of re-rendering it with Yew, so they
//! cost the wasm almost nothing and carry none of their words.

pub mod words;

#[cfg(any(feature = "ssr", target_arch = "wasm32"))]
use crate::components::interactive_figure::{InteractiveFigure, InteractiveFigureProps};
#[cfg(not(target_arch = "wasm32"))]
use crate::content::{self, Figure};

/// Attribute that marks an island slot; its value is the figure id.
pub const ATTRIBUTE: &str = "data-island";

/// The interactive figures the browser build hydrates (see `components::interactive_figure`).
pub const INTERACTIVE_FIGURES: &[&str] = &[
    crate::diagram::hip_front::FIGURE_ID,
    crate::diagram::activity_planes::FIGURE_ID,
    crate::diagram::hamstrings_side::FIGURE_ID,
    crate::diagram::pelvis_side::FIGURE_ID,
];

/// What an island slot holds, read from its `data-island` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Island {
    /// An interactive figure, by id (one of [`INTERACTIVE_FIGURES`]).
    Figure(String),
    /// `motion:<exercise id>`: the pause button of an exercise figure.
    Motion(String),
    /// `plan`: the weekly plan.
    Plan,
    /// `quiz`: the self-check.
    Quiz,
    /// `print`: the "print this plan" button.
    Print,
    /// `muscles`: the chapter-2 figure's muscle picker (drawing, list, layer toggle).
    Muscles,
    /// `your-plan`: "Your plan" at chapter 6, shown from a plan link by the plan link's own
    /// build (`plan_tool`, started by `static/plan_boot.js`); nothing for this build to do.
    YourPlan,
}

/// The island a `data-island` value names, if any.
pub fn parse(key: &str) -> Option<Island> {
    match key.split_once(':') {
        Some(("motion", id)) if !id.is_empty() => Some(Island::Motion(id.to_string())),
        Some(_) => None,
        None => match key {
            "plan" => Some(Island::Plan),
            "quiz" => Some(Island::Quiz),
            "print" => Some(Island::Print),
            "muscles" => Some(Island::Muscles),
            "your-plan" => Some(Island::YourPlan),
            id if INTERACTIVE_FIGURES.contains(&id) => Some(Island::Figure(id.to_string())),
            _ => None,
        },
    }
}

/// The content of the figure an island shows, if the content defines it (server side: the
/// browser build takes an island's words from its slot, see [`words`]).
#[cfg(not(target_arch = "wasm32"))]
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

/// Browser side: makes the island slot `root` named `key` interactive: hydrates a figure
/// with the words its slot carries, or sets up a tool on its static markup. Returns false if
/// `key` names no island (or the slot carries no words for its figure).
#[cfg(target_arch = "wasm32")]
pub fn hydrate(root: web_sys::Element, key: &str) -> bool {
    let id = match parse(key) {
        Some(Island::Figure(id)) => id,
        Some(tool) => return crate::tools::attach(root, &tool),
        None => return false,
    };
    let Some(figure) = root
        .get_attribute(words::ATTRIBUTE)
        .and_then(|w| words::decode(&w))
        .filter(|f| f.id == id)
    else {
        return false;
    };
    yew::Renderer::<InteractiveFigure>::with_root_and_props(
        root,
        InteractiveFigureProps { figure },
    )
    .hydrate();
    true
}

/// Attribute a slot gets once its island works (figures: after their first render).
pub const AWAKE_ATTRIBUTE: &str = "data-awake";

/// Browser side: wakes the island slot `slot`: [`hydrate`]s it by its `data-island` name and,
/// for a tool (ready as soon as it is set up), marks it awake. False if it names no island.
#[cfg(target_arch = "wasm32")]
pub fn wake(slot: web_sys::Element) -> bool {
    let key = slot.get_attribute(ATTRIBUTE).unwrap_or_default();
    let tool = !matches!(parse(&key), Some(Island::Figure(_)));
    let ok = hydrate(slot.clone(), &key);
    if ok && tool {
        let _ = slot.set_attribute(AWAKE_ATTRIBUTE, "");
    }
    ok
}
