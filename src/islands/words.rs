//! An island's words, carried by the prerendered page instead of the wasm.
//!
//! The prerenderer writes each interactive figure's words (labels, slider words, readouts,
//! announcements: everything its island draws or says) into its slot as
//! `data-words="<base64 of postcard>"`; the browser build decodes them when it wakes the
//! island. So one wasm serves every language and the embed, and no sentence is compiled into
//! it (`xtask build` fails if one is). A data attribute is not executed, so the strict CSP
//! has nothing to say about it. Words only the static frame shows (caption, long
//! description, note) are left out.

use crate::content::Figure;

/// Attribute of an island slot that carries its words.
pub const ATTRIBUTE: &str = "data-words";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The words of `figure` that its island needs, encoded for [`ATTRIBUTE`].
pub fn encode(figure: &Figure) -> String {
    let mut f = figure.clone();
    f.caption.clear();
    f.description.clear();
    f.note = None;
    let bytes = postcard::to_allocvec(&f).unwrap_or_default();
    base64(&bytes)
}

/// The words [`encode`] wrote, if `text` is such a value.
pub fn decode(text: &str) -> Option<Figure> {
    postcard::from_bytes(&unbase64(text)?).ok()
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The bytes of standard base64 `text`; `None` if it is not base64.
pub fn unbase64(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0u32;
    for &c in text {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}
