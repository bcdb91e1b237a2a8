//! `cargo xtask build`: everything that goes into `dist/`.

use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256, Sha384};

use crate::{cargo, root, run_step};

/// The policy every page runs under (also written to `dist/_headers`).
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

/// First-load budget of `index.html` (and of the plan builder): gzip bytes of everything it
/// fetches before any scroll (its wasm comes when the first island comes near). The first
/// load was 64.7 KB when set (60 KB for the builder).
pub const FIRST_LOAD_BUDGET_GZIP: u64 = 70 * 1000;

/// First-load budget of `embed.html`, which starts only its small settings build at once
/// (its settings choose what it shows); its islands' wasm comes later, as on the main page.
/// The first load was 96 KB when set.
pub const EMBED_FIRST_LOAD_BUDGET_GZIP: u64 = 110 * 1000;

/// The first-load budget of `page`.
fn budget(page: &str) -> u64 {
    if page.ends_with("embed.html") {
        EMBED_FIRST_LOAD_BUDGET_GZIP
    } else {
        FIRST_LOAD_BUDGET_GZIP
    }
}

/// The address of a local build (`--local`, `serve`, `test`) when `HIP_SITE_URL` is not set:
/// the local server of `cargo xtask serve`. oEmbed, the discovery links and the help page's
/// snippets need an absolute address; a deployment sets `HIP_SITE_URL=https://your.host/path`.
pub const DEFAULT_SITE_URL: &str = "http://127.0.0.1:8080";

/// Which kind of build: where its absolute links (oEmbed, discovery links, snippets) may
/// point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Site {
    /// For publishing: `HIP_SITE_URL` must be set, and not to a loopback address, so no
    /// deployed file points at a reader's own machine. `cargo xtask build`.
    Deploy,
    /// For this machine (`cargo xtask build --local`, `serve`, `test`, `bench`):
    /// `HIP_SITE_URL` or [`DEFAULT_SITE_URL`]. A loopback build is marked as such in
    /// `dist/` and by a warning.
    Local,
}

/// Name of the file that marks a `dist/` whose links point at this machine.
pub const LOCAL_MARKER: &str = "LOCAL-BUILD-DO-NOT-DEPLOY.txt";

/// Size of the frame oEmbed asks for (WordPress caps the height at 1000 px).
const OEMBED_WIDTH: u32 = 640;
const OEMBED_HEIGHT: u32 = 1000;

/// One file's size in the report.
pub struct FileSize {
    pub path: String,
    pub raw: u64,
    pub gzip: u64,
    pub first_load: bool,
}

/// Builds `dist/` and returns its size report.
pub fn build(site: Site) -> Result<Vec<FileSize>> {
    // Before the slow part: a deploy build without a real address fails at once.
    let site_url = site_url(site)?;
    crate::setup::ensure_wasm_target()?;
    let root = root();
    let target = crate::target_dir()?;
    // Two entry points from one crate: the main page's build, and the embedded page's build
    // with the embed settings and auto-height on top (feature `embed`).
    let bindgen_dir = target.join("bindgen");
    let _ = fs::remove_dir_all(&bindgen_dir);
    // A third, for the plan builder page (`plan.html`): its own small binary, so the QR code
    // and the form's code never reach the main page.
    for (features, bin, out) in [
        ("islands", "hip-explainer", "app"),
        ("embed", "embed", "app_embed"),
        ("plan", "plan", "app_plan"),
    ] {
        run_step(
            &format!("cargo build (wasm32, release, {features})"),
            cargo().args([
                "build",
                "--release",
                "--target",
                "wasm32-unknown-unknown",
                "-p",
                "hip-explainer",
                "--bin",
                bin,
                "--features",
                features,
            ]),
        )?;
        let wasm_in = target.join(format!("wasm32-unknown-unknown/release/{bin}.wasm"));
        println!("\n==> wasm-bindgen {out} (library, pinned by Cargo.lock)");
        let dir = bindgen_dir.join(out);
        fs::create_dir_all(&dir)?;
        wasm_bindgen_cli_support::Bindgen::new()
            .input_path(&wasm_in)
            .web(true)?
            .typescript(false)
            .remove_name_section(true)
            .remove_producers_section(true)
            .out_name("app")
            .omit_default_module_path(false)
            .generate(&dir)
            .context("wasm-bindgen failed")?;
        check_no_words(&fs::read(dir.join("app_bg.wasm"))?, &reader_phrases())
            .with_context(|| format!("{out}.wasm"))?;
        // For measuring what the wasm is made of (`twiggy top`, see docs/wasm-size.md): the
        // same output with the function names kept, beside the shipped one. Never in dist/.
        if std::env::var_os("HIP_WASM_NAMES").is_some() {
            let named = bindgen_dir.join(format!("{out}-named"));
            fs::create_dir_all(&named)?;
            wasm_bindgen_cli_support::Bindgen::new()
                .input_path(&wasm_in)
                .web(true)?
                .typescript(false)
                .remove_name_section(false)
                .remove_producers_section(true)
                .out_name("app")
                .omit_default_module_path(false)
                .generate(&named)
                .context("wasm-bindgen (names kept) failed")?;
            println!("    names kept: {}", named.join("app_bg.wasm").display());
        }
    }

    println!("\n==> prerender (Yew server renderer) and assemble dist/");
    let dist = root.join("dist");
    if dist.exists() {
        fs::remove_dir_all(&dist).context("clearing dist/")?;
    }
    let assets = dist.join("assets");
    fs::create_dir_all(&assets)?;

    // Each entry point: its wasm, its bindings and the boot script that starts them. The
    // article and the embed wake islands (`boot.js`) from the article's build; the embed
    // first applies its settings with its own small build; the builder starts at once.
    let bindings = |out: &str| -> Result<[String; 2]> {
        let dir = bindgen_dir.join(out);
        let wasm = emit(&assets, out, "wasm", &fs::read(dir.join("app_bg.wasm"))?)?;
        let app_js = emit(&assets, out, "js", &fs::read(dir.join("app.js"))?)?;
        Ok([wasm, app_js])
    };
    // A page's boot script with the small page-wide helpers it needs appended, each in a
    // block of its own (so their names stay apart): one script per page, one request. On a
    // throttled phone every extra request on the first load shares the line with the one
    // stylesheet that blocks the first paint.
    let boot = |name: &str,
                file: &str,
                [wasm, app_js]: &[String; 2],
                settings: Option<&[String; 2]>,
                helpers: &[&str]|
     -> Result<String> {
        let (settings_wasm, settings_js) = match settings {
            Some([w, j]) => (format!("./{w}"), format!("./{j}")),
            None => (String::new(), String::new()),
        };
        let mut src = without_comments(&fs::read_to_string(root.join(file))?)
            .replace("__APP_JS__", &format!("./{app_js}"))
            .replace("__APP_WASM__", &format!("./{wasm}"))
            .replace("__SETTINGS_JS__", &settings_js)
            .replace("__SETTINGS_WASM__", &settings_wasm);
        for helper in helpers {
            src.push_str("\n{\n");
            src.push_str(helper);
            src.push_str("\n}\n");
        }
        emit(&assets, name, "js", src.as_bytes())
    };
    let app = bindings("app")?;
    let settings = bindings("app_embed")?;
    let plan = bindings("app_plan")?;
    // "Your plan" on the main and embedded pages: the plan build, loaded only from a plan
    // link (see `static/plan_boot.js`, appended to their boot scripts).
    // Its styles too: the builder links them, the other pages only with a plan.
    let plan_css = emit(
        &assets,
        "plan",
        "css",
        &fs::read(root.join("static/plan.css"))?,
    )?;
    let plan_boot = without_comments(&fs::read_to_string(root.join("static/plan_boot.js"))?)
        .replace("__PLAN_JS__", &format!("./{}", plan[1]))
        .replace("__PLAN_WASM__", &format!("./{}", plan[0]))
        .replace("__PLAN_CSS__", &format!("./{plan_css}"));
    // The offline copy's registration (`static/offline.js`): the article and the builder,
    // never the embedded page.
    let offline = without_comments(&fs::read_to_string(root.join("static/offline.js"))?);
    // [wasm, bindings, boot script] of each page kind; for the embed, the wasm and bindings
    // its boot script starts at once (its settings), not the islands' that come later.
    let main_entry = {
        let b = boot(
            "boot",
            "static/boot.js",
            &app,
            None,
            &[&plan_boot, &offline],
        )?;
        [app[0].clone(), app[1].clone(), b]
    };
    let embed_entry = {
        let b = boot(
            "boot_embed",
            "static/boot.js",
            &app,
            Some(&settings),
            &[&plan_boot],
        )?;
        [settings[0].clone(), settings[1].clone(), b]
    };
    let plan_entry = {
        let b = boot("boot_plan", "static/boot_plan.js", &plan, None, &[&offline])?;
        [plan[0].clone(), plan[1].clone(), b]
    };
    // The embedded page's height reporter: plain script, runs without the wasm.
    let embed_height_js = emit(
        &assets,
        "embed_height",
        "js",
        without_comments(&fs::read_to_string(root.join("static/embed-height.js"))?).as_bytes(),
    )?;
    let mut css = String::new();
    for name in ["app.css", "diagram.css", "exercise.css"] {
        css.push_str(&fs::read_to_string(root.join("static").join(name))?);
        css.push('\n');
    }
    // The exercise figures' keyframes, sampled from the figure model.
    css.push_str(&hip_explainer::prerender::generated_css());
    let print_css = emit(
        &assets,
        "print",
        "css",
        &fs::read(root.join("static/print.css"))?,
    )?;
    let style = emit(&assets, "style", "css", css.as_bytes())?;
    // The clinicians' page: the main styles plus its own few rules, which no reader's page
    // needs to download.
    let mut css_clinicians = css.clone();
    css_clinicians.push_str(&fs::read_to_string(root.join("static/clinicians.css"))?);
    let style_clinicians = emit(
        &assets,
        "style_clinicians",
        "css",
        css_clinicians.as_bytes(),
    )?;
    // The embedded page and the help page: the same styles plus the compact layout.
    css.push_str(&fs::read_to_string(root.join("static/embed.css"))?);
    let style_embed = emit(&assets, "style_embed", "css", css.as_bytes())?;
    let plan_print_css = emit(
        &assets,
        "plan_print",
        "css",
        &fs::read(root.join("static/plan_print.css"))?,
    )?;
    let noscript_css = emit(
        &assets,
        "noscript",
        "css",
        &fs::read(root.join("static/noscript.css"))?,
    )?;
    let icon = emit(
        &assets,
        "icon",
        "svg",
        &fs::read(root.join("static/icon.svg"))?,
    )?;

    // The one-script embed keeps a stable address (clinics link to it), so it is not hashed;
    // clinics can pin it with Subresource Integrity instead (the help page gives the value).
    // One script serves every language.
    let embed_js = fs::read_to_string(root.join("static/embed.js"))?
        .replace("__HIP_LANGUAGES__", &embed_languages()?);
    let embed_js_integrity = integrity(embed_js.as_bytes());
    let report = report_url()?;
    // One page set per language: the default language's at the top of dist/, each other in a
    // folder named by its code (`dist/es/`), with the same files.
    let languages = hip_explainer::content::languages();
    for code in languages {
        hip_explainer::content::set_language(code);
        let default = code == &languages[0];
        let (dir, up, here) = if default {
            (dist.clone(), "", site_url.clone())
        } else {
            (dist.join(code), "../", format!("{site_url}/{code}"))
        };
        fs::create_dir_all(&dir)?;
        let oembed_url = format!("{here}/oembed.json");
        let page_values = |page: hip_explainer::prerender::Prerendered,
                           style: &str,
                           [wasm, app_js, boot_js]: &[String; 3]| {
            let file = if style == style_embed {
                "embed.html"
            } else {
                ""
            };
            vec![
                ("lang", escape(&page.lang)),
                ("title", escape(&page.title)),
                ("description", escape(&page.description)),
                ("noscript", escape(&page.noscript)),
                ("style", format!("{up}assets/{style}")),
                ("noscript_css", format!("{up}assets/{noscript_css}")),
                ("print_css", format!("{up}assets/{print_css}")),
                ("boot_js", format!("{up}assets/{boot_js}")),
                ("app_js", format!("{up}assets/{app_js}")),
                ("wasm", format!("{up}assets/{wasm}")),
                ("icon", format!("{up}assets/{icon}")),
                ("oembed", escape(&oembed_url)),
                ("alternates", alternates(&site_url, languages, file)),
                ("app", page.app_html),
            ]
        };
        let page = hip_explainer::prerender::render_blocking();
        let title = page.title.clone();
        // The article fetches its wasm only when an island comes near (`static/boot.js`): no
        // preload of it.
        let values: Vec<(&str, String)> = page_values(page, &style, &main_entry)
            .into_iter()
            .filter(|(k, _)| !["app_js", "wasm"].contains(k))
            .collect();
        let html = fill("index.html", &root, &values)?;
        write_page(&dir, "index.html", &html)?;
        let embed_page = hip_explainer::prerender::render_embed_blocking();
        let mut values = page_values(embed_page, &style_embed, &embed_entry);
        values.push(("embed_height_js", format!("{up}assets/{embed_height_js}")));
        let html = fill("embed.html", &root, &values)?;
        write_page(&dir, "embed.html", &html)?;
        let plain = ["lang", "title", "description", "style", "icon", "app"];
        let help = hip_explainer::prerender::render_help_blocking(&site_url, &embed_js_integrity);
        let values: Vec<(&str, String)> = page_values(help, &style_embed, &embed_entry)
            .into_iter()
            .filter(|(k, _)| plain.contains(k))
            .collect();
        let html = fill("embed-help.html", &root, &values)?;
        write_page(&dir, "embed-help.html", &html)?;
        fs::write(dir.join("oembed.json"), oembed(&here, &title))?;
        // The clinicians' review page: the same plain template as the help page, its own
        // styles.
        let clinicians = hip_explainer::prerender::render_clinicians_blocking(report.as_deref());
        let values: Vec<(&str, String)> = page_values(clinicians, &style_clinicians, &main_entry)
            .into_iter()
            .filter(|(k, _)| plain.contains(k))
            .collect();
        let html = fill("embed-help.html", &root, &values)?;
        write_page(&dir, "clinicians.html", &html)?;
        // The review gallery: every figure at the ends and middle of each control.
        let gallery = hip_explainer::prerender::render_gallery_blocking();
        let values: Vec<(&str, String)> = page_values(gallery, &style_clinicians, &main_entry)
            .into_iter()
            .filter(|(k, _)| plain.contains(k))
            .collect();
        let html = fill("embed-help.html", &root, &values)?;
        write_page(&dir, "figures.html", &html)?;
        // The plan builder for clinicians, with its own browser build.
        let builder = hip_explainer::prerender::render_builder_blocking(&site_url);
        let mut values: Vec<(&str, String)> = page_values(builder, &style, &plan_entry)
            .into_iter()
            .filter(|(k, _)| !["oembed", "print_css", "alternates"].contains(k))
            .collect();
        values.push(("print_css", format!("{up}assets/{plan_print_css}")));
        values.push(("plan_css", format!("{up}assets/{plan_css}")));
        let html = fill("plan.html", &root, &values)?;
        write_page(&dir, "plan.html", &html)?;
    }
    hip_explainer::content::set_language(languages[0]);
    // The offline copy: every language's article and builder and every asset they load,
    // under one version.
    let [main_wasm, main_js, main_boot] = &main_entry;
    let [plan_wasm, plan_js, plan_boot_js] = &plan_entry;
    let precache: Vec<String> = languages
        .iter()
        .flat_map(|code| {
            let dir = if code == &languages[0] {
                String::new()
            } else {
                format!("{code}/")
            };
            [
                if dir.is_empty() {
                    "./".to_string()
                } else {
                    dir.clone()
                },
                format!("{dir}index.html"),
                format!("{dir}plan.html"),
            ]
        })
        .chain(
            [
                &style,
                main_boot,
                main_js,
                main_wasm,
                &icon,
                &print_css,
                &noscript_css,
                plan_boot_js,
                plan_js,
                plan_wasm,
                &plan_print_css,
                &plan_css,
            ]
            .iter()
            .map(|f| format!("assets/{f}")),
        )
        .collect();
    fs::write(dist.join("sw.js"), service_worker(&root, &dist, &precache)?)?;
    fs::write(dist.join("embed.js"), embed_js)?;
    copy_demo(&root, &dist)?;
    fs::write(dist.join("_headers"), headers())?;
    let followed = crate::links::check(&dist, &site_url)?;
    println!("link check: {followed} local links and asset references in dist/ resolve");
    let local = is_loopback(&site_url);
    if local {
        fs::write(dist.join(LOCAL_MARKER), local_marker(&site_url))?;
    }

    // What a page needs before it is interactive. The print stylesheet is not: browsers fetch
    // it at the lowest priority and it blocks neither rendering nor scripts.
    // (The plan link's own build loads only from a plan link: not part of a first load; the
    // article's wasm and bindings come later, when the first island comes near.)
    let first_load =
        |page: &str, style: &str, [wasm, app_js, boot_js]: &[String; 3], scripts: &[&String]| {
            let eager: Vec<&str> = if page.ends_with("index.html") {
                vec![style, boot_js, &icon]
            } else {
                vec![style, boot_js, app_js, wasm, &icon]
            };
            [page.to_string()]
                .into_iter()
                .chain(
                    eager
                        .into_iter()
                        .chain(scripts.iter().map(|s| s.as_str()))
                        .map(|f| format!("assets/{f}")),
                )
                .collect::<Vec<String>>()
        };
    // Every language's article, embedded page and plan builder (the default language's
    // first).
    let page_names: Vec<(String, &str)> = languages
        .iter()
        .flat_map(|code| {
            let dir = if code == &languages[0] {
                String::new()
            } else {
                format!("{code}/")
            };
            ["index.html", "embed.html", "plan.html"].map(|f| (format!("{dir}{f}"), f))
        })
        .collect();
    let pages: Vec<(&str, Vec<String>)> = page_names
        .iter()
        .map(|(name, kind)| {
            let files = match *kind {
                "embed.html" => first_load(name, &style_embed, &embed_entry, &[&embed_height_js]),
                "plan.html" => first_load(name, &style, &plan_entry, &[&plan_css]),
                _ => first_load(name, &style, &main_entry, &[]),
            };
            (name.as_str(), files)
        })
        .collect();
    let report = size_report(&dist, &pages[0].1)?;
    let text = print_report(&report, &dist, &pages)?;
    fs::write(target.join("size-report.txt"), &text)?;
    print!("{text}");
    for (page, files) in &pages {
        let total = first_load_gzip(&dist, files)?;
        if total > budget(page) {
            bail!(
                "{page}: first load is {total} bytes gzip, over the {} byte budget",
                budget(page)
            );
        }
    }
    println!("embed.js integrity: {embed_js_integrity}");
    println!("dist/ is ready: {}", dist.display());
    if local {
        println!(
            "\n!!! LOCAL BUILD: oembed.json, the discovery links and the embed snippets point at \
             {site_url}.\n!!! Do not deploy this dist/ ({LOCAL_MARKER}); for a deployment run \
             HIP_SITE_URL=https://your.host cargo xtask build"
        );
    }
    Ok(report)
}

/// `<link rel="alternate" hreflang>` for page `file` (empty for the article) in every
/// language, plus `x-default` for the default language's.
fn alternates(site_url: &str, languages: &[&str], file: &str) -> String {
    let at = |code: &str| {
        if code == languages[0] {
            format!("{site_url}/{file}")
        } else {
            format!("{site_url}/{code}/{file}")
        }
    };
    let mut out: Vec<String> = languages
        .iter()
        .map(|code| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\">",
                escape(&at(code))
            )
        })
        .collect();
    out.push(format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
        escape(&at(languages[0]))
    ));
    out.join("\n")
}

/// The languages `embed.js` can frame, default first, as JSON: `[[code, title], ...]`.
fn embed_languages() -> Result<String> {
    let list: Vec<(&str, &str)> = hip_explainer::content::languages()
        .iter()
        .filter_map(|code| {
            let c = hip_explainer::content::load_lang(code)?;
            Some((*code, c.site.title.as_str()))
        })
        .collect();
    Ok(serde_json::to_string(&list)?)
}

/// `static/sw.js` with this deployment's file list and a version that changes whenever any
/// of those files does (so browsers install the new copy and drop the old one).
fn service_worker(root: &Path, dist: &Path, precache: &[String]) -> Result<String> {
    let mut hash = Sha256::new();
    // Folder addresses ("./", "es/") are the same pages as their index.html.
    for f in precache.iter().filter(|f| !f.ends_with('/')) {
        hash.update(f.as_bytes());
        hash.update(fs::read(dist.join(f)).with_context(|| format!("reading {f}"))?);
    }
    let version: String = hash
        .finalize()
        .iter()
        .take(6)
        .fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        });
    Ok(fs::read_to_string(root.join("static/sw.js"))?
        .replace("__VERSION__", &version)
        .replace("__PRECACHE__", &serde_json::to_string(precache)?))
}

/// CSS without its `/* ... */` comments (our stylesheets have no such text inside strings).
fn css_without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        match rest[start + 2..].find("*/") {
            Some(end) => rest = &rest[start + 2 + end + 2..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A small script without its whole-line `//` comments: the first load of the pages that
/// run it is nearly full, and the comments are for the source, not the reader.
fn without_comments(js: &str) -> String {
    js.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every reader-facing phrase of the content, in every language: each string of two words or more and at least
/// [`PHRASE_MIN`] bytes (ids, slugs and numbers have no spaces).
fn reader_phrases() -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) if s.len() >= PHRASE_MIN && s.contains(' ') => {
                out.push(s.clone());
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    // Every language's words: one wasm serves them all.
    let mut out = Vec::new();
    for code in hip_explainer::content::languages() {
        if let Some(c) = hip_explainer::content::load_lang(code) {
            walk(&serde_json::to_value(c).unwrap_or_default(), &mut out);
        }
    }
    out
}

/// Shortest phrase [`check_no_words`] looks for.
const PHRASE_MIN: usize = 12;

/// Fails if any of `phrases` is compiled into `wasm`: islands take their words from the page
/// (`islands::words`), so one wasm serves every language.
fn check_no_words(wasm: &[u8], phrases: &[String]) -> Result<()> {
    use std::collections::HashMap;
    // Index the phrases by their first PHRASE_MIN bytes, then slide over the wasm once.
    let mut by_prefix: HashMap<&[u8], Vec<&str>> = HashMap::new();
    for p in phrases.iter().filter(|p| p.len() >= PHRASE_MIN) {
        by_prefix
            .entry(&p.as_bytes()[..PHRASE_MIN])
            .or_default()
            .push(p);
    }
    let mut found: Vec<&str> = Vec::new();
    for (i, window) in wasm.windows(PHRASE_MIN).enumerate() {
        if let Some(candidates) = by_prefix.get(window) {
            found.extend(
                candidates
                    .iter()
                    .filter(|p| wasm[i..].starts_with(p.as_bytes())),
            );
        }
    }
    found.sort_unstable();
    found.dedup();
    if !found.is_empty() {
        bail!(
            "{} reader-facing phrase(s) compiled into the wasm (islands must take their \
             words from the page), e.g. {:?}",
            found.len(),
            &found[..found.len().min(3)]
        );
    }
    Ok(())
}

/// Writes `bytes` as `assets/<stem>-<hash>.<ext>` and returns the file name.
fn emit(dir: &Path, stem: &str, ext: &str, bytes: &[u8]) -> Result<String> {
    // Stylesheets lose their comments: they are for the source, and the first loads are full.
    let stripped;
    let bytes = if ext == "css" {
        stripped = css_without_comments(&String::from_utf8_lossy(bytes));
        stripped.as_bytes()
    } else {
        bytes
    };
    let hash = Sha256::digest(bytes);
    let short: String = hash.iter().take(5).fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    });
    let name = format!("{stem}-{short}.{ext}");
    fs::write(dir.join(&name), bytes)?;
    Ok(name)
}

/// Replaces every `{{key}}` in the template file `name`; a placeholder left over is an error.
fn fill(name: &str, root: &Path, values: &[(&str, String)]) -> Result<String> {
    let mut out = fs::read_to_string(root.join(name)).with_context(|| format!("reading {name}"))?;
    for (k, v) in values {
        let key = format!("{{{{{k}}}}}");
        if !out.contains(&key) {
            bail!("{name} has no {key} placeholder");
        }
        out = out.replace(&key, v);
    }
    if let Some(i) = out.find("{{") {
        bail!(
            "{name} has an unfilled placeholder near {:?}",
            &out[i..(i + 30).min(out.len())]
        );
    }
    Ok(out)
}

/// Writes a page into `dist/`, refusing inline style (the CSP blocks it).
fn write_page(dist: &Path, name: &str, html: &str) -> Result<()> {
    if html.contains("style=\"") || html.contains("<style") {
        bail!("{name} would carry inline style, which the CSP blocks");
    }
    fs::write(dist.join(name), html)?;
    Ok(())
}

/// `HIP_REPORT_URL`: where the clinicians' page sends reports of errors (`mailto:` or
/// `https:`), or `None` when it is not set (the page then says whom to ask instead).
fn report_url() -> Result<Option<String>> {
    let Ok(url) = std::env::var("HIP_REPORT_URL") else {
        return Ok(None);
    };
    let url = url.trim().to_string();
    let ok = (url.starts_with("mailto:") && url.len() > "mailto:".len() && url.contains('@'))
        || (url.starts_with("https://") && url.len() > "https://".len());
    if !ok
        || url
            .chars()
            .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
    {
        bail!("HIP_REPORT_URL must be a mailto: address or an https: link, not {url:?}");
    }
    Ok(Some(url))
}

/// The site's address (no trailing slash) for a build of kind `site`: `HIP_SITE_URL`, which a
/// deploy build requires (and refuses for a loopback host); a local build falls back to
/// [`DEFAULT_SITE_URL`].
fn site_url(site: Site) -> Result<String> {
    let given = std::env::var("HIP_SITE_URL")
        .ok()
        .filter(|v| !v.trim().is_empty());
    let url = match (given, site) {
        (Some(url), _) => url,
        (None, Site::Local) => DEFAULT_SITE_URL.to_string(),
        (None, Site::Deploy) => bail!(
            "HIP_SITE_URL is not set. A build for publishing needs the address dist/ will \
             live at, e.g.\n  HIP_SITE_URL=https://explainer.example.org cargo xtask build\n\
             For a build to look at on this machine: cargo xtask build --local (or cargo \
             xtask serve)"
        ),
    };
    let url = url.trim().trim_end_matches('/').to_string();
    let parsed = url::Url::parse(&url).ok();
    let ok = parsed.as_ref().is_some_and(|u| {
        matches!(u.scheme(), "https" | "http")
            && u.host_str().is_some()
            && u.query().is_none()
            && u.fragment().is_none()
            && u.username().is_empty()
            && u.password().is_none()
    });
    if !ok || url.contains(['"', '<', '>', ' ', '\'', '\\']) {
        bail!("HIP_SITE_URL must be an http(s) address without query or fragment, not {url:?}");
    }
    if site == Site::Deploy && is_loopback(&url) {
        bail!(
            "HIP_SITE_URL={url} is this machine's own address: readers' browsers would look \
             for the explainer on their own computers. Use the public address, or build with \
             --local to look at it here"
        );
    }
    Ok(url)
}

/// True if `url`'s host is this machine (localhost, 127.0.0.0/8, ::1, 0.0.0.0, ::).
pub fn is_loopback(url: &str) -> bool {
    match url::Url::parse(url)
        .ok()
        .and_then(|u| u.host().map(|h| h.to_owned()))
    {
        Some(url::Host::Domain(d)) => {
            let d = d.trim_end_matches('.');
            d == "localhost" || d.ends_with(".localhost")
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback() || ip.is_unspecified(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback() || ip.is_unspecified(),
        None => false,
    }
}

fn local_marker(site_url: &str) -> String {
    format!(
        "This dist/ was built for this machine: oembed.json, the oEmbed discovery links and \
         the embed snippets on embed-help.html point at {site_url}.\nDo not deploy it. For a \
         deployment, build with HIP_SITE_URL set to the public address:\n  \
         HIP_SITE_URL=https://explainer.example.org cargo xtask build\n"
    )
}

/// A Subresource Integrity value (`sha384-` and the digest in base64).
pub fn integrity(bytes: &[u8]) -> String {
    ["sha384-", &base64(&Sha384::digest(bytes))].concat()
}

/// Standard base64 with padding (RFC 4648, section 4).
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// `oembed.json`: a "rich" oEmbed response whose HTML is a frame of `embed.html`.
fn oembed(site_url: &str, title: &str) -> String {
    let html = format!(
        "<iframe src=\"{site_url}/embed.html\" title=\"{}\" width=\"{OEMBED_WIDTH}\" \
         height=\"{OEMBED_HEIGHT}\" loading=\"lazy\"></iframe>",
        escape(title)
    );
    let json = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": title,
        "provider_url": format!("{site_url}/"),
        "title": title,
        "html": html,
        "width": OEMBED_WIDTH,
        "height": OEMBED_HEIGHT,
        "cache_age": 86400,
    });
    format!("{json:#}\n")
}

/// The sample clinic page (`static/demo/` -> `dist/demo/`), with Bootstrap's stylesheet from
/// the pinned npm dev dependency when it is installed.
fn copy_demo(root: &Path, dist: &Path) -> Result<()> {
    let out = dist.join("demo");
    fs::create_dir_all(&out)?;
    for e in fs::read_dir(root.join("static/demo"))? {
        let p = e?.path();
        if let Some(name) = p.file_name() {
            fs::copy(&p, out.join(name))?;
        }
    }
    let bootstrap = root.join("node_modules/bootstrap/dist/css/bootstrap.min.css");
    if bootstrap.exists() {
        fs::copy(&bootstrap, out.join("bootstrap.min.css"))?;
    } else {
        println!("note: node_modules/bootstrap is missing (run `npm ci`); the demo page has no Bootstrap");
    }
    Ok(())
}

/// HTML-escapes text for element content and double-quoted attributes.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn headers() -> String {
    format!(
        "# Headers for static hosts that read this file (Netlify, Cloudflare Pages, ...).\n\
         # Elsewhere, send the same headers from your server configuration.\n\
         /*\n  Content-Security-Policy: {CSP}\n  X-Content-Type-Options: nosniff\n  \
         Referrer-Policy: strict-origin-when-cross-origin\n\
         # The offline copy's script: always checked for a new deployment.\n\
         /sw.js\n  Cache-Control: no-cache\n\
         # Scripts and wasm are fetched in CORS mode by pages in sandboxed iframes (opaque origin).\n\
         /assets/*\n  Cache-Control: public, max-age=31536000, immutable\n  \
         Access-Control-Allow-Origin: *\n\
         # Clinics' pages load embed.js with Subresource Integrity (crossorigin) or as a module:\n\
         # both fetch it in CORS mode. Revalidated, so a new version reaches them the same day.\n\
         /embed.js\n  Access-Control-Allow-Origin: *\n  Cache-Control: public, max-age=3600, must-revalidate\n"
    )
}

fn gzip_len(bytes: &[u8]) -> Result<u64> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes)?;
    Ok(enc.finish()?.len() as u64)
}

fn size_report(dist: &Path, first_load: &[String]) -> Result<Vec<FileSize>> {
    let mut files = Vec::new();
    collect(dist, dist, &mut files)?;
    files.sort();
    files
        .into_iter()
        .map(|rel| {
            let bytes = fs::read(dist.join(&rel))?;
            Ok(FileSize {
                first_load: first_load.contains(&rel),
                raw: bytes.len() as u64,
                gzip: gzip_len(&bytes)?,
                path: rel,
            })
        })
        .collect()
}

fn collect(base: &Path, dir: &Path, out: &mut Vec<String>) -> Result<()> {
    for e in fs::read_dir(dir)? {
        let p: PathBuf = e?.path();
        if p.is_dir() {
            collect(base, &p, out)?;
        } else {
            out.push(p.strip_prefix(base)?.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

fn first_load_gzip(dist: &Path, files: &[String]) -> Result<u64> {
    files
        .iter()
        .map(|f| gzip_len(&fs::read(dist.join(f))?))
        .sum()
}

fn print_report(files: &[FileSize], dist: &Path, pages: &[(&str, Vec<String>)]) -> Result<String> {
    let mut s = String::from("\nsize report (bytes)\n");
    let _ = writeln!(s, "{:<40} {:>10} {:>10}  first load", "file", "raw", "gzip");
    for f in files {
        let _ = writeln!(
            s,
            "{:<40} {:>10} {:>10}  {}",
            f.path,
            f.raw,
            f.gzip,
            if f.first_load { "yes" } else { "" }
        );
    }
    let raw: u64 = files.iter().filter(|f| f.first_load).map(|f| f.raw).sum();
    let gz: u64 = files.iter().filter(|f| f.first_load).map(|f| f.gzip).sum();
    let _ = writeln!(
        s,
        "{:<40} {:>10} {:>10}  (budget {} gzip)",
        "first load total", raw, gz, FIRST_LOAD_BUDGET_GZIP
    );
    // "first load" above marks index.html's files; every page's own total follows.
    for (page, files) in pages {
        let raw: u64 = files
            .iter()
            .map(|f| fs::metadata(dist.join(f)).map(|m| m.len()))
            .sum::<std::io::Result<u64>>()?;
        let _ = writeln!(
            s,
            "{:<40} {:>10} {:>10}  (budget {} gzip)",
            format!("first load {page}"),
            raw,
            first_load_gzip(dist, files)?,
            budget(page)
        );
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_comments_go_and_rules_stay() {
        assert_eq!(
            css_without_comments("/* a */.x { color: red; } /* b\n c */.y{}/* open"),
            ".x { color: red; } .y{}"
        );
        assert_eq!(css_without_comments(".z { a: b }"), ".z { a: b }");
    }

    #[test]
    fn base64_matches_rfc_4648_examples() {
        for (raw, b64) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(raw.as_bytes()), b64);
        }
        // The SRI value of an empty file, as browsers compute it.
        assert_eq!(
            integrity(b""),
            "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb"
        );
    }

    #[test]
    fn loopback_addresses_are_recognized() {
        for url in [
            "http://127.0.0.1:8080",
            "http://localhost:8080",
            "http://app.localhost",
            "http://[::1]:8080",
            "http://0.0.0.0",
            "http://127.1.2.3",
        ] {
            assert!(is_loopback(url), "{url}");
        }
        for url in [
            "https://explainer.example.org",
            "http://10.0.0.1",
            "https://localhost.example",
        ] {
            assert!(!is_loopback(url), "{url}");
        }
    }

    #[test]
    fn a_phrase_in_the_wasm_fails_the_build() {
        let phrases = reader_phrases();
        assert!(phrases.len() > 100, "the content has its phrases");
        let phrase = phrases
            .iter()
            .find(|p| p.len() > 20)
            .expect("a long phrase");
        let mut wasm = b"\0asm\x01\0\0\0 some code ".to_vec();
        assert!(check_no_words(&wasm, &phrases).is_ok());
        wasm.extend_from_slice(phrase.as_bytes());
        wasm.extend_from_slice(b" more");
        let err = check_no_words(&wasm, &phrases).unwrap_err().to_string();
        assert!(err.contains("1 reader-facing phrase"), "{err}");
    }
}
