//! `cargo xtask anatomy`: runs the anatomy generator (crate `hip-anatomy`) on its embedded
//! MyoSim data and writes
//! - `crates/hip-anatomy/src/generated.rs`, the committed constants the figures read, and
//! - `docs/anatomy-gallery.html` with `docs/anatomy-gallery/` (SVGs and CSS), the static
//!   gallery for a clinician's review.
//!
//! No Python and no network: the source meshes and XML are in the crate.

use anyhow::{Context, Result};

pub fn anatomy() -> Result<()> {
    let root = crate::root();
    let a = hip_anatomy::generate::generate();
    let generated = root.join("crates/hip-anatomy/src/generated.rs");
    std::fs::write(&generated, hip_anatomy::generate::rust_source(&a))
        .with_context(|| format!("writing {}", generated.display()))?;
    println!("wrote {}", generated.display());
    for f in hip_anatomy::gallery::files(&a) {
        let path = root.join(&f.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, f.contents).with_context(|| format!("writing {}", path.display()))?;
    }
    println!("wrote {}", root.join(hip_anatomy::gallery::HTML).display());
    for t in &a.outlines {
        println!(
            "{:>15} {:>5}: IoU {:.4}, {} loops ({} holes), smoothing {} mm",
            t.bone.id(),
            t.view.id(),
            t.traced.iou,
            t.traced.loops.len(),
            t.traced.holes,
            t.traced.sigma
        );
    }
    println!("neck-shaft angle {:.1} degrees", a.neck_shaft_deg);
    Ok(())
}
