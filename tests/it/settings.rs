//! The embed settings parser: every bad value gives its message and the default, links are
//! limited to safe schemes and to what the URL Standard's parser accepts, settings text
//! cannot reorder or blank the page's words, the work done is bounded whatever the query's
//! size, and arbitrary input never panics.

use hip_explainer::settings::colour::{contrast, Rgb};
use hip_explainer::settings::link::LinkProblem;
use hip_explainer::settings::text::{self, TextProblem};
use hip_explainer::settings::{
    self, parse, query, Clinic, Settings, KEYS, MAX_CHAPTER_VALUES, MAX_PARTS, MAX_QUERY,
    MIN_CONTRAST,
};
use proptest::prelude::*;

use crate::work::allocated_by;

const CHAPTERS: &[&str] = &["one", "two", "three", "when-to-get-help"];

fn ok(q: &str) -> Settings {
    let p = parse(q, CHAPTERS);
    assert!(
        p.messages.is_empty(),
        "{q}: unexpected messages {:?}",
        p.messages
    );
    p.settings
}

/// Parses `q`, expects exactly one message that mentions `key`, and returns the settings.
fn one_message(q: &str, key: &str) -> Settings {
    let p = parse(q, CHAPTERS);
    assert_eq!(p.messages.len(), 1, "{q}: {:?}", p.messages);
    assert!(p.messages[0].starts_with(key), "{q}: {:?}", p.messages);
    p.settings
}

#[test]
fn no_settings_means_defaults() {
    for q in ["", "?", "?&&", "&"] {
        assert_eq!(ok(q), Settings::defaults(CHAPTERS));
    }
    let d = Settings::defaults(CHAPTERS);
    assert_eq!(d.start, "one");
    assert!(d.clinic.is_empty());
    assert_eq!(d.lang, "en");
}

#[test]
fn good_values_are_used() {
    let s = ok(
        "?chapters=three,one&start=one&accent=%23005f99&accent-text=fff\
                &font=Open+Sans,serif&clinic=Hill+%26+Vale+Physio&cta=https://example.org/book\
                &cta-label=Book+now&phone=%2B1+(555)+010-2030&lang=en-GB",
    );
    assert_eq!(s.chapters, ["three", "one"]);
    assert_eq!(s.start, "one");
    let (bg, fg) = s.theme.accent.unwrap();
    assert_eq!((bg.css(), fg.css()), ("#005f99".into(), "#ffffff".into()));
    assert!(s.theme.accent_links);
    assert_eq!(
        s.theme.font.as_deref(),
        Some("\"Open Sans\", serif, system-ui, sans-serif")
    );
    assert_eq!(s.clinic.name.as_deref(), Some("Hill & Vale Physio"));
    assert_eq!(s.clinic.cta.as_deref(), Some("https://example.org/book"));
    assert_eq!(s.clinic.cta_label.as_deref(), Some("Book now"));
    let phone = s.clinic.phone.unwrap();
    assert_eq!(phone.text, "+1 (555) 010-2030");
    assert_eq!(phone.href, "tel:+15550102030");
}

#[test]
fn chapters_without_start_open_the_first_chosen() {
    let s = ok("chapters=two+three");
    assert_eq!(s.chapters, ["two", "three"]);
    assert_eq!(s.start, "two");
}

#[test]
fn each_bad_value_gives_its_message_and_the_default() {
    let d = Settings::defaults(CHAPTERS);

    let p = parse("chapters=nope", CHAPTERS);
    assert_eq!(p.settings.chapters, d.chapters);
    assert_eq!(p.messages.len(), 2, "{:?}", p.messages);
    assert!(p.messages.iter().all(|m| m.starts_with("chapters:")));
    let p = parse("chapters=two,nope,two", CHAPTERS);
    assert_eq!(p.settings.chapters, ["two"]);
    assert_eq!(p.messages.len(), 2, "{:?}", p.messages);

    let s = one_message("start=nope", "start");
    assert_eq!(s.start, "one");
    let s = one_message("chapters=two&start=one", "start");
    assert_eq!(s.start, "two");

    for bad in ["red", "#12345", "12345g", "#ffff", "rgb(0,0,0)", "😀😀"] {
        let s = one_message(&format!("accent={}", query::encode(bad)), "accent");
        assert_eq!(s.theme, d.theme, "{bad}");
        let s = one_message(
            &format!("accent-text={}", query::encode(bad)),
            "accent-text",
        );
        assert_eq!(s.theme, d.theme, "{bad}");
    }
    let s = one_message("accent-text=000", "accent-text");
    assert_eq!(s.theme.accent, None);

    for bad in [
        "Comic Sans; color: red",
        "a,b,c,d,e",
        "url(x)",
        "\"Quoted\"",
    ] {
        let s = one_message(&format!("font={}", query::encode(bad)), "font");
        assert_eq!(s.theme.font, None, "{bad}");
    }

    let long = "x".repeat(settings::MAX_CLINIC + 1);
    let s = one_message(&format!("clinic={long}"), "clinic");
    assert_eq!(s.clinic.name, None);
    let s = one_message("clinic=a%0Ab", "clinic");
    assert_eq!(s.clinic.name, None);

    let s = one_message(
        &format!("cta=https://x.org&cta-label={}", "y".repeat(41)),
        "cta-label",
    );
    assert_eq!(s.clinic.cta_label, None);
    assert!(s.clinic.cta.is_some());
    let s = one_message("cta-label=Book", "cta-label");
    assert_eq!(s.clinic.cta_label, None);

    for bad in [
        "12",
        "call me",
        "+1 555 010 2030 ext. 4",
        "123456789012345678901",
    ] {
        let s = one_message(&format!("phone={}", query::encode(bad)), "phone");
        assert_eq!(s.clinic.phone, None, "{bad}");
    }

    let s = one_message("lang=fr", "lang");
    assert_eq!(s.lang, "en");
    // Every language folder is a language the embed can be asked for, by its primary tag.
    for (q, want) in [
        ("lang=es", "es"),
        ("lang=es-MX", "es"),
        ("lang=ES", "es"),
        ("lang=en-GB", "en"),
    ] {
        let p = parse(q, CHAPTERS);
        assert_eq!(p.settings.lang, want, "{q}");
        assert!(p.messages.is_empty(), "{q}: {:?}", p.messages);
    }

    let p = parse("colour=red", CHAPTERS);
    assert_eq!(p.settings, d);
    assert_eq!(p.messages.len(), 1);
    assert!(p.messages[0].starts_with("unknown setting: \"colour\""));

    let s = one_message("clinic=A&clinic=B", "clinic");
    assert_eq!(s.clinic.name.as_deref(), Some("A"));
}

#[test]
fn low_contrast_text_is_corrected_with_a_message() {
    // Dark red with dark grey text is 1.6:1: white is used instead.
    let s = one_message("accent=8b0000&accent-text=333333", "accent-text");
    let (bg, fg) = s.theme.accent.unwrap();
    assert_eq!(fg, Rgb(255, 255, 255));
    assert!(contrast(bg, fg) >= MIN_CONTRAST);
    assert!(s.theme.accent_links);
    // Yellow with white text is 1.4:1: black is used instead; yellow is also too light for
    // links on the page background (a second message).
    let p = parse("accent=ffd700&accent-text=ffffff", CHAPTERS);
    assert_eq!(p.messages.len(), 2, "{:?}", p.messages);
    assert!(p.messages[0].starts_with("accent-text"));
    assert!(p.messages[1].starts_with("accent:"));
    let (bg, fg) = p.settings.theme.accent.unwrap();
    assert_eq!(fg, Rgb(0, 0, 0));
    assert!(contrast(bg, fg) >= MIN_CONTRAST);
    // A light accent with no text colour: white fails, black is picked, and the accent is
    // too light for links on the page background (second message).
    let p = parse("accent=ffd700", CHAPTERS);
    assert_eq!(p.messages.len(), 2, "{:?}", p.messages);
    assert!(!p.settings.theme.accent_links);
}

#[test]
fn linear_light_table_matches_the_wcag_formula() {
    for (i, &v) in settings::colour::LINEAR.iter().enumerate() {
        let c = i as f64 / 255.0;
        let exact = if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        };
        assert!((f64::from(v) - exact).abs() < 1e-7, "{i}: {v} vs {exact}");
    }
}

#[test]
fn contrast_matches_wcag_examples() {
    let r = |a, b| (contrast(a, b) * 100.0).round() / 100.0;
    assert_eq!(r(Rgb(0, 0, 0), Rgb(255, 255, 255)), 21.0);
    assert_eq!(r(Rgb(0x77, 0x77, 0x77), Rgb(255, 255, 255)), 4.48);
    assert_eq!(r(Rgb(0x76, 0x76, 0x76), Rgb(255, 255, 255)), 4.54);
    assert_eq!(Rgb::parse("#ABC"), Some(Rgb(0xaa, 0xbb, 0xcc)));
}

#[test]
fn only_safe_link_schemes_reach_the_booking_link() {
    // Kept as the URL Standard serializes them (what a browser will follow).
    for (good, href) in [
        (
            "https://clinic.example/book?x=1#y",
            "https://clinic.example/book?x=1#y",
        ),
        ("HTTP://Clinic.Example", "http://clinic.example/"),
        (
            "https://clinic.example:8443/a",
            "https://clinic.example:8443/a",
        ),
        ("https://[2001:db8::1]/book", "https://[2001:db8::1]/book"),
        ("https://bücher.example/", "https://xn--bcher-kva.example/"),
        ("tel:+1-555-0100", "tel:+1-555-0100"),
        ("mailto:desk@clinic.example", "mailto:desk@clinic.example"),
    ] {
        assert_eq!(settings::link(good).as_deref(), Some(href), "{good}");
    }
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u{1}javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "DATA:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox",
        "https:javascript:alert(1)",
        "https:///evil",
        "//evil.example",
        "/book",
        "book.html",
        "https://",
        "mailto:",
        "tel:abc",
        "file:///etc/passwd",
        // Links a browser cannot open (found by the adversarial run): the URL Standard's
        // parser rejects them.
        "https://evil.example:99999/",
        "https://[::1/",
        "https://exa%00mple.com/",
        "https://exa%2500mple.com/",
        "https://a b.example/",
        "https://ex<ample.com/",
        "http://1.2.3.256/",
        "https://xn--/",
        // A user name before the host disguises where the link goes.
        "https://clinic.example@evil.example/",
        "https://user:pass@clinic.example/",
    ] {
        assert_eq!(settings::link(bad), None, "{bad:?}");
        let p = parse(&format!("cta={}", query::encode(bad)), CHAPTERS);
        assert_eq!(p.settings.clinic.cta, None, "{bad:?}");
        if !bad.trim().is_empty() {
            assert_eq!(p.messages.len(), 1, "{bad:?}: {:?}", p.messages);
        }
    }
}

#[test]
fn each_link_problem_has_its_own_message() {
    use settings::link::check;
    assert_eq!(check("javascript:alert(1)"), Err(LinkProblem::Scheme));
    assert_eq!(
        check("https://evil.example:99999/"),
        Err(LinkProblem::Broken)
    );
    assert_eq!(check("https://[::1/"), Err(LinkProblem::Broken));
    assert_eq!(
        check("https://clinic.example@evil.example/"),
        Err(LinkProblem::Credentials)
    );
    for (q, problem) in [
        ("cta=javascript:alert(1)", LinkProblem::Scheme),
        ("cta=https://evil.example:99999/", LinkProblem::Broken),
        ("cta=https://exa%2500mple.com/", LinkProblem::Broken),
        (
            "cta=https://clinic.example%40evil.example/",
            LinkProblem::Credentials,
        ),
    ] {
        let p = parse(q, CHAPTERS);
        assert_eq!(p.settings.clinic.cta, None, "{q}");
        assert_eq!(p.messages.len(), 1, "{q}: {:?}", p.messages);
        assert!(p.messages[0].starts_with("cta: "), "{q}: {:?}", p.messages);
        assert!(
            p.messages[0].ends_with(problem.message()),
            "{q}: {:?}",
            p.messages
        );
    }
}

/// Every bidirectional formatting character (Unicode's Bidi_Control property).
const BIDI_CONTROLS: &[char] = &[
    '\u{061C}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}',
    '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
];

/// Characters that draw nothing (a sample across the kinds `text::is_invisible` covers).
const INVISIBLE: &[char] = &[
    ' ',
    '\u{A0}',
    '\u{AD}',
    '\u{34F}',
    '\u{115F}',
    '\u{1160}',
    '\u{180E}',
    '\u{2000}',
    '\u{200B}',
    '\u{200C}',
    '\u{200D}',
    '\u{2060}',
    '\u{2064}',
    '\u{3000}',
    '\u{3164}',
    '\u{2800}',
    '\u{FE0F}',
    '\u{FEFF}',
    '\u{FFA0}',
    '\u{E0041}',
    '\u{E007F}',
];

#[test]
fn names_and_labels_cannot_reorder_or_blank_the_page_words() {
    // The adversarial run's cases: a name ending in U+202E reversed the sentence after it;
    // one with an unclosed U+2067 too; names of invisible characters left " can help.".
    for (name, problem) in [
        ("Hill Physio\u{202E}", TextProblem::Bidi),
        ("\u{2067}Hill Physio", TextProblem::Bidi),
        ("Hill \u{200F}Physio", TextProblem::Bidi),
        ("\u{200B}\u{FEFF}\u{3164}\u{AD}", TextProblem::Invisible),
        ("\u{3164}", TextProblem::Invisible),
        ("Hill\u{2028}Physio", TextProblem::Control),
    ] {
        assert_eq!(text::check(name, 80), Err(problem), "{name:?}");
        let p = parse(&format!("clinic={}", query::encode(name)), CHAPTERS);
        assert_eq!(p.settings.clinic.name, None, "{name:?}");
        assert_eq!(
            p.messages,
            [format!(
                "clinic: \"{}\" {}",
                name.chars()
                    .map(|c| if c == ' ' {
                        c
                    } else if text::is_invisible(c) || text::is_bidi_control(c) {
                        '?'
                    } else {
                        c
                    })
                    .collect::<String>(),
                problem.message()
            )]
        );
    }
    // Right-to-left names are welcome (the page isolates them), and so are marks inside
    // visible text: joiners in an emoji, a soft hyphen in a long word.
    for name in [
        "מרפאת גב",
        "عيادة العلاج الطبيعي",
        "Rücken\u{AD}zentrum",
        "Physio 👩\u{200D}⚕\u{FE0F}",
    ] {
        assert_eq!(text::check(name, 80), Ok(()), "{name:?}");
        assert_eq!(
            ok(&format!("clinic={}", query::encode(name)))
                .clinic
                .name
                .as_deref(),
            Some(name)
        );
    }
}

/// A piece of settings text with at least one bidi control somewhere in it.
fn with_bidi_control() -> impl Strategy<Value = String> {
    (
        "\\PC{0,20}",
        proptest::sample::select(BIDI_CONTROLS),
        "\\PC{0,20}",
    )
        .prop_map(|(a, c, b)| format!("{a}{c}{b}"))
}

/// A non-empty piece of text of invisible characters only.
fn invisible_only() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(INVISIBLE), 1..12)
        .prop_map(|cs| cs.into_iter().collect::<String>())
        .prop_filter("not all plain spaces (an unset value)", |s| {
            !s.trim().is_empty()
        })
}

#[test]
fn query_limits_each_say_so_once() {
    // More parts than read: the first ones count, one message.
    let mut q = String::from("clinic=First");
    for i in 0..100 {
        q.push_str(&format!("&x{i}=1"));
    }
    let p = parse(&q, CHAPTERS);
    assert_eq!(p.settings.clinic.name.as_deref(), Some("First"));
    let cut: Vec<_> = p
        .messages
        .iter()
        .filter(|m| m.contains("have over") || m.contains("has over"))
        .collect();
    assert_eq!(cut.len(), 1, "{:?}", p.messages);
    assert!(cut[0].contains(&MAX_PARTS.to_string()));
    assert_eq!(p.messages.len(), 1 + (MAX_PARTS - 1), "{:?}", p.messages);
    // More chapter names than read.
    let names = vec!["two"; 1000].join(",");
    let p = parse(&format!("chapters=one,{names}"), CHAPTERS);
    assert_eq!(p.settings.chapters, ["one", "two"]);
    let cut: Vec<_> = p
        .messages
        .iter()
        .filter(|m| m.contains("have over") || m.contains("has over"))
        .collect();
    assert_eq!(cut.len(), 1, "{:?}", p.messages);
    assert!(cut[0].contains(&MAX_CHAPTER_VALUES.to_string()));
    assert!(p.messages.len() <= MAX_CHAPTER_VALUES + 1);
    // A longer query is cut at its last whole part: a half link is never read as a link.
    let pad = "x".repeat(MAX_QUERY - 40);
    let q = format!(
        "clinic=Hill&pad={pad}&cta=https://clinic.example/book/{}",
        "a".repeat(100)
    );
    let p = parse(&q, CHAPTERS);
    assert_eq!(p.settings.clinic.cta, None);
    assert_eq!(p.settings.clinic.name.as_deref(), Some("Hill"));
    let cut: Vec<_> = p
        .messages
        .iter()
        .filter(|m| m.contains("are over"))
        .collect();
    assert_eq!(cut.len(), 1, "{:?}", p.messages);
    assert!(cut[0].contains(&MAX_QUERY.to_string()));
}

/// Queries of `len` bytes in the shapes an attacker would pick.
fn huge_queries(len: usize) -> Vec<(&'static str, String)> {
    let fill = |unit: &str, prefix: &str| {
        let mut q = String::from(prefix);
        while q.len() < len {
            q.push_str(unit);
        }
        q
    };
    vec![
        ("comma-separated chapters", fill("nope,", "chapters=")),
        ("repeated chapters", fill("one,", "chapters=")),
        ("many parts", fill("&x=1", "")),
        ("repeated keys", fill("&clinic=a", "")),
        ("one long name", fill("%E2%80%AE", "clinic=")),
        ("one long link", fill("a", "cta=https://clinic.example/")),
        ("invalid percent codes", fill("%zz%", "font=")),
    ]
}

#[test]
fn a_query_of_one_megabyte_is_parsed_with_bounded_work() {
    const MB: usize = 1 << 20;
    for (shape, q) in huge_queries(MB) {
        assert!(q.len() >= MB);
        let (p, bytes) = allocated_by(|| parse(&q, CHAPTERS));
        // Work: everything allocated while parsing, whatever the size of the query.
        assert!(
            bytes <= 8 * MAX_QUERY,
            "{shape}: {bytes} bytes allocated for a 1 MB query"
        );
        assert!(
            p.messages.len() <= 64,
            "{shape}: {} messages",
            p.messages.len()
        );
        // The result is that of the part that was read.
        let (head, cut) = query::head(&q, MAX_QUERY);
        assert!(cut);
        let mut expected = parse(head, CHAPTERS);
        assert_eq!(p.settings, expected.settings, "{shape}");
        expected.messages.insert(0, p.messages[0].clone());
        assert_eq!(p.messages, expected.messages, "{shape}");
    }
}

#[test]
fn clinic_settings_apply_only_inside_a_frame() {
    let q = "clinic=Evil+Clinic&cta=https://evil.example/&cta-label=Pay&phone=555+0100&accent=005f99&chapters=two";
    let framed = parse(q, CHAPTERS);
    assert!(framed.messages.is_empty(), "{:?}", framed.messages);
    assert_eq!(framed.settings.clinic.name.as_deref(), Some("Evil Clinic"));
    let alone = framed.clone().outside_frame();
    assert_eq!(alone.settings.clinic, Clinic::default());
    // Theme and chapters do not claim anything about who sent the page; they stay.
    assert_eq!(alone.settings.theme, framed.settings.theme);
    assert_eq!(alone.settings.chapters, ["two"]);
    assert_eq!(alone.messages.len(), 1, "{:?}", alone.messages);
    assert!(alone.messages[0].contains("only in a clinic's frame"));
    // No clinic settings: nothing to say.
    let plain = parse("accent=005f99", CHAPTERS).outside_frame();
    assert!(plain.messages.is_empty());
}

#[test]
fn script_text_stays_text() {
    let s = ok(
        "clinic=%3Cscript%3Ealert(1)%3C%2Fscript%3E&cta=https://x.example\
                &cta-label=%3Cb%3Ebook%3C/b%3E",
    );
    // Kept as the characters it is; the component inserts it as text (see ssr.rs).
    assert_eq!(s.clinic.name.as_deref(), Some("<script>alert(1)</script>"));
    assert_eq!(s.clinic.cta_label.as_deref(), Some("<b>book</b>"));
}

#[test]
fn query_decoding() {
    assert_eq!(query::decode("a+b%20c%2"), "a b c%2");
    assert_eq!(query::decode("%zz%4"), "%zz%4");
    assert_eq!(query::decode("%E2%9C%93"), "✓");
    assert_eq!(query::decode("%FF"), "\u{fffd}");
    assert_eq!(
        query::pairs("?a=1&b&=c&&d=x=y"),
        [
            ("a".into(), "1".into()),
            ("b".into(), String::new()),
            (String::new(), "c".into()),
            ("d".into(), "x=y".into()),
        ]
    );
}

/// What a booking link may start with.
fn safe_href(h: &str) -> bool {
    let l = h.to_ascii_lowercase();
    ["https://", "http://", "tel:", "mailto:"]
        .iter()
        .any(|p| l.starts_with(p))
}

fn check_invariants(q: &str) {
    let p = parse(q, CHAPTERS);
    let s = &p.settings;
    assert!(!s.chapters.is_empty());
    assert!(s.chapters.iter().all(|c| CHAPTERS.contains(&c.as_str())));
    assert!(s.chapters.contains(&s.start));
    if let Some((bg, fg)) = s.theme.accent {
        assert!(contrast(bg, fg) >= MIN_CONTRAST);
    }
    if let Some(h) = &s.clinic.cta {
        assert!(safe_href(h), "{h:?}");
        assert!(!h.chars().any(char::is_control));
    }
    if let Some(ph) = &s.clinic.phone {
        assert!(ph.href.starts_with("tel:"));
        assert!(ph.href[4..].chars().all(|c| c.is_ascii_digit() || c == '+'));
    }
    for t in [&s.clinic.name, &s.clinic.cta_label].into_iter().flatten() {
        assert!(!t.chars().any(char::is_control));
    }
    if let Some(f) = &s.theme.font {
        assert!(!f.contains([';', '(', ')', '{', '}', '\\', '<']), "{f:?}");
    }
    assert_eq!(s.lang, "en");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_query_string_is_safe(q in ".*") {
        check_invariants(&q);
    }

    #[test]
    fn any_value_for_any_key_is_safe(k in 0..KEYS.len(), v in ".*", raw in any::<bool>()) {
        let v = if raw { v } else { query::encode(&v) };
        check_invariants(&format!("?{}={v}", KEYS[k]));
    }

    #[test]
    fn any_values_for_all_keys_are_safe(vs in proptest::collection::vec(".*", KEYS.len())) {
        let q: Vec<String> = KEYS
            .iter()
            .zip(&vs)
            .map(|(k, v)| format!("{k}={}", query::encode(v)))
            .collect();
        check_invariants(&q.join("&"));
    }

    #[test]
    fn links_with_other_schemes_never_pass(scheme in "[a-zA-Z][a-zA-Z0-9+.-]{0,10}", rest in ".*") {
        let l = scheme.to_ascii_lowercase();
        prop_assume!(!["https", "http", "tel", "mailto"].contains(&l.as_str()));
        prop_assert_eq!(settings::link(&format!("{scheme}:{rest}")), None);
    }

    #[test]
    fn bad_cta_always_gives_one_message(v in ".*") {
        let p = parse(&format!("cta={}", query::encode(&v)), CHAPTERS);
        let expected = usize::from(!v.trim().is_empty() && settings::link(&v).is_none());
        prop_assert_eq!(p.messages.len(), expected);
    }

    #[test]
    fn encode_then_decode_is_identity(v in ".*") {
        prop_assert_eq!(query::decode(&query::encode(&v)), v);
    }

    #[test]
    fn names_and_labels_with_a_bidi_control_are_refused(
        v in with_bidi_control(),
        key in proptest::sample::select(vec!["clinic", "cta-label"]),
    ) {
        let p = parse(&format!("cta=https://x.example&{key}={}", query::encode(&v)), CHAPTERS);
        prop_assert_eq!(&p.settings.clinic.name, &None);
        prop_assert_eq!(&p.settings.clinic.cta_label, &None);
        prop_assert_eq!(p.messages.len(), 1, "{:?}", p.messages);
        prop_assert!(p.messages[0].starts_with(&format!("{key}: ")), "{:?}", p.messages);
        // The checks run in this order: length, control characters, direction controls.
        let max = if key == "clinic" { settings::MAX_CLINIC } else { settings::MAX_LABEL };
        let v = v.trim();
        let expected = if v.chars().count() > max {
            TextProblem::TooLong
        } else if v.chars().any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')) {
            TextProblem::Control
        } else {
            TextProblem::Bidi
        };
        prop_assert!(p.messages[0].ends_with(expected.message()), "{:?}", p.messages);
        // The message itself shows no direction control.
        prop_assert!(!p.messages[0].chars().any(text::is_bidi_control));
    }

    #[test]
    fn names_and_labels_with_nothing_visible_are_refused(
        v in invisible_only(),
        key in proptest::sample::select(vec!["clinic", "cta-label"]),
    ) {
        let p = parse(&format!("cta=https://x.example&{key}={}", query::encode(&v)), CHAPTERS);
        prop_assert_eq!(&p.settings.clinic.name, &None);
        prop_assert_eq!(&p.settings.clinic.cta_label, &None);
        prop_assert_eq!(p.messages.len(), 1, "{:?}", p.messages);
        prop_assert!(p.messages[0].starts_with(&format!("{key}: ")), "{:?}", p.messages);
        let expected = if v.chars().any(text::is_bidi_control) { TextProblem::Bidi } else { TextProblem::Invisible };
        prop_assert!(p.messages[0].ends_with(expected.message()), "{:?}", p.messages);
    }

    #[test]
    fn any_name_or_label_that_is_accepted_has_something_visible(v in ".*") {
        let s = parse(&format!("cta=https://x.example&clinic={0}&cta-label={0}", query::encode(&v)), CHAPTERS).settings;
        for t in [&s.clinic.name, &s.clinic.cta_label].into_iter().flatten() {
            prop_assert!(!t.chars().any(text::is_bidi_control));
            prop_assert!(t.chars().any(|c| !text::is_invisible(c)));
        }
    }

    #[test]
    fn every_accepted_link_is_one_the_url_crate_parses_alike(
        scheme in proptest::sample::select(vec!["https://", "http://", "HTTPS://", "tel:", "mailto:", "https:", "http:///"]),
        rest in "([a-z0-9.:@%\\[\\]/?#_+-]|.){0,40}",
    ) {
        let raw = format!("{scheme}{rest}");
        if let Some(href) = settings::link(&raw) {
            let given = url::Url::parse(raw.trim()).expect("the url crate parses every accepted link");
            let kept = url::Url::parse(&href).expect("the url crate parses the kept link");
            prop_assert_eq!(given.scheme(), kept.scheme());
            prop_assert_eq!(given.host_str(), kept.host_str());
            prop_assert_eq!(kept.as_str(), href.as_str());
            prop_assert!(["https", "http", "tel", "mailto"].contains(&kept.scheme()));
            prop_assert_eq!(kept.scheme() == "https" || kept.scheme() == "http", kept.host_str().is_some_and(|h| !h.is_empty()));
            prop_assert!(kept.username().is_empty() && kept.password().is_none());
        }
    }

    #[test]
    fn any_query_string_is_safe_after_a_frame_check(q in ".*") {
        let p = parse(&q, CHAPTERS).outside_frame();
        prop_assert_eq!(p.settings.clinic, Clinic::default());
    }
}

proptest! {
    // Each case builds a query of up to 1 MB: fewer cases than above.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_query_up_to_a_megabyte_is_parsed_with_bounded_work(
        unit in "(.|[a-z,&=%+]){1,24}",
        keys in proptest::collection::vec(proptest::sample::select(KEYS), 0..4),
        len in 0usize..=1 << 20,
    ) {
        let mut q: String = keys.iter().map(|k| format!("{k}=")).collect::<Vec<_>>().join("&");
        while q.len() < len {
            q.push_str(&unit);
        }
        let (p, bytes) = allocated_by(|| parse(&q, CHAPTERS));
        prop_assert!(bytes <= 8 * MAX_QUERY, "{} bytes allocated for {} bytes of query", bytes, q.len());
        prop_assert!(p.messages.len() <= 64, "{} messages", p.messages.len());
    }
}
