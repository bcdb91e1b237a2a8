use hip_explainer::content::{self, check, Block};
use hip_explainer::diagram;

#[test]
fn content_passes_every_rule() {
    let c = content::load();
    assert_eq!(check::problems(c), Vec::<String>::new());
}

#[test]
fn the_story_has_seven_chapters_in_order() {
    let slugs: Vec<&str> = content::load()
        .chapters
        .iter()
        .map(|c| c.slug.as_str())
        .collect();
    assert_eq!(
        slugs,
        [
            "ball-and-socket",
            "deep-stabilizers",
            "forward-days",
            "hamstrings-step-in",
            "pelvis-and-low-back",
            "strengthen-stabilizers",
            "when-to-get-help"
        ]
    );
}

#[test]
fn every_figure_is_known_and_every_label_names_a_real_structure() {
    for ch in &content::load().chapters {
        for f in ch.figures() {
            let ids = diagram::known_annotation_ids(&f.id)
                .unwrap_or_else(|| panic!("{}: unknown figure {:?}", ch.slug, f.id));
            for a in &f.labels {
                assert!(
                    ids.contains(&a.id.as_str()),
                    "{}: label {:?} names no structure of {:?}",
                    ch.slug,
                    a.id,
                    f.id
                );
            }
            assert!(!f.name.is_empty() && !f.description.is_empty());
        }
    }
}

#[test]
fn chapter_one_has_its_figure_with_three_controls() {
    let ch = &content::load().chapters[0];
    let f = ch.figures().next().expect("chapter 1 has a figure");
    assert_eq!(f.id, "hip-front");
    let ids: Vec<&str> = f.controls.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["hip-flexion", "hip-abduction", "hip-rotation"]);
}

#[test]
fn red_flags_come_first_in_the_last_chapter() {
    let last = content::load().chapters.last().unwrap();
    assert!(
        matches!(last.blocks.first(), Some(Block::Warning { items, .. }) if items.len() >= 5),
        "chapter 7 must open with the red flags"
    );
}

#[test]
fn the_checker_reports_broken_content() {
    let mut c = content::load().clone();
    c.chapters[1].number = 9;
    c.chapters[2].slug = "Bad Slug".into();
    c.site.reviewed = "yesterday".into();
    if let Some(Block::Evidence { refs, .. }) = c.chapters[1]
        .blocks
        .iter_mut()
        .find(|b| matches!(b, Block::Evidence { .. }))
    {
        refs.push("made-up-2099".into());
    } else {
        panic!("chapter 2 should have an evidence note");
    }
    let problems = check::problems(&c).join("\n");
    assert!(problems.contains("number 9"), "{problems}");
    assert!(problems.contains("slug must be lowercase"), "{problems}");
    assert!(problems.contains("YYYY-MM-DD"), "{problems}");
    assert!(
        problems.contains("unknown reference \"made-up-2099\""),
        "{problems}"
    );
}

#[test]
fn slider_words_cover_the_whole_range() {
    let f = content::load().chapters[0].figures().next().unwrap();
    let ctl = f.control("hip-rotation").unwrap();
    assert_eq!(ctl.words(-40.0, -40.0, 40.0), ctl.bands[0]);
    assert_eq!(ctl.words(40.0, -40.0, 40.0), *ctl.bands.last().unwrap());
    assert_eq!(ctl.words(0.0, -40.0, 40.0), ctl.bands[ctl.bands.len() / 2]);
    assert_eq!(ctl.words(f64::NAN, -40.0, 40.0), ctl.bands[0]);
}

#[test]
fn the_embedded_content_decodes() {
    let c = content::decode().expect("the blob written by build.rs decodes");
    assert_eq!(c.chapters.len(), 7);
    assert!(!c.site.title.is_empty());
}

#[test]
fn the_browser_carries_the_figures_words_but_not_their_captions_or_descriptions() {
    let words = content::decode_figures().expect("the figures blob decodes");
    let page: Vec<_> = content::load()
        .chapters
        .iter()
        .flat_map(|c| c.figures())
        .collect();
    assert_eq!(words.figures.len(), page.len());
    for (w, p) in words.figures.iter().zip(page) {
        // Everything an island draws or says is there...
        assert_eq!(w.id, p.id);
        assert_eq!(w.name, p.name);
        assert_eq!(w.labels, p.labels);
        assert_eq!(w.controls, p.controls);
        assert_eq!(w.muscles, p.muscles);
        assert_eq!(w.toggles, p.toggles);
        assert_eq!(w.readouts, p.readouts);
        // ...and the static frame's words are not (the page already has them).
        assert!(w.caption.is_empty() && w.description.is_empty() && w.note.is_none());
        assert!(!p.caption.is_empty() && !p.description.is_empty());
    }
}

fn exercises(c: &content::Content) -> Vec<&content::ExerciseWords> {
    c.chapters
        .iter()
        .flat_map(|ch| ch.blocks.iter())
        .filter_map(|b| match b {
            Block::Exercise { exercise } => Some(exercise),
            _ => None,
        })
        .collect()
}

#[test]
fn every_exercise_has_a_figure_model_and_every_model_is_shown() {
    use hip_explainer::geometry::figure::{exercise::by_id, EXERCISES};
    let shown = exercises(content::load());
    assert!(shown.len() >= 4, "chapter 6 needs at least four exercises");
    for e in &shown {
        assert!(
            by_id(&e.id).is_some(),
            "exercise {:?} has no figure model",
            e.id
        );
    }
    for m in EXERCISES {
        assert!(
            shown.iter().any(|e| e.id == m.id),
            "model {:?} is not shown",
            m.id
        );
    }
}

#[test]
fn an_exercise_without_steps_dosage_or_stop_if_fails_the_check() {
    // Each missing piece on its own is reported, naming the exercise.
    type Break = fn(&mut content::ExerciseWords);
    let breaks: [(&str, Break); 7] = [
        ("needs numbered steps", |e| e.steps.clear()),
        ("dosage needs sets", |e| e.sets.clear()),
        ("dosage needs reps", |e| e.reps = "  ".into()),
        ("dosage needs rest", |e| e.rest.clear()),
        ("dosage needs how_often", |e| e.how_often.clear()),
        ("needs a \"stop if\" warning", |e| e.stop_if.clear()),
        ("needs a long description", |e| e.description.clear()),
    ];
    for (expected, break_it) in breaks {
        let mut c = content::load().clone();
        let block = c
            .chapters
            .iter_mut()
            .flat_map(|ch| ch.blocks.iter_mut())
            .find(|b| matches!(b, Block::Exercise { .. }))
            .expect("an exercise block");
        let Block::Exercise { exercise } = block else {
            unreachable!()
        };
        let id = exercise.id.clone();
        break_it(exercise);
        let problems = check::problems(&c).join("\n");
        assert!(
            problems.contains(expected) && problems.contains(&id),
            "expected {expected:?} for {id:?}, got:\n{problems}"
        );
    }
}

#[test]
fn the_plan_quiz_and_red_flags_anchor_are_checked() {
    let mut c = content::load().clone();
    for b in c.chapters.iter_mut().flat_map(|ch| ch.blocks.iter_mut()) {
        match b {
            Block::Plan { plan } => plan.days.pop().map(drop).unwrap_or(()),
            Block::Quiz { quiz } => {
                quiz.questions[0]
                    .answers
                    .iter_mut()
                    .for_each(|a| a.correct = true);
                quiz.questions.truncate(2);
            }
            Block::Warning { anchor, .. } => *anchor = None,
            _ => {}
        }
    }
    let problems = check::problems(&c).join("\n");
    assert!(problems.contains("needs seven day names"), "{problems}");
    assert!(problems.contains("three to five questions"), "{problems}");
    assert!(problems.contains("exactly one right answer"), "{problems}");
    assert!(problems.contains("red-flags"), "{problems}");
}

#[test]
fn dosage_follows_the_evidence_notes() {
    // 2-3 days a week, for 6-8 weeks (evidence.md: ACSM 2009, trials of 6 weeks or more).
    for e in exercises(content::load()) {
        assert!(
            e.how_often.contains("2 or 3 days a week") && e.how_often.contains("6 to 8 weeks"),
            "{}: {:?}",
            e.id,
            e.how_often
        );
        assert!(
            e.stop_if.contains("numbness") && e.stop_if.contains("tingling"),
            "{}",
            e.id
        );
    }
}

/// Every figure drawn from the anatomy model (MyoSim / OpenSim, Rajagopal et al. 2016) says
/// so in its note, in every language, and points to the references (which credit it).
#[test]
fn figures_drawn_from_the_anatomy_model_credit_it_in_their_notes() {
    let from_model = [
        "hip-front",
        "stabilizers-back",
        "hamstrings-side",
        "pelvis-side",
    ];
    for (code, says) in [
        ("en", "3D model of the body"),
        ("es", "modelo 3D del cuerpo"),
    ] {
        let c = content::load_lang(code).expect("a language");
        for id in from_model {
            let f = c
                .chapters
                .iter()
                .flat_map(|ch| ch.figures())
                .find(|f| f.id == id)
                .unwrap_or_else(|| panic!("{code}: figure {id}"));
            let note = f.note.as_deref().unwrap_or_default();
            assert!(note.contains(says), "{code} {id}: {note}");
        }
    }
}
