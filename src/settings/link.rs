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
            LinkProblem::Broken => {
                "is not a link a browser can open (the URL Standard's parser rejects it); no \
                 booking link is shown"
            }
            LinkProblem::Credentials => {
                "has a user name or password before the host, which hides where it goes; no \
                 booking link is shown"
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
    let parsed = whatwg(url).ok_or(LinkProblem::Broken)?;
    if parsed.scheme != scheme {
        return Err(LinkProblem::Broken);
    }
    if parsed.credentials {
        return Err(LinkProblem::Credentials);
    }
    if matches!(scheme.as_str(), "https" | "http") && parsed.host.is_empty() {
        return Err(LinkProblem::Broken);
    }
    Ok(parsed.href)
}

/// What the checks need from a parsed URL.
struct Parts {
    /// Lower case, without the `:`.
    scheme: String,
    /// The host as serialized (empty for `tel:` and `mailto:`).
    host: String,
    /// A user name or password is present.
    credentials: bool,
    /// The whole URL as serialized.
    href: String,
}

/// The URL Standard's parser: the `url` crate.
#[cfg(not(target_arch = "wasm32"))]
fn whatwg(s: &str) -> Option<Parts> {
    let u = url::Url::parse(s).ok()?;
    Some(Parts {
        scheme: u.scheme().to_string(),
        host: u.host_str().unwrap_or_default().to_string(),
        credentials: !u.username().is_empty() || u.password().is_some(),
        href: u.into(),
    })
}

/// The URL Standard's parser: the browser's `URL`.
#[cfg(target_arch = "wasm32")]
fn whatwg(s: &str) -> Option<Parts> {
    let u = web_sys::Url::new(s).ok()?;
    let protocol = u.protocol();
    Some(Parts {
        scheme: protocol.strip_suffix(':').unwrap_or(&protocol).to_string(),
        host: u.hostname(),
        credentials: !u.username().is_empty() || !u.password().is_empty(),
        href: u.href(),
    })
}
