//! Every language renders its own page set on the server: its words, its `lang`, and a
//! switch to the same page in the other languages.

use hip_explainer::components::language_switch::href;
use hip_explainer::content;
use hip_explainer::prerender::{render_blocking, render_embed_blocking};

/// Renders in language `code`, then puts the thread back to English.
fn in_language<T>(code: &str, f: impl FnOnce() -> T) -> T {
    assert!(content::set_language(code), "{code} is a language");
    let out = f();
    content::set_language("en");
    out
}

#[test]
fn the_spanish_page_is_in_spanish_and_links_back_to_english() {
    let page = in_language("es", render_blocking);
    let es = content::load_lang("es").unwrap();
    assert_eq!(page.lang, "es");
    assert_eq!(page.title, es.site.title);
    for ch in &es.chapters {
        assert!(page.app_html.contains(&ch.title), "{}", ch.title);
        for f in ch.figures() {
            // A comparison names each of its drawings instead of the whole.
            if f.panels.is_empty() {
                assert!(page.app_html.contains(&f.name), "{}", f.name);
            }
            for p in &f.panels {
                assert!(page.app_html.contains(&p.title), "{}", p.title);
            }
        }
    }
    assert!(
        page.app_html
            .contains(r#"href="../" hreflang="en" lang="en" data-lang-switch="""#),
        "a switch back to English"
    );
    assert!(!page
        .app_html
        .contains(&content::load_lang("en").unwrap().site.title));
}

#[test]
fn the_english_page_links_to_spanish_and_the_thread_language_is_restored() {
    let page = render_blocking();
    assert_eq!(page.lang, "en");
    assert!(page
        .app_html
        .contains(r#"href="es/" hreflang="es" lang="es" data-lang-switch="">Español</a>"#));
    assert_eq!(content::language(), "en");
}

#[test]
fn the_embedded_page_switches_to_the_embedded_page() {
    let en = render_embed_blocking();
    assert!(en
        .app_html
        .contains(r#"href="es/embed.html" hreflang="es""#));
    let es = in_language("es", render_embed_blocking);
    assert_eq!(es.lang, "es");
    assert!(es
        .app_html
        .contains(r#"href="../embed.html" hreflang="en""#));
}

#[test]
fn switch_addresses_go_up_from_a_language_folder_and_into_another() {
    assert_eq!(href("en", "es", ""), "es/");
    assert_eq!(href("es", "en", ""), "./".replace("./", "../"));
    assert_eq!(href("es", "en", "embed.html"), "../embed.html");
    assert_eq!(href("en", "en", ""), "./");
    assert!(
        !content::set_language("xx"),
        "an unknown language is refused"
    );
    assert_eq!(content::language(), "en");
}
