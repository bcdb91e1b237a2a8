//! Reads every reader-facing word from `content/`, checks it, and hands it to the crate
//! as compact postcard blobs (`$OUT_DIR/content.postcard`, and `figures.postcard` with only
//! what the interactive figures need). A content mistake fails the
//! build with a message that names the file and the problem.

use std::{env, fs, path::Path};

use serde::Deserialize;

#[allow(dead_code)]
#[path = "src/content/model.rs"]
mod model;

#[allow(dead_code)]
#[path = "src/content/check.rs"]
mod check;

fn main() {
    let root = Path::new("content/en");
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/content/model.rs");
    println!("cargo:rerun-if-changed=src/content/check.rs");

    let site_path = root.join("site.toml");
    let site: model::Site = parse(&site_path);
    let mut files: Vec<_> = fs::read_dir(root.join("chapters"))
        .expect("content/en/chapters must exist")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let chapters: Vec<model::Chapter> = files.iter().map(|p| parse_chapter(p)).collect();
    let embed: model::Embed = parse(&root.join("embed.toml"));
    let plan_link: model::PlanLinkWords = parse(&root.join("plan.toml"));
    let content = model::Content {
        site,
        chapters,
        embed,
        plan_link,
    };

    let problems = check::problems(&content);
    if !problems.is_empty() {
        for p in &problems {
            println!("cargo:warning=content: {p}");
        }
        panic!(
            "content/ has {} problem(s):\n  - {}",
            problems.len(),
            problems.join("\n  - ")
        );
    }

    let out_dir = env::var("OUT_DIR").expect("OUT_DIR set by cargo");
    let bytes = postcard::to_allocvec(&content).expect("content serialises");
    fs::write(Path::new(&out_dir).join("content.postcard"), bytes).expect("write content blob");
    // The browser build needs only the figures' words.
    // Captions, notes and long descriptions stay in the static page (the figure frame is not
    // part of any island), so they are left out.
    let figures = model::FigureWords {
        figures: content
            .chapters
            .iter()
            .flat_map(|c| c.blocks.iter())
            .filter_map(|b| match b {
                model::Block::Figure { figure } => Some(model::Figure {
                    caption: String::new(),
                    description: Vec::new(),
                    note: None,
                    ..figure.clone()
                }),
                _ => None,
            })
            .collect(),
    };
    let bytes = postcard::to_allocvec(&figures).expect("figure words serialise");
    fs::write(Path::new(&out_dir).join("figures.postcard"), bytes).expect("write figures blob");
}

fn parse<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Chapters write blocks as `{ kind = "paragraph", text = "..." }`; the model (and postcard)
/// want `{ paragraph = { text = "..." } }`. Rewrite each block, then deserialise.
fn parse_chapter(path: &Path) -> model::Chapter {
    let mut value: toml::Table = parse(path);
    if let Some(toml::Value::Array(blocks)) = value.get_mut("blocks") {
        for (i, block) in blocks.iter_mut().enumerate() {
            let toml::Value::Table(table) = block else {
                panic!("{}: block {} is not a table", path.display(), i + 1);
            };
            let Some(toml::Value::String(kind)) = table.remove("kind") else {
                panic!(
                    "{}: block {} has no `kind = \"...\"`",
                    path.display(),
                    i + 1
                );
            };
            let mut tagged = toml::Table::new();
            tagged.insert(kind, toml::Value::Table(std::mem::take(table)));
            *block = toml::Value::Table(tagged);
        }
    }
    model::Chapter::deserialize(toml::Value::Table(value))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
