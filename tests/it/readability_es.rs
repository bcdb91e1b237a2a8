//! Reading level of the Spanish prose: the Szigriszt-Pazos perspicuity index, read on the
//! INFLESZ scale (Barrio-Cantalejo et al. 2008): below 40 very hard, 40-55 somewhat hard,
//! 55-65 normal, 65-80 fairly easy, above 80 very easy.
//!
//!   P = 206.835 - 62.3 * syllables / words - words / sentences
//!
//! Syllables are counted by Spanish rules (vowel groups, with hiatus between two strong
//! vowels or an accented i/u). Every word counts as spelled: no anatomy name is shortened.
//! Fails below 55 over all prose; the aim is 65 or more. `cargo test -- --nocapture` shows
//! the figure for each chapter.

use hip_explainer::content::{self, check::block_texts, inline::spans, inline::Span, Content};

const MIN_OVERALL: f64 = 55.0;

/// Vowel kinds: strong (a, e, o and accented vowels) and weak (unaccented i, u, ü, and y
/// when it is not followed by a vowel, as in "muy", "hoy" or the word "y").
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Strong,
    Weak,
    Consonant,
}

fn kind_of(c: char, next: Option<char>) -> Kind {
    match c {
        'a' | 'e' | 'o' | 'á' | 'é' | 'í' | 'ó' | 'ú' => Kind::Strong,
        'i' | 'u' | 'ü' => Kind::Weak,
        'y' if next.is_none_or(|n| kind_of(n, None) == Kind::Consonant) => Kind::Weak,
        _ => Kind::Consonant,
    }
}

/// Syllables of one Spanish word: each vowel group is one syllable, except that two strong
/// vowels side by side (a hiatus: "le-a", "dí-a") start a new one.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let mut count = 0;
    let mut prev = Kind::Consonant;
    for (i, &c) in w.iter().enumerate() {
        let k = kind_of(c, w.get(i + 1).copied());
        match (prev, k) {
            (_, Kind::Consonant) => {}
            (Kind::Consonant, _) => count += 1,
            (Kind::Strong, Kind::Strong) => count += 1,
            _ => {}
        }
        prev = k;
    }
    if w.is_empty() {
        0
    } else {
        count.max(1)
    }
}

#[derive(Default, Clone, Copy)]
struct Stats {
    sentences: usize,
    words: usize,
    syllables: usize,
}

impl Stats {
    fn add(&mut self, o: Stats) {
        self.sentences += o.sentences;
        self.words += o.words;
        self.syllables += o.syllables;
    }

    /// The Szigriszt-Pazos index.
    fn inflesz(&self) -> f64 {
        206.835
            - 62.3 * self.syllables as f64 / self.words as f64
            - self.words as f64 / self.sentences as f64
    }
}

/// A piece of text counts at least one sentence (a label, a heading); otherwise one per
/// full stop, question mark or exclamation mark.
fn stats(texts: &[String]) -> Stats {
    let mut s = Stats::default();
    for t in texts {
        let plain: String = spans(t)
            .into_iter()
            .map(|sp| match sp {
                Span::Text(x) | Span::Term(x) => x,
            })
            .collect();
        let chars: Vec<char> = plain.chars().collect();
        let ends = chars
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                matches!(c, '.' | '?' | '!')
                    && chars.get(i + 1).is_none_or(|n| !n.is_alphanumeric())
            })
            .count();
        s.sentences += ends.max(1);
        for w in plain.split_whitespace() {
            if !w.chars().any(char::is_alphabetic) {
                continue;
            }
            s.words += 1;
            s.syllables += syllables(w);
        }
    }
    s
}

fn chapter_texts(c: &Content) -> Vec<(String, Vec<String>)> {
    c.chapters
        .iter()
        .map(|ch| {
            let texts = ch
                .blocks
                .iter()
                .flat_map(|b| block_texts(b).into_iter().map(str::to_string))
                .chain([ch.title.clone(), ch.takeaway.clone()])
                .collect();
            (format!("chapter {} {}", ch.number, ch.slug), texts)
        })
        .collect()
}

fn scale(p: f64) -> &'static str {
    match p {
        p if p < 40.0 => "very hard",
        p if p < 55.0 => "somewhat hard",
        p if p < 65.0 => "normal",
        p if p <= 80.0 => "fairly easy",
        _ => "very easy",
    }
}

#[test]
fn spanish_syllables_follow_spanish_rules() {
    for (word, n) in [
        ("cadera", 3),
        ("muy", 1),
        ("y", 1),
        ("hoy", 1),
        ("ayuda", 3),
        ("día", 2),
        ("país", 2),
        ("leer", 2),
        ("rotación", 3),
        ("cuádriceps", 3),
        ("que", 1),
        ("guitarra", 3),
        ("pingüino", 3),
        ("ahí", 2),
        ("isquiotibiales", 5),
        ("estabilizadores", 7),
        ("glúteo", 3),
        ("Fémur,", 2),
        ("buey", 1),
        ("L5", 1),
    ] {
        assert_eq!(syllables(word), n, "{word}");
    }
}

#[test]
fn spanish_reads_fairly_easily() {
    let c = content::load_lang("es").expect("Spanish content");
    let mut all = stats(&c.site.hook);
    let mut report = String::new();
    for (name, texts) in chapter_texts(c) {
        let s = stats(&texts);
        all.add(s);
        report.push_str(&format!(
            "  {name:<34} INFLESZ {:>5.1} ({}), {} words, {:.2} syllables a word, {:.1} words a sentence\n",
            s.inflesz(),
            scale(s.inflesz()),
            s.words,
            s.syllables as f64 / s.words as f64,
            s.words as f64 / s.sentences as f64,
        ));
    }
    let e = &c.embed.help;
    let help = stats(
        &[c.embed.no_storage.clone(), e.settings_intro.clone()]
            .into_iter()
            .chain(e.intro.iter().cloned())
            .chain(e.notes.iter().cloned())
            .chain(e.routes.iter().flat_map(|r| r.text.iter().cloned()))
            .chain(e.settings.iter().flat_map(|s| s.text.iter().cloned()))
            .collect::<Vec<_>>(),
    );
    println!(
        "Spanish reading level (Szigriszt-Pazos, INFLESZ scale; 55-65 normal, 65-80 fairly easy):\n\
         {report}  {:<34} INFLESZ {:>5.1} ({}), {} words\n  \
         embed help page (not in the total)  INFLESZ {:>5.1} ({})",
        "all prose (opening and chapters)",
        all.inflesz(),
        scale(all.inflesz()),
        all.words,
        help.inflesz(),
        scale(help.inflesz()),
    );
    assert!(
        all.inflesz() >= MIN_OVERALL,
        "Spanish prose reads at INFLESZ {:.1}, below {MIN_OVERALL}:\n{report}",
        all.inflesz()
    );
}
