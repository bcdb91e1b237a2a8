//! The plan link: every valid plan survives encoding, any string is read without a panic
//! into a plan or one error, and each rule gives its own error.

use hip_explainer::plan_link::{
    parse, percent, text, Dose, Level, Plan, PlanError, DAYS, EXERCISES, HOLD, MAX_NOTE, REPS,
    SETS, WEEKS,
};
use proptest::prelude::*;

fn dose(amount: (u8, u8)) -> impl Strategy<Value = Dose> {
    (0usize..3, SETS.0..=SETS.1, amount.0..=amount.1).prop_map(|(l, sets, amount)| Dose {
        level: Level::ALL[l],
        sets,
        amount,
    })
}

/// Characters a note may hold: anything but control and bidi characters, plus line breaks.
fn note_char() -> impl Strategy<Value = char> {
    prop_oneof![
        any::<char>().prop_filter("plain", |c| !c.is_control() && !text::is_bidi_control(*c)),
        Just('\n'),
        Just(' '),
        Just('&'),
        Just('='),
        Just('%'),
        Just('<'),
    ]
}

fn text_of(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(note_char(), 0..max).prop_map(|v| v.into_iter().collect::<String>())
}

fn valid_plan() -> impl Strategy<Value = Plan> {
    let exercises = (
        proptest::option::of(dose(EXERCISES[0].1.range())),
        proptest::option::of(dose(EXERCISES[1].1.range())),
        proptest::option::of(dose(EXERCISES[2].1.range())),
        proptest::option::of(dose(EXERCISES[3].1.range())),
    );
    let phone = proptest::collection::vec(
        prop_oneof![
            Just('+'),
            Just(' '),
            Just('-'),
            Just('('),
            Just(')'),
            (0u8..10).prop_map(|d| char::from(b'0' + d))
        ],
        0..30,
    )
    .prop_map(|v| v.into_iter().collect::<String>());
    (
        exercises,
        DAYS.0..=DAYS.1,
        WEEKS.0..=WEEKS.1,
        text_of(120),
        text_of(80).prop_map(|s| s.replace('\n', " ")),
        phone,
    )
        .prop_map(|((a, b, c, d), days, weeks, note, clinic, phone)| Plan {
            exercises: [a, b, c, d],
            days,
            weeks,
            note,
            clinic,
            phone,
        })
        .prop_filter("valid", |p| p.check().is_ok())
}

proptest! {
    #[test]
    fn every_valid_plan_round_trips(plan in valid_plan()) {
        let link = plan.encode();
        prop_assert_eq!(parse(&link), Ok(Some(plan.clone())));
        prop_assert_eq!(parse(&["#", &link].concat()), Ok(Some(plan)));
        // Only characters that need no escaping in a URL fragment, and none of the page's.
        prop_assert!(link.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%&=".contains(&b)), "{}", link);
    }

    #[test]
    fn any_string_is_read_without_a_panic(s in ".*") {
        let _ = parse(&s);
        let _ = parse(&["plan=1&", &s].concat());
        let _ = percent::decode(&s);
    }

    #[test]
    fn any_parts_after_a_plan_key_give_a_plan_or_an_error(
        parts in proptest::collection::vec("[0-9a-z%=x]{0,8}", 0..8)
    ) {
        let link = ["plan=1&", &parts.join("&")].concat();
        match parse(&link) {
            Ok(Some(plan)) => prop_assert_eq!(plan.check(), Ok(())),
            Ok(None) => prop_assert!(false, "a plan key is a plan link"),
            Err(e) => prop_assert!(PlanError::ALL.contains(&e)),
        }
    }

    #[test]
    fn percent_coding_round_trips(s in ".*") {
        prop_assert_eq!(percent::decode(&percent::encode(&s)), Some(s));
    }
}

#[test]
fn a_fragment_that_is_not_a_plan_is_no_plan() {
    for s in [
        "",
        "#",
        "#chapter-6",
        "#planx=1",
        "plan",
        "#top",
        "x=1&plan=1",
    ] {
        assert_eq!(parse(s), Ok(None), "{s}");
    }
}

#[test]
fn a_written_plan_reads_as_expected() {
    let plan = parse("#plan=1&2=e2x12&4=h3x30&d=3&w=6&n=Go%20slowly%21&c=Riverside&t=%2B44%20123")
        .unwrap()
        .unwrap();
    assert_eq!(plan.exercises[0], None);
    assert_eq!(
        plan.exercises[1],
        Some(Dose {
            level: Level::Easier,
            sets: 2,
            amount: 12
        })
    );
    assert_eq!(
        plan.exercises[3],
        Some(Dose {
            level: Level::Harder,
            sets: 3,
            amount: 30
        })
    );
    assert_eq!((plan.days, plan.weeks), (3, 6));
    assert_eq!(plan.note, "Go slowly!");
    assert_eq!(plan.clinic, "Riverside");
    assert_eq!(plan.phone, "+44 123");
    assert_eq!(plan.week(), [true, false, true, false, true, false, false]);
}

#[test]
fn each_rule_gives_its_error() {
    let base = "plan=1&1=s2x10&d=3&w=6";
    assert!(parse(base).unwrap().is_some());
    let cases: &[(&str, PlanError)] = &[
        ("plan=2&1=s2x10&d=3&w=6", PlanError::Version),
        ("plan=&1=s2x10&d=3&w=6", PlanError::Version),
        ("plan=1&9=s2x10&d=3&w=6", PlanError::UnknownExercise),
        ("plan=1&0=s2x10&d=3&w=6", PlanError::UnknownExercise),
        (
            "plan=1&99999999999999999999=s2x10&d=3&w=6",
            PlanError::UnknownExercise,
        ),
        ("plan=1&1=q2x10&d=3&w=6", PlanError::Encoding),
        ("plan=1&1=s2-10&d=3&w=6", PlanError::Encoding),
        ("plan=1&1=s2x10&1=s2x10&d=3&w=6", PlanError::Encoding),
        ("plan=1&1=s2x10&d=3", PlanError::Encoding),
        ("plan=1&1=s2x10&d=3&w=6&zz=1", PlanError::Encoding),
        ("plan=1&1=s2x10&d=3&w=6&n=%E2%28", PlanError::Encoding),
        ("plan=1&1=s2x10&d=3&w=6&n=50%", PlanError::Encoding),
        ("plan=1&1=s2x10&d=3&w=6&oops", PlanError::Encoding),
        ("plan=1&1=s9x10&d=3&w=6", PlanError::Dose),
        ("plan=1&1=s2x99&d=3&w=6", PlanError::Dose),
        ("plan=1&1=s0x10&d=3&w=6", PlanError::Dose),
        ("plan=1&4=s2x1&d=3&w=6", PlanError::Dose),
        ("plan=1&1=s2x999&d=3&w=6", PlanError::Dose),
        ("plan=1&1=s2x10&d=8&w=6", PlanError::Dose),
        ("plan=1&1=s2x10&d=3&w=0", PlanError::Dose),
        ("plan=1&d=3&w=6", PlanError::Empty),
        (
            "plan=1&1=s2x10&d=3&w=6&n=%E2%80%AEevil",
            PlanError::NotPlainText,
        ),
        (
            "plan=1&1=s2x10&d=3&w=6&n=%E2%81%A6x",
            PlanError::NotPlainText,
        ),
        (
            "plan=1&1=s2x10&d=3&w=6&n=%20%E2%80%8B%20",
            PlanError::NotPlainText,
        ),
        ("plan=1&1=s2x10&d=3&w=6&c=a%0Ab", PlanError::NotPlainText),
        ("plan=1&1=s2x10&d=3&w=6&n=%07", PlanError::NotPlainText),
        (
            "plan=1&1=s2x10&d=3&w=6&t=call%20me",
            PlanError::NotPlainText,
        ),
    ];
    for (link, want) in cases {
        assert_eq!(parse(link), Err(*want), "{link}");
    }
    let long = ["plan=1&1=s2x10&d=3&w=6&n=", &"a".repeat(MAX_NOTE + 1)].concat();
    assert_eq!(parse(&long), Err(PlanError::TooLong));
    let huge = ["plan=1&1=s2x10&d=3&w=6&n=", &"%41".repeat(600)].concat();
    assert_eq!(parse(&huge), Err(PlanError::TooLong));
}

#[test]
fn markup_in_a_note_stays_text() {
    let plan = parse("plan=1&1=s2x10&d=3&w=6&n=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
        .unwrap()
        .unwrap();
    assert_eq!(plan.note, "<img src=x onerror=alert(1)>");
    // Written back, the markup is escaped out of the link entirely.
    assert!(!plan.encode().contains('<'));
}

#[test]
fn week_spreads_the_days() {
    let mut plan = Plan::empty();
    for (days, want) in [
        (1, "X......"),
        (2, "X..X..."),
        (3, "X.X.X.."),
        (4, "XX.X.X."),
        (7, "XXXXXXX"),
    ] {
        plan.days = days;
        let got: String = plan
            .week()
            .iter()
            .map(|&d| if d { 'X' } else { '.' })
            .collect();
        assert_eq!(got, want, "{days}");
        assert_eq!(
            plan.week().iter().filter(|&&d| d).count(),
            usize::from(days)
        );
    }
    assert_eq!((REPS.0, HOLD.1), (1, 60));
}

#[test]
fn every_error_has_its_message() {
    let words = &hip_explainer::content::load().plan_link;
    let mut codes: Vec<&str> = words.errors.iter().map(|e| e.code.as_str()).collect();
    codes.sort_unstable();
    let mut want: Vec<&str> = PlanError::ALL.iter().map(|e| e.code()).collect();
    want.sort_unstable();
    assert_eq!(codes, want);
}

#[test]
fn the_plan_names_chapter_six_exercises() {
    let c = hip_explainer::content::load();
    let ids: Vec<&str> = c
        .chapters
        .iter()
        .flat_map(|ch| ch.blocks.iter())
        .filter_map(|b| match b {
            hip_explainer::content::Block::Exercise { exercise } => Some(exercise.id.as_str()),
            _ => None,
        })
        .collect();
    let plan: Vec<&str> = EXERCISES.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ids, plan,
        "the link numbers exercises in the article's order"
    );
}

#[test]
fn the_note_reaches_the_page_only_as_text() {
    use hip_explainer::plan_link::view::{for_plan, Change};
    let mut plan = Plan::empty();
    plan.exercises[0] = Some(Dose {
        level: Level::Harder,
        sets: 2,
        amount: 10,
    });
    plan.note = "<script>alert(1)</script><b>hi</b>".into();
    plan.clinic = "<img src=x onerror=alert(1)>".into();
    let changes = for_plan(&plan);
    for c in &changes {
        let (Change::Shown(selector, _) | Change::Text(selector, _)) = c;
        assert!(!selector.contains('<'), "{selector}");
    }
    let texts: Vec<&str> = changes
        .iter()
        .filter_map(|c| match c {
            Change::Text(_, t) => Some(t.as_str()),
            _ => None,
        })
        .collect();
    assert!(texts.contains(&plan.note.as_str()));
    assert!(texts.contains(&plan.clinic.as_str()));
    assert!(changes.contains(&Change::Shown(
        "[data-exercise=\"1\"] [data-level=\"h\"]".into(),
        true
    )));
    assert!(changes.contains(&Change::Shown("[data-exercise=\"2\"]".into(), false)));
    assert!(changes.contains(&Change::Shown("[data-part=\"phone\"]".into(), false)));
}

#[test]
fn the_qr_path_draws_exactly_the_codes_modules() {
    use hip_explainer::qr;
    let link = [
        "https://example.org/hip/#",
        &parse("plan=1&1=s2x10&4=h3x30&d=3&w=6&n=Slowly")
            .unwrap()
            .unwrap()
            .encode(),
    ]
    .concat();
    let drawn = qr::encode(&link).expect("a plan link fits a QR code");
    let code =
        qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::M).unwrap();
    let want: Vec<bool> = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    assert_eq!(qr::modules(&drawn), want);
    assert_eq!(drawn.view_box(), format!("-4 -4 {0} {0}", drawn.size + 8));
    // The longest plan a link can carry still fits one code.
    let mut plan = Plan::empty();
    plan.exercises = [Some(Dose {
        level: Level::Standard,
        sets: 5,
        amount: 30,
    }); 4];
    plan.exercises[3] = Some(Dose {
        level: Level::Standard,
        sets: 5,
        amount: 60,
    });
    plan.phone = "+".repeat(hip_explainer::plan_link::MAX_PHONE);
    plan.note = "é".repeat(MAX_NOTE);
    assert_eq!(
        plan.check(),
        Err(PlanError::TooLong),
        "a long non-ASCII note is too long"
    );
    while plan.check().is_err() {
        plan.note.pop();
    }
    assert!(plan.encode().len() > hip_explainer::plan_link::MAX_LEN - 10);
    let base = ["https://", &"x".repeat(180), ".org/#"].concat();
    let long = [base.as_str(), &plan.encode()].concat();
    assert!(qr::encode(&long).is_some(), "{} bytes", long.len());
}
