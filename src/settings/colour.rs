//! Hex colours and WCAG 2 contrast ratios.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Black and white: one of them always reaches 4.5:1 against any colour.
pub const BLACK: Rgb = Rgb(0, 0, 0);
/// See [`BLACK`].
pub const WHITE: Rgb = Rgb(255, 255, 255);

impl Rgb {
    /// `#rgb`, `#rrggbb`, or the same without `#` (a `#` in a URL starts the fragment, so
    /// query parameters usually leave it out). Case-insensitive. Anything else is `None`.
    pub fn parse(s: &str) -> Option<Rgb> {
        let h = s.strip_prefix('#').unwrap_or(s).as_bytes();
        let d = |i: usize| -> Option<u8> { (h[i] as char).to_digit(16).map(|v| v as u8) };
        match h.len() {
            3 => Some(Rgb(d(0)? * 17, d(1)? * 17, d(2)? * 17)),
            6 => Some(Rgb(
                d(0)? * 16 + d(1)?,
                d(2)? * 16 + d(3)?,
                d(4)? * 16 + d(5)?,
            )),
            _ => None,
        }
    }

    /// `#rrggbb`, lower case (the only form that reaches CSS).
    pub fn css(self) -> String {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut s = String::with_capacity(7);
        s.push('#');
        for v in [self.0, self.1, self.2] {
            s.push(HEX[usize::from(v >> 4)] as char);
            s.push(HEX[usize::from(v & 15)] as char);
        }
        s
    }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let lin = |v: u8| {
            let c = f64::from(v) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }
}

/// WCAG 2 contrast ratio of two colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Black or white, whichever contrasts more with `bg`.
pub fn best_text(bg: Rgb) -> Rgb {
    if contrast(bg, BLACK) >= contrast(bg, WHITE) {
        BLACK
    } else {
        WHITE
    }
}

/// A ratio for people, e.g. `4.4:1` (rounded down to tenths, so a failing ratio never reads
/// as 4.5). Integer formatting only: the float formatter is large in wasm.
pub fn ratio_text(r: f64) -> String {
    let tenths = (r * 10.0) as u32; // saturating; NaN gives 0
    [
        (tenths / 10).to_string(),
        ".".into(),
        (tenths % 10).to_string(),
        ":1".into(),
    ]
    .concat()
}
