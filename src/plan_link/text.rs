//! Rules for the free text a plan carries (the note, the clinic's name and phone): text that
//! could change how the page's own words read, or that shows nothing, is refused.

/// Characters that change the direction of the text around them (bidi controls): refused,
/// so a note cannot reorder what the page shows next to it.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that take no visible room (spaces aside): zero-width characters, joiners,
/// soft hyphens, fillers, variation selectors.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200D}'
                | '\u{2060}'..='\u{2064}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
        )
}

/// Why a piece of text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// More than the allowed number of characters.
    TooLong,
    /// A bidi control, a control character (a line break only where allowed), or nothing
    /// visible at all.
    NotPlainText,
}

/// Checks one text field: empty is fine (not set); otherwise at most `max` characters, no
/// control characters (line breaks only if `lines`), no bidi controls, and at least one
/// visible character.
pub fn check(text: &str, max: usize, lines: bool) -> Result<(), Refusal> {
    if text.is_empty() {
        return Ok(());
    }
    if text.chars().count() > max {
        return Err(Refusal::TooLong);
    }
    let bad = |c: char| is_bidi_control(c) || (c.is_control() && !(lines && c == '\n'));
    if text.chars().any(bad) || text.chars().all(is_invisible) {
        return Err(Refusal::NotPlainText);
    }
    Ok(())
}
