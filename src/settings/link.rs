//! The booking link: checked with a parser of the URL Standard (WHATWG), so that only links a
//! browser can open, with an allowed scheme, reach an `href`.
//!
//! Which parser: natively (tests, prerender) the `url` crate; in the browser (wasm) the
//! browser's own `URL`, the parser that will follow the link. Both implement the same
//! standard; the `url` crate in the wasm would cost about 24 KB gzip with IDNA limited to
//! ASCII and 68 KB with its default Unicode tables (measured 2026-12-04), where the embedded
//! page's first load had 7 KB left of its 250 KB budget. Everything else here is shared.

use super::{phone, MAX_URL};

/// Why a link was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// Not `https:`, `http:`, `tel:` or `mailto:` (or not a link at all: a relative path,
    /// `javascript:`, `data:`, ...).
    Scheme,
    /// The scheme is allowed, but the URL Standard's parser rejects the link (a port over
    /// 65535, an unclosed `[`, a forbidden character in the host, ...), or it has no host,
    /// number or address: a browser would show an error page.
    Broken,
    /// A user name or password before the host (`https://clinic.example@evil.example/`), a
    /// way to disguise where a link goes.
    Credentials,
}

impl LinkProblem {
    /// The end of the console message, after `cta: "value" `.
    pub fn message(self) -> &'static str {
        match self {
            LinkProblem::Scheme => {
                "is not an https, http, tel or mailto link; no booking link is shown"
            }
            LinkProblem::Broken => "is no link a browser can open; no booking link is shown",
            LinkProblem::Credentials => {
                "hides its host behind a user name (user@host); no booking link is shown"
            }
        }
    }
}

/// The link as the URL Standard serializes it, if it is `https:`/`http:` with a host, or
/// `tel:`/`mailto:` with a number or address; why not, otherwise.
pub fn check(url: &str) -> Result<String, LinkProblem> {
    let url = url.trim();
    let (scheme, rest) = url.split_once(':').ok_or(LinkProblem::Scheme)?;
    let scheme = scheme.to_ascii_lowercase();
    if !matches!(scheme.as_str(), "https" | "http" | "tel" | "mailto") {
        return Err(LinkProblem::Scheme);
    }
    if url.len() > MAX_URL || url.chars().any(|c| c.is_control() || c == ' ') {
        return Err(LinkProblem::Broken);
    }
    let shape_ok = match scheme.as_str() {
        // `//` and then the host itself: the parser would also take `https:host` or
        // `https:///host`, which no clinic means to write.
        "https" | "http" => rest
            .strip_prefix("//")
            .and_then(|r| r.chars().next())
            .is_some_and(|c| !matches!(c, '/' | '\\' | '?' | '#' | '@')),
        "tel" => phone(rest).is_some(),
        _ => rest.contains('@') && !rest.starts_with('@'),
    };
    if !shape_ok {
        return Err(LinkProblem::Broken);
    }
    // Everything else is read from the parser's serialization, which the URL Standard fixes:
    // `scheme:` then, for http(s), `//[user[:password]@]host[:port]` up to the path; an `@`
    // inside a user name or password is percent-encoded, so the first `@` ends them.
    let href = whatwg(url).ok_or(LinkProblem::Broken)?;
    let (parsed_scheme, rest) = href.split_once(':').ok_or(LinkProblem::Broken)?;
    if parsed_scheme != scheme {
        return Err(LinkProblem::Broken);
    }
    if let Some(after) = rest.strip_prefix("//") {
        let authority = after.split(['/', '?', '#']).next().unwrap_or("");
        if authority.contains('@') {
            return Err(LinkProblem::Credentials);
        }
        if authority.is_empty() {
            return Err(LinkProblem::Broken);
        }
    } else if matches!(scheme.as_str(), "https" | "http") {
        return Err(LinkProblem::Broken);
    }
    Ok(href)
}

/// The URL Standard's parser, natively: the `url` crate. The link as it serializes it, if it
/// parses.
#[cfg(not(target_arch = "wasm32"))]
fn whatwg(s: &str) -> Option<String> {
    url::Url::parse(s).ok().map(String::from)
}

/// The URL Standard's parser, in the browser: the browser's own `URL`. The link as it
/// serializes it, if it parses.
#[cfg(target_arch = "wasm32")]
fn whatwg(s: &str) -> Option<String> {
    web_sys::Url::new(s).ok().map(|u| u.href())
}
