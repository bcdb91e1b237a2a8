//! The island registry: every interactive part of the page, figures and tools alike.
//!
//! The article is static prerendered HTML. Each interactive part is an island: a slot
//! `<div class="island" data-island="<name>">` that the browser build wakes on its own, so
//! prose is never re-rendered in the browser. Every island is a variant of [`Island`];
//! [`Island::parse`] and [`Island::name`] are the one place a slot's name is read and
//! written. Each island has one file in `islands/` with its slot's markup (or the component
//! that renders it), the classes and attributes its behaviour relies on ([`hook`]), its
//! initial state and its browser behaviour (the wasm-only part of the same file).
//!
//! Two kinds: the interactive figures (chapters 1, 3, 4, 5) are prerendered as hydratable
//! markup and hydrated by Yew with the words their slot carries ([`words`]); the small tools
//! (chapter 2's muscle picker, the pause buttons, the weekly plan, the self-check, the print
//! button) are static and complete in the page and made to work in place, so they cost the
//! wasm little and carry none of their words.
//!
//! Adding an island: add a variant, give it a name in [`Island::parse`] and
//! [`Island::name`], add its file, and follow the compiler: every `match` on [`Island`]
//! (rendering a figure's slot, the hydratable render, waking in the browser, the markup
//! check) is exhaustive, with no catch-all arm. A figure's island also goes into
//! [`Island::FIGURES`]; a tool's into [`Island::TOOLS`] (native tests check the content and
//! the page against both).
//!
//! Dependencies point one way: this file uses its island files and the drawing components;
//! the island files use `browser`, `state` and drawing components, never this file or each
//! other (but [`hook`]); page components (`block`, `exercise_card`, `chapter_section`) use
//! this file to place slots, and markup components use the island files' names.

pub mod activity_planes;
pub mod hamstrings_side;
pub mod hip_front;
pub mod hook;
pub mod motion;
pub mod muscles;
pub mod pelvis_side;
pub mod plan;
pub mod print;
pub mod quiz;
pub mod words;
pub mod your_plan;

use std::borrow::Cow;

use yew::prelude::*;

use crate::components::stabilizers_figure::StabilizersFigure;
#[cfg(not(target_arch = "wasm32"))]
use crate::content;
use crate::content::Figure;
use hook::Markup;

/// Attribute that marks an island slot; its value is the island's [`Island::name`].
pub const ATTRIBUTE: &str = "data-island";

/// Attribute a slot gets once its island works (figures: after their first render).
pub const AWAKE_ATTRIBUTE: &str = "data-awake";

/// Prefix of a pause button's name, before its exercise id.
const MOTION: &str = "motion:";

/// Every island of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Island {
    /// `hip-front`: chapter 1's figure ([`hip_front`]).
    HipFront,
    /// `activity-planes`: chapter 3's figure ([`activity_planes`]).
    ActivityPlanes,
    /// `hamstrings-side`: chapter 4's figure ([`hamstrings_side`]).
    HamstringsSide,
    /// `pelvis-side`: chapter 5's figure ([`pelvis_side`]).
    PelvisSide,
    /// `muscles`: chapter 2's muscle picker, in the figure `stabilizers-back` ([`muscles`]).
    Muscles,
    /// `plan`: the weekly plan ([`plan`]).
    Plan,
    /// `quiz`: the self-check ([`quiz`]).
    Quiz,
    /// `print`: the "print this plan" button ([`print`]).
    Print,
    /// `motion:<exercise id>`: the pause button of that exercise's figure ([`motion`]).
    Motion(String),
    /// `your-plan`: "Your plan" at chapter 6, made to work by the plan link's own build
    /// ([`your_plan`]).
    YourPlan,
}

impl Island {
    /// The islands that show a figure of the content ([`Island::figure_id`]).
    pub const FIGURES: [Island; 5] = [
        Island::HipFront,
        Island::Muscles,
        Island::ActivityPlanes,
        Island::HamstringsSide,
        Island::PelvisSide,
    ];

    /// The other islands, but the pause buttons (one per exercise, [`Island::Motion`]).
    pub const TOOLS: [Island; 4] = [Island::Plan, Island::Quiz, Island::Print, Island::YourPlan];

    /// The island a `data-island` value names, if any ([`Island::name`] backwards; a
    /// native test round-trips every island through both).
    pub fn parse(name: &str) -> Option<Island> {
        if let Some(id) = name.strip_prefix(MOTION) {
            return (!id.is_empty()).then(|| Island::Motion(id.to_string()));
        }
        Some(match name {
            hip_front::FIGURE_ID => Island::HipFront,
            activity_planes::FIGURE_ID => Island::ActivityPlanes,
            hamstrings_side::FIGURE_ID => Island::HamstringsSide,
            pelvis_side::FIGURE_ID => Island::PelvisSide,
            "muscles" => Island::Muscles,
            "plan" => Island::Plan,
            "quiz" => Island::Quiz,
            "print" => Island::Print,
            "your-plan" => Island::YourPlan,
            _ => return None,
        })
    }

    /// The island's `data-island` value: the one place it is written ([`Island::parse`]
    /// reads it back).
    pub fn name(&self) -> Cow<'static, str> {
        Cow::Borrowed(match self {
            Island::HipFront => hip_front::FIGURE_ID,
            Island::ActivityPlanes => activity_planes::FIGURE_ID,
            Island::HamstringsSide => hamstrings_side::FIGURE_ID,
            Island::PelvisSide => pelvis_side::FIGURE_ID,
            Island::Muscles => "muscles",
            Island::Plan => "plan",
            Island::Quiz => "quiz",
            Island::Print => "print",
            Island::YourPlan => "your-plan",
            Island::Motion(id) => return Cow::Owned([MOTION, id].concat()),
        })
    }

    /// The id of the content's figure the island shows, if it shows one.
    pub fn figure_id(&self) -> Option<&'static str> {
        match self {
            Island::HipFront => Some(hip_front::FIGURE_ID),
            Island::ActivityPlanes => Some(activity_planes::FIGURE_ID),
            Island::HamstringsSide => Some(hamstrings_side::FIGURE_ID),
            Island::PelvisSide => Some(pelvis_side::FIGURE_ID),
            Island::Muscles => Some(muscles::FIGURE_ID),
            Island::Plan | Island::Quiz | Island::Print | Island::Motion(_) | Island::YourPlan => {
                None
            }
        }
    }

    /// The island of the content's figure `id`: `None` for a figure shown as plain HTML
    /// (one of [`STATIC_FIGURES`]) or one that does not exist.
    pub fn for_figure(id: &str) -> Option<Island> {
        Island::FIGURES
            .into_iter()
            .find(|island| island.figure_id() == Some(id))
    }

    /// What the island's markup must carry for its behaviour (checked on the page by a
    /// native test).
    pub fn markup(&self) -> Markup {
        match self {
            // Yew re-renders a hydrated figure: its markup and behaviour cannot drift; "Your
            // plan" is the plan link's build's.
            Island::HipFront
            | Island::ActivityPlanes
            | Island::HamstringsSide
            | Island::PelvisSide
            | Island::YourPlan => Markup::NONE,
            Island::Muscles => muscles::MARKUP,
            Island::Plan => plan::MARKUP,
            Island::Quiz => quiz::MARKUP,
            Island::Print => print::MARKUP,
            Island::Motion(_) => motion::MARKUP,
        }
    }

    /// Every island of a page whose exercises have the ids `exercises`.
    pub fn every<'a>(exercises: impl IntoIterator<Item = &'a str>) -> Vec<Island> {
        Island::FIGURES
            .into_iter()
            .chain(Island::TOOLS)
            .chain(
                exercises
                    .into_iter()
                    .map(|id| Island::Motion(id.to_string())),
            )
            .collect()
    }
}

/// Figures of the content that have no island: plain prerendered HTML
/// (`components::static_figure`), none of their drawing code in the wasm.
pub const STATIC_FIGURES: &[&str] = &[crate::diagram::bend_forward::FIGURE_ID];

/// The slot of `island` around its static markup `inner` (the one place a slot is written,
/// but a figure's: [`figure_slot`]).
pub fn slot(island: &Island, inner: Html) -> Html {
    html! { <div class="island" data-island={island.name()}>{ inner }</div> }
}

/// The slot of the figure island `island` showing `figure`, for the figure's static frame:
/// a hydrated figure's slot carries its words and, unless `empty` (the prerenderer then
/// fills it with hydratable markup, see [`render`]), its drawing; the muscle picker's holds
/// its static markup. Nothing for an island that shows no figure.
pub fn figure_slot(island: &Island, figure: &Figure, empty: bool) -> Html {
    match island {
        Island::HipFront | Island::ActivityPlanes | Island::HamstringsSide | Island::PelvisSide => {
            let inner = if empty {
                Html::default()
            } else {
                html! { <FigureIsland island={island.clone()} figure={figure.clone()} /> }
            };
            html! {
                <div class="island" data-island={island.name()}
                     data-words={words::encode(figure)}>{ inner }</div>
            }
        }
        Island::Muscles => slot(
            island,
            html! { <StabilizersFigure figure={figure.clone()} /> },
        ),
        Island::Plan | Island::Quiz | Island::Print | Island::Motion(_) | Island::YourPlan => {
            Html::default()
        }
    }
}

/// The content of the figure `id` (server side: the browser build takes a figure's words
/// from its slot, see [`words`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn figure(id: &str) -> Option<&'static Figure> {
    content::figure_words().figures.iter().find(|f| f.id == id)
}

/// Props of [`FigureIsland`].
#[derive(Properties, Clone)]
pub struct FigureIslandProps {
    /// Which figure (one that [`Island::FIGURES`] hydrates).
    pub island: Island,
    /// The figure's words.
    pub figure: Figure,
    /// Called after the first (hydrating) render: the waker then marks the slot awake.
    #[prop_or_default]
    pub onrender: Callback<()>,
}

impl PartialEq for FigureIslandProps {
    /// Equal words are the same figure, so the same island (the waker checks that a slot's
    /// words name its island's figure): the island need not be compared.
    fn eq(&self, other: &FigureIslandProps) -> bool {
        self.figure == other.figure && self.onrender == other.onrender
    }
}

/// The root of a hydrated figure's island: its drawing and controls (its island file's
/// `view`); says when it has first rendered (`boot.js` then hands it any value the reader
/// moved before it woke).
#[component]
pub fn FigureIsland(props: &FigureIslandProps) -> Html {
    // Effects run only after a successful (hydrating) render, never on the server.
    let onrender = props.onrender.clone();
    use_effect_with((), move |_| onrender.emit(()));
    let figure = props.figure.clone();
    match props.island {
        Island::HipFront => hip_front::view(figure),
        Island::ActivityPlanes => activity_planes::view(figure),
        Island::HamstringsSide => hamstrings_side::view(figure),
        Island::PelvisSide => pelvis_side::view(figure),
        // Static markup, never hydrated.
        Island::Muscles
        | Island::Plan
        | Island::Quiz
        | Island::Print
        | Island::Motion(_)
        | Island::YourPlan => Html::default(),
    }
}

/// Server side: the hydratable markup that fills the (empty) slot of `island`; `None` for
/// an island whose markup is static and already in its slot.
#[cfg(feature = "ssr")]
pub async fn render(island: &Island) -> Option<String> {
    match island {
        Island::HipFront | Island::ActivityPlanes | Island::HamstringsSide | Island::PelvisSide => {
            let figure = figure(island.figure_id()?)?.clone();
            Some(
                yew::LocalServerRenderer::<FigureIsland>::with_props(FigureIslandProps {
                    island: island.clone(),
                    figure,
                    onrender: Callback::noop(),
                })
                .hydratable(true)
                .render()
                .await,
            )
        }
        Island::Muscles
        | Island::Plan
        | Island::Quiz
        | Island::Print
        | Island::Motion(_)
        | Island::YourPlan => None,
    }
}

/// Browser side: wakes the island slot `slot` by its `data-island` name: hydrates a figure
/// with the words its slot carries, or sets up a tool on its static markup and marks the
/// slot awake. False if it names no island or its markup is missing.
#[cfg(target_arch = "wasm32")]
pub fn wake(slot: web_sys::Element) -> bool {
    let Some(island) = slot
        .get_attribute(ATTRIBUTE)
        .and_then(|name| Island::parse(&name))
    else {
        return false;
    };
    let ready = match &island {
        // Awake after its first render (`FigureIsland`).
        Island::HipFront | Island::ActivityPlanes | Island::HamstringsSide | Island::PelvisSide => {
            return hydrate(slot, island)
        }
        Island::Muscles => muscles::attach(&slot),
        Island::Plan => plan::attach(&slot),
        Island::Quiz => quiz::attach(&slot),
        Island::Print => print::attach(&slot),
        Island::Motion(_) => motion::attach(&slot),
        Island::YourPlan => your_plan::attach(&slot),
    };
    if ready {
        let _ = slot.set_attribute(AWAKE_ATTRIBUTE, "");
    }
    ready
}

/// Hydrates the figure island `island` in `root` with the words its slot carries, and marks
/// the slot awake after the first render; false if the words are missing or name another
/// figure.
#[cfg(target_arch = "wasm32")]
fn hydrate(root: web_sys::Element, island: Island) -> bool {
    let Some(figure) = root
        .get_attribute(words::ATTRIBUTE)
        .and_then(|w| words::decode(&w))
        .filter(|f| island.figure_id() == Some(f.id.as_str()))
    else {
        return false;
    };
    let slot = root.clone();
    let onrender = Callback::from(move |()| {
        crate::browser::mark_hydrated();
        let _ = slot.set_attribute(AWAKE_ATTRIBUTE, "");
    });
    yew::Renderer::<FigureIsland>::with_root_and_props(
        root,
        FigureIslandProps {
            island,
            figure,
            onrender,
        },
    )
    .hydrate();
    true
}
