//! A QR code as SVG path data, for plan links (plan builder page). The code comes from the
//! `qrcode` crate; this only turns its modules into one compact path (integer maths only:
//! the browser build never formats floats). No browser, no yew: tested natively.

use qrcode::{Color, EcLevel, QrCode};

/// Quiet zone around the code, in modules (the standard asks for 4).
pub const QUIET: u32 = 4;

/// A drawn QR code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    /// Modules per side, without the quiet zone.
    pub size: u32,
    /// Path data of the dark modules, one unit per module, origin at the code's corner.
    pub d: String,
}

impl Qr {
    /// `viewBox` that includes the quiet zone.
    pub fn view_box(&self) -> String {
        let side = self.size + 2 * QUIET;
        [
            "-",
            &QUIET.to_string(),
            " -",
            &QUIET.to_string(),
            " ",
            &side.to_string(),
            " ",
            &side.to_string(),
        ]
        .concat()
    }
}

/// `text` as a QR code (error correction level M), or `None` if it is too long for one.
pub fn encode(text: &str) -> Option<Qr> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let size = code.width();
    let colors = code.to_colors();
    let mut d = String::new();
    for y in 0..size {
        let row = &colors[y * size..(y + 1) * size];
        let mut x = 0;
        while x < size {
            if row[x] == Color::Dark {
                let start = x;
                while x < size && row[x] == Color::Dark {
                    x += 1;
                }
                let run = (x - start).to_string();
                d.push_str(
                    &[
                        "M",
                        &start.to_string(),
                        " ",
                        &y.to_string(),
                        "h",
                        &run,
                        "v1h-",
                        &run,
                        "z",
                    ]
                    .concat(),
                );
            } else {
                x += 1;
            }
        }
    }
    Some(Qr {
        size: u32::try_from(size).ok()?,
        d,
    })
}

/// Reads [`Qr::d`] back into dark modules, row by row (for tests).
pub fn modules(qr: &Qr) -> Vec<bool> {
    let n = qr.size as usize;
    let mut out = vec![false; n * n];
    for cmd in qr.d.split('M').filter(|s| !s.is_empty()) {
        let (xy, rest) = cmd.split_once('h').unwrap_or_default();
        let (x, y) = xy.split_once(' ').unwrap_or_default();
        let run = rest.split_once('v').map(|(r, _)| r).unwrap_or_default();
        let (Ok(x), Ok(y), Ok(run)) =
            (x.parse::<usize>(), y.parse::<usize>(), run.parse::<usize>())
        else {
            continue;
        };
        for i in x..(x + run).min(n) {
            if y < n {
                out[y * n + i] = true;
            }
        }
    }
    out
}
