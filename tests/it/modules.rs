//! The library's files import each other without cycles where islands are concerned: the
//! island registry uses its island files, which never use it back, and no island file uses
//! another (but `islands/hook.rs`).
//!
//! A small Rust lexer finds every path a file names (`use` trees, paths in code and inside
//! macros such as `html!`, `crate::`, `super::` and paths that start with a child module),
//! and resolves each to the file of the longest module prefix it names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    PathSep,
    Punct(char),
}

fn lex(src: &str) -> Vec<Tok> {
    let s: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        let next = s.get(i + 1).copied();
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < s.len() && s[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < s.len() {
                if s[i] == '/' && s.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if s[i] == '*' && s.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == '"' {
            i += 1;
            while i < s.len() && s[i] != '"' {
                i += if s[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if (c == 'r' || c == 'b')
            && matches!(next, Some('#') | Some('"'))
            && (c == 'r' || next == Some('"'))
            && (i == 0 || !(s[i - 1].is_alphanumeric() || s[i - 1] == '_'))
        {
            // r"..", r#".."#, b"..".
            let mut j = i + 1;
            let mut hashes = 0;
            while s.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if s.get(j) != Some(&'"') {
                out.push(Tok::Ident(c.to_string()));
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= s.len() {
                    break;
                }
                if c == 'b' && s[j] == '\\' {
                    j += 2;
                    continue;
                }
                if s[j] == '"' && (0..hashes).all(|h| s.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            i = j;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('a).
            if next == Some('\\') {
                i += 2;
                while i < s.len() && s[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if s.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
                while i < s.len() && (s[i].is_alphanumeric() || s[i] == '_') {
                    i += 1;
                }
            }
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < s.len() && (s[i].is_alphanumeric() || s[i] == '_') {
                i += 1;
            }
            out.push(Tok::Ident(s[start..i].iter().collect()));
        } else if c.is_ascii_digit() {
            while i < s.len() && (s[i].is_alphanumeric() || s[i] == '_' || s[i] == '.') {
                if s[i] == '.' && !s.get(i + 1).is_some_and(|d| d.is_ascii_digit()) {
                    break;
                }
                i += 1;
            }
        } else if c == ':' && next == Some(':') {
            out.push(Tok::PathSep);
            i += 2;
        } else {
            out.push(Tok::Punct(c));
            i += 1;
        }
    }
    out
}

/// Reads a use tree or path at `toks[*i]` (just after a `::`), appending every full path
/// under `prefix` to `out`.
fn tree(toks: &[Tok], i: &mut usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    match toks.get(*i) {
        Some(Tok::Punct('{')) => {
            *i += 1;
            loop {
                match toks.get(*i) {
                    Some(Tok::Punct('}')) | None => {
                        *i += 1;
                        return;
                    }
                    Some(Tok::Punct(',')) => *i += 1,
                    _ => {
                        let before = *i;
                        tree(toks, i, prefix.clone(), out);
                        if *i == before {
                            *i += 1;
                        }
                    }
                }
            }
        }
        Some(Tok::Ident(name)) => {
            let mut path = prefix;
            if name != "self" {
                path.push(name.clone());
            }
            *i += 1;
            if toks.get(*i) == Some(&Tok::PathSep) {
                *i += 1;
                tree(toks, i, path, out);
            } else {
                if toks.get(*i) == Some(&Tok::Ident("as".into())) {
                    *i += 2;
                }
                out.push(path);
            }
        }
        Some(Tok::Punct('*')) => {
            *i += 1;
            out.push(prefix);
        }
        _ => out.push(prefix),
    }
}

/// The module paths every file of `src/` is, and the module paths each file names.
fn imports() -> BTreeMap<Vec<String>, Vec<Vec<String>>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                if p != root.join("bin") {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|e| e == "rs") {
                files.push(p);
            }
        }
    }
    let mut out = BTreeMap::new();
    let modules: BTreeSet<Vec<String>> = files.iter().filter_map(|f| module_of(&root, f)).collect();
    for f in &files {
        let Some(module) = module_of(&root, f) else {
            continue;
        };
        let toks = lex(&std::fs::read_to_string(f).unwrap());
        let mut paths = Vec::new();
        // Inline modules (`mod behaviour { ... }`): their name and the depth they close at.
        let mut inline: Vec<(String, usize)> = Vec::new();
        let mut depth = 0;
        let mut i = 0;
        while i < toks.len() {
            let here: Vec<String> = module
                .iter()
                .cloned()
                .chain(inline.iter().map(|(n, _)| n.clone()))
                .collect();
            let after_sep = i > 0 && toks[i - 1] == Tok::PathSep;
            match &toks[i] {
                Tok::Punct('{') => depth += 1,
                Tok::Punct('}') => {
                    depth -= 1;
                    if inline.last().is_some_and(|(_, d)| *d == depth) {
                        inline.pop();
                    }
                }
                Tok::Ident(m) if m == "mod" => {
                    if let (Some(Tok::Ident(name)), Some(Tok::Punct('{'))) =
                        (toks.get(i + 1), toks.get(i + 2))
                    {
                        inline.push((name.clone(), depth));
                    }
                }
                Tok::Ident(start) if !after_sep && toks.get(i + 1) == Some(&Tok::PathSep) => {
                    let mut base = match start.as_str() {
                        "crate" => Some(Vec::new()),
                        "super" => Some(here[..here.len().saturating_sub(1)].to_vec()),
                        "self" => Some(here.clone()),
                        child => {
                            let mut p = here.clone();
                            p.push(child.to_string());
                            modules.contains(&p).then_some(p)
                        }
                    };
                    if let Some(mut base) = base.take() {
                        let mut j = i + 2;
                        // `super::super::`
                        while toks.get(j) == Some(&Tok::Ident("super".into()))
                            && toks.get(j + 1) == Some(&Tok::PathSep)
                        {
                            base.pop();
                            j += 2;
                        }
                        tree(&toks, &mut j, base, &mut paths);
                        i = j;
                        continue;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        // Each path resolves to the file of its longest module prefix.
        let targets = paths
            .into_iter()
            .filter_map(|p| {
                (1..=p.len())
                    .rev()
                    .map(|n| p[..n].to_vec())
                    .find(|m| modules.contains(m))
            })
            .filter(|t| *t != module)
            .collect();
        out.insert(module, targets);
    }
    out
}

fn module_of(root: &Path, file: &Path) -> Option<Vec<String>> {
    let rel = file.strip_prefix(root).ok()?.with_extension("");
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    match parts.as_slice() {
        [one] if one == "lib" => Some(Vec::new()),
        [one] if one == "main" => None,
        _ => Some(parts),
    }
}

fn name(m: &[String]) -> String {
    if m.is_empty() {
        "lib".into()
    } else {
        m.join("/")
    }
}

/// A shortest cycle from `start` back to itself, if there is one, as file names.
fn cycle_through(
    start: &Vec<String>,
    graph: &BTreeMap<Vec<String>, Vec<Vec<String>>>,
) -> Option<Vec<String>> {
    let mut parent: BTreeMap<Vec<String>, Vec<String>> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start.clone()]);
    while let Some(m) = queue.pop_front() {
        for t in graph.get(&m).into_iter().flatten() {
            if t == start {
                // start -> ... -> m -> start
                let mut back = vec![m.clone()];
                while let Some(p) = parent.get(back.last().unwrap()) {
                    back.push(p.clone());
                }
                let mut c: Vec<String> = back.iter().rev().map(|p| name(p)).collect();
                if c.first() != Some(&name(start)) {
                    c.insert(0, name(start));
                }
                c.push(name(start));
                return Some(c);
            }
            if !parent.contains_key(t) && t != start {
                parent.insert(t.clone(), m.clone());
                queue.push_back(t.clone());
            }
        }
    }
    None
}

fn is_island_file(m: &[String]) -> bool {
    m.first().is_some_and(|f| f == "islands")
}

#[test]
fn the_lexer_finds_paths_in_use_trees_code_and_macros() {
    let toks = lex(r##"
        use crate::a::{b::{C, d::E}, self as f};
        // use crate::commented::Out;
        let s = "crate::in_string::X"; let r = r#"crate::raw::Y"#; let c = '{';
        html! { <crate::m::Comp x={super::n::V} /> }
        fn g<'a>(x: &'a str) { child::h(); }
    "##);
    let mut paths = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if toks[i] == Tok::Ident("crate".into()) || toks[i] == Tok::Ident("super".into()) {
            let mut j = i + 2;
            tree(&toks, &mut j, vec![], &mut paths);
            i = j;
        } else {
            i += 1;
        }
    }
    let joined: Vec<String> = paths.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        joined,
        ["a::b::C", "a::b::d::E", "a", "m::Comp", "n::V"],
        "{toks:?}"
    );
}

#[test]
fn no_file_cycle_runs_through_the_islands() {
    let graph = imports();
    // The registry and its files are all found, with the edges the design relies on.
    let islands = vec!["islands".to_string()];
    let plan = vec!["islands".to_string(), "plan".to_string()];
    assert!(
        graph[&islands].contains(&plan),
        "islands.rs uses islands/plan.rs"
    );
    assert!(
        graph[&vec!["components".to_string(), "weekly_plan".to_string()]].contains(&plan),
        "the plan's markup uses the plan's names"
    );
    // No island file uses the registry or another island file (but the shared `hook`, the
    // figures' shared `figure` and the words' codec `words`).
    for (m, targets) in &graph {
        if is_island_file(m) && m.len() == 2 {
            for t in targets {
                assert!(
                    !is_island_file(t)
                        || t.last()
                            .is_some_and(|l| ["hook", "figure", "words"].contains(&l.as_str())),
                    "{} uses {}",
                    name(m),
                    name(t)
                );
            }
        }
    }
    // No file cycle passes through the registry or an island file.
    for m in graph.keys().filter(|m| is_island_file(m)) {
        assert_eq!(
            cycle_through(m, &graph),
            None,
            "a file cycle through {}",
            name(m)
        );
    }
}
