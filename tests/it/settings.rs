//! The embed settings parser: every bad value gives its message and the default, links are
//! limited to safe schemes, and arbitrary input never panics.

use hip_explainer::settings::colour::{contrast, Rgb};
use hip_explainer::settings::{self, parse, query, Settings, KEYS, MIN_CONTRAST};
use proptest::prelude::*;

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
    for good in [
        "https://clinic.example/book?x=1#y",
        "HTTP://clinic.example",
        "tel:+1-555-0100",
        "mailto:desk@clinic.example",
    ] {
        assert_eq!(settings::link(good).as_deref(), Some(good), "{good}");
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
}
