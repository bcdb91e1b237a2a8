//! `cargo xtask test`: every check and test, stopping at the first red.

use std::process::Command;

use anyhow::Result;

use crate::{build, cargo, root, run_step, serve, setup};

pub fn test() -> Result<()> {
    setup::ensure_wasm_target()?;
    setup::ensure_browsers()?;
    setup::ensure_npm()?;
    run_step(
        "cargo fmt --check",
        cargo().args(["fmt", "--all", "--check"]),
    )?;
    run_step(
        "cargo clippy (host, all targets, -D warnings)",
        cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    // The pure model as the browser builds compile it (its wasm-only content loader).
    run_step(
        "cargo clippy (wasm32, hip-model, -D warnings)",
        cargo().args([
            "clippy",
            "-p",
            "hip-model",
            "--lib",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    // Every browser build: the main page's, the embedded page's, the plan builder's.
    for features in ["islands", "embed", "plan"] {
        run_step(
            &format!("cargo clippy (wasm32, {features}, -D warnings)"),
            cargo().args([
                "clippy",
                "-p",
                "hip-explainer",
                "--lib",
                "--bins",
                "--target",
                "wasm32-unknown-unknown",
                "--features",
                features,
                "--",
                "-D",
                "warnings",
            ]),
        )?;
    }
    run_step(
        "cargo test (native: geometry, diagram, content, SSR)",
        cargo().args(["test", "--workspace", "--features", "hip-explainer/ssr"]),
    )?;
    build::build(build::Site::Local)?;
    let base = serve::spawn(root().join("dist"))?;
    run_step(
        &format!("Playwright (Debian Chromium and Firefox ESR) against {base}"),
        Command::new("npx")
            .args(["playwright", "test"])
            .current_dir(root())
            .env("BASE_URL", &base)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
    )?;
    println!("\nAll checks and tests passed.");
    Ok(())
}
