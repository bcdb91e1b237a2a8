//! `cargo xtask bench`: Lighthouse 12 (mobile preset, median of three runs) on the served app
//! and on a "limit" copy of the same prerendered page with every script removed, side by side;
//! then the paints and the time from an island entering the viewport to its working, as
//! Chromium itself observes them under the same throttling, and script time per slider step
//! for every figure at 4x CPU slowdown (Chrome DevTools Protocol). Ends with one table of all
//! of it against the targets of issue #13 (the README's Benchmarks table).

use std::fs;
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::{build, root, serve, setup};

const CHROME_FLAGS: &str = "--headless=new --no-sandbox --disable-gpu --disable-quic \
--no-first-run --disable-background-networking --disable-component-update --disable-sync \
--log-level=3";

/// How many Lighthouse runs per page; the table shows each metric's median.
const LIGHTHOUSE_RUNS: usize = 3;

/// The targets of issue #13, checked against the medians.
const MIN_SCORE: f64 = 99.0;
const MAX_TBT_ABOVE_LIMIT_MS: f64 = 30.0;
const MAX_LCP_RATIO: f64 = 1.1;
const MAX_BYTES_RATIO: f64 = 1.2;
const MAX_SCRIPT_PER_STEP_MS: f64 = 8.0;

#[derive(Clone, Copy)]
struct Run {
    score: f64,
    lcp_ms: f64,
    tbt_ms: f64,
    cls: f64,
    bytes: f64,
}

impl Run {
    /// Each metric's median over `runs` (one run's metrics need not come from one run).
    fn median(runs: &[Run]) -> Run {
        let m = |f: fn(&Run) -> f64| median(runs.iter().map(f).collect());
        Run {
            score: m(|r| r.score),
            lcp_ms: m(|r| r.lcp_ms),
            tbt_ms: m(|r| r.tbt_ms),
            cls: m(|r| r.cls),
            bytes: m(|r| r.bytes),
        }
    }
}

/// The middle value (the upper middle of an even count); NaN for none.
fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// `port`: serve the app there and the script-free copy on the next port (0: any free ones).
pub fn bench(port: u16) -> Result<()> {
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

    let next = if port == 0 { 0 } else { port + 1 };
    let app_url = serve::spawn_on(root.join("dist"), port)?;
    let limit_url = serve::spawn_on(limit, next)?;
    // Alternate the two pages, so a slow spell on this shared machine hits both alike.
    let (mut apps, mut lims) = (Vec::new(), Vec::new());
    for i in 0..LIGHTHOUSE_RUNS {
        apps.push(lighthouse(&format!("{app_url}/"), &format!("app-{i}"))?);
        lims.push(lighthouse(&format!("{limit_url}/"), &format!("limit-{i}"))?);
    }
    let (app, lim) = (Run::median(&apps), Run::median(&lims));

    // Lighthouse simulates LCP from the request graph; this is what Chromium itself reports
    // with the same throttling applied, and how long an island takes to work once in view.
    let observed_json = target.join("bench-observed.json");
    node(
        "tests/bench/observed-load.js",
        &[format!("{app_url}/"), format!("{limit_url}/")],
        &observed_json,
    )?;
    let sliders_json = target.join("bench-sliders.json");
    node(
        "tests/bench/slider-steps.js",
        &[format!("{app_url}/")],
        &sliders_json,
    )?;
    let observed: serde_json::Value = serde_json::from_slice(&fs::read(&observed_json)?)?;
    let sliders: serde_json::Value = serde_json::from_slice(&fs::read(&sliders_json)?)?;

    println!(
        "\n==> Summary ({}; Lighthouse 12 mobile preset, median of {LIGHTHOUSE_RUNS} runs each; \
         observed loads and slider steps in Chromium at 4x CPU slowdown)",
        today()
    );
    println!("| metric | app | no-script limit | app vs limit | target | met |");
    println!("|---|---|---|---|---|---|");
    let met = |ok: bool| if ok { "yes" } else { "NO" };
    println!(
        "| performance score | {:.0} | {:.0} | - | >= {MIN_SCORE:.0} | {} |",
        app.score * 100.0,
        lim.score * 100.0,
        met(app.score * 100.0 >= MIN_SCORE)
    );
    let tbt_above = app.tbt_ms - lim.tbt_ms;
    println!(
        "| TBT | {:.0} ms | {:.0} ms | {tbt_above:+.0} ms | <= +{MAX_TBT_ABOVE_LIMIT_MS:.0} ms | {} |",
        app.tbt_ms,
        lim.tbt_ms,
        met(tbt_above <= MAX_TBT_ABOVE_LIMIT_MS)
    );
    let lcp_ratio = app.lcp_ms / lim.lcp_ms;
    println!(
        "| LCP (simulated) | {:.0} ms | {:.0} ms | {lcp_ratio:.2}x | <= {MAX_LCP_RATIO}x | {} |",
        app.lcp_ms,
        lim.lcp_ms,
        met(lcp_ratio <= MAX_LCP_RATIO)
    );
    println!("| CLS | {:.3} | {:.3} | - | - | - |", app.cls, lim.cls);
    let bytes_ratio = app.bytes / lim.bytes;
    println!(
        "| bytes before any scroll | {:.0} | {:.0} | {bytes_ratio:.2}x | <= {MAX_BYTES_RATIO}x | {} |",
        app.bytes,
        lim.bytes,
        met(bytes_ratio <= MAX_BYTES_RATIO)
    );
    let ms = |v: &serde_json::Value| v.as_f64().map_or("-".into(), |v| format!("{v:.0} ms"));
    println!(
        "| observed FCP / LCP | {} / {} | {} / {} | - | - | - |",
        ms(&observed["app"]["fcp"]),
        ms(&observed["app"]["lcp"]),
        ms(&observed["no-script"]["fcp"]),
        ms(&observed["no-script"]["lcp"])
    );
    println!(
        "| island in view -> working (median) | {} | - | - | - | - |",
        ms(&observed["app"]["interactive"])
    );
    if let Some(figures) = sliders.as_object() {
        for (figure, f) in figures {
            let script = f["scriptMs"].as_f64().unwrap_or(f64::NAN);
            let best = f["bestMs"].as_f64().unwrap_or(f64::NAN);
            println!(
                "| script per slider step, {figure} (median; best round) | {script:.1} ms; {best:.1} ms | - | - | <= {MAX_SCRIPT_PER_STEP_MS:.0} ms | {} |",
                met(script <= MAX_SCRIPT_PER_STEP_MS)
            );
        }
    }
    println!(
        "\nLighthouse reports: {}/lighthouse-{{app,limit}}-N.json",
        target.display()
    );
    Ok(())
}

/// Today's date (UTC), for the summary's heading.
fn today() -> String {
    Command::new("date")
        .args(["-u", "+%Y-%m-%d"])
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map_or_else(|| "today".into(), |s| s.trim().to_string())
}

/// Runs one of the Node benchmark scripts from the repository root; it writes its results
/// as JSON to `json`.
fn node(script: &str, args: &[String], json: &std::path::Path) -> Result<()> {
    let _ = fs::remove_file(json);
    let status = Command::new("node")
        .arg(script)
        .args(args)
        .env("BENCH_JSON", json)
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
