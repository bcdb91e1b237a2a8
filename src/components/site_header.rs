use yew::prelude::*;

use crate::components::{
    language_switch::LanguageSwitch, prose::Prose, reading_progress::ReadingProgress,
};
use crate::content;

/// Props of [`SiteHeader`] (none: it reads the site's words from content).
#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {}

/// The page header: skip link, the language switch, the explainer's title (the only `h1`),
/// subtitle, a link to the red flags (so nobody misses them), and the reading-progress bar.
#[component]
pub fn SiteHeader(_props: &SiteHeaderProps) -> Html {
    let site = &content::load().site;
    html! {
        <header class="site-header">
            <a class="skip-link" href="#story">{ &site.skip_link }</a>
            <div class="site-header-inner">
                <LanguageSwitch />
                <h1 class="site-title">{ &site.title }</h1>
                <p class="site-subtitle"><Prose text={site.subtitle.clone()} /></p>
                <p class="red-flags-link">
                    <span class="red-flags-icon" aria-hidden="true">{ "!" }</span>
                    <a href={format!("#{}", crate::content::check::RED_FLAGS)}>{ &site.red_flags_link }</a>
                </p>
            </div>
            <ReadingProgress label={site.progress_label.clone()} />
        </header>
    }
}
