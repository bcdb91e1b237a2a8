//! The one inline markup content may use: `*term*` marks a term defined at that point.
//! Parsed into spans so components insert everything as text, never as HTML.

/// A run of inline text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span<'a> {
    /// Plain text.
    Text(&'a str),
    /// A term being defined here (rendered as `<dfn>`).
    Term(&'a str),
}

/// Splits `text` at `*` pairs. An unpaired trailing `*` is kept as text (the build's content
/// check forbids it, so this is only defensive).
pub fn spans(text: &str) -> Vec<Span<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('*') {
        let after = &rest[start + 1..];
        let Some(len) = after.find('*') else { break };
        if start > 0 {
            out.push(Span::Text(&rest[..start]));
        }
        out.push(Span::Term(&after[..len]));
        rest = &after[len + 1..];
    }
    if !rest.is_empty() {
        out.push(Span::Text(rest));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_split_out() {
        assert_eq!(
            spans("the *acetabulum*, a cup"),
            vec![
                Span::Text("the "),
                Span::Term("acetabulum"),
                Span::Text(", a cup")
            ]
        );
    }

    #[test]
    fn plain_and_unpaired_text_stays_text() {
        assert_eq!(spans("no marks"), vec![Span::Text("no marks")]);
        assert_eq!(spans("a *b"), vec![Span::Text("a *b")]);
        assert_eq!(spans(""), vec![]);
    }
}
