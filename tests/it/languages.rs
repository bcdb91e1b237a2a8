//! Every language is a folder under `content/`: each one passes the content rules, has every
//! item English has (parity), and says its sentences in its own words. The parity check is
//! fed broken copies of the Spanish folder and must name the file to fix.

use std::fs;
use std::path::{Path, PathBuf};

use hip_explainer::content::{self, check, folder, parity};

fn content_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

fn read(code: &str) -> parity::Folder {
    folder::read(&content_root().join(code), &format!("content/{code}"))
        .unwrap_or_else(|e| panic!("content/{code} reads: {e:#?}"))
}

#[test]
fn the_build_found_english_first_and_spanish() {
    let langs = content::languages();
    assert_eq!(langs.first(), Some(&"en"));
    assert!(langs.contains(&"es"), "{langs:?}");
    let on_disk = folder::languages(&content_root()).unwrap();
    assert_eq!(on_disk, langs, "every folder with a site.toml is embedded");
    assert!(content::load_lang("xx").is_none());
    assert!(std::ptr::eq(
        content::load_lang("en").unwrap(),
        content::load()
    ));
}

#[test]
fn every_language_decodes_passes_every_rule_and_matches_english() {
    let en = read("en");
    for code in content::languages() {
        let embedded = content::decode_lang(code)
            .expect("listed")
            .unwrap_or_else(|e| panic!("{code}: the blob decodes: {e}"));
        let f = read(code);
        assert_eq!(
            embedded, f.content,
            "{code}: the embedded words are the folder's"
        );
        assert_eq!(content::load_lang(code), Some(&f.content));
        assert_eq!(f.content.site.lang, *code);
        assert_eq!(check::problems(&f.content), Vec::<String>::new(), "{code}");
        assert_eq!(parity::differences(&f, &en), Vec::<String>::new(), "{code}");
    }
}

#[test]
fn spanish_reference_ids_and_citations_are_the_english_ones() {
    let (es, en) = (content::load_lang("es").unwrap(), content::load());
    assert_eq!(es.site.references, en.site.references);
    assert_eq!(es.site.reviewed, en.site.reviewed);
    assert_eq!(es.site.reviewed_display, "4 de diciembre de 2026");
}

/// A copy of `content/es` in a scratch folder named `.../<name>/es`, for breaking.
struct Copy(PathBuf);

impl Copy {
    fn new(name: &str) -> Copy {
        let root = std::env::temp_dir().join(format!("hip-parity-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let dir = root.join("es");
        copy_dir(&content_root().join("es"), &dir);
        Copy(dir)
    }

    fn file(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    /// Parses `rel`, lets `edit` change it, and writes it back.
    fn edit(&self, rel: &str, edit: impl FnOnce(&mut toml::Table)) {
        let path = self.file(rel);
        let mut t: toml::Table = toml::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        edit(&mut t);
        fs::write(&path, toml::to_string(&t).unwrap()).unwrap();
    }

    /// The parity differences (or read errors) of the broken copy, one per line.
    fn problems(&self) -> String {
        let en = read("en");
        match folder::read(&self.0, "content/es") {
            Ok(f) => parity::differences(&f, &en).join("\n"),
            Err(e) => e.join("\n"),
        }
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        if let Some(root) = self.0.parent() {
            let _ = fs::remove_dir_all(root);
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            fs::copy(e.path(), target).unwrap();
        }
    }
}

fn blocks(t: &mut toml::Table) -> &mut Vec<toml::Value> {
    t["blocks"].as_array_mut().unwrap()
}

/// The block of `t` that is the figure `id`, as a table.
fn figure<'a>(t: &'a mut toml::Table, id: &str) -> &'a mut toml::Table {
    blocks(t)
        .iter_mut()
        .filter_map(|b| b.get_mut("figure"))
        .find(|f| f["id"].as_str() == Some(id))
        .and_then(toml::Value::as_table_mut)
        .unwrap()
}

const CH5: &str = "chapters/05-pelvis-and-low-back.toml";

#[test]
fn the_unbroken_copy_has_no_differences() {
    // So every failure below comes from the one thing each test breaks.
    assert_eq!(Copy::new("unbroken").problems(), "");
}

#[test]
fn a_missing_label_names_the_file_the_figure_and_the_label() {
    let copy = Copy::new("label");
    copy.edit(CH5, |t| {
        let labels = figure(t, "pelvis-side")["labels"].as_array_mut().unwrap();
        let gone = labels
            .iter()
            .position(|l| l["id"].as_str() == Some("discs"))
            .unwrap();
        labels.remove(gone);
    });
    let p = copy.problems();
    assert!(
        p.contains(&format!(
            "content/es/{CH5}: figure \"pelvis-side\" has 9 labels, English has 10"
        )),
        "{p}"
    );
    assert!(
        p.contains("figure \"pelvis-side\" label \"discs\" is missing"),
        "{p}"
    );
}

#[test]
fn an_extra_block_names_the_file_and_where_it_is() {
    let copy = Copy::new("block");
    copy.edit("chapters/03-forward-days.toml", |t| {
        let mut extra = toml::Table::new();
        extra.insert("kind".into(), "paragraph".into());
        extra.insert("text".into(), "Un párrafo de más.".into());
        blocks(t).insert(1, extra.into());
    });
    let p = copy.problems();
    let file = "content/es/chapters/03-forward-days.toml";
    assert!(
        p.contains(&format!("{file}: has 12 blocks, English has 11")),
        "{p}"
    );
    // Blocks 1-3 are paragraphs in both; English has the figure where the extra one now is.
    assert!(
        p.contains(&format!(
            "{file}: block 4 is a paragraph, English has a figure there"
        )),
        "{p}"
    );
}

#[test]
fn wrong_counts_are_named_with_both_numbers() {
    let copy = Copy::new("counts");
    copy.edit(CH5, |t| {
        let f = figure(t, "pelvis-side");
        let bands = f["controls"][0]["bands"].as_array_mut().unwrap();
        bands.pop();
    });
    copy.edit("chapters/07-when-to-get-help.toml", |t| {
        let red_flags = blocks(t)[0]["items"].as_array_mut().unwrap();
        red_flags.pop();
        let quiz = blocks(t)
            .iter_mut()
            .find(|b| b.get("quiz").is_some())
            .unwrap();
        let answers = quiz["quiz"]["questions"][1]["answers"]
            .as_array_mut()
            .unwrap();
        answers[1].as_table_mut().unwrap().remove("correct");
        answers[0]
            .as_table_mut()
            .unwrap()
            .insert("correct".into(), true.into());
    });
    copy.edit("embed.toml", |t| {
        t["help"]["settings"].as_array_mut().unwrap().pop();
    });
    let p = copy.problems();
    for expected in [
        format!(
            "content/es/{CH5}: figure \"pelvis-side\" control \"stabilizer-strength\" has 3 \
             bands, English has 4"
        ),
        "content/es/chapters/07-when-to-get-help.toml: warning (block 1) has 6 items, English \
         has 7"
            .into(),
        "content/es/chapters/07-when-to-get-help.toml: self-check question 2 has answer \
         Some(1) right, English has answer Some(2) right"
            .into(),
        "content/es/embed.toml: help has 9 settings, English has 10".into(),
        "content/es/embed.toml: help setting \"lang\" is missing (English has it)".into(),
    ] {
        assert!(p.contains(&expected), "expected {expected:?} in:\n{p}");
    }
}

#[test]
fn a_missing_or_extra_file_is_named() {
    let copy = Copy::new("files");
    fs::remove_file(copy.file("chapters/04-hamstrings-step-in.toml")).unwrap();
    fs::copy(
        copy.file("chapters/07-when-to-get-help.toml"),
        copy.file("chapters/08-extra.toml"),
    )
    .unwrap();
    let p = copy.problems();
    assert!(
        p.contains(
            "content/es/chapters/04-hamstrings-step-in.toml: missing (English has this \
             chapter, number 4)"
        ),
        "{p}"
    );
    assert!(
        p.contains("content/es/chapters/08-extra.toml: English has no such chapter file"),
        "{p}"
    );

    fs::remove_file(copy.file("clinicians.toml")).unwrap();
    let p = copy.problems();
    assert!(
        p.contains("content/es/clinicians.toml: missing or unreadable"),
        "{p}"
    );
}

#[test]
fn a_wrong_id_or_language_tag_is_named() {
    let copy = Copy::new("ids");
    copy.edit("chapters/01-ball-and-socket.toml", |t| {
        let f = figure(t, "hip-front");
        f["controls"][2]
            .as_table_mut()
            .unwrap()
            .insert("id".into(), "hip-twist".into());
    });
    copy.edit("site.toml", |t| {
        t.insert("lang".into(), "en".into());
        t["references"].as_array_mut().unwrap().swap(0, 1);
    });
    let p = copy.problems();
    let ch1 = "content/es/chapters/01-ball-and-socket.toml";
    for expected in [
        format!("{ch1}: figure \"hip-front\" control \"hip-rotation\" is missing"),
        format!("{ch1}: figure \"hip-front\" control \"hip-twist\" is not in English"),
        "content/es/site.toml: lang is \"en\", but the folder is \"es\"".into(),
        "content/es/site.toml: references are in the order".into(),
    ] {
        assert!(p.contains(&expected), "expected {expected:?} in:\n{p}");
    }
}

// --- No English sentence on the Spanish side ------------------------------------------------

/// Every string in `c` except the reference citations (which stay in their language), and
/// the anatomy credit, which quotes the model's citation.
fn strings(c: &content::Content) -> Vec<String> {
    let mut c = c.clone();
    c.site.references.clear();
    c.site.anatomy_credit.clear();
    let mut out = Vec::new();
    collect(
        &toml::Value::try_from(&c).expect("content serialises"),
        &mut out,
    );
    out
}

fn collect(v: &toml::Value, out: &mut Vec<String>) {
    match v {
        toml::Value::String(s) => out.push(s.clone()),
        toml::Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
        toml::Value::Table(t) => t.values().for_each(|x| collect(x, out)),
        _ => {}
    }
}

/// Sentences of five or more words, lower case, with punctuation and markup dropped.
fn sentences(texts: &[String]) -> Vec<String> {
    texts
        .iter()
        .flat_map(|t| t.split(['.', '!', '?', ':', ';', '\n']))
        .map(|s| {
            s.split_whitespace()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
        })
        .filter(|words| {
            words
                .iter()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                >= 5
        })
        .map(|words| words.join(" "))
        .collect()
}

#[test]
fn no_spanish_sentence_of_five_words_or_more_is_an_english_one() {
    let en = sentences(&strings(content::load()));
    for code in content::languages().iter().filter(|c| **c != "en") {
        let ours = sentences(&strings(content::load_lang(code).unwrap()));
        assert!(ours.len() > 500, "{code}: {} sentences", ours.len());
        let shared: Vec<&String> = ours.iter().filter(|s| en.contains(s)).collect();
        assert_eq!(
            shared,
            Vec::<&String>::new(),
            "{code}: English sentences left"
        );
    }
}
