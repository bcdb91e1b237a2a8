//! What the clinical checks of every language share (`clinical.rs`, `clinical_es.rs`): the
//! article as sentences, the hedge check, the red flags and the surgery caution's place.
//! Each language brings its own words; the rules are the same.

use hip_explainer::content::{check::block_texts, Block, Content};

/// Every reader-facing sentence of an article, with where it stands.
pub fn sentences(c: &Content) -> Vec<(String, String)> {
    let mut texts: Vec<(String, String)> = c
        .site
        .hook
        .iter()
        .map(|t| ("opening".to_string(), t.clone()))
        .collect();
    for ch in &c.chapters {
        let at = format!("chapter {}", ch.number);
        texts.push((at.clone(), ch.takeaway.clone()));
        for b in &ch.blocks {
            for t in block_texts(b) {
                texts.push((at.clone(), t.to_string()));
            }
            if let Block::Quiz { quiz } = b {
                for q in &quiz.questions {
                    for a in &q.answers {
                        texts.push((at.clone(), a.text.clone()));
                    }
                }
            }
        }
    }
    texts
        .into_iter()
        .flat_map(|(at, t)| {
            split_sentences(&t)
                .into_iter()
                .map(move |s| (at.clone(), s))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn split_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, ch) in chars.iter().enumerate() {
        cur.push(*ch);
        let end = matches!(ch, '.' | '?' | '!' | ':')
            && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        if end {
            out.push(cur.trim().to_string());
            cur.clear();
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

/// How a language speaks of the weak-stabilizer idea and of doubt.
pub struct IdeaWords {
    /// Words for "weak" (any one).
    pub weak: &'static [&'static str],
    /// Words for the hip stabilizers (any one).
    pub hip: &'static [&'static str],
    /// Words that mark a claim as an idea, a possibility, a matter of debate, or an
    /// association (which by its nature does not claim a cause).
    pub hedges: &'static [&'static str],
}

/// Fails on any sentence that states the weak-stabilizer idea without a hedge; returns the
/// hedged ones (at least five: the idea is told).
pub fn assert_the_idea_is_always_hedged(c: &Content, w: &IdeaWords) -> Vec<String> {
    let mut bare = Vec::new();
    let mut hedged = Vec::new();
    for (at, s) in sentences(c) {
        let l = s.to_lowercase();
        let idea = w.weak.iter().any(|x| l.contains(x)) && w.hip.iter().any(|x| l.contains(x));
        if !idea {
            continue;
        }
        if w.hedges.iter().any(|h| l.contains(h)) {
            hedged.push(format!("{at}: {s}"));
        } else {
            bare.push(format!("{at}: {s}"));
        }
    }
    assert!(hedged.len() >= 5, "the idea is told: {hedged:#?}");
    assert_eq!(bare, Vec::<String>::new(), "stated as proven");
    hedged
}

/// Fails unless the red flags name every category (each with words any of which must
/// appear), are short enough to read at a glance, and each item is at most `max_words`.
pub fn assert_red_flags_cover(c: &Content, categories: &[(&str, &[&str])], max_words: usize) {
    let items = c
        .chapters
        .iter()
        .flat_map(|ch| &ch.blocks)
        .find_map(|b| match b {
            Block::Warning { items, .. } => Some(items),
            _ => None,
        })
        .expect("red flags");
    let all = items.join(" ").to_lowercase();
    for (what, words) in categories {
        assert!(
            words.iter().any(|w| all.contains(w)),
            "{}: red flags lack {what}",
            c.site.lang
        );
    }
    assert!(items.len() <= 8, "{} red flags", items.len());
    for i in items {
        assert!(
            i.split_whitespace().count() <= max_words,
            "too long to scan: {i}"
        );
    }
}

/// Fails unless a caution that names all of `words` comes before chapter 6's first exercise.
pub fn assert_caution_before_the_exercises(c: &Content, words: &[&str]) {
    let ch6 = c.chapters.iter().find(|ch| ch.number == 6).unwrap();
    let caution = ch6.blocks.iter().position(|b| {
        block_texts(b).iter().any(|t| {
            let l = t.to_lowercase();
            words.iter().all(|w| l.contains(w))
        })
    });
    let first_exercise = ch6
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Exercise { .. }));
    assert!(
        caution.is_some() && caution < first_exercise,
        "{}: a caution about hip replacement and surgery before the exercises",
        c.site.lang
    );
}
