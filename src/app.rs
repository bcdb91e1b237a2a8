//! The page: header, table of contents, the story's chapters, references, footer.

use yew::prelude::*;

use crate::components::{
    chapter_section::ChapterSection, language_switch::LanguageSwitch, paints::Paints, prose::Prose,
    references::References, site_footer::SiteFooter, site_header::SiteHeader,
    table_of_contents::TableOfContents,
};
use crate::content;

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The embedded page (`embed.html`): no site header or table of contents, chapters
    /// that open and close (the first one open), a gentle note for browsers that allow no
    /// storage, and a link to the full page.
    #[prop_or_default]
    pub embed: bool,
}

/// Attribute of `<html>` that marks the embedded page: the browser build then applies the
/// embed settings and reports the content height (see `embed`).
pub const EMBED_MARKER: &str = "data-embed";

/// Id of the embedded page's note for browsers that let it store nothing.
pub const NO_STORAGE_ID: &str = "no-storage";

/// The whole explainer, rendered to static HTML on the server. Interactive figures are
/// islands (see `islands`); nothing here touches the browser.
#[component]
pub fn App(props: &AppProps) -> Html {
    let c = content::load();
    let site = &c.site;
    if props.embed {
        return html! {
            <div class="page page--embed" id="top">
                    <header class="embed-header">
                        <LanguageSwitch page="embed.html" />
                        <h1 class="embed-title">{ &site.title }</h1>
                    </header>
                    <p id="interactive-unavailable" class="notice" role="status" hidden=true>
                        { &site.interactive_unavailable }
                    </p>
                    <main id="story" class="story">
                        <div class="hook">
                            { for site.hook.iter().map(|p| html! { <p><Prose text={p.clone()} /></p> }) }
                        </div>
                        { for c.chapters.iter().enumerate().map(|(i, ch)| html! {
                            <ChapterSection chapter={ch.clone()} open={Some(i == 0)} />
                        }) }
                        <References />
                        <p id={NO_STORAGE_ID} class="storage-note" hidden=true>
                            { &c.embed.no_storage }
                        </p>
                    </main>
                    <SiteFooter full_page={Some(AttrValue::from(c.embed.full_page.clone()))} />
                    <div id={crate::announce::REGION_ID} class="visually-hidden" role="status"
                         aria-live="polite" aria-atomic="true"></div>
                    <Paints />
            </div>
        };
    }
    html! {
            <div class="page" id="top">
                <SiteHeader />
                <p id="interactive-unavailable" class="notice" role="status" hidden=true>
                    { &site.interactive_unavailable }
                </p>
                <div class="layout">
                    <TableOfContents chapters={c.chapters.clone()} />
                    <main id="story" class="story" tabindex="-1">
                        <div class="hook">
                            { for site.hook.iter().map(|p| html! { <p><Prose text={p.clone()} /></p> }) }
                        </div>
                        { for c.chapters.iter().map(|ch| html! { <ChapterSection chapter={ch.clone()} /> }) }
                        <References />
                    </main>
                </div>
                <SiteFooter />
                <div id={crate::announce::REGION_ID} class="visually-hidden" role="status"
                     aria-live="polite" aria-atomic="true"></div>
                <Paints />
            </div>
    }
}
