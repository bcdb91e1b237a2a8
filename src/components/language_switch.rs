use yew::prelude::*;

use crate::content;

/// Props of [`LanguageSwitch`].
#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// The page's file within its language folder, e.g. `embed.html`; empty for the article
    /// (`index.html`, linked as its folder).
    #[prop_or_default]
    pub page: AttrValue,
}

/// Links to this page in every other language, each named in its own language (and marked
/// with it, so a screen reader says it right). Without script a link opens the other page
/// at its top; the page's small boot script adds the chapter in view (and, in the embed, the
/// clinic's settings), so the reader stays where they were.
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let here = content::language();
    let others: Vec<&str> = content::languages()
        .iter()
        .copied()
        .filter(|c| *c != here)
        .collect();
    if others.is_empty() {
        return Html::default();
    }
    let label = content::load().site.language_label.clone();
    html! {
        <nav class="lang-switch" aria-label={label}>
            <ul>
                { for others.into_iter().filter_map(|code| {
                    let name = content::load_lang(code)?.site.language_name.clone();
                    Some(html! {
                        <li>
                            <a href={href(here, code, &props.page)} hreflang={code} lang={code}
                               data-lang-switch="">{ name }</a>
                        </li>
                    })
                }) }
            </ul>
        </nav>
    }
}

/// The way from the current language's pages up to the site's top folder: empty for the
/// default language, `../` for the others (each in its own folder).
pub fn to_root() -> &'static str {
    if content::language() == content::default_language() {
        ""
    } else {
        "../"
    }
}

/// The address of `page` in language `to`, from the same page in language `from`: the
/// default language's pages sit at the top of the site, the others in a folder named by
/// their code.
pub fn href(from: &str, to: &str, page: &str) -> String {
    let default = content::default_language();
    let up = if from == default { "" } else { "../" };
    let folder = if to == default {
        String::new()
    } else {
        format!("{to}/")
    };
    let out = format!("{up}{folder}{page}");
    if out.is_empty() {
        "./".to_string()
    } else {
        out
    }
}
