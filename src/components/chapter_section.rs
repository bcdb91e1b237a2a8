use yew::prelude::*;

use crate::components::block::Block;
use crate::content::{self, Chapter};

/// One chapter as a deep-linkable `<section id="slug">` with an `h2` and a takeaway.
#[derive(Properties, PartialEq)]
pub struct ChapterSectionProps {
    /// The chapter's content.
    pub chapter: Chapter,
}

/// A chapter of the story.
#[component]
pub fn ChapterSection(props: &ChapterSectionProps) -> Html {
    let site = &content::load().site;
    let ch = &props.chapter;
    let heading_id = format!("{}-title", ch.slug);
    html! {
        <section id={ch.slug.clone()} class="chapter" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>
                <span class="chapter-number">{ format!("{} {}", site.chapter_label, ch.number) }</span>
                <span class="chapter-title">{ &ch.title }</span>
            </h2>
            { for ch.blocks.iter().map(|b| html! { <Block block={b.clone()} /> }) }
            <p class="takeaway">
                <strong class="takeaway-label">{ &site.takeaway_label }</strong>
                { " " }{ &ch.takeaway }
            </p>
        </section>
    }
}
