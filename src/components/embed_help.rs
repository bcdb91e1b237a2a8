use yew::prelude::*;

use crate::components::language_switch::to_root;
use crate::content;
use crate::settings::KEYS;

/// Props of [`EmbedHelp`].
#[derive(Properties, PartialEq)]
pub struct EmbedHelpProps {
    /// Where the explainer is published, without a trailing slash (e.g.
    /// `https://explainer.example.org`): the snippets point there.
    pub site_url: AttrValue,
    /// The Subresource Integrity value of the published `embed.js` (`sha384-...`), computed
    /// by the build: the script snippet pins the script with it.
    pub integrity: AttrValue,
}

/// The help page for sites that embed the explainer (`embed-help.html`): the three ways,
/// each with code to copy, the settings, and notes. Static HTML, no interaction.
#[component]
pub fn EmbedHelp(props: &EmbedHelpProps) -> Html {
    let c = content::load();
    let help = &c.embed.help;
    let base = props.site_url.as_str();
    html! {
        <div class="page page--help" id="top">
            <main id="story" class="help">
                <h1>{ &help.title }</h1>
                { for help.intro.iter().map(|p| html! { <p>{ p }</p> }) }
                <p><a href={format!("{}demo/", to_root())}>{ &help.demo }</a></p>
                <p><a href="clinicians.html">{ &c.clinicians.link }</a></p>
                <p><a href="plan.html">{ &c.plan_link.builder.help_link }</a></p>
                { for help.routes.iter().map(|r| {
                    let code = snippet(&r.id, base, &props.integrity);
                    let id = format!("embed-{}", r.id);
                    html! {
                        <section class="help-route" aria-labelledby={id.clone()}>
                            <h2 {id}>{ &r.heading }</h2>
                            { for r.text.iter().map(|p| html! { <p>{ p }</p> }) }
                            <figure class="snippet">
                                <figcaption>{ &help.code_label }</figcaption>
                                <pre tabindex="0"><code>{ code }</code></pre>
                            </figure>
                        </section>
                    }
                }) }
                <section aria-labelledby="embed-settings">
                    <h2 id="embed-settings">{ &help.settings_heading }</h2>
                    <p>{ &help.settings_intro }</p>
                    <dl class="help-settings">
                        { for help.settings.iter().map(|s| html! {
                            <>
                                <dt><code>{ &s.id }</code>{ " / " }<code>{ format!("data-{}", s.id) }</code></dt>
                                <dd>
                                    { for s.text.iter().map(|p| html! { <p>{ p }</p> }) }
                                    if s.id == "chapters" {
                                        <ul class="help-slugs">
                                            { for c.chapters.iter().map(|ch| html! {
                                                <li><code>{ &ch.slug }</code>{ " " }{ &ch.short_title }</li>
                                            }) }
                                        </ul>
                                    }
                                </dd>
                            </>
                        }) }
                    </dl>
                </section>
                <section aria-labelledby="embed-notes">
                    <h2 id="embed-notes">{ &help.notes_heading }</h2>
                    <ul>{ for help.notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                </section>
                <p><a href="./">{ &help.back }</a></p>
            </main>
        </div>
    }
}

/// The code for one way to embed (`script`, `iframe` or `wordpress`), pointing at `base`;
/// the script is pinned by its Subresource Integrity value `integrity`. Every setting in the
/// examples is one of [`KEYS`].
/// On a page in another language than the default, the code frames that language's page.
pub fn snippet(route: &str, base: &str, integrity: &str) -> String {
    let title = &content::load().site.title;
    debug_assert!(["clinic", "cta", "accent", "lang"]
        .iter()
        .all(|k| KEYS.contains(k)));
    let code = content::language();
    let other = code != content::default_language();
    let (lang_attr, folder) = if other {
        (format!("\n     data-lang=\"{code}\""), format!("{code}/"))
    } else {
        (String::new(), String::new())
    };
    match route {
        "script" => format!(
            "<div data-hip-explainer\n     data-clinic=\"Hill Street Physio\"\n     \
             data-cta=\"https://hill-street-physio.example/book\"\n     \
             data-accent=\"#005f99\"{lang_attr}></div>\n<script src=\"{base}/embed.js\"\n        \
             integrity=\"{integrity}\"\n        crossorigin=\"anonymous\" async></script>"
        ),
        "iframe" => format!(
            "<iframe src=\"{base}/{folder}embed.html?clinic=Hill%20Street%20Physio&amp;accent=005f99\"\n        \
             title=\"{}\"\n        width=\"100%\" height=\"900\" loading=\"lazy\"></iframe>",
            escape_attr(title)
        ),
        _ => format!("{base}/{folder}"),
    }
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}
