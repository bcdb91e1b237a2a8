//! Installs what a fresh machine lacks, idempotently and quickly when all is there.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::{root, run_step};

const APT_PACKAGES: &[&str] = &[
    "chromium",
    "chromium-driver",
    "firefox-esr",
    "fonts-dejavu",
    "fonts-liberation",
];

/// `rustup target add wasm32-unknown-unknown` unless it is installed.
pub fn ensure_wasm_target() -> Result<()> {
    let out = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output();
    match out {
        Ok(o) if String::from_utf8_lossy(&o.stdout).contains("wasm32-unknown-unknown") => Ok(()),
        Ok(_) => run_step(
            "rustup target add wasm32-unknown-unknown",
            Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]),
        ),
        Err(_) => bail!(
            "rustup was not found; install the wasm32 target for your toolchain: \
             rustup target add wasm32-unknown-unknown"
        ),
    }
}

/// Debian's Chromium, Firefox ESR and fonts for the browser tests (apt when root, else the
/// exact command). The suite runs its behaviour specs in both engines.
pub fn ensure_browsers() -> Result<()> {
    let fonts_ok = Path::new("/usr/share/fonts/truetype/dejavu").exists()
        && Path::new("/usr/share/fonts/truetype/liberation").exists();
    if Path::new("/usr/bin/chromium").exists()
        && Path::new("/usr/bin/firefox-esr").exists()
        && fonts_ok
    {
        return Ok(());
    }
    let cmd = format!(
        "apt-get update && apt-get install -y {}",
        APT_PACKAGES.join(" ")
    );
    if !is_root() {
        bail!(
            "the browser tests need Debian's Chromium, Firefox ESR and fonts; run as root:\n    {cmd}"
        );
    }
    run_step("apt-get update", Command::new("apt-get").arg("update"))?;
    run_step(
        "apt-get install chromium, firefox-esr and fonts",
        Command::new("apt-get")
            .args(["install", "-y", "--no-install-recommends"])
            .args(APT_PACKAGES)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

/// `npm ci` when node_modules is missing or older than package-lock.json.
pub fn ensure_npm() -> Result<()> {
    let root = root();
    let lock = root.join("package-lock.json");
    let marker = root.join("node_modules/.package-lock.json");
    let fresh = match (lock.metadata(), marker.metadata()) {
        (Ok(l), Ok(m)) => m.modified()? >= l.modified()?,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run_step(
        "npm ci (pinned dev dependencies: Playwright, axe-core, Lighthouse)",
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&root)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
    )
    .context("npm ci failed; is Node.js 20 with npm installed?")
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}
