//! The link checker for `dist/`: every `href` and `src` in a page, every `url(...)` in a
//! stylesheet and every relative import in a script that points at this site resolves to a
//! file in `dist/` (a folder means its `index.html`), and every `#fragment` into a page names
//! an `id` there. Links to other sites are not fetched. Links written with the site's own
//! address (`HIP_SITE_URL`, e.g. the oEmbed discovery link) count as local.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::{bail, Result};

/// Checks `dist/`; returns how many local references it followed, or every broken one.
pub fn check(dist: &Path, site_url: &str) -> Result<usize> {
    let mut files = Vec::new();
    walk(dist, &mut files)?;
    let mut ids: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
    let mut broken = Vec::new();
    let mut followed = 0;
    for file in &files {
        let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
        let refs = match ext {
            "html" => html_refs(&fs::read_to_string(file)?),
            "css" => css_refs(&fs::read_to_string(file)?),
            "js" => js_refs(&fs::read_to_string(file)?),
            _ => continue,
        };
        let rel = file.strip_prefix(dist)?.display().to_string();
        for r in refs {
            let Some((path, fragment)) = local(&r, site_url) else {
                continue;
            };
            followed += 1;
            let target = if path.is_empty() {
                Some(file.clone())
            } else {
                resolve(dist, file, &path)
            };
            let Some(target) = target else {
                broken.push(format!("{rel}: {r:?} does not resolve to a file in dist/"));
                continue;
            };
            if let Some(f) = fragment.filter(|f| !f.is_empty() && !f.starts_with('?')) {
                if target.extension().is_some_and(|e| e == "html") {
                    let in_page = match ids.get(&target) {
                        Some(list) => list.contains(&f),
                        None => {
                            let list = html_ids(&fs::read_to_string(&target)?);
                            let found = list.contains(&f);
                            ids.insert(target.clone(), list);
                            found
                        }
                    };
                    if !in_page {
                        broken.push(format!("{rel}: {r:?}: no id \"{f}\" in that page"));
                    }
                }
            }
        }
    }
    if !broken.is_empty() {
        bail!("broken links in dist/:\n  {}", broken.join("\n  "));
    }
    Ok(followed)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for e in fs::read_dir(dir)? {
        let p = e?.path();
        if p.is_dir() {
            walk(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

/// The path (percent-decoded, without query) and fragment of a reference to this site, or
/// `None` for another site, a `data:`/`mailto:`/`tel:` link and the like.
fn local(r: &str, site_url: &str) -> Option<(String, Option<String>)> {
    let r = r.trim();
    let site = format!("{}/", site_url.trim_end_matches('/'));
    let r = match r.strip_prefix(&site) {
        Some(rest) => format!("/{rest}"),
        None => {
            let scheme = r
                .split_once(':')
                .is_some_and(|(s, _)| !s.is_empty() && !s.contains(['/', '?', '#']));
            if scheme || r.starts_with("//") {
                return None;
            }
            r.to_string()
        }
    };
    let (rest, fragment) = match r.split_once('#') {
        Some((a, f)) => (a, Some(f.to_string())),
        None => (r.as_str(), None),
    };
    let path = rest.split('?').next().unwrap_or("");
    Some((percent_decode(path), fragment))
}

/// The file a local path names, seen from `from`; a folder means its `index.html`. `None`
/// if there is no such file in `dist`.
fn resolve(dist: &Path, from: &Path, path: &str) -> Option<PathBuf> {
    let start = if path.starts_with('/') {
        dist.to_path_buf()
    } else {
        from.parent()?.to_path_buf()
    };
    let mut p = start;
    for c in Path::new(path.trim_start_matches('/')).components() {
        match c {
            Component::Normal(n) => p.push(n),
            Component::ParentDir if !p.pop() || !p.starts_with(dist) => return None,
            _ => {}
        }
    }
    if !p.starts_with(dist) {
        return None;
    }
    if path.ends_with('/') || p.is_dir() {
        p.push("index.html");
    }
    p.is_file().then_some(p)
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Undoes the character references a serializer writes in attribute values.
fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Each tag's attributes, as (name, value) pairs, from an HTML text. Text between tags
/// (where code samples live, escaped) and comments are skipped.
fn tags(html: &str) -> Vec<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if let Some(after) = rest.strip_prefix("!--") {
            rest = after.find("-->").map_or("", |j| &after[j + 3..]);
            continue;
        }
        let mut attrs = Vec::new();
        let b = rest.as_bytes();
        // Skip the tag name.
        let mut k = 0;
        while k < b.len() && !b[k].is_ascii_whitespace() && b[k] != b'>' {
            k += 1;
        }
        loop {
            while k < b.len() && (b[k].is_ascii_whitespace() || b[k] == b'/') {
                k += 1;
            }
            if k >= b.len() || b[k] == b'>' {
                break;
            }
            let name_start = k;
            while k < b.len() && !b[k].is_ascii_whitespace() && !matches!(b[k], b'=' | b'>') {
                k += 1;
            }
            let name = rest[name_start..k].to_ascii_lowercase();
            let mut value = String::new();
            if k < b.len() && b[k] == b'=' {
                k += 1;
                let quote = b.get(k).copied().filter(|q| matches!(q, b'"' | b'\''));
                if let Some(q) = quote {
                    k += 1;
                    let v0 = k;
                    while k < b.len() && b[k] != q {
                        k += 1;
                    }
                    value = unescape(&rest[v0..k]);
                    k += 1;
                } else {
                    let v0 = k;
                    while k < b.len() && !b[k].is_ascii_whitespace() && b[k] != b'>' {
                        k += 1;
                    }
                    value = unescape(&rest[v0..k]);
                }
            }
            attrs.push((name, value));
        }
        rest = &rest[k.min(rest.len())..];
        out.push(attrs);
    }
    out
}

fn html_refs(html: &str) -> Vec<String> {
    tags(html)
        .into_iter()
        .flatten()
        .filter(|(k, _)| k == "href" || k == "src")
        .map(|(_, v)| v)
        .collect()
}

fn html_ids(html: &str) -> Vec<String> {
    tags(html)
        .into_iter()
        .flatten()
        .filter(|(k, _)| k == "id" || k == "name")
        .map(|(_, v)| v)
        .collect()
}

/// `url(...)` values in a stylesheet.
fn css_refs(css: &str) -> Vec<String> {
    css.split("url(")
        .skip(1)
        .filter_map(|s| s.split_once(')'))
        .map(|(v, _)| v.trim().trim_matches(['"', '\'']).to_string())
        .collect()
}

/// Relative module imports and asset addresses in a script: a string that starts with `./`
/// or `../` right after `from `, `import(` or `new URL(`.
fn js_refs(js: &str) -> Vec<String> {
    let mut out = Vec::new();
    for lead in ["from ", "import(", "new URL("] {
        for part in js.split(lead).skip(1) {
            let Some(q) = part.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
                continue;
            };
            let Some(s) = part[1..].split(q).next() else {
                continue;
            };
            if s.starts_with("./") || s.starts_with("../") {
                out.push(s.to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch `dist/` with the given files.
    fn dist(name: &str, files: &[(&str, &str)]) -> PathBuf {
        let d = std::env::temp_dir().join(format!("xtask-links-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        for (path, text) in files {
            let p = d.join(path);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, text).unwrap();
        }
        d
    }

    const SITE: &str = "https://explainer.example.org";

    #[test]
    fn a_site_whose_links_all_resolve_passes() {
        let d = dist(
            "ok",
            &[
                (
                    "index.html",
                    "<link rel=\"stylesheet\" href=\"assets/s.css\"><a href=\"#top\" id=\"top\">x</a>\
                     <a href=\"demo/\">demo</a><a href=\"embed.html?clinic=A&amp;b=1#c\">e</a>\
                     <link rel=\"alternate\" href=\"https://explainer.example.org/oembed.json\">\
                     <a href=\"https://doi.org/10.1/x\">ref</a><img src=\"data:,\" alt=\"\">\
                     <pre><code>&lt;script src=\"https://elsewhere.example/missing.js\"&gt;</code></pre>",
                ),
                ("embed.html", "<p id=\"c\">c</p>"),
                ("oembed.json", "{}"),
                ("demo/index.html", "<a href=\"../index.html#top\">back</a>"),
                ("assets/s.css", "a { background: url(\"i.svg\") }"),
                ("assets/i.svg", "<svg/>"),
                (
                    "assets/boot.js",
                    "import init from \"./app.js\"; init(new URL(\"./app.wasm\", import.meta.url));",
                ),
                // An import object's key and a default path are not files.
                (
                    "assets/app.js",
                    "imports = { \"./app_bg.js\": x }; new URL('app_bg.wasm', import.meta.url);",
                ),
                ("assets/app.wasm", ""),
            ],
        );
        assert_eq!(check(&d, SITE).unwrap(), 9);
        let _ = fs::remove_dir_all(&d);
    }

    #[test]
    fn every_kind_of_broken_reference_is_reported() {
        let d = dist(
            "broken",
            &[
                (
                    "index.html",
                    "<a href=\"demo-clinic.html\">demo</a><a href=\"#nowhere\">x</a>\
                     <script src=\"/assets/gone.js\"></script><a href=\"../outside.html\">o</a>\
                     <a href=\"https://explainer.example.org/missing.json\">m</a>",
                ),
                ("assets/s.css", "a { background: url(missing.svg) }"),
                ("assets/boot.js", "import init from './missing.js';"),
            ],
        );
        let e = check(&d, SITE).unwrap_err().to_string();
        for bad in [
            "demo-clinic.html",
            "#nowhere",
            "/assets/gone.js",
            "../outside.html",
            "missing.json",
            "missing.svg",
            "./missing.js",
        ] {
            assert!(e.contains(bad), "{bad} is reported in:\n{e}");
        }
        let _ = fs::remove_dir_all(&d);
    }
}
