//! Reads one language's folder (`content/<code>/`: `site.toml`, `chapters/*.toml`,
//! `embed.toml`, `clinicians.toml`) into a [`Folder`], and finds the language folders under
//! `content/`. Used by `build.rs` (which compiles this file too) and by the native tests,
//! which feed it broken copies. Native only: it reads files and parses TOML.

use std::{fs, path::Path};

use serde::Deserialize;

use super::model;
use super::parity::Folder;

/// The files every language folder has besides `chapters/`.
pub const FILES: [&str; 4] = ["site.toml", "embed.toml", "clinicians.toml", "plan.toml"];

/// The language codes under `root` (each a folder with a `site.toml`), the default `en`
/// first and the rest in name order.
pub fn languages(root: &Path) -> Result<Vec<String>, String> {
    let entries = fs::read_dir(root).map_err(|e| format!("{}: {e}", root.display()))?;
    let mut codes: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().join("site.toml").is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    codes.sort_by_key(|c| (c != "en", c.clone()));
    Ok(codes)
}

/// Reads the folder `dir`; `shown` is how messages name it (e.g. `content/es`). Every file
/// that is missing or does not parse is reported, naming it.
pub fn read(dir: &Path, shown: &str) -> Result<Folder, Vec<String>> {
    let mut errors = Vec::new();
    let code = dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    let site = parse::<model::Site>(dir, shown, "site.toml", &mut errors);
    let embed = parse::<model::Embed>(dir, shown, "embed.toml", &mut errors);
    let clinicians = parse::<model::Clinicians>(dir, shown, "clinicians.toml", &mut errors);
    let plan_link = parse::<model::PlanLinkWords>(dir, shown, "plan.toml", &mut errors);
    let mut chapter_files: Vec<String> = match fs::read_dir(dir.join("chapters")) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".toml"))
            .collect(),
        Err(e) => {
            errors.push(format!("{shown}/chapters: {e}"));
            Vec::new()
        }
    };
    chapter_files.sort();
    let mut chapters = Vec::new();
    for name in &chapter_files {
        let file = format!("{shown}/chapters/{name}");
        match fs::read_to_string(dir.join("chapters").join(name)) {
            Ok(text) => match parse_chapter(&text) {
                Ok(c) => chapters.push(c),
                Err(e) => errors.push(format!("{file}: {e}")),
            },
            Err(e) => errors.push(format!("{file}: {e}")),
        }
    }
    match (site, embed, clinicians, plan_link) {
        (Some(site), Some(embed), Some(clinicians), Some(plan_link)) if errors.is_empty() => {
            Ok(Folder {
                dir: shown.to_string(),
                code,
                chapter_files,
                content: model::Content {
                    site,
                    chapters,
                    embed,
                    clinicians,
                    plan_link,
                },
            })
        }
        _ => Err(errors),
    }
}

fn parse<T: serde::de::DeserializeOwned>(
    dir: &Path,
    shown: &str,
    name: &str,
    errors: &mut Vec<String>,
) -> Option<T> {
    let file = format!("{shown}/{name}");
    let text = match fs::read_to_string(dir.join(name)) {
        Ok(t) => t,
        Err(e) => {
            errors.push(format!("{file}: missing or unreadable ({e})"));
            return None;
        }
    };
    toml::from_str(&text)
        .map_err(|e| errors.push(format!("{file}: {e}")))
        .ok()
}

/// Chapters write blocks as `{ kind = "paragraph", text = "..." }`; the model (and postcard)
/// want `{ paragraph = { text = "..." } }`. Rewrite each block, then deserialise.
pub fn parse_chapter(text: &str) -> Result<model::Chapter, String> {
    let mut value: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
    if let Some(toml::Value::Array(blocks)) = value.get_mut("blocks") {
        for (i, block) in blocks.iter_mut().enumerate() {
            let toml::Value::Table(table) = block else {
                return Err(format!("block {} is not a table", i + 1));
            };
            let Some(toml::Value::String(kind)) = table.remove("kind") else {
                return Err(format!("block {} has no `kind = \"...\"`", i + 1));
            };
            let mut tagged = toml::Table::new();
            tagged.insert(kind, toml::Value::Table(std::mem::take(table)));
            *block = toml::Value::Table(tagged);
        }
    }
    model::Chapter::deserialize(toml::Value::Table(value)).map_err(|e| e.to_string())
}
