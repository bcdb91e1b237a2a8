use yew::prelude::*;

use crate::content;

/// Props of [`SiteFooter`] (it reads the site's words from content).
#[derive(Properties, PartialEq)]
pub struct SiteFooterProps {
    /// On the embedded page: the words of a link to the full page, shown instead of "back
    /// to top".
    #[prop_or_default]
    pub full_page: Option<AttrValue>,
}

/// Footer: medical disclaimer, review date, colophon, the clinicians' page and back-to-top
/// link (on the embedded page: a link to the full page instead of the last two).
#[component]
pub fn SiteFooter(props: &SiteFooterProps) -> Html {
    let site = &content::load().site;
    html! {
        <footer class="site-footer">
            <p class="disclaimer">{ &site.disclaimer }</p>
            <p class="reviewed">
                { &site.reviewed_label }{ ": " }
                <time datetime={site.reviewed.clone()}>{ &site.reviewed_display }</time>
            </p>
            <p class="colophon">{ &site.colophon }</p>
            if let Some(words) = &props.full_page {
                <p><a href="./" target="_blank" rel="noopener">{ words }</a></p>
            } else {
                <p><a href="clinicians.html">{ &content::load().clinicians.link }</a></p>
                <p><a href="#top">{ &site.back_to_top }</a></p>
            }
        </footer>
    }
}
