//! What a physiotherapist checks first: the claims the text makes, in the words it uses.
//! Each test here fails on a sentence a clinician would refuse to sign.

use hip_explainer::content::{self, Block};

use crate::clinical_words::{
    self, assert_caution_before_the_exercises, assert_red_flags_cover,
    assert_the_idea_is_always_hedged, IdeaWords,
};

/// Every reader-facing sentence of the article, with where it stands.
fn sentences() -> Vec<(String, String)> {
    clinical_words::sentences(content::load())
}

/// How the English text speaks of the idea, and of doubt.
const ENGLISH: IdeaWords = IdeaWords {
    weak: &["weak"],
    hip: &["stabilizer", "hip muscle", "gluteus medius"],
    hedges: &[
        "may ",
        "might",
        "could",
        "if ",
        "idea",
        "story",
        "possible",
        "not proven",
        "not clear",
        "unclear",
        "studies",
        "study",
        "says",
        "part of",
        "one of",
        "some people",
        "linked",
        "a link",
        "more common",
        "not the only",
        "whether",
    ],
};

#[test]
fn no_sentence_states_the_weak_stabilizer_idea_without_a_hedge() {
    let hedged = assert_the_idea_is_always_hedged(content::load(), &ENGLISH);
    println!("Sentences about weak hip stabilizers, each with its hedge:");
    for s in &hedged {
        println!("  {s}");
    }
}

#[test]
fn the_self_check_names_more_than_one_reason_for_tightness() {
    let c = content::load();
    let quiz = c
        .chapters
        .iter()
        .flat_map(|ch| &ch.blocks)
        .find_map(|b| match b {
            Block::Quiz { quiz } => Some(quiz),
            _ => None,
        })
        .expect("a self-check");
    let q = quiz
        .questions
        .iter()
        .find(|q| q.text.to_lowercase().contains("tight"))
        .expect("a question about tightness");
    let right: Vec<_> = q.answers.iter().filter(|a| a.correct).collect();
    assert_eq!(right.len(), 1);
    let a = right[0].text.to_lowercase();
    let reasons = ["nerve", "guard", "protect", "weak hip", "short"]
        .iter()
        .filter(|r| a.contains(*r))
        .count();
    assert!(reasons >= 2, "the right answer names several reasons: {a}");
    assert!(
        a.contains("one idea") || a.contains("may"),
        "weak hip muscles are given as one idea: {a}"
    );
    // No wrong answer is the hedged idea, and no explanation calls it the cause.
    for ans in &q.answers {
        let why = ans.why.to_lowercase();
        assert!(!why.contains("the cause"), "{why}");
    }
}

#[test]
fn the_red_flags_cover_the_international_framework() {
    // (category, words any of which must appear)
    let categories: &[(&str, &[&str])] = &[
        ("bladder or bowel", &["bladder", "bowel"]),
        ("saddle numbness", &["saddle"]),
        ("new sexual problems", &["sex"]),
        ("weakness in the legs", &["foot drop", "weaker"]),
        ("trauma", &["fall", "injury"]),
        ("fracture risk: osteoporosis", &["osteoporosis"]),
        ("fracture risk: steroids", &["steroid"]),
        ("infection risk: immune system", &["immune"]),
        ("infection risk: injecting drugs", &["inject drugs"]),
        (
            "infection risk: recent infection or spinal procedure",
            &["recently had an infection"],
        ),
        (
            "infection risk: spinal procedure",
            &["operation or injection in your spine"],
        ),
        ("fever", &["fever"]),
        ("cancer", &["cancer"]),
        ("weight loss", &["weight loss"]),
        ("constant pain", &["all the time"]),
        (
            "not eased by rest or position",
            &["rest or change position"],
        ),
        ("night pain", &["night"]),
    ];
    assert_red_flags_cover(content::load(), categories, 45);
}

#[test]
fn surgery_caution_comes_before_the_side_lying_exercises() {
    assert_caution_before_the_exercises(
        content::load(),
        &["hip replacement", "surgeon", "clamshell"],
    );
}

#[test]
fn exercise_evidence_claims_only_what_the_study_tested() {
    // Distefano et al. 2009 measured side-lying abduction and the clamshell, not bridges or
    // side planks: a note citing it may name those only to say it did not test them.
    for (at, s) in sentences() {
        let l = s.to_lowercase();
        if l.contains("side plank") || l.contains("bridge") {
            assert!(
                !(l.contains("the most") || l.contains("worked") && !l.contains("did not")),
                "{at}: ranks an exercise no cited study ranked: {s}"
            );
        }
        assert!(
            !l.contains("in these exercises"),
            "{at}: cites a study for exercises it did not test: {s}"
        );
    }
}

#[test]
fn rounding_to_bend_is_called_normal_and_standing_changes_small() {
    let all: Vec<String> = sentences().into_iter().map(|(_, s)| s).collect();
    assert!(
        all.iter().any(|s| {
            let l = s.to_lowercase();
            l.contains("rounding your back") && l.contains("normal")
        }),
        "one plain sentence: rounding your back to bend is normal"
    );
    for s in &all {
        let l = s.to_lowercase();
        assert!(!l.contains("squeezed at the front"), "{s}");
        assert!(!l.contains("fairly straight"), "{s}");
        assert!(!l.contains("small joints"), "{s}");
        assert!(!l.contains("four hamstring"), "{s}");
    }
    let ch5 = content::load()
        .chapters
        .iter()
        .find(|c| c.number == 5)
        .unwrap();
    let pelvis = ch5
        .figures()
        .find(|f| f.id == "pelvis-side")
        .expect("the standing figure");
    for r in &pelvis.readouts {
        for band in &r.bands {
            assert!(!band.contains("rounded"), "standing readout says {band}");
            assert!(!band.contains("a lot"), "standing readout says {band}");
        }
    }
}
