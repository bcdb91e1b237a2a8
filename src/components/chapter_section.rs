use yew::prelude::*;

use crate::components::block::Block;
use crate::content::{self, Chapter};

/// One chapter as a deep-linkable `<section id="slug">` with an `h2` and a takeaway.
#[derive(Properties, PartialEq)]
pub struct ChapterSectionProps {
    /// The chapter's content.
    pub chapter: Chapter,
    /// `Some(open)`: the chapter opens and closes (a `<details>` whose summary is the
    /// heading), as on the embedded page; `None`: always shown.
    #[prop_or_default]
    pub open: Option<bool>,
}

/// A chapter of the story.
#[component]
pub fn ChapterSection(props: &ChapterSectionProps) -> Html {
    let site = &content::load().site;
    let ch = &props.chapter;
    let heading_id = format!("{}-title", ch.slug);
    let heading = html! {
        <h2 id={heading_id.clone()}>
            <span class="chapter-number">{ format!("{} {}", site.chapter_label, ch.number) }</span>
            <span class="chapter-title">{ &ch.title }</span>
        </h2>
    };
    // A clinician's plan link shows "Your plan" at the top of the exercises' chapter.
    let has_exercises = ch
        .blocks
        .iter()
        .any(|b| matches!(b, content::Block::Exercise { .. }));
    let body = html! {
        <>
            if has_exercises {
                { crate::islands::slot(&crate::islands::Island::YourPlan, html! {
                    <crate::components::your_plan::YourPlan />
                }) }
            }
            { for ch.blocks.iter().map(|b| html! { <Block block={b.clone()} /> }) }
            <p class="takeaway">
                <strong class="takeaway-label">{ &site.takeaway_label }</strong>
                { " " }{ &ch.takeaway }
            </p>
        </>
    };
    let inner = match props.open {
        None => html! { <>{ heading }{ body }</> },
        Some(open) => html! {
            <details class="chapter-details" {open}>
                <summary class="chapter-summary">{ heading }</summary>
                { body }
            </details>
        },
    };
    html! {
        <section id={ch.slug.clone()} class="chapter" aria-labelledby={heading_id}>
            { inner }
        </section>
    }
}
