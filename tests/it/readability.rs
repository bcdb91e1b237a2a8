//! Reading level of all reader-facing prose: Flesch-Kincaid grade and SMOG per chapter.
//! Fails above grade 8 (the target is 6-7). Anatomy names are counted as two syllables so a
//! necessary term does not by itself push a chapter over the limit.

use hip_explainer::content::{self, check::block_texts, inline::spans, inline::Span};

const MAX_GRADE: f64 = 8.0;

/// Terms readers must learn; explained at first use in the text.
const WHITELIST: &[&str] = &[
    "acetabulum",
    "femoral",
    "femur",
    "pelvis",
    "gluteus",
    "medius",
    "minimus",
    "maximus",
    "piriformis",
    "gemellus",
    "obturator",
    "internus",
    "externus",
    "quadratus",
    "femoris",
    "trochanter",
    "tuberosity",
    "ischial",
    "hamstrings",
    "hamstring",
    "semitendinosus",
    "semimembranosus",
    "biceps",
    "lumbar",
    "vertebrae",
    "sacrum",
    "stabilizers",
    "stabilizer",
    "labrum",
    "abduction",
    "posterior",
    "physiotherapist",
    "physical",
    "therapist",
    "sciatica",
];

struct Stats {
    sentences: usize,
    words: usize,
    syllables: usize,
    polysyllables: usize,
}

fn syllables(word: &str) -> usize {
    let w: String = word
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    if w.is_empty() {
        return 0;
    }
    if WHITELIST.contains(&w.as_str()) {
        return 2;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev = false;
    for c in w.chars() {
        let v = vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    if w.ends_with('e') && !w.ends_with("le") && count > 1 {
        count -= 1;
    }
    if (w.ends_with("ed") && !w.ends_with("ted") && !w.ends_with("ded")) && count > 1 {
        count -= 1;
    }
    count.max(1)
}

fn stats(texts: &[String]) -> Stats {
    let mut s = Stats {
        sentences: 0,
        words: 0,
        syllables: 0,
        polysyllables: 0,
    };
    for t in texts {
        let plain: String = spans(t)
            .into_iter()
            .map(|sp| match sp {
                Span::Text(x) | Span::Term(x) => x,
            })
            .collect();
        let ends = plain.matches(['.', '!', '?', ':', ';']).count();
        s.sentences += ends.max(1);
        for w in plain.split_whitespace() {
            if !w.chars().any(|c| c.is_ascii_alphabetic()) {
                continue;
            }
            let n = syllables(w);
            s.words += 1;
            s.syllables += n;
            if n >= 3 {
                s.polysyllables += 1;
            }
        }
    }
    s
}

fn fk(s: &Stats) -> f64 {
    0.39 * s.words as f64 / s.sentences as f64 + 11.8 * s.syllables as f64 / s.words as f64 - 15.59
}

fn smog(s: &Stats) -> f64 {
    1.043 * (s.polysyllables as f64 * 30.0 / s.sentences as f64).sqrt() + 3.1291
}

#[test]
fn syllable_counter_is_sane() {
    assert_eq!(syllables("cup"), 1);
    assert_eq!(syllables("muscle"), 2);
    assert_eq!(syllables("stable"), 2);
    assert_eq!(syllables("strengthen"), 2);
    assert_eq!(syllables("exercises"), 4);
    assert_eq!(syllables("acetabulum"), 2);
}

#[test]
fn every_chapter_reads_at_grade_eight_or_below() {
    let c = content::load();
    let mut worst = 0.0f64;
    let mut report = String::new();
    for ch in &c.chapters {
        let texts: Vec<String> = ch
            .blocks
            .iter()
            .flat_map(|b| block_texts(b).into_iter().map(str::to_string))
            .chain([ch.takeaway.clone()])
            .collect();
        let s = stats(&texts);
        let (g, sm) = (fk(&s), smog(&s));
        worst = worst.max(g);
        report.push_str(&format!(
            "  chapter {} {:<24} FK grade {:>4.1}  SMOG {:>4.1}  ({} words)\n",
            ch.number, ch.slug, g, sm, s.words
        ));
    }
    println!("reading level:\n{report}");
    assert!(
        worst <= MAX_GRADE,
        "a chapter reads above grade {MAX_GRADE}:\n{report}"
    );
}

#[test]
fn embed_words_read_at_grade_eight_or_below() {
    let e = &content::load().embed;
    let h = &e.help;
    let texts: Vec<String> = [e.no_storage.clone(), h.settings_intro.clone()]
        .into_iter()
        .chain(h.intro.iter().cloned())
        .chain(h.notes.iter().cloned())
        .chain(h.routes.iter().flat_map(|r| r.text.iter().cloned()))
        .chain(h.settings.iter().flat_map(|s| s.text.iter().cloned()))
        .collect();
    let s = stats(&texts);
    let (g, sm) = (fk(&s), smog(&s));
    println!(
        "embed words: FK grade {g:.1}, SMOG {sm:.1} ({} words)",
        s.words
    );
    assert!(g <= MAX_GRADE, "embed words read at FK grade {g:.1}");
}
