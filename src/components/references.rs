use yew::prelude::*;

use crate::content;

/// Props of [`References`] (none: it reads the reference list from content).
#[derive(Properties, PartialEq)]
pub struct ReferencesProps {}

/// The numbered list of sources (evidence notes link to `#ref-<id>`), then where the
/// drawings' anatomy comes from (`#anatomy-credit`; the notes of those figures point here).
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
            <h3 id="anatomy-credit">{ &site.anatomy_heading }</h3>
            <p class="anatomy-credit">{ &site.anatomy_credit }</p>
        </section>
    }
}
