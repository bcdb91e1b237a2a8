//! `?key=value&...` into (key, value) pairs: `+` is a space, `%XX` is a byte, the result is
//! read as UTF-8 (a part that is not UTF-8 becomes one U+FFFD). Never fails, never panics.

/// The pairs of a query string, in order. A leading `?` is skipped; empty parts are dropped;
/// a part without `=` has an empty value.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    pairs_up_to(query, usize::MAX).0
}

/// The first `max` pairs of a query string (as [`pairs`]), and whether there were more. Parts
/// after the first `max` are not decoded.
pub fn pairs_up_to(query: &str, max: usize) -> (Vec<(String, String)>, bool) {
    let mut parts = query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|part| !part.is_empty());
    let out = parts
        .by_ref()
        .take(max)
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (decode(k), decode(v))
        })
        .collect();
    (out, parts.next().is_some())
}

/// At most the first `max` bytes of a query string, and whether anything was cut. A cut
/// query ends at the last whole part (before the last `&` in reach), so no value is read
/// half: a booking link cut in the middle would still look like a link.
pub fn head(query: &str, max: usize) -> (&str, bool) {
    if query.len() <= max {
        return (query, false);
    }
    let mut end = max;
    while !query.is_char_boundary(end) {
        end -= 1;
    }
    let end = query.as_bytes()[..=end]
        .iter()
        .rposition(|&b| b == b'&')
        .unwrap_or(0);
    (&query[..end], true)
}

/// Percent-decodes one component (`+` is a space). A `%` not followed by two hex digits is
/// kept as it is.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 3;
                }
                _ => {
                    out.push(b'%');
                    i += 1;
                }
            },
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    // Bad UTF-8 becomes U+FFFD, which no setting accepts (so it gets a message).
    String::from_utf8(out).unwrap_or_else(|_| "\u{fffd}".into())
}

/// Percent-encodes a value for a query string (everything but unreserved ASCII).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'~') {
            out.push(c as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(HEX[usize::from(c >> 4)] as char);
            out.push(HEX[usize::from(c & 15)] as char);
        }
    }
    out
}

fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}
