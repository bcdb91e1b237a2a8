//! The Spanish text keeps every hedge and every warning of the English (see `clinical.rs`):
//! the weak-stabilizer idea is never stated as proven, the red flags cover the same
//! categories, the surgery caution comes before the exercises, and the exercise study is
//! cited only for what it tested.

use hip_explainer::content::{self, check::block_texts, Block, Content};

fn spanish() -> &'static Content {
    content::load_lang("es").expect("Spanish content")
}

/// Every reader-facing sentence of the Spanish article, with where it stands.
fn sentences() -> Vec<(String, String)> {
    let c = spanish();
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
    let mut out = Vec::new();
    for (at, t) in texts {
        let mut cur = String::new();
        let chars: Vec<char> = t.chars().collect();
        for (i, ch) in chars.iter().enumerate() {
            cur.push(*ch);
            if matches!(ch, '.' | '?' | '!' | ':')
                && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
            {
                out.push((at.clone(), cur.trim().to_string()));
                cur.clear();
            }
        }
        if !cur.trim().is_empty() {
            out.push((at.clone(), cur.trim().to_string()));
        }
    }
    out
}

/// A sentence that speaks of weak hip stabilizers.
fn states_the_weak_stabilizer_idea(s: &str) -> bool {
    let l = s.to_lowercase();
    let weak = l.contains("débil") || l.contains("debilit");
    let hip = ["estabilizador", "músculos de la cadera", "glúteo medio"]
        .iter()
        .any(|w| l.contains(w));
    weak && hip
}

/// Words that mark a claim as an idea, a possibility, a matter of debate, or an association.
const HEDGES: &[&str] = &[
    "puede",
    "podría",
    "quizá",
    "si ",
    "idea",
    "historia",
    "posible",
    "no está probad",
    "no está claro",
    "estudio",
    "relación",
    "más común",
    "parte de",
    "una de",
    "algunas personas",
    "no son la única",
];

#[test]
fn no_spanish_sentence_states_the_weak_stabilizer_idea_without_a_hedge() {
    let mut bare = Vec::new();
    let mut hedged = 0;
    for (at, s) in sentences() {
        if !states_the_weak_stabilizer_idea(&s) {
            continue;
        }
        let l = s.to_lowercase();
        if HEDGES.iter().any(|h| l.contains(h)) {
            hedged += 1;
        } else {
            bare.push(format!("{at}: {s}"));
        }
    }
    assert!(hedged >= 5, "the idea is told ({hedged} sentences)");
    assert_eq!(bare, Vec::<String>::new(), "stated as proven");
}

#[test]
fn the_spanish_red_flags_cover_the_international_framework() {
    let items = spanish()
        .chapters
        .iter()
        .flat_map(|ch| &ch.blocks)
        .find_map(|b| match b {
            Block::Warning { items, .. } => Some(items),
            _ => None,
        })
        .expect("red flags");
    let all = items.join(" ").to_lowercase();
    let categories: &[(&str, &[&str])] = &[
        ("bladder or bowel", &["orina", "heces"]),
        ("saddle numbness", &["asiento de una bicicleta"]),
        ("new sexual problems", &["sexuales"]),
        ("weakness in the legs", &["pie caído", "más débil"]),
        ("trauma", &["caída", "golpe"]),
        ("fracture risk: osteoporosis", &["osteoporosis"]),
        ("fracture risk: steroids", &["corticoides"]),
        ("infection risk: immune system", &["defensas"]),
        ("infection risk: injecting drugs", &["se inyecta drogas"]),
        (
            "infection risk: recent infection",
            &["hace poco tuvo una infección"],
        ),
        (
            "infection risk: spinal procedure",
            &["operación o inyección en la columna"],
        ),
        ("fever", &["fiebre"]),
        ("cancer", &["cáncer"]),
        ("weight loss", &["pérdida de peso"]),
        ("constant pain", &["todo el tiempo"]),
        (
            "not eased by rest or position",
            &["descansar ni al cambiar de postura"],
        ),
        ("night pain", &["noche"]),
    ];
    for (what, words) in categories {
        assert!(
            words.iter().any(|w| all.contains(w)),
            "Spanish red flags lack {what}"
        );
    }
    for i in items {
        assert!(i.split_whitespace().count() <= 50, "too long to scan: {i}");
    }
}

#[test]
fn the_spanish_surgery_caution_comes_before_the_side_lying_exercises() {
    let ch6 = spanish().chapters.iter().find(|ch| ch.number == 6).unwrap();
    let caution = ch6.blocks.iter().position(|b| {
        block_texts(b).iter().any(|t| {
            let l = t.to_lowercase();
            l.contains("prótesis de cadera") && l.contains("cirujano") && l.contains("almeja")
        })
    });
    let first_exercise = ch6
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Exercise { .. }));
    assert!(caution.is_some() && caution < first_exercise);
}

#[test]
fn spanish_exercise_evidence_claims_only_what_the_study_tested() {
    for (at, s) in sentences() {
        let l = s.to_lowercase();
        if l.contains("plancha lateral") || l.contains("puente") {
            assert!(
                !(l.contains("el que más") || l.contains("trabajó") && !l.contains("no ")),
                "{at}: ranks an exercise no cited study ranked: {s}"
            );
        }
    }
}

#[test]
fn spanish_dosage_and_stop_signs_match_the_evidence_notes() {
    for b in spanish().chapters.iter().flat_map(|ch| &ch.blocks) {
        if let Block::Exercise { exercise: e } = b {
            assert!(
                e.how_often.contains("2 o 3 días por semana")
                    && e.how_often.contains("6 a 8 semanas"),
                "{}: {:?}",
                e.id,
                e.how_often
            );
            assert!(
                e.stop_if.contains("adormecimiento") && e.stop_if.contains("hormigueo"),
                "{}",
                e.id
            );
        }
    }
}

#[test]
fn spanish_standing_readouts_stay_small() {
    let ch5 = spanish().chapters.iter().find(|c| c.number == 5).unwrap();
    let pelvis = ch5.figures().find(|f| f.id == "pelvis-side").unwrap();
    for r in &pelvis.readouts {
        for band in &r.bands {
            assert!(!band.contains("redond"), "standing readout says {band}");
            assert!(!band.contains("mucho"), "standing readout says {band}");
        }
    }
    assert!(
        sentences().iter().any(|(_, s)| {
            let l = s.to_lowercase();
            l.contains("redondear la espalda") && l.contains("normal")
        }),
        "one plain sentence: rounding your back to bend is normal"
    );
}
