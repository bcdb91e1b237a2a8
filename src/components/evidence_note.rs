use yew::prelude::*;

use crate::components::prose::Prose;
use crate::content::{self, Strength};

/// "How sure are we?": the strength of the claim just made, in words and with a
/// shape-coded badge (never colour alone), with numbered links to the references.
#[derive(Properties, PartialEq)]
pub struct EvidenceNoteProps {
    /// How strong the evidence is.
    pub strength: Strength,
    /// What the research says, in plain words.
    pub text: AttrValue,
    /// Reference ids, resolved against the site's reference list.
    pub refs: Vec<String>,
}

/// An evidence note placed right after the claim it qualifies.
#[component]
pub fn EvidenceNote(props: &EvidenceNoteProps) -> Html {
    let site = &content::load().site;
    let class = classes!("evidence", format!("evidence--{}", props.strength.slug()));
    html! {
        <aside class={class} aria-label={site.evidence_label.clone()}>
            <p class="evidence-head">
                <span class="evidence-label">{ &site.evidence_label }</span>
                <span class="evidence-strength">
                    <span class="evidence-badge" aria-hidden="true"></span>
                    { site.strength_name(props.strength) }
                </span>
            </p>
            <p class="evidence-text">
                <Prose text={props.text.clone()} />
                { for props.refs.iter().filter_map(|r| site.reference_number(r).map(|n| html! {
                    <>{" "}<a class="cite" href={format!("#ref-{r}")}>{ format!("[{n}]") }</a></>
                })) }
            </p>
        </aside>
    }
}
