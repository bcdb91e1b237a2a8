//! The model crate stays pure: the compiler keeps yew, web-sys and wasm-bindgen out of it
//! only if no dependency (direct or below) brings them. `cargo tree` says which it has.

use std::process::Command;

/// `cargo tree --offline --prefix none` with `args`, from this crate's folder.
fn cargo_tree(args: &[&str]) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "--offline", "--prefix", "none"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_model_crate_depends_on_no_yew_web_sys_or_wasm_bindgen() {
    let tree = cargo_tree(&["-e", "normal,build", "-p", "hip-model"]);
    assert!(
        tree.contains("hip-model") && tree.contains("postcard"),
        "{tree}"
    );
    for banned in ["yew", "web-sys", "wasm-bindgen", "js-sys", "gloo"] {
        assert!(
            !tree.lines().any(|l| l.starts_with(banned)),
            "{banned} in:\n{tree}"
        );
    }
}

#[test]
fn the_app_depends_on_the_model_and_not_the_other_way() {
    // The model's users: the app (and the build tool through it), never the model's own
    // dependencies pointing back.
    let users = cargo_tree(&[
        "-e",
        "normal",
        "--workspace",
        "--invert",
        "hip-model",
        "--depth",
        "1",
    ]);
    assert!(
        users.lines().any(|l| l.starts_with("hip-explainer")),
        "{users}"
    );
}
