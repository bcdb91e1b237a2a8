//! Settings text (a clinic's name, a button's words): what may reach the page as text.
//!
//! Text from a setting sits inside the page's own sentences ("Hill Street Physio can help."),
//! so it must not be able to change how those sentences read: no line breaks or control
//! characters, no bidirectional formatting characters (U+202E would reverse the page's words
//! after the name), and at least one character that draws something.

/// Why a piece of settings text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    /// More characters than the setting allows.
    TooLong,
    /// A control character or a line or paragraph separator.
    Control,
    /// A bidirectional formatting character (see [`is_bidi_control`]).
    Bidi,
    /// Nothing in it draws anything (see [`is_invisible`]).
    Invisible,
}

impl TextProblem {
    /// The end of the console message, after `key: "value" `.
    pub fn message(self) -> &'static str {
        match self {
            TextProblem::TooLong => "is too long; not used",
            TextProblem::Control => "has a control character or line break; not used",
            TextProblem::Bidi => "has a direction control (like U+202E) that would reorder the page's words; not used",
            TextProblem::Invisible => "has no visible character; not used",
        }
    }
}

/// `Ok(())` if `v` (at most `max` characters) may be shown as settings text.
pub fn check(v: &str, max: usize) -> Result<(), TextProblem> {
    if v.chars().count() > max {
        Err(TextProblem::TooLong)
    } else if v
        .chars()
        .any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'))
    {
        Err(TextProblem::Control)
    } else if v.chars().any(is_bidi_control) {
        Err(TextProblem::Bidi)
    } else if v.chars().all(is_invisible) {
        Err(TextProblem::Invisible)
    } else {
        Ok(())
    }
}

/// Unicode's bidirectional formatting characters (Bidi_Control): the marks (ALM, LRM, RLM),
/// the embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and the isolates (LRI, RLI, FSI,
/// PDI).
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// True for a character that draws nothing on its own: white space, control characters,
/// Unicode's default-ignorable code points (soft hyphen, zero-width space and joiners, word
/// joiner, the Hangul fillers, variation selectors, byte order mark, tags, ...) and the blank
/// Braille pattern.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace() || c.is_control() || is_default_ignorable(c) || c == '\u{2800}'
}

/// Default_Ignorable_Code_Point, from Unicode's DerivedCoreProperties.txt (16.0).
fn is_default_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}
