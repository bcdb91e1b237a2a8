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
//! Every island is prerendered complete, in its first state, and made to work in place:
//! nothing is re-rendered in the browser. The interactive figures (chapters 1, 3, 4, 5)
//! redraw their drawing's groups with the same pure functions and SVG writer the prerenderer
//! used ([`figure`]), with the words their slot carries ([`words`]); the small tools
//! (chapter 2's muscle picker, the pause buttons, the weekly plan, the self-check, the print
//! button) change classes, attributes and which of their prepared lines shows. So the
//! browser build has no virtual DOM and carries none of the page's words.
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
pub mod figure;
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

use crate::components::{
    activity_planes_figure::ActivityPlanesFigure, slider_figure::slider_figure,
    stabilizers_figure::StabilizersFigure,
};
#[cfg(not(target_arch = "wasm32"))]
use crate::content;
use crate::content::Figure;
use crate::state::{chain::CONTROL_ID as CHAIN_CONTROL, hip_pose::PoseState};
use hook::Markup;

/// Attribute that marks an island slot; its value is the island's [`Island::name`].
pub const ATTRIBUTE: &str = "data-island";

/// Attribute a slot gets once its island works.
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
            Island::HipFront => hip_front::MARKUP,
            Island::ActivityPlanes => activity_planes::MARKUP,
            Island::HamstringsSide => hamstrings_side::MARKUP,
            Island::PelvisSide => pelvis_side::MARKUP,
            // Made to work by the plan link's build.
            Island::YourPlan => Markup::NONE,
            Island::Muscles => muscles::MARKUP,
            Island::Plan => plan::MARKUP,
            Island::Quiz => quiz::MARKUP,
            Island::Print => print::MARKUP,
            Island::Motion(_) => motion::MARKUP,
        }
    }

    /// Whether the island's slot carries its figure's words ([`words`]): the figures that
    /// redraw themselves ([`figure`]).
    pub fn carries_words(&self) -> bool {
        match self {
            Island::HipFront
            | Island::ActivityPlanes
            | Island::HamstringsSide
            | Island::PelvisSide => true,
            Island::Muscles
            | Island::Plan
            | Island::Quiz
            | Island::Print
            | Island::Motion(_)
            | Island::YourPlan => false,
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
/// its drawing and controls in their first state, and (for a figure that redraws itself)
/// the words its island needs. Nothing for an island that shows no figure.
pub fn figure_slot(island: &Island, figure: &Figure) -> Html {
    debug_assert_eq!(
        island.carries_words(),
        island.figure_id().is_some() && *island != Island::Muscles
    );
    let inner = match island {
        Island::HipFront => slider_figure(figure, &PoseState::default(), &hip_front::CONTROLS),
        Island::ActivityPlanes => html! { <ActivityPlanesFigure figure={figure.clone()} /> },
        Island::HamstringsSide => slider_figure(
            figure,
            &hamstrings_side::Chapter4::default(),
            &[CHAIN_CONTROL],
        ),
        Island::PelvisSide => {
            slider_figure(figure, &pelvis_side::Chapter5::default(), &[CHAIN_CONTROL])
        }
        Island::Muscles => {
            return slot(
                island,
                html! { <StabilizersFigure figure={figure.clone()} /> },
            )
        }
        Island::Plan | Island::Quiz | Island::Print | Island::Motion(_) | Island::YourPlan => {
            return Html::default()
        }
    };
    html! {
        <div class="island" data-island={island.name()}
             data-words={words::encode(figure)}>{ inner }</div>
    }
}

/// The content of the figure `id` (server side: the browser build takes a figure's words
/// from its slot, see [`words`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn figure(id: &str) -> Option<&'static Figure> {
    content::figure_words().figures.iter().find(|f| f.id == id)
}

/// Browser side: wakes the island slot `slot` by its `data-island` name: makes a figure
/// redraw itself with the words its slot carries, or sets up a tool on its static markup,
/// and marks the slot awake. False if it names no island or its markup is missing; a figure
/// whose markup or words are missing also shows the page's "interactive diagrams are
/// unavailable" notice, since its controls would look alive and do nothing.
#[cfg(target_arch = "wasm32")]
pub fn wake(slot: web_sys::Element) -> bool {
    let Some(island) = slot
        .get_attribute(ATTRIBUTE)
        .and_then(|name| Island::parse(&name))
    else {
        return false;
    };
    let ready = match &island {
        Island::HipFront => with_words(&slot, &island, hip_front::attach),
        Island::ActivityPlanes => with_words(&slot, &island, activity_planes::attach),
        Island::HamstringsSide => with_words(&slot, &island, hamstrings_side::attach),
        Island::PelvisSide => with_words(&slot, &island, pelvis_side::attach),
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

/// Attaches the figure island `island` to `slot` with the words the slot carries; false
/// (and the notice shown, the reason logged) if they are missing, name another figure, or
/// the figure's markup is not there.
#[cfg(target_arch = "wasm32")]
fn with_words(
    slot: &web_sys::Element,
    island: &Island,
    attach: fn(&web_sys::Element, Figure) -> bool,
) -> bool {
    let ready = slot
        .get_attribute(words::ATTRIBUTE)
        .and_then(|w| words::decode(&w))
        .filter(|f| island.figure_id() == Some(f.id.as_str()))
        .is_some_and(|figure| attach(slot, figure));
    if ready {
        crate::browser::mark_hydrated();
    } else {
        web_sys::console::error_1(
            &[
                "hip-explainer: figure island \"",
                &island.name(),
                "\" cannot start: its words or markup are missing",
            ]
            .concat()
            .into(),
        );
        crate::browser::show_unavailable_notice();
    }
    ready
}
