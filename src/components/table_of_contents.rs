use yew::prelude::*;

use crate::content::{self, Chapter};

/// Props of [`TableOfContents`].
#[derive(Properties, PartialEq)]
pub struct TableOfContentsProps {
    /// The chapters to list, in order.
    pub chapters: Vec<Chapter>,
}

/// Plain links to `#slug` fragments: works with JavaScript off, every chapter deep-linkable.
#[component]
pub fn TableOfContents(props: &TableOfContentsProps) -> Html {
    let site = &content::load().site;
    html! {
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading" class="toc-heading">{ &site.toc_heading }</h2>
            <ol>
                { for props.chapters.iter().map(|c| html! {
                    <li><a href={format!("#{}", c.slug)}>
                        <span class="toc-number" aria-hidden="true">{ c.number }</span>
                        <span class="toc-title">{ &c.short_title }</span>
                    </a></li>
                }) }
            </ol>
        </nav>
    }
}
