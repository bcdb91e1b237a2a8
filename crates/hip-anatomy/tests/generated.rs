//! The committed generated file is exactly what the generator makes now, and the crate stays
//! free of browser dependencies.

use std::process::Command;

#[test]
fn the_committed_generated_file_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/generated.rs");
    let committed = std::fs::read_to_string(path).unwrap();
    let fresh = hip_anatomy::generate::rust_source(&hip_anatomy::generate::generate());
    assert!(
        committed == fresh,
        "src/generated.rs is stale: run `cargo xtask anatomy`"
    );
}

#[test]
fn the_dependency_tree_has_no_yew_web_sys_or_wasm_bindgen() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "tree",
            "--offline",
            "-e",
            "normal,build",
            "-p",
            "hip-anatomy",
            "--prefix",
            "none",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(
        tree.contains("hip-anatomy") && tree.contains("roxmltree"),
        "{tree}"
    );
    for banned in ["yew", "web-sys", "wasm-bindgen", "js-sys"] {
        assert!(
            !tree.lines().any(|l| l.starts_with(banned)),
            "{banned} in:\n{tree}"
        );
    }
}
