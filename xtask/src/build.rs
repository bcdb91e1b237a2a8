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

/// First-load budget: gzip bytes of everything the page needs before it is interactive.
pub const FIRST_LOAD_BUDGET_GZIP: u64 = 250 * 1000;

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
    run_step(
        "cargo build (wasm32, release, hydration)",
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
            "hydration",
        ]),
    )?;
    let wasm_in = root.join("target/wasm32-unknown-unknown/release/hip-explainer.wasm");

    println!("\n==> wasm-bindgen (library, pinned by Cargo.lock)");
    let bindgen_dir = root.join("target/bindgen");
    let _ = fs::remove_dir_all(&bindgen_dir);
    fs::create_dir_all(&bindgen_dir)?;
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&wasm_in)
        .web(true)?
        .typescript(false)
        .remove_name_section(true)
        .remove_producers_section(true)
        .out_name("app")
        .omit_default_module_path(false)
        .generate(&bindgen_dir)
        .context("wasm-bindgen failed")?;

    println!("\n==> prerender (Yew server renderer) and assemble dist/");
    let dist = root.join("dist");
    if dist.exists() {
        fs::remove_dir_all(&dist).context("clearing dist/")?;
    }
    let assets = dist.join("assets");
    fs::create_dir_all(&assets)?;

    let wasm = emit(
        &assets,
        "app",
        "wasm",
        &fs::read(bindgen_dir.join("app_bg.wasm"))?,
    )?;
    let app_js = emit(&assets, "app", "js", &fs::read(bindgen_dir.join("app.js"))?)?;
    let boot_src = fs::read_to_string(root.join("static/boot.js"))?
        .replace("__APP_JS__", &format!("./{app_js}"))
        .replace("__APP_WASM__", &format!("./{wasm}"));
    let boot_js = emit(&assets, "boot", "js", boot_src.as_bytes())?;
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

    let page = hip_explainer::prerender::render_blocking();
    let template = fs::read_to_string(root.join("index.html"))?;
    let html = fill(
        &template,
        &[
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
            ("app", page.app_html),
        ],
    )?;
    if html.contains("style=\"") || html.contains("<style") {
        bail!("the page would carry inline style, which the CSP blocks");
    }
    fs::write(dist.join("index.html"), &html)?;
    fs::write(dist.join("_headers"), headers())?;

    let first_load: Vec<String> = ["index.html".to_string()]
        .into_iter()
        .chain(
            // The print stylesheet is fetched with the page (at low priority), so it counts.
            [&style, &print_css, &boot_js, &app_js, &wasm, &icon]
                .iter()
                .map(|f| format!("assets/{f}")),
        )
        .collect();
    let report = size_report(&dist, &first_load)?;
    fs::write(root.join("target/size-report.txt"), print_report(&report))?;
    print!("{}", print_report(&report));
    let total: u64 = report.iter().filter(|f| f.first_load).map(|f| f.gzip).sum();
    if total > FIRST_LOAD_BUDGET_GZIP {
        bail!("first load is {total} bytes gzip, over the {FIRST_LOAD_BUDGET_GZIP} byte budget");
    }
    println!("dist/ is ready: {}", dist.display());
    Ok(report)
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

/// Replaces every `{{key}}` in the template; a placeholder left over is an error.
fn fill(template: &str, values: &[(&str, String)]) -> Result<String> {
    let mut out = template.to_string();
    for (k, v) in values {
        let key = format!("{{{{{k}}}}}");
        if !out.contains(&key) {
            bail!("index.html has no {key} placeholder");
        }
        out = out.replace(&key, v);
    }
    if let Some(i) = out.find("{{") {
        bail!(
            "index.html has an unfilled placeholder near {:?}",
            &out[i..(i + 30).min(out.len())]
        );
    }
    Ok(out)
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

fn print_report(files: &[FileSize]) -> String {
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
    s
}
