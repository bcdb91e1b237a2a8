use yew::prelude::*;

use crate::content;

/// Props of [`SiteFooter`] (none: it reads the site's words from content).
#[derive(Properties, PartialEq)]
pub struct SiteFooterProps {}

/// Footer: medical disclaimer, review date, colophon, back-to-top link.
#[component]
pub fn SiteFooter(_props: &SiteFooterProps) -> Html {
    let site = &content::load().site;
    html! {
        <footer class="site-footer">
            <p class="disclaimer">{ &site.disclaimer }</p>
            <p class="reviewed">
                { &site.reviewed_label }{ ": " }
                <time datetime={site.reviewed.clone()}>{ &site.reviewed_display }</time>
            </p>
            <p class="colophon">{ &site.colophon }</p>
            <p><a href="#top">{ &site.back_to_top }</a></p>
        </footer>
    }
}
