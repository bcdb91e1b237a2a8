//! `cargo xtask bench`: Lighthouse 12 (mobile preset) on the served app and on a "limit" copy
//! of the same prerendered page with every script removed, side by side; then the paints and
//! time to interactive Chromium itself observes under the same throttling, and script time
//! per slider step at 4x CPU slowdown (Chrome DevTools Protocol).

use std::fs;
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::{build, root, serve, setup};

const CHROME_FLAGS: &str = "--headless=new --no-sandbox --disable-gpu --disable-quic \
--no-first-run --disable-background-networking --disable-component-update --disable-sync \
--log-level=3";

struct Run {
    score: f64,
    lcp_ms: f64,
    tbt_ms: f64,
    cls: f64,
    bytes: f64,
}

pub fn bench() -> Result<()> {
    setup::ensure_browsers()?;
    setup::ensure_npm()?;
    build::build(build::Site::Local)?;
    let root = root();
    let target = crate::target_dir()?;
    let limit = target.join("bench-limit");
    let _ = fs::remove_dir_all(&limit);
    copy_dir(&root.join("dist"), &limit)?;
    let html = fs::read_to_string(limit.join("index.html"))?;
    fs::write(limit.join("index.html"), strip_scripts(&html))?;

    let app_url = serve::spawn(root.join("dist"))?;
    let limit_url = serve::spawn(limit)?;
    let app = lighthouse(&format!("{app_url}/"), "app")?;
    let lim = lighthouse(&format!("{limit_url}/"), "limit")?;

    println!("\nLighthouse 12, mobile preset (simulated throttling), one run each");
    println!(
        "{:<22} {:>12} {:>14} {:>10}",
        "metric", "app", "no-script", "app/limit"
    );
    let row = |name: &str, a: f64, b: f64, unit: &str| {
        let ratio = if b > 0.0 { a / b } else { f64::NAN };
        println!(
            "{:<22} {:>10.0}{unit:<2} {:>12.0}{unit:<2} {:>10.2}",
            name, a, b, ratio
        );
    };
    row(
        "performance score",
        app.score * 100.0,
        lim.score * 100.0,
        "",
    );
    row("LCP", app.lcp_ms, lim.lcp_ms, "ms");
    row("TBT", app.tbt_ms, lim.tbt_ms, "ms");
    println!(
        "{:<22} {:>12.3} {:>14.3} {:>10}",
        "CLS", app.cls, lim.cls, "-"
    );
    row("bytes transferred", app.bytes, lim.bytes, "B");
    println!(
        "\nReports: {0}/lighthouse-app.json, {0}/lighthouse-limit.json",
        target.display()
    );

    // Lighthouse simulates LCP from the request graph; this is what Chromium itself reports
    // with the same throttling applied.
    node(
        "tests/bench/observed-load.js",
        &[format!("{app_url}/"), format!("{limit_url}/")],
    )?;
    node("tests/bench/slider-steps.js", &[format!("{app_url}/")])
}

/// Runs one of the Node benchmark scripts from the repository root.
fn node(script: &str, args: &[String]) -> Result<()> {
    let status = Command::new("node")
        .arg(script)
        .args(args)
        .current_dir(root())
        .status()
        .with_context(|| format!("could not start node for {script}"))?;
    if !status.success() {
        bail!("{script} failed");
    }
    Ok(())
}

fn lighthouse(url: &str, name: &str) -> Result<Run> {
    let out = crate::target_dir()?.join(format!("lighthouse-{name}.json"));
    let status = Command::new("npx")
        .args([
            "lighthouse",
            url,
            "--quiet",
            "--only-categories=performance",
            "--output=json",
        ])
        .arg(format!("--output-path={}", out.display()))
        .arg(format!("--chrome-flags={CHROME_FLAGS}"))
        .env("CHROME_PATH", "/usr/bin/chromium")
        .current_dir(root())
        .status()
        .context("could not start lighthouse (npm ci installs it)")?;
    if !status.success() {
        bail!("lighthouse failed on {url}");
    }
    let v: serde_json::Value = serde_json::from_slice(&fs::read(&out)?)?;
    let audit = |id: &str| v["audits"][id]["numericValue"].as_f64().unwrap_or(f64::NAN);
    Ok(Run {
        score: v["categories"]["performance"]["score"]
            .as_f64()
            .unwrap_or(f64::NAN),
        lcp_ms: audit("largest-contentful-paint"),
        tbt_ms: audit("total-blocking-time"),
        cls: audit("cumulative-layout-shift"),
        bytes: audit("total-byte-weight"),
    })
}

/// The same page with every script (and the preloads that only serve scripts) removed.
fn strip_scripts(html: &str) -> String {
    html.lines()
        .filter(|l| {
            let l = l.trim_start();
            !(l.starts_with("<script")
                || l.starts_with("<link rel=\"modulepreload\"")
                || (l.starts_with("<link rel=\"preload\"") && l.contains("wasm")))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) -> Result<()> {
    fs::create_dir_all(to)?;
    for e in fs::read_dir(from)? {
        let p = e?.path();
        let dest = to.join(p.file_name().context("file name")?);
        if p.is_dir() {
            copy_dir(&p, &dest)?;
        } else {
            fs::copy(&p, &dest)?;
        }
    }
    Ok(())
}
