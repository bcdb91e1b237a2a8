//! Language parity: a translation must have every item the default language (English) has,
//! in the same places. Same chapter files, the same blocks in the same order and of the same
//! kinds, the same ids (figures, labels, controls, readouts, panels, muscles, toggles, picker
//! options, chart groups, exercises, references, embed routes and settings, clinicians'
//! drawing notes), the same counts (paragraphs of a description, list items, slider and
//! readout bands, steps, mistakes, questions and answers) and the same right answers.
//!
//! Words are not compared: only the shape. Each difference is one sentence that starts with
//! the file to fix, e.g. `content/es/chapters/05-pelvis-and-low-back.toml: figure
//! "pelvis-side" has 9 labels, English has 10`.
//!
//! Pure data in, sentences out: compiled by `build.rs` (a difference fails the build) and by
//! the crate for the tests. Depends only on `model`.

use super::model::{Block, Chapter, Content, Figure};

/// One language as read from its folder: where it lives, its chapter files' names in order
/// (e.g. `05-pelvis-and-low-back.toml`) and what they say.
#[derive(Debug, Clone, PartialEq)]
pub struct Folder {
    /// The folder as it should be named in messages, e.g. `content/es`.
    pub dir: String,
    /// The folder's own name, the language code, e.g. `es`.
    pub code: String,
    /// File names under `chapters/`, sorted, one per entry of `content.chapters`.
    pub chapter_files: Vec<String>,
    /// The parsed words.
    pub content: Content,
}

/// Every way `lang` differs in shape from `default`, one sentence each, naming the file.
/// Empty means the translation has every item, in the same places.
pub fn differences(lang: &Folder, default: &Folder) -> Vec<String> {
    let mut out = Vec::new();
    let en_name = language_name(&default.code);
    let site_file = format!("{}/site.toml", lang.dir);
    if lang.content.site.lang != lang.code {
        out.push(format!(
            "{site_file}: lang is {:?}, but the folder is {:?}",
            lang.content.site.lang, lang.code
        ));
    }
    let mut d = Diff {
        out: &mut out,
        file: site_file,
        en: en_name,
    };
    site(&mut d, lang, default);

    // Chapters are matched by file name, so one missing file is reported once.
    for (i, name) in default.chapter_files.iter().enumerate() {
        let file = format!("{}/chapters/{name}", lang.dir);
        let Some(j) = lang.chapter_files.iter().position(|n| n == name) else {
            d.out.push(format!(
                "{file}: missing ({en_name} has this chapter, number {})",
                default.content.chapters[i].number
            ));
            continue;
        };
        d.file = file;
        chapter(
            &mut d,
            &lang.content.chapters[j],
            &default.content.chapters[i],
        );
    }
    for name in &lang.chapter_files {
        if !default.chapter_files.contains(name) {
            d.out.push(format!(
                "{}/chapters/{name}: {en_name} has no such chapter file",
                lang.dir
            ));
        }
    }

    d.file = format!("{}/embed.toml", lang.dir);
    embed(&mut d, &lang.content, &default.content);
    d.file = format!("{}/clinicians.toml", lang.dir);
    clinicians(&mut d, &lang.content, &default.content);
    d.file = format!("{}/plan.toml", lang.dir);
    plan(&mut d, &lang.content, &default.content);
    out
}

/// How the default language is named in messages.
fn language_name(code: &str) -> &'static str {
    if code == "en" {
        "English"
    } else {
        "the default language"
    }
}

/// Collects sentences for one file.
struct Diff<'a> {
    out: &'a mut Vec<String>,
    file: String,
    en: &'static str,
}

impl Diff<'_> {
    fn say(&mut self, what: impl std::fmt::Display) {
        self.out.push(format!("{}: {what}", self.file));
    }

    /// `owner` has as many `items` as the default language.
    fn count(&mut self, owner: &str, items: &str, ours: usize, theirs: usize) {
        if ours != theirs {
            let en = self.en;
            self.say(format!("{owner}has {ours} {items}, {en} has {theirs}"));
        }
    }

    /// The same ids, in the same order; names each missing and extra id.
    fn ids(&mut self, owner: &str, item: &str, ours: &[&str], theirs: &[&str]) {
        if ours == theirs {
            return;
        }
        let en = self.en;
        self.count(owner, &plural(item), ours.len(), theirs.len());
        let mut named = false;
        for id in theirs {
            if !ours.contains(id) {
                self.say(format!("{owner}{item} {id:?} is missing ({en} has it)"));
                named = true;
            }
        }
        for id in ours {
            if !theirs.contains(id) {
                self.say(format!("{owner}{item} {id:?} is not in {en}"));
                named = true;
            }
        }
        if !named {
            self.say(format!(
                "{owner}{} are in the order {ours:?}, {en} has {theirs:?}",
                plural(item)
            ));
        }
    }

    /// Both have the optional item, or neither has.
    fn both(&mut self, owner: &str, item: &str, ours: bool, theirs: bool) {
        let en = self.en;
        match (ours, theirs) {
            (false, true) => self.say(format!("{owner}has no {item}, {en} has one")),
            (true, false) => self.say(format!("{owner}has a {item}, {en} has none")),
            _ => {}
        }
    }
}

fn plural(item: &str) -> String {
    match item {
        "reference" | "label" | "control" | "readout" | "panel" | "muscle" | "toggle"
        | "option" | "group" | "route" | "setting" | "drawing note" => format!("{item}s"),
        _ => format!("{item}(s)"),
    }
}

fn site(d: &mut Diff, lang: &Folder, default: &Folder) {
    let (s, e) = (&lang.content.site, &default.content.site);
    d.count("", "hook paragraphs", s.hook.len(), e.hook.len());
    d.ids(
        "",
        "reference",
        &ids(&s.references, |r| &r.id),
        &ids(&e.references, |r| &r.id),
    );
}

fn chapter(d: &mut Diff, ch: &Chapter, en: &Chapter) {
    let name = d.en;
    if ch.slug != en.slug {
        d.say(format!("slug is {:?}, {name} has {:?}", ch.slug, en.slug));
    }
    if ch.number != en.number {
        d.say(format!("number is {}, {name} has {}", ch.number, en.number));
    }
    d.count("", "blocks", ch.blocks.len(), en.blocks.len());
    for (i, (b, e)) in ch.blocks.iter().zip(&en.blocks).enumerate() {
        if kind(b) != kind(e) {
            // Everything after a missing or extra block is shifted: name the first place only.
            d.say(format!(
                "block {} is a {}, {name} has a {} there",
                i + 1,
                kind(b),
                kind(e)
            ));
            return;
        }
        block(d, i + 1, b, e);
    }
}

/// The `kind = "..."` of a block, as written in the chapter files.
pub fn kind(b: &Block) -> &'static str {
    match b {
        Block::Paragraph { .. } => "paragraph",
        Block::Subheading { .. } => "subheading",
        Block::List { .. } => "list",
        Block::Evidence { .. } => "evidence",
        Block::Warning { .. } => "warning",
        Block::Exercise { .. } => "exercise",
        Block::Plan { .. } => "plan",
        Block::Quiz { .. } => "quiz",
        Block::Figure { .. } => "figure",
        Block::Clinic { .. } => "clinic",
    }
}

fn block(d: &mut Diff, n: usize, b: &Block, e: &Block) {
    let name = d.en;
    match (b, e) {
        (Block::List { items }, Block::List { items: theirs }) => {
            d.count(
                &format!("list (block {n}) "),
                "items",
                items.len(),
                theirs.len(),
            );
        }
        (
            Block::Evidence { strength, refs, .. },
            Block::Evidence {
                strength: s2,
                refs: r2,
                ..
            },
        ) => {
            let owner = format!("evidence note (block {n}) ");
            if strength != s2 {
                d.say(format!(
                    "{owner}is rated {strength:?}, {name} rates it {s2:?}"
                ));
            }
            let ours: Vec<&str> = refs.iter().map(String::as_str).collect();
            let theirs: Vec<&str> = r2.iter().map(String::as_str).collect();
            d.ids(&owner, "reference", &ours, &theirs);
        }
        (
            Block::Warning { items, anchor, .. },
            Block::Warning {
                items: i2,
                anchor: a2,
                ..
            },
        ) => {
            let owner = format!("warning (block {n}) ");
            d.count(&owner, "items", items.len(), i2.len());
            if anchor != a2 {
                d.say(format!("{owner}has anchor {anchor:?}, {name} has {a2:?}"));
            }
        }
        (Block::Exercise { exercise: x }, Block::Exercise { exercise: y }) => {
            if x.id != y.id {
                d.say(format!(
                    "block {n} is exercise {:?}, {name} has {:?} there",
                    x.id, y.id
                ));
                return;
            }
            let owner = format!("exercise {:?} ", x.id);
            d.count(
                &owner,
                "description paragraphs",
                x.description.len(),
                y.description.len(),
            );
            d.count(&owner, "steps", x.steps.len(), y.steps.len());
            d.count(&owner, "mistakes", x.mistakes.len(), y.mistakes.len());
        }
        (Block::Plan { plan: p }, Block::Plan { plan: q }) => {
            d.count("plan ", "days", p.days.len(), q.days.len());
            d.count("plan ", "rows", p.rows.len(), q.rows.len());
        }
        (Block::Quiz { quiz: p }, Block::Quiz { quiz: q }) => {
            d.count(
                "self-check ",
                "questions",
                p.questions.len(),
                q.questions.len(),
            );
            for (i, (a, b)) in p.questions.iter().zip(&q.questions).enumerate() {
                let owner = format!("self-check question {} ", i + 1);
                d.count(&owner, "answers", a.answers.len(), b.answers.len());
                let right = |q: &super::model::Question| {
                    q.answers.iter().position(|a| a.correct).map(|i| i + 1)
                };
                if a.answers.len() == b.answers.len() && right(a) != right(b) {
                    d.say(format!(
                        "{owner}has answer {:?} right, {name} has answer {:?} right",
                        right(a),
                        right(b)
                    ));
                }
            }
        }
        (Block::Figure { figure: f }, Block::Figure { figure: g }) => {
            if f.id != g.id {
                d.say(format!(
                    "block {n} is figure {:?}, {name} has {:?} there",
                    f.id, g.id
                ));
                return;
            }
            figure(d, f, g);
        }
        _ => {}
    }
}

fn figure(d: &mut Diff, f: &Figure, g: &Figure) {
    let owner = format!("figure {:?} ", f.id);
    d.ids(
        &owner,
        "label",
        &ids(&f.labels, |a| &a.id),
        &ids(&g.labels, |a| &a.id),
    );
    d.ids(
        &owner,
        "control",
        &ids(&f.controls, |c| &c.id),
        &ids(&g.controls, |c| &c.id),
    );
    d.ids(
        &owner,
        "readout",
        &ids(&f.readouts, |r| &r.id),
        &ids(&g.readouts, |r| &r.id),
    );
    d.ids(
        &owner,
        "panel",
        &ids(&f.panels, |p| &p.id),
        &ids(&g.panels, |p| &p.id),
    );
    d.ids(
        &owner,
        "muscle",
        &ids(&f.muscles, |m| &m.id),
        &ids(&g.muscles, |m| &m.id),
    );
    d.ids(
        &owner,
        "toggle",
        &ids(&f.toggles, |t| &t.id),
        &ids(&g.toggles, |t| &t.id),
    );
    d.count(
        &owner,
        "description paragraphs",
        f.description.len(),
        g.description.len(),
    );
    for c in &f.controls {
        if let Some(e) = g.controls.iter().find(|e| e.id == c.id) {
            let o = format!("{owner}control {:?} ", c.id);
            d.count(&o, "bands", c.bands.len(), e.bands.len());
        }
    }
    for r in &f.readouts {
        if let Some(e) = g.readouts.iter().find(|e| e.id == r.id) {
            let o = format!("{owner}readout {:?} ", r.id);
            d.count(&o, "bands", r.bands.len(), e.bands.len());
        }
    }
    d.both(&owner, "note", f.note.is_some(), g.note.is_some());
    d.both(&owner, "hint", f.hint.is_some(), g.hint.is_some());
    d.both(
        &owner,
        "muscles_heading",
        f.muscles_heading.is_some(),
        g.muscles_heading.is_some(),
    );
    d.both(&owner, "picker", f.picker.is_some(), g.picker.is_some());
    if let (Some(p), Some(q)) = (&f.picker, &g.picker) {
        let o = format!("{owner}picker ");
        d.ids(
            &o,
            "option",
            &ids(&p.options, |x| &x.id),
            &ids(&q.options, |x| &x.id),
        );
        for o in &p.options {
            if let Some(e) = q.options.iter().find(|e| e.id == o.id) {
                d.both(
                    &format!("{owner}picker option {:?} ", o.id),
                    "detail",
                    !o.detail.is_empty(),
                    !e.detail.is_empty(),
                );
            }
        }
    }
    d.both(&owner, "chart", f.chart.is_some(), g.chart.is_some());
    if let (Some(c), Some(e)) = (&f.chart, &g.chart) {
        let o = format!("{owner}chart ");
        d.count(&o, "levels", c.levels.len(), e.levels.len());
        d.ids(
            &o,
            "group",
            &ids(&c.groups, |x| &x.id),
            &ids(&e.groups, |x| &x.id),
        );
    }
}

/// The ids of `xs`, in order.
fn ids<T>(xs: &[T], id: fn(&T) -> &String) -> Vec<&str> {
    xs.iter().map(|x| id(x).as_str()).collect()
}

fn embed(d: &mut Diff, c: &Content, en: &Content) {
    let (h, e) = (&c.embed.help, &en.embed.help);
    d.count("help ", "intro paragraphs", h.intro.len(), e.intro.len());
    d.count("help ", "notes", h.notes.len(), e.notes.len());
    for (item, ours, theirs) in [
        ("route", &h.routes, &e.routes),
        ("setting", &h.settings, &e.settings),
    ] {
        d.ids(
            "help ",
            item,
            &ids(ours, |s| &s.id),
            &ids(theirs, |s| &s.id),
        );
        for s in ours {
            if let Some(t) = theirs.iter().find(|t| t.id == s.id) {
                let owner = format!("help {item} {:?} ", s.id);
                d.count(&owner, "paragraphs", s.text.len(), t.text.len());
            }
        }
    }
}

fn plan(d: &mut Diff, c: &Content, en: &Content) {
    let (k, e) = (&c.plan_link, &en.plan_link);
    d.ids(
        "",
        "error message",
        &ids(&k.errors, |x| &x.code),
        &ids(&e.errors, |x| &x.code),
    );
    d.count(
        "",
        "builder intro paragraphs",
        k.builder.intro.len(),
        e.builder.intro.len(),
    );
}

fn clinicians(d: &mut Diff, c: &Content, en: &Content) {
    let (k, e) = (&c.clinicians, &en.clinicians);
    d.count("", "intro paragraphs", k.intro.len(), e.intro.len());
    d.count(
        "",
        "exercise_drawings paragraphs",
        k.exercise_drawings.len(),
        e.exercise_drawings.len(),
    );
    d.ids(
        "",
        "drawing note",
        &ids(&k.drawings, |x| &x.figure),
        &ids(&e.drawings, |x| &x.figure),
    );
    for x in &k.drawings {
        if let Some(y) = e.drawings.iter().find(|y| y.figure == x.figure) {
            let owner = format!("drawing note {:?} ", x.figure);
            d.count(&owner, "paragraphs", x.text.len(), y.text.len());
        }
    }
}
