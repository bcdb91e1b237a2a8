//! Embed settings: the one place where a clinic's choices are read and checked.
//!
//! The embedded page (`embed.html`) gets its settings from its URL's query string; the
//! one-script embed (`embed.js`) turns `data-*` attributes into the same query parameters,
//! so every value passes through [`parse`]. Each bad value gives a message (for the
//! browser console) and falls back to a safe default. Nothing here panics, and nothing
//! here touches the browser (plain Rust, tested natively).
//!
//! Settings text (clinic name, labels, phone) is only ever inserted as text, and may not
//! carry direction controls or be invisible (`text`); links are limited to `https:`,
//! `http:`, `tel:` and `mailto:` and must be ones the URL Standard's parser accepts (`link`).
//! What is read is bounded: [`MAX_QUERY`] bytes, [`MAX_PARTS`] parts, [`MAX_CHAPTER_VALUES`]
//! chapter names, each limit with one message when it cuts something off.
//!
//! Clinic settings (name, booking link, phone) are only for a page shown in a clinic's frame:
//! [`Parsed::outside_frame`] drops them for a page opened on its own, so a crafted link to
//! this site cannot show a made-up clinic under this site's address.

pub mod colour;
pub mod link;
pub mod query;
pub mod text;

use colour::{best_text, contrast, ratio_text, Rgb};

/// The setting names, as query parameters and (with `data-`) as attributes of the script
/// embed's element.
pub const KEYS: &[&str] = &[
    "chapters",
    "start",
    "accent",
    "accent-text",
    "font",
    "clinic",
    "cta",
    "cta-label",
    "phone",
    "lang",
];

/// The page's own background (`--paper` in `app.css`): links take the accent only if it
/// reaches 4.5:1 on it.
pub const PAPER: Rgb = Rgb(0xfb, 0xf8, 0xf3);
/// The minimum contrast for text (WCAG 2.2 AA, normal text).
pub const MIN_CONTRAST: f64 = 4.5;
/// Longest clinic name, in characters.
pub const MAX_CLINIC: usize = 80;
/// Longest button label, in characters.
pub const MAX_LABEL: usize = 40;
/// Longest link, in bytes.
pub const MAX_URL: usize = 2000;
/// Longest query string read, in bytes: room for every setting at its longest, written out
/// with percent-encoding. The rest is ignored, with one message.
pub const MAX_QUERY: usize = 16 * 1024;
/// Most `key=value` parts read (there are ten settings). The rest are ignored, with one
/// message.
pub const MAX_PARTS: usize = 32;
/// Most names read from `chapters` (there are seven chapters). The rest are ignored, with one
/// message.
pub const MAX_CHAPTER_VALUES: usize = 16;

/// The query string's values by setting: every value is text; empty means "not set".
/// (Filled by hand, not by serde: a derived deserializer cost the embed's wasm more than the
/// checks it carries.)
#[derive(Debug, Default)]
struct Raw {
    chapters: String,
    start: String,
    accent: String,
    accent_text: String,
    font: String,
    clinic: String,
    cta: String,
    cta_label: String,
    phone: String,
    lang: String,
}

impl Raw {
    /// The value of the setting `KEYS[i]`.
    fn slot(&mut self, i: usize) -> Option<&mut String> {
        Some(match i {
            0 => &mut self.chapters,
            1 => &mut self.start,
            2 => &mut self.accent,
            3 => &mut self.accent_text,
            4 => &mut self.font,
            5 => &mut self.clinic,
            6 => &mut self.cta,
            7 => &mut self.cta_label,
            8 => &mut self.phone,
            9 => &mut self.lang,
            _ => return None,
        })
    }
}

/// Checked settings. Every field holds a safe value.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Chapter slugs to show, in order (at least one).
    pub chapters: Vec<String>,
    /// The chapter that starts open (one of `chapters`).
    pub start: String,
    /// Colours and font.
    pub theme: Theme,
    /// Who to book with.
    pub clinic: Clinic,
    /// Content language (only `en` exists).
    pub lang: String,
}

/// A clinic's colours and font.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Theme {
    /// Button colour, with its text colour; the pair reaches [`MIN_CONTRAST`].
    pub accent: Option<(Rgb, Rgb)>,
    /// Whether links may take the accent too (it reaches [`MIN_CONTRAST`] on [`PAPER`]).
    pub accent_links: bool,
    /// A CSS `font-family` list built from checked names, ending in the page's own fonts.
    pub font: Option<String>,
}

/// The clinic slot in "When to get help". Every part is optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clinic {
    /// The clinic's name (text).
    pub name: Option<String>,
    /// The booking link (`https:`, `http:`, `tel:` or `mailto:`).
    pub cta: Option<String>,
    /// The booking button's text, instead of the content's default.
    pub cta_label: Option<String>,
    /// The phone number as written, and its `tel:` link.
    pub phone: Option<Phone>,
}

/// A phone number.
#[derive(Debug, Clone, PartialEq)]
pub struct Phone {
    /// As the clinic wrote it, e.g. `+1 (555) 010-2030`.
    pub text: String,
    /// `tel:` and the digits, e.g. `tel:+15550102030`.
    pub href: String,
}

impl Clinic {
    /// True if the clinic set nothing (the slot keeps its neutral default).
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.cta.is_none() && self.phone.is_none()
    }
}

impl Settings {
    /// Every chapter, the first one open, no theme, no clinic, English.
    pub fn defaults(chapters: &[&str]) -> Settings {
        Settings {
            chapters: chapters.iter().map(|s| s.to_string()).collect(),
            start: chapters.first().map(|s| s.to_string()).unwrap_or_default(),
            theme: Theme::default(),
            clinic: Clinic::default(),
            lang: "en".into(),
        }
    }
}

/// The result of [`parse`]: safe settings, and one message per value that was not used as
/// given.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// What to apply.
    pub settings: Settings,
    /// For the console, e.g. `cta: "javascript:..." is not an https, http, tel or mailto
    /// link; no booking link is shown`.
    pub messages: Vec<String>,
}

impl Parsed {
    /// The settings for a page that is not inside a frame (opened from a link, at the top
    /// level): the clinic's name, booking link and phone are dropped, with one message, so
    /// the page shows its neutral default. Anyone can send a link to this site; only a
    /// clinic's own page, which frames it, may name a clinic.
    pub fn outside_frame(mut self) -> Parsed {
        if !self.settings.clinic.is_empty() {
            self.settings.clinic = Clinic::default();
            say(
                &mut self.messages,
                "clinic, cta, cta-label, phone",
                "",
                "apply only in a clinic's frame, not on a page opened on its own; ignored",
            );
        }
        self
    }
}

/// Reads a query string (`?chapters=...&accent=...`) against the page's chapter slugs (in
/// story order). At most [`MAX_QUERY`] bytes and [`MAX_PARTS`] parts are read.
pub fn parse(query_string: &str, chapters: &[&str]) -> Parsed {
    let mut m = Vec::new();
    let (read, cut) = query::head(query_string, MAX_QUERY);
    if cut {
        say(
            &mut m,
            "settings",
            "",
            "are over 16384 bytes; the rest is ignored",
        );
    }
    let (all, more) = query::pairs_up_to(read, MAX_PARTS);
    if more {
        say(
            &mut m,
            "settings",
            "",
            "have over 32 parts; the rest are ignored",
        );
    }
    let mut raw = Raw::default();
    let mut seen = [false; KEYS.len()];
    for (k, v) in all {
        let i = KEYS.iter().position(|key| *key == k);
        match i.and_then(|i| Some((i, raw.slot(i)?))) {
            None => say(
                &mut m,
                "unknown setting",
                &k,
                "is ignored; embed-help.html lists the settings",
            ),
            Some((i, _)) if seen[i] => {
                say(&mut m, &k, &v, "is a second value; the first one is used")
            }
            Some((i, slot)) => {
                *slot = v;
                seen[i] = true;
            }
        }
    }
    let mut s = Settings::defaults(chapters);
    if let Some(list) = set(&raw.chapters) {
        s.chapters = pick_chapters(list, chapters, &mut m);
    }
    s.start = s.chapters.first().cloned().unwrap_or_default();
    if let Some(start) = set(&raw.start) {
        let start = start.to_ascii_lowercase();
        if s.chapters.contains(&start) {
            s.start = start;
        } else {
            say(
                &mut m,
                "start",
                &start,
                "is not one of the chapters shown; the first one opens",
            );
        }
    }
    s.theme = theme(&raw, &mut m);
    s.clinic = clinic(&raw, &mut m);
    if let Some(lang) = set(&raw.lang) {
        let primary = lang.split(['-', '_']).next().unwrap_or("");
        // The languages there is content for: one per folder under content/.
        match crate::content::languages()
            .iter()
            .find(|l| l.eq_ignore_ascii_case(primary))
        {
            Some(code) => s.lang = (*code).to_string(),
            None => say(&mut m, "lang", lang, "is not available; showing English"),
        }
    }
    Parsed {
        settings: s,
        messages: m,
    }
}

/// Adds the message `key: "value" problem` (the value cut to 60 characters, control
/// characters shown as `?`). One place builds every message, which keeps the wasm small.
#[inline(never)]
fn say(out: &mut Vec<String>, key: &str, value: &str, problem: &str) {
    let mut t = String::with_capacity(key.len() + value.len() + problem.len() + 8);
    t.push_str(key);
    if !key.is_empty() {
        t.push_str(": ");
    }
    t.push('"');
    // Control, direction and invisible characters show as `?`, so the message itself reads
    // in order and shows where they are.
    t.extend(value.chars().take(60).map(|c| {
        if (c != ' ' && text::is_invisible(c)) || text::is_bidi_control(c) {
            '?'
        } else {
            c
        }
    }));
    if value.chars().nth(60).is_some() {
        t.push('…');
    }
    t.push_str("\" ");
    t.push_str(problem);
    out.push(t);
}

/// `Some(trimmed)` if a value was given.
fn set(v: &str) -> Option<&str> {
    let t = v.trim();
    (!t.is_empty()).then_some(t)
}

fn pick_chapters(list: &str, known: &[&str], m: &mut Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut names = list.split([',', ' ']).filter(|x| !x.is_empty());
    for slug in names.by_ref().take(MAX_CHAPTER_VALUES) {
        let slug = slug.to_ascii_lowercase();
        if !known.contains(&slug.as_str()) {
            say(m, "chapters", &slug, "is not a chapter; it is left out");
        } else if out.contains(&slug) {
            say(m, "chapters", &slug, "is listed twice; shown once");
        } else {
            out.push(slug);
        }
    }
    if names.next().is_some() {
        say(m, "chapters", "", "has over 16 names; the rest are ignored");
    }
    if out.is_empty() {
        say(m, "chapters", list, "names no chapter; showing them all");
        return known.iter().map(|s| s.to_string()).collect();
    }
    out
}

fn colour(key: &str, v: &str, m: &mut Vec<String>) -> Option<Rgb> {
    let c = Rgb::parse(v);
    if c.is_none() {
        say(
            m,
            key,
            v,
            "is not a hex colour like 005f99 or #005f99; the default is used",
        );
    }
    c
}

fn theme(raw: &Raw, m: &mut Vec<String>) -> Theme {
    let mut t = Theme::default();
    let accent = set(&raw.accent).and_then(|v| colour("accent", v, m));
    let text = set(&raw.accent_text).and_then(|v| colour("accent-text", v, m));
    match (accent, text) {
        (Some(bg), text) => {
            let fg = text.unwrap_or(colour::WHITE);
            let fg = if contrast(bg, fg) >= MIN_CONTRAST {
                fg
            } else {
                let better = best_text(bg);
                let detail = [
                    fg.css(),
                    " on ".into(),
                    bg.css(),
                    " is ".into(),
                    ratio_text(contrast(bg, fg)),
                ]
                .concat();
                say(
                    m,
                    "accent-text",
                    &detail,
                    "is below 4.5:1; using black or white, whichever reads better",
                );
                better
            };
            t.accent = Some((bg, fg));
            t.accent_links = contrast(bg, PAPER) >= MIN_CONTRAST;
            if !t.accent_links {
                let detail = [
                    bg.css(),
                    " on the page is ".into(),
                    ratio_text(contrast(bg, PAPER)),
                ]
                .concat();
                say(
                    m,
                    "accent",
                    &detail,
                    "is below 4.5:1; it colours the booking button but not the links",
                );
            }
        }
        (None, Some(_)) => say(
            m,
            "accent-text",
            &raw.accent_text,
            "needs an accent colour too; ignored",
        ),
        (None, None) => {}
    }
    if let Some(f) = set(&raw.font) {
        t.font = font(f);
        if t.font.is_none() {
            say(m, "font", f, "is not up to 4 font names (letters, digits, spaces, hyphens); the page's font is used");
        }
    }
    t
}

/// Generic CSS families, written without quotes.
const GENERIC_FONTS: &[&str] = &[
    "serif",
    "sans-serif",
    "monospace",
    "system-ui",
    "ui-serif",
    "ui-sans-serif",
    "ui-rounded",
    "ui-monospace",
];

/// The page's own fonts, after the clinic's.
const FONT_FALLBACK: &str = "system-ui, sans-serif";

fn font(list: &str) -> Option<String> {
    let mut css = String::new();
    for (i, n) in list.split(',').map(str::trim).enumerate() {
        let ok = i < 4
            && !n.is_empty()
            && n.len() <= 40
            && n.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b' ' || c == b'-');
        if !ok {
            return None;
        }
        let lower = n.to_ascii_lowercase();
        if GENERIC_FONTS.contains(&lower.as_str()) {
            css.push_str(&lower);
        } else {
            css.push('"');
            css.push_str(n);
            css.push('"');
        }
        css.push_str(", ");
    }
    css.push_str(FONT_FALLBACK);
    Some(css)
}

fn clinic(raw: &Raw, m: &mut Vec<String>) -> Clinic {
    let mut c = Clinic::default();
    if let Some(name) = set(&raw.clinic) {
        c.name = text("clinic", name, MAX_CLINIC, m);
    }
    if let Some(label) = set(&raw.cta_label) {
        c.cta_label = text("cta-label", label, MAX_LABEL, m);
    }
    if let Some(url) = set(&raw.cta) {
        match link::check(url) {
            Ok(l) => c.cta = Some(l),
            Err(problem) => say(m, "cta", url, problem.message()),
        }
    }
    if let Some(p) = set(&raw.phone) {
        c.phone = phone(p);
        if c.phone.is_none() {
            say(
                m,
                "phone",
                p,
                "is not a phone number (3 to 20 digits; spaces and + - ( ) . allowed); not shown",
            );
        }
    }
    if c.cta_label.is_some() && c.cta.is_none() {
        say(
            m,
            "cta-label",
            &raw.cta_label,
            "has no booking link (cta) to label; ignored",
        );
        c.cta_label = None;
    }
    c
}

/// Text of at most `max` characters that [`text::check`] accepts; the message says why not.
fn text(key: &str, v: &str, max: usize, m: &mut Vec<String>) -> Option<String> {
    match text::check(v, max) {
        Ok(()) => Some(v.to_string()),
        Err(problem) => {
            say(m, key, v, problem.message());
            None
        }
    }
}

/// The link, as the URL Standard serializes it, if [`link::check`] accepts it: `https:` or
/// `http:` with a host, `tel:` with a number, `mailto:` with an address. `None` for anything
/// else (`javascript:`, `data:`, relative links, links a browser cannot open, ...).
pub fn link(url: &str) -> Option<String> {
    link::check(url).ok()
}

/// A phone number: digits with spaces, `+`, `-`, `(`, `)` and `.`, 3 to 20 digits.
pub fn phone(v: &str) -> Option<Phone> {
    let v = v.trim();
    let digits: String = v.chars().filter(char::is_ascii_digit).collect();
    let allowed = v
        .bytes()
        .all(|c| c.is_ascii_digit() || matches!(c, b' ' | b'+' | b'-' | b'(' | b')' | b'.'));
    if !allowed || !(3..=20).contains(&digits.len()) || v.len() > 30 {
        return None;
    }
    let mut href = String::from(if v.starts_with('+') { "tel:+" } else { "tel:" });
    href.push_str(&digits);
    Some(Phone {
        text: v.to_string(),
        href,
    })
}

/// The secret WordPress adds to an embedded frame's URL (`#?secret=abc123XYZ0`), if the
/// hash has one: letters and digits only, at most 64 of them (WordPress uses 10).
pub fn wordpress_secret(hash: &str) -> Option<String> {
    let at = find(hash, "secret=")? + "secret=".len();
    let s: String = hash[at..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    (!s.is_empty() && s.len() <= 64).then_some(s)
}

/// Byte index of `needle` in `hay` (a plain scan: `str::find` with a string pattern brings a
/// two-way searcher into the wasm that this does not need).
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes()
        .windows(needle.len().max(1))
        .position(|w| w == needle.as_bytes())
}
