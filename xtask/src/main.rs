//! `cargo xtask <command>`: the project's native helper.
//!
//! - `build`: wasm release build, JS bindings (wasm-bindgen library pinned by Cargo.lock),
//!   prerendered HTML, content-hashed assets, CSP headers, a link check and a size report,
//!   into `dist/`. For publishing: needs `HIP_SITE_URL`; `--local` builds for this machine.
//! - `serve`: a local build, then serve `dist/` on http://127.0.0.1:8080 with the CSP header.
//! - `test`: every check and test, failing on the first red.
//! - `bench`: Lighthouse (median of 3) against the served page and a script-free copy of it,
//!   island wake time and script per slider step; one summary table.

mod anatomy;
mod bench;
mod build;
mod links;
mod serve;
mod setup;
mod test;

use std::path::PathBuf;
use std::process::{Command, ExitCode};

use anyhow::{bail, Context, Result};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<()> {
    let cmd = args.first().map(String::as_str).unwrap_or("help");
    let rest = &args[args.len().min(1)..];
    match cmd {
        "build" => {
            let site = if rest.iter().any(|a| a == "--local") {
                build::Site::Local
            } else {
                build::Site::Deploy
            };
            build::build(site).map(|_| ())
        }
        "serve" => {
            let no_build = rest.iter().any(|a| a == "--no-build");
            let port = flag_value(rest, "--port")
                .map(|p| p.parse::<u16>().context("--port takes a number"))
                .transpose()?
                .unwrap_or(8080);
            if !no_build {
                setup::ensure_wasm_target()?;
                build::build(build::Site::Local)?;
            }
            serve::serve_forever(port)
        }
        "test" => test::test(),
        "anatomy" => anatomy::anatomy(),
        "bench" => bench::bench(
            flag_value(rest, "--port")
                .map(|p| p.parse::<u16>().context("--port takes a number"))
                .transpose()?
                .unwrap_or(0),
        ),
        "help" | "--help" | "-h" => {
            println!(
                "usage: cargo xtask <build [--local] | serve [--port N] [--no-build] | test | bench [--port N]>\n\
                 \n  build   write dist/ (wasm + bindings + prerendered HTML + hashed assets + size report)\
                 \n          for publishing: needs HIP_SITE_URL=https://your.host; --local: for this machine\
                 \n  serve   build, then serve dist/ on http://127.0.0.1:8080\
                 \n  test    fmt, clippy (host + wasm32), native tests, release build, browser tests\
                 \n  bench   Lighthouse (mobile, median of 3) on the app and on a script-free copy, island\
                 \n          wake time, script per slider step; one table (--port N: app on N, copy on N+1)\
                 \n  anatomy regenerate crates/hip-anatomy/src/generated.rs and docs/anatomy-gallery.html"
            );
            Ok(())
        }
        other => bail!("unknown command {other:?}; try `cargo xtask help`"),
    }
}

fn flag_value<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

/// The workspace root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}

/// Cargo's target directory for this workspace, as Cargo itself resolves it (honours
/// `CARGO_TARGET_DIR`, `build.target-dir` in any config file, and so on). Asked once.
pub fn target_dir() -> Result<PathBuf> {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    if let Some(d) = DIR.get() {
        return Ok(d.clone());
    }
    let dir = ask_target_dir(&mut cargo())?;
    Ok(DIR.get_or_init(|| dir).clone())
}

/// The `target_directory` that `cargo metadata` reports when run as `cmd`.
fn ask_target_dir(cmd: &mut Command) -> Result<PathBuf> {
    let out = cmd
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .output()
        .context("could not run `cargo metadata`")?;
    if !out.status.success() {
        bail!(
            "`cargo metadata` failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let meta: serde_json::Value =
        serde_json::from_slice(&out.stdout).context("reading `cargo metadata` output")?;
    meta["target_directory"]
        .as_str()
        .map(PathBuf::from)
        .context("`cargo metadata` gave no target_directory")
}

/// `cargo` as invoked by the user (respects rustup's toolchain selection).
pub fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root());
    c
}

/// Runs a command, echoing it, and fails with its name if it fails.
pub fn run_step(title: &str, cmd: &mut Command) -> Result<()> {
    println!("\n==> {title}");
    let status = cmd
        .status()
        .with_context(|| format!("could not start: {title}"))?;
    if !status.success() {
        bail!("{title} failed ({status})");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_dir_follows_cargo_target_dir() {
        let elsewhere = std::env::temp_dir().join("hip-explainer-other-target");
        let mut cmd = cargo();
        cmd.env("CARGO_TARGET_DIR", &elsewhere);
        assert_eq!(ask_target_dir(&mut cmd).unwrap(), elsewhere);
    }

    #[test]
    fn target_dir_defaults_to_the_workspace_target() {
        let mut cmd = cargo();
        cmd.env_remove("CARGO_TARGET_DIR")
            .env_remove("CARGO_BUILD_TARGET_DIR");
        assert_eq!(ask_target_dir(&mut cmd).unwrap(), root().join("target"));
    }
}
