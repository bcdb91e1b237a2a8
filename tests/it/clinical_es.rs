//! The Spanish text keeps every hedge and every warning of the English (see `clinical.rs`):
//! the weak-stabilizer idea is never stated as proven, the red flags cover the same
//! categories, the surgery caution comes before the exercises, and the exercise study is
//! cited only for what it tested.

use hip_explainer::content::{self, Block, Content};

use crate::clinical_words::{
    self, assert_caution_before_the_exercises, assert_red_flags_cover,
    assert_the_idea_is_always_hedged, IdeaWords,
};

fn spanish() -> &'static Content {
    content::load_lang("es").expect("Spanish content")
}

/// Every reader-facing sentence of the Spanish article, with where it stands.
fn sentences() -> Vec<(String, String)> {
    clinical_words::sentences(spanish())
}

/// How the Spanish text speaks of the idea, and of doubt.
const SPANISH: IdeaWords = IdeaWords {
    weak: &["débil", "debilit"],
    hip: &["estabilizador", "músculos de la cadera", "glúteo medio"],
    hedges: &[
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
    ],
};

#[test]
fn no_spanish_sentence_states_the_weak_stabilizer_idea_without_a_hedge() {
    assert_the_idea_is_always_hedged(spanish(), &SPANISH);
}

#[test]
fn the_spanish_red_flags_cover_the_international_framework() {
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
    assert_red_flags_cover(spanish(), categories, 50);
}

#[test]
fn the_spanish_surgery_caution_comes_before_the_side_lying_exercises() {
    assert_caution_before_the_exercises(spanish(), &["prótesis de cadera", "cirujano", "almeja"]);
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
