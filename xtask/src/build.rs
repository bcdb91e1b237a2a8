//! `cargo xtask build`: everything that goes into `dist/`.

use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};

use crate::{cargo, root, run_step};

/// The policy every page runs under (also written to `dist/_headers`).
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

/// First-load budget of `index.html`: gzip bytes of everything it fetches before any scroll
/// (its wasm comes when the first island comes near). The first load was 67.3 KB when set.
pub const FIRST_LOAD_BUDGET_GZIP: u64 = 75 * 1000;

/// First-load budget of `embed.html`, which starts its wasm at once (its settings choose
/// what it shows).
pub const EMBED_FIRST_LOAD_BUDGET_GZIP: u64 = 250 * 1000;

/// The first-load budget of `page`.
fn budget(page: &str) -> u64 {
    if page == "embed.html" {
        EMBED_FIRST_LOAD_BUDGET_GZIP
    } else {
        FIRST_LOAD_BUDGET_GZIP
    }
}

/// Where `dist/` will be published when `HIP_SITE_URL` is not set: the local server of
/// `cargo xtask serve`. oEmbed, the discovery links and the help page's snippets need an
/// absolute address; set `HIP_SITE_URL=https://your.host/path` for a deployment.
pub const DEFAULT_SITE_URL: &str = "http://127.0.0.1:8080";

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
pub fn build() -> Result<Vec<FileSize>> {
    crate::setup::ensure_wasm_target()?;
    let root = root();
    let target = crate::target_dir()?;
    // Two entry points from one crate: the main page's build, and the embedded page's build
    // with the embed settings and auto-height on top (feature `embed`).
    let bindgen_dir = target.join("bindgen");
    let _ = fs::remove_dir_all(&bindgen_dir);
    for (features, out) in [("hydration", "app"), ("embed", "app_embed")] {
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
                "hip-explainer",
                "--features",
                features,
            ]),
        )?;
        let wasm_in = target.join("wasm32-unknown-unknown/release/hip-explainer.wasm");
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
    }

    println!("\n==> prerender (Yew server renderer) and assemble dist/");
    let dist = root.join("dist");
    if dist.exists() {
        fs::remove_dir_all(&dist).context("clearing dist/")?;
    }
    let assets = dist.join("assets");
    fs::create_dir_all(&assets)?;

    // Each entry point: its wasm, its bindings and the boot script that starts them.
    let entry = |out: &str| -> Result<[String; 3]> {
        let dir = bindgen_dir.join(out);
        let wasm = emit(&assets, out, "wasm", &fs::read(dir.join("app_bg.wasm"))?)?;
        let app_js = emit(&assets, out, "js", &fs::read(dir.join("app.js"))?)?;
        let boot_src = fs::read_to_string(root.join("static/boot.js"))?
            .replace("__APP_JS__", &format!("./{app_js}"))
            .replace("__APP_WASM__", &format!("./{wasm}"));
        let boot = if out == "app" { "boot" } else { "boot_embed" };
        let boot_js = emit(&assets, boot, "js", boot_src.as_bytes())?;
        Ok([wasm, app_js, boot_js])
    };
    let main_entry = entry("app")?;
    let embed_entry = entry("app_embed")?;
    // The embedded page's height reporter: plain script, runs without the wasm.
    let embed_height_js = emit(
        &assets,
        "embed_height",
        "js",
        &fs::read(root.join("static/embed-height.js"))?,
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
    // The embedded page and the help page: the same styles plus the compact layout.
    css.push_str(&fs::read_to_string(root.join("static/embed.css"))?);
    let style_embed = emit(&assets, "style_embed", "css", css.as_bytes())?;
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

    let site_url = site_url()?;
    let oembed_url = format!("{site_url}/oembed.json");
    let page_values = |page: hip_explainer::prerender::Prerendered,
                       style: &str,
                       [wasm, app_js, boot_js]: &[String; 3]| {
        vec![
            ("lang", escape(&page.lang)),
            ("title", escape(&page.title)),
            ("description", escape(&page.description)),
            ("noscript", escape(&page.noscript)),
            ("style", format!("assets/{style}")),
            ("noscript_css", format!("assets/{noscript_css}")),
            ("print_css", format!("assets/{print_css}")),
            ("boot_js", format!("assets/{boot_js}")),
            ("app_js", format!("assets/{app_js}")),
            ("wasm", format!("assets/{wasm}")),
            ("icon", format!("assets/{icon}")),
            ("oembed", escape(&oembed_url)),
            ("app", page.app_html),
        ]
    };
    let page = hip_explainer::prerender::render_blocking();
    let title = page.title.clone();
    // The main page fetches its wasm only when an island comes near (`static/boot.js`):
    // no preload of it.
    let values: Vec<(&str, String)> = page_values(page, &style, &main_entry)
        .into_iter()
        .filter(|(k, _)| !["app_js", "wasm"].contains(k))
        .collect();
    let html = fill("index.html", &root, &values)?;
    write_page(&dist, "index.html", &html)?;
    let embed_page = hip_explainer::prerender::render_embed_blocking();
    let mut values = page_values(embed_page, &style_embed, &embed_entry);
    values.push(("embed_height_js", format!("assets/{embed_height_js}")));
    let html = fill("embed.html", &root, &values)?;
    write_page(&dist, "embed.html", &html)?;
    let help = hip_explainer::prerender::render_help_blocking(&site_url);
    let values: Vec<(&str, String)> = page_values(help, &style_embed, &embed_entry)
        .into_iter()
        .filter(|(k, _)| ["lang", "title", "description", "style", "icon", "app"].contains(k))
        .collect();
    let html = fill("embed-help.html", &root, &values)?;
    write_page(&dist, "embed-help.html", &html)?;
    fs::write(dist.join("oembed.json"), oembed(&site_url, &title))?;
    // The one-script embed keeps a stable address (clinics link to it), so it is not hashed.
    let embed_js = fs::read_to_string(root.join("static/embed.js"))?
        .replace("__HIP_TITLE__", &serde_json::to_string(&title)?);
    fs::write(dist.join("embed.js"), embed_js)?;
    copy_demo(&root, &dist)?;
    fs::write(dist.join("_headers"), headers())?;

    // What a page needs before it is interactive. The print stylesheet is not: browsers fetch
    // it at the lowest priority and it blocks neither rendering nor scripts.
    // The main page's wasm and bindings come later, when the first island comes near.
    let first_load = |page: &str, style: &str, [wasm, app_js, boot_js]: &[String; 3]| {
        let eager = if page == "index.html" {
            vec![style, boot_js, &icon]
        } else {
            vec![style, boot_js, app_js, wasm, &icon]
        };
        [page.to_string()]
            .into_iter()
            .chain(eager.iter().map(|f| format!("assets/{f}")))
            .collect::<Vec<String>>()
    };
    let pages = [
        ("index.html", first_load("index.html", &style, &main_entry)),
        ("embed.html", {
            let mut files = first_load("embed.html", &style_embed, &embed_entry);
            files.push(format!("assets/{embed_height_js}"));
            files
        }),
    ];
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
    println!("dist/ is ready: {}", dist.display());
    Ok(report)
}

/// Every reader-facing phrase of the content: each string of two words or more and at least
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
    let mut out = Vec::new();
    walk(
        &serde_json::to_value(hip_explainer::content::load()).unwrap_or_default(),
        &mut out,
    );
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

/// `HIP_SITE_URL` (no trailing slash), or [`DEFAULT_SITE_URL`].
fn site_url() -> Result<String> {
    let url = std::env::var("HIP_SITE_URL").unwrap_or_else(|_| DEFAULT_SITE_URL.to_string());
    let url = url.trim_end_matches('/').to_string();
    if !(url.starts_with("https://") || url.starts_with("http://"))
        || url.contains(['"', '<', '>', ' ', '\'', '\\'])
    {
        bail!("HIP_SITE_URL must be an http(s) address, not {url:?}");
    }
    Ok(url)
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
         # Scripts and wasm are fetched in CORS mode by pages in sandboxed iframes (opaque origin).\n\
         /assets/*\n  Cache-Control: public, max-age=31536000, immutable\n  \
         Access-Control-Allow-Origin: *\n"
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
