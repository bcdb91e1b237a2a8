//! Sine and cosine for the drawings, in a few hundred bytes of WebAssembly.
//!
//! `f64::sin` and `f64::cos` compile to the libm routines in WebAssembly, whose argument
//! reduction is built for any argument up to 1e308 and weighs about 8 KB. Every angle here is
//! a joint angle or a point around a circle (well under 1,000 radians), so a two-constant
//! reduction to the nearest quarter turn and short Taylor polynomials give full double
//! precision in far less code. Native builds use the same code, so the prerendered page and
//! the browser draw identical numbers.

use std::f64::consts::FRAC_2_PI;

/// π/2 split in two so that `q * PI_2_HI` is exact for the quarter-turn counts used here.
const PI_2_HI: f64 = 1.570_796_326_734_125_6;
const PI_2_LO: f64 = 6.077_100_506_506_192e-11;

/// `sin` and `cos` of radians.
pub trait Trig {
    /// Sine and cosine together.
    fn sine_cosine(self) -> (f64, f64);
    /// Sine.
    fn sine(self) -> f64;
    /// Cosine.
    fn cosine(self) -> f64;
}

impl Trig for f64 {
    fn sine_cosine(self) -> (f64, f64) {
        if !self.is_finite() {
            return (f64::NAN, f64::NAN);
        }
        let q = (self * FRAC_2_PI + 0.5).floor();
        let r = (self - q * PI_2_HI) - q * PI_2_LO;
        let r2 = r * r;
        // Taylor series to r^17 and r^16: below 1e-17 off for |r| <= π/4.
        let mut s = 0.0;
        let mut c = 0.0;
        let mut k = 8;
        while k > 0 {
            let n = (2 * k) as f64;
            s = r2 / (n * (n + 1.0)) * (1.0 - s);
            c = r2 / ((n - 1.0) * n) * (1.0 - c);
            k -= 1;
        }
        let (s, c) = (r * (1.0 - s), 1.0 - c);
        match (q as i64).rem_euclid(4) {
            0 => (s, c),
            1 => (c, -s),
            2 => (-s, -c),
            _ => (-c, s),
        }
    }

    fn sine(self) -> f64 {
        self.sine_cosine().0
    }

    fn cosine(self) -> f64 {
        self.sine_cosine().1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_library() {
        let mut worst: f64 = 0.0;
        let mut x = -200.0;
        while x < 200.0 {
            let (s, c) = x.sine_cosine();
            worst = worst.max((s - x.sin()).abs()).max((c - x.cos()).abs());
            x += 0.001_37;
        }
        assert!(worst < 1e-14, "worst error {worst}");
        assert_eq!(0.0f64.sine_cosine(), (0.0, 1.0));
        assert!(f64::NAN.sine().is_nan() && f64::INFINITY.cosine().is_nan());
    }
}
