//! The article's causal chain as a small, honest illustration (not a simulation):
//! weaker hip stabilizers -> the hamstrings work harder -> the pelvis tips back a little ->
//! the low back is a little flatter.
//!
//! One input, stabilizer strength (0 = very weak ..= 100 = strong), gives three outputs.
//! Only their direction and shape follow the article and `evidence.md`: every output is
//! monotonic in the input and saturates (the last bit of weakness adds less than the first).
//! The numbers are drawing settings, never shown to the reader; the page shows words.
//!
//! The sizes are kept clinically modest on purpose. This is standing, not bending: the
//! pelvis tips back by a few degrees at most ([`MAX_POSTERIOR_TILT_DEG`]) and the low back
//! keeps a clear inward curve (at least [`MIN_STANDING_LORDOSIS_DEG`]). Stretching tight
//! hamstrings did not change standing posture in a trial (Li, McClure and Pratt 1996), so a
//! figure that rounds the standing low back would teach something the evidence does not show.
//!
//! Tilt sign: as [`crate::geometry::skeleton::Skeleton`] applies it, a positive
//! `Pose::pelvic_tilt_deg` turns the pelvis backwards (posterior tilt).

use super::pose::Pose;
use super::vec::Limit;

/// Lowest stabilizer strength (very weak).
pub const STRENGTH_MIN: f64 = 0.0;
/// Highest stabilizer strength (strong).
pub const STRENGTH_MAX: f64 = 100.0;
/// The hamstrings always do some work (walking, standing): their load never drops below this.
pub const BASE_LOAD: f64 = 0.15;
/// Posterior pelvic tilt when the hamstrings work hardest (degrees): a few degrees, as
/// measured differences in standing posture are small.
pub const MAX_POSTERIOR_TILT_DEG: f64 = 6.0;
/// How much the low-back curve setting drops when the hamstrings work hardest (on top of the
/// flattening the tilt itself brings).
pub const MAX_CURVE_LOSS: f64 = 0.04;
/// The least lumbar lordosis (L1-S1, degrees) the standing chain may reach: a curve that is
/// a little flatter, still clearly inward, never the rounded back of a spinal deformity.
pub const MIN_STANDING_LORDOSIS_DEG: f64 = 30.0;

/// Ids of the chain's outputs a figure can describe in words (content `readouts`).
pub const READOUT_IDS: &[&str] = &["hamstring-load", "pelvic-tilt", "lumbar-flexion"];

/// The chain for one stabilizer strength.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Chain {
    /// The input, clamped to `STRENGTH_MIN..=STRENGTH_MAX`.
    pub strength: f64,
    /// How hard the hamstrings work, `BASE_LOAD..=1`.
    pub hamstring_load: f64,
    /// Posterior pelvic tilt, degrees, `0..=MAX_POSTERIOR_TILT_DEG`.
    pub posterior_tilt_deg: f64,
    /// The pose's lumbar curve setting (`Pose::lumbar_curve`).
    pub lumbar_curve: f64,
}

/// Saturating ease: 0 -> 0, 1 -> 1, steep at first, flat at the end.
fn ease_out(x: f64) -> f64 {
    let x = x.limit(0.0, 1.0);
    1.0 - (1.0 - x) * (1.0 - x)
}

impl Chain {
    /// The chain for `strength` (non-finite input counts as strong).
    pub fn new(strength: f64) -> Chain {
        let s = if strength.is_finite() {
            strength.limit(STRENGTH_MIN, STRENGTH_MAX)
        } else {
            STRENGTH_MAX
        };
        let weakness = 1.0 - (s - STRENGTH_MIN) / (STRENGTH_MAX - STRENGTH_MIN);
        // Gently saturating: the first bit of weakness adds four times what the last adds.
        let effort = weakness * (1.6 - 0.6 * weakness);
        let pull = ease_out(effort);
        Chain {
            strength: s,
            hamstring_load: BASE_LOAD + (1.0 - BASE_LOAD) * effort,
            posterior_tilt_deg: MAX_POSTERIOR_TILT_DEG * pull,
            lumbar_curve: Pose::NEUTRAL_LUMBAR_CURVE - MAX_CURVE_LOSS * pull,
        }
    }

    /// Extra hamstring work above the everyday baseline, 0 (none) ..= 1 (most).
    pub fn extra_load(&self) -> f64 {
        ((self.hamstring_load - BASE_LOAD) / (1.0 - BASE_LOAD)).limit(0.0, 1.0)
    }

    /// The standing pose this chain gives (hip straight).
    pub fn pose(&self) -> Pose {
        Pose {
            pelvic_tilt_deg: self.posterior_tilt_deg,
            lumbar_curve: self.lumbar_curve,
            ..Pose::default()
        }
    }

    /// An output as a share of its range, 0 ..= 1, by readout id (`None` if unknown):
    /// `hamstring-load`, `pelvic-tilt` (backwards), `lumbar-flexion` (flattening of the low
    /// back's inward curve).
    pub fn level(&self, id: &str) -> Option<f64> {
        match id {
            "hamstring-load" => Some(self.extra_load()),
            "pelvic-tilt" => Some(self.posterior_tilt_deg / MAX_POSTERIOR_TILT_DEG),
            "lumbar-flexion" => {
                Some((Pose::NEUTRAL_LUMBAR_CURVE - self.lumbar_curve) / MAX_CURVE_LOSS)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strong_stabilizers_leave_the_pose_neutral() {
        let c = Chain::new(STRENGTH_MAX);
        assert_eq!(c.hamstring_load, BASE_LOAD);
        assert_eq!(c.pose(), Pose::default());
        assert_eq!(Chain::new(f64::NAN), c);
    }

    #[test]
    fn weak_stabilizers_give_the_most_of_everything() {
        let c = Chain::new(STRENGTH_MIN);
        assert!((c.hamstring_load - 1.0).abs() < 1e-12);
        assert!((c.posterior_tilt_deg - MAX_POSTERIOR_TILT_DEG).abs() < 1e-12);
        for id in READOUT_IDS {
            assert!((c.level(id).unwrap() - 1.0).abs() < 1e-12, "{id}");
        }
        assert_eq!(c.level("nope"), None);
    }
}
