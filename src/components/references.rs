use yew::prelude::*;

use crate::content;

/// Props of [`References`] (none: it reads the reference list from content).
#[derive(Properties, PartialEq)]
pub struct ReferencesProps {}

/// The numbered list of sources; evidence notes link to `#ref-<id>`.
#[component]
pub fn References(_props: &ReferencesProps) -> Html {
    let site = &content::load().site;
    html! {
        <section id="references" class="references" aria-labelledby="references-title">
            <h2 id="references-title">{ &site.references_heading }</h2>
            <p>{ &site.references_intro }</p>
            <ol>
                { for site.references.iter().map(|r| html! {
                    <li id={format!("ref-{}", r.id)}>{ &r.citation }</li>
                }) }
            </ol>
        </section>
    }
}
