//! `cargo xtask <command>`: the project's native helper.
//!
//! - `build`: wasm release build, JS bindings (wasm-bindgen library pinned by Cargo.lock),
//!   prerendered HTML, content-hashed assets, CSP headers, a link check and a size report,
//!   into `dist/`. For publishing: needs `HIP_SITE_URL`; `--local` builds for this machine.
//! - `serve`: a local build, then serve `dist/` on http://127.0.0.1:8080 with the CSP header.
//! - `test`: every check and test, failing on the first red.
//! - `bench`: Lighthouse against the served page and a script-free copy of it.

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
        "bench" => bench::bench(),
        "help" | "--help" | "-h" => {
            println!(
                "usage: cargo xtask <build [--local] | serve [--port N] [--no-build] | test | bench>\n\
                 \n  build   write dist/ (wasm + bindings + prerendered HTML + hashed assets + size report)\
                 \n          for publishing: needs HIP_SITE_URL=https://your.host; --local: for this machine\
                 \n  serve   build, then serve dist/ on http://127.0.0.1:8080\
                 \n  test    fmt, clippy (host + wasm32), native tests, release build, browser tests\
                 \n  bench   Lighthouse (mobile) on the app and on a script-free copy, side by side\
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
