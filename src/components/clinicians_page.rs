use yew::prelude::*;

use crate::components::prose::Prose;
use crate::components::references::References;
use crate::content::{self, claims::claims, Block};

/// Props of [`CliniciansPage`].
#[derive(Properties, PartialEq)]
pub struct CliniciansPageProps {
    /// Where reports of errors go (`mailto:` or `https:`), set when the site is built; `None`
    /// when the build was given none (the page then says whom to ask instead).
    #[prop_or_default]
    pub report_url: Option<AttrValue>,
}

/// The page a clinic's physiotherapist reads before embedding (`clinicians.html`): every
/// rated claim with its evidence note and sources, what each drawing simplifies, the review
/// date and how to report an error. Static HTML, no interaction; every claim is taken from
/// the chapters themselves, so none can be left out.
#[component]
pub fn CliniciansPage(props: &CliniciansPageProps) -> Html {
    let c = content::load();
    let k = &c.clinicians;
    let site = &c.site;
    let all = claims(c);
    let (before, after) = k
        .report_text
        .split_once("{link}")
        .unwrap_or((&k.report_text, ""));
    html! {
        <div class="page page--clinicians" id="top">
            <main id="story" class="clinicians">
                <h1>{ &k.title }</h1>
                { for k.intro.iter().map(|p| html! { <p>{ p }</p> }) }
                <p class="reviewed">
                    { &site.reviewed_label }{ ": " }
                    <time datetime={site.reviewed.clone()}>{ &site.reviewed_display }</time>
                </p>
                <p><a href="./">{ &k.back }</a></p>
                <p><a href="plan.html">{ &c.plan_link.builder.help_link }</a></p>

                <section aria-labelledby="claims-title">
                    <h2 id="claims-title">{ &k.claims_heading }</h2>
                    <p>{ &k.claims_intro }</p>
                    <ol class="claims">
                        { for all.iter().map(|claim| {
                            let ch = claim.chapter;
                            html! {
                                <li class="claim">
                                    <dl>
                                        <dt>{ &k.claim_label }</dt>
                                        <dd><Prose text={AttrValue::from(claim.claim.to_string())} /></dd>
                                        <dt>{ &k.where_label }</dt>
                                        <dd>
                                            <a href={format!("./#{}", ch.slug)}>
                                                { format!("{} {}: {}", site.chapter_label, ch.number, ch.title) }
                                            </a>
                                        </dd>
                                        <dt>{ &k.strength_label }</dt>
                                        <dd class={classes!("evidence-strength", format!("evidence--{}", claim.strength.slug()))}>
                                            <span class="evidence-badge" aria-hidden="true"></span>
                                            { site.strength_name(claim.strength) }
                                        </dd>
                                        <dt>{ &k.note_label }</dt>
                                        <dd class="claim-note"><Prose text={AttrValue::from(claim.note.to_string())} /></dd>
                                        <dt>{ &k.sources_label }</dt>
                                        <dd>
                                            if claim.refs.is_empty() {
                                                { &k.no_sources }
                                            } else {
                                                <ul class="claim-sources">
                                                    { for claim.refs.iter().filter_map(|r| {
                                                        let n = site.reference_number(r)?;
                                                        let cite = site.references.iter().find(|x| &x.id == r)?;
                                                        Some(html! {
                                                            <li><a href={format!("#ref-{r}")}>{ format!("[{n}]") }</a>{ " " }{ &cite.citation }</li>
                                                        })
                                                    }) }
                                                </ul>
                                            }
                                        </dd>
                                    </dl>
                                </li>
                            }
                        }) }
                    </ol>
                </section>

                <section aria-labelledby="drawings-title">
                    <h2 id="drawings-title">{ &k.drawings_heading }</h2>
                    <p>{ &k.drawings_intro }</p>
                    <p>{ &site.anatomy_credit }</p>
                    <p><a href="figures.html">{ &k.gallery.link }</a></p>
                    { for c.chapters.iter().flat_map(|ch| ch.blocks.iter().filter_map(move |b| match b {
                        Block::Figure { figure } => Some((ch, figure)),
                        _ => None,
                    })).map(|(ch, figure)| {
                        let id = format!("drawing-{}", figure.id);
                        html! {
                            <section class="drawing-note" aria-labelledby={id.clone()}>
                                <h3 {id}>{ &figure.name }</h3>
                                <p>
                                    <a href={format!("./#fig-{}", figure.id)}>
                                        { format!("{} {}: {}", site.chapter_label, ch.number, ch.title) }
                                    </a>
                                </p>
                                { for k.drawings.iter().filter(|d| d.figure == figure.id).flat_map(|d| &d.text).map(|p| html! { <p>{ p }</p> }) }
                                if let Some(note) = &figure.note {
                                    <p><strong>{ &k.figure_note_label }{ ": " }</strong>{ note }</p>
                                }
                            </section>
                        }
                    }) }
                    <section class="drawing-note" aria-labelledby="drawing-exercises">
                        <h3 id="drawing-exercises">{ &k.exercise_heading }</h3>
                        { for k.exercise_drawings.iter().map(|p| html! { <p>{ p }</p> }) }
                    </section>
                </section>

                <section aria-labelledby="report-title">
                    <h2 id="report-title">{ &k.report_heading }</h2>
                    if let Some(url) = &props.report_url {
                        <p>{ before }<a href={url.clone()}>{ &k.report_link }</a>{ after }</p>
                    } else {
                        <p>{ &k.report_missing }</p>
                    }
                </section>

                <References />
                <p><a href="./">{ &k.back }</a></p>
            </main>
        </div>
    }
}
