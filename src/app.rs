//! The page: header, table of contents, the story's chapters, references, footer.

use yew::prelude::*;

use crate::components::{
    announcer::Announcer, chapter_section::ChapterSection, prose::Prose, references::References,
    site_footer::SiteFooter, site_header::SiteHeader, table_of_contents::TableOfContents,
};
use crate::content;

/// Props of [`App`] (none yet; embed settings will arrive here).
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {}

/// The whole explainer. Renders identically on the server (prerender) and in the browser
/// (hydration); nothing here touches the browser.
#[component]
pub fn App(_props: &AppProps) -> Html {
    let c = content::load();
    let site = &c.site;
    html! {
        <Announcer>
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
            </div>
        </Announcer>
    }
}
