//! Native prerendering (feature `ssr`): the page as HTML, so every word and diagram is there
//! before (and without) WebAssembly.

use crate::app::{App, AppProps};
use crate::content;

/// What the page template needs: the hydratable app markup and the document's metadata.
#[derive(Debug, Clone)]
pub struct Prerendered {
    /// Hydratable HTML of [`App`], to go inside `<div id="app">`.
    pub app_html: String,
    /// `<html lang>`.
    pub lang: String,
    /// `<title>`.
    pub title: String,
    /// `<meta name="description">`.
    pub description: String,
    /// Text of the `<noscript>` note.
    pub noscript: String,
}

/// Renders the page with Yew's server renderer.
///
/// # Panics
/// If the embedded content does not decode: that is a build bug, and shipping an empty page
/// would hide it.
pub async fn render() -> Prerendered {
    render_page(false).await
}

/// The embedded page (`embed.html`): [`render`] without the site header, with chapters that
/// open and close.
///
/// # Panics
/// As [`render`].
pub async fn render_embed() -> Prerendered {
    render_page(true).await
}

/// A static page (no islands) in the current language: `app_html` with its title and the
/// first paragraph of its intro as the description.
fn plain_page(app_html: String, title: &str, intro: &[String]) -> Prerendered {
    let c = content::load();
    Prerendered {
        app_html,
        lang: c.site.lang.clone(),
        title: title.to_string(),
        description: intro.first().cloned().unwrap_or_default(),
        noscript: c.site.noscript.clone(),
    }
}

/// The help page for sites that embed the explainer (`embed-help.html`); snippets point at
/// `site_url`, and the script snippet pins `embed.js` by its Subresource Integrity value
/// `integrity` (`sha384-...`). Static HTML (no islands).
pub async fn render_help(site_url: &str, integrity: &str) -> Prerendered {
    use crate::components::embed_help::{EmbedHelp, EmbedHelpProps};
    let app_html = yew::LocalServerRenderer::<EmbedHelp>::with_props(EmbedHelpProps {
        site_url: site_url.to_string().into(),
        integrity: integrity.to_string().into(),
    })
    .hydratable(false)
    .render()
    .await;
    let h = &content::load().embed.help;
    plain_page(app_html, &h.title, &h.intro)
}

/// The clinicians' review page (`clinicians.html`), with its report link set to
/// `report_url` when the build has one. Static HTML (no islands).
pub async fn render_clinicians(report_url: Option<&str>) -> Prerendered {
    use crate::components::clinicians_page::{CliniciansPage, CliniciansPageProps};
    let app_html = yew::LocalServerRenderer::<CliniciansPage>::with_props(CliniciansPageProps {
        report_url: report_url.map(|u| yew::AttrValue::from(u.to_string())),
    })
    .hydratable(false)
    .render()
    .await;
    let k = &content::load().clinicians;
    plain_page(app_html, &k.title, &k.intro)
}

/// The review gallery (`figures.html`): every figure at the start, middle and end of each
/// control. Static HTML (no islands).
pub async fn render_gallery() -> Prerendered {
    use crate::components::figure_gallery::FigureGallery;
    let app_html = yew::LocalServerRenderer::<FigureGallery>::new()
        .hydratable(false)
        .render()
        .await;
    let g = &content::load().clinicians.gallery;
    plain_page(app_html, &g.title, &g.intro)
}

/// [`render_gallery`], blocking the current thread.
pub fn render_gallery_blocking() -> Prerendered {
    futures_lite_block_on(render_gallery())
}

/// The plan builder page for clinicians (`plan.html`); plan links point at `site_url`
/// until the page's own script knows its address. Its form and preview are made to work by
/// the page's own browser build (feature `builder`), not hydrated.
pub async fn render_builder(site_url: &str) -> Prerendered {
    use crate::components::plan_builder::{PlanBuilder, PlanBuilderProps};
    let app_html = yew::LocalServerRenderer::<PlanBuilder>::with_props(PlanBuilderProps {
        site_url: site_url.to_string().into(),
    })
    .hydratable(false)
    .render()
    .await;
    let c = content::load();
    let b = &c.plan_link.builder;
    Prerendered {
        app_html,
        lang: c.site.lang.clone(),
        title: b.title.clone(),
        description: b.intro.first().cloned().unwrap_or_default(),
        noscript: c.site.noscript.clone(),
    }
}

/// [`render_builder`], blocking the current thread.
pub fn render_builder_blocking(site_url: &str) -> Prerendered {
    futures_lite_block_on(render_builder(site_url))
}

async fn render_page(embed: bool) -> Prerendered {
    if let Err(e) = content::decode() {
        panic!("embedded content does not decode: {e}");
    }
    let app_html = yew::LocalServerRenderer::<App>::with_props(AppProps { embed })
        .hydratable(false)
        .render()
        .await;
    check_islands(&app_html);
    let site = &content::load().site;
    Prerendered {
        app_html,
        lang: site.lang.clone(),
        title: site.title.clone(),
        description: site.meta_description.clone(),
        noscript: site.noscript.clone(),
    }
}

/// Generated CSS the page needs: the exercise figures' animation keyframes, and what the
/// side views' muscle hotspots show (`diagram::spots`).
pub fn generated_css() -> String {
    crate::diagram::exercise_figure::keyframes_css() + &crate::diagram::spots::spots_css()
}

/// Checks that every island slot of `page` names an island.
///
/// # Panics
/// If a slot names no island: the page and the island registry disagree, and shipping the
/// page would leave that island dead.
fn check_islands(page: &str) {
    use crate::islands::{self, Island};
    let attr = format!("{}=\"", islands::ATTRIBUTE);
    for (at, _) in page.match_indices(&attr) {
        let rest = &page[at + attr.len()..];
        let name = &rest[..rest.find('"').expect("attribute value ends")];
        if Island::parse(name).is_none() {
            panic!("island slot {name:?} names no island");
        }
    }
}

/// [`render`], blocking the current thread (for tools and tests without an async runtime).
pub fn render_blocking() -> Prerendered {
    futures_lite_block_on(render())
}

/// [`render_embed`], blocking the current thread.
pub fn render_embed_blocking() -> Prerendered {
    futures_lite_block_on(render_embed())
}

/// [`render_help`], blocking the current thread.
pub fn render_help_blocking(site_url: &str, integrity: &str) -> Prerendered {
    futures_lite_block_on(render_help(site_url, integrity))
}

/// [`render_clinicians`], blocking the current thread.
pub fn render_clinicians_blocking(report_url: Option<&str>) -> Prerendered {
    futures_lite_block_on(render_clinicians(report_url))
}

/// A minimal single-future executor: enough for the server renderer, which never waits on I/O.
fn futures_lite_block_on<F: std::future::Future>(fut: F) -> F::Output {
    use std::pin::pin;
    use std::sync::Arc;
    use std::task::{Context, Poll, Wake, Waker};
    use std::thread::{self, Thread};

    struct ThreadWaker(Thread);
    impl Wake for ThreadWaker {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(ThreadWaker(thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut fut = pin!(fut);
    loop {
        match fut.as_mut().poll(&mut cx) {
            Poll::Ready(v) => return v,
            Poll::Pending => thread::park(),
        }
    }
}
