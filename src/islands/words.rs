//! An island's words, carried by the prerendered page instead of the wasm.
//!
//! The prerenderer writes each interactive figure's words (labels, slider words, readouts,
//! announcements: everything its island draws or says, [`island_words`]) into its slot as
//! `data-words="<postcard, percent-escaped>"`; the browser build decodes them when it wakes the
//! island. So one wasm serves every language and the embed, and no sentence is compiled into
//! it (`xtask build` fails if one is). A data attribute is not executed, so the strict CSP
//! has nothing to say about it. Words only the static frame shows (caption, long
//! description, note) are left out.
//!
//! The bytes are written as text where they are printable ASCII and as `%XX` elsewhere, not
//! as base64: the words then stay words, and gzip finds them again in the page's own labels
//! (base64 cost 3.5 KB gzip on the embedded page; this costs about a third of that).

use crate::content::Figure;

/// Attribute of an island slot that carries its words.
pub const ATTRIBUTE: &str = "data-words";

/// The words of `figure` that its island needs to redraw and announce: the labels, each
/// control's label and value words, the readouts, the hotspots' muscles, the activities and
/// the chart's level words. What only the prerendered markup shows (name, caption,
/// description, note, hint, headings, the chart's group names and jobs) is left out.
pub fn island_words(figure: &Figure) -> Figure {
    let mut f = figure.clone();
    f.name.clear();
    f.caption.clear();
    f.description.clear();
    f.note = None;
    f.hint = None;
    f.muscles_heading = None;
    f.toggles.clear();
    f.panels.clear();
    if let Some(p) = f.picker.as_mut() {
        p.label.clear();
    }
    if let Some(c) = f.chart.as_mut() {
        c.heading.clear();
        c.big_heading.clear();
        c.small_heading.clear();
        c.groups.clear();
    }
    f
}

/// The words of `figure` that its island needs ([`island_words`]), encoded for
/// [`ATTRIBUTE`].
pub fn encode(figure: &Figure) -> String {
    let bytes = postcard::to_allocvec(&island_words(figure)).unwrap_or_default();
    escape(&bytes)
}

/// The words [`encode`] wrote, if `text` is such a value.
pub fn decode(text: &str) -> Option<Figure> {
    postcard::from_bytes(&unescape(text)?).ok()
}

/// `bytes` as text: printable ASCII other than `%` as itself, every other byte as `%XX`.
pub fn escape(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 4);
    for &b in bytes {
        if (0x20..0x7f).contains(&b) && b != b'%' {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// The bytes [`escape`] wrote; `None` if `text` is not such a value.
pub fn unescape(text: &str) -> Option<Vec<u8>> {
    let hex = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    };
    let t = text.as_bytes();
    let mut out = Vec::with_capacity(t.len());
    let mut i = 0;
    while i < t.len() {
        let b = t[i];
        if b == b'%' {
            let hi = hex(*t.get(i + 1)?)?;
            let lo = hex(*t.get(i + 2)?)?;
            out.push((hi << 4) | lo);
            i += 3;
        } else if (0x20..0x7f).contains(&b) {
            out.push(b);
            i += 1;
        } else {
            return None;
        }
    }
    Some(out)
}
