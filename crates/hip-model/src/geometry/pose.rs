//! A skeleton pose: the joint angles every diagram derives its points from.

use super::vec::Limit;
use std::ops::RangeInclusive;

/// Joint angles of the right hip and the pelvis/low back, in degrees (neutral standing = 0).
#[derive(Debug, Clone, PartialEq)]
pub struct Pose {
    /// Pelvic tilt in the sagittal plane about the hip axis; positive = posterior (backward)
    /// tilt, the top of the pelvis back and the sit bones forward (see `skeleton`).
    pub pelvic_tilt_deg: f64,
    /// Hip flexion: the thigh swings forward. 0 = standing.
    pub hip_flexion_deg: f64,
    /// Hip abduction: the thigh swings out to the side; negative = across the midline.
    pub hip_abduction_deg: f64,
    /// Hip rotation about the femur's mechanical axis; negative = internal (knee turned in),
    /// positive = external (knee turned out).
    pub hip_rotation_deg: f64,
    /// Depth of the lumbar curve, 0 (flat) ..= 1 (deep); 0.5 is an ordinary standing curve.
    pub lumbar_curve: f64,
}

impl Pose {
    /// Range of [`Pose::hip_flexion_deg`].
    pub const HIP_FLEXION: RangeInclusive<f64> = 0.0..=100.0;
    /// Range of [`Pose::hip_abduction_deg`] (negative = adduction across the midline).
    pub const HIP_ABDUCTION: RangeInclusive<f64> = -15.0..=45.0;
    /// Range of [`Pose::hip_rotation_deg`] (negative = internal, positive = external).
    pub const HIP_ROTATION: RangeInclusive<f64> = -40.0..=40.0;
    /// Range of [`Pose::pelvic_tilt_deg`] (positive = posterior tilt, negative = anterior).
    pub const PELVIC_TILT: RangeInclusive<f64> = -20.0..=20.0;
    /// Range of [`Pose::lumbar_curve`].
    pub const LUMBAR_CURVE: RangeInclusive<f64> = 0.0..=1.0;
    /// Neutral [`Pose::lumbar_curve`].
    pub const NEUTRAL_LUMBAR_CURVE: f64 = 0.5;
    /// Most hip flexion between pelvis and thigh (degrees): the thigh's flexion plus the
    /// pelvis' forward (anterior) tilt. A hip bends about 110 to 120 degrees.
    pub const MAX_HIP_FLEXION_ON_PELVIS: f64 = 110.0;
    /// Past this much flexion between pelvis and thigh, internal rotation and adduction shrink
    /// (a hip bent deeply cannot also turn in and cross the midline fully).
    pub const DEEP_FLEXION: f64 = 100.0;

    /// Hip flexion between pelvis and thigh, degrees: posterior pelvic tilt takes away from
    /// it, anterior tilt adds to it.
    pub fn flexion_on_pelvis(&self) -> f64 {
        self.hip_flexion_deg - self.pelvic_tilt_deg
    }

    /// The same pose with every value inside its range (non-finite values become neutral),
    /// and the hip's angles limited in combination as a real hip is: flexion on the pelvis to
    /// [`Pose::MAX_HIP_FLEXION_ON_PELVIS`], and past [`Pose::DEEP_FLEXION`] less internal
    /// rotation (1 degree per degree) and less adduction (half a degree per degree). No pose
    /// a control can set (the pelvis level, flexion to 100) is changed by the combined limits.
    pub fn clamped(&self) -> Pose {
        let mut p = self.per_axis();
        let over = p.flexion_on_pelvis() - Pose::MAX_HIP_FLEXION_ON_PELVIS;
        if over > 0.0 {
            p.hip_flexion_deg -= over;
        }
        let deep = (p.flexion_on_pelvis() - Pose::DEEP_FLEXION).max(0.0);
        let most_internal = -(-Pose::HIP_ROTATION.start() - deep);
        let most_adduction = -(-Pose::HIP_ABDUCTION.start() - 0.5 * deep);
        p.hip_rotation_deg = p.hip_rotation_deg.max(most_internal);
        p.hip_abduction_deg = p.hip_abduction_deg.max(most_adduction);
        p
    }

    /// Each value inside its own range (non-finite values become neutral).
    fn per_axis(&self) -> Pose {
        let n = Pose::default();
        Pose {
            pelvic_tilt_deg: clamp(self.pelvic_tilt_deg, &Pose::PELVIC_TILT, n.pelvic_tilt_deg),
            hip_flexion_deg: clamp(self.hip_flexion_deg, &Pose::HIP_FLEXION, n.hip_flexion_deg),
            hip_abduction_deg: clamp(
                self.hip_abduction_deg,
                &Pose::HIP_ABDUCTION,
                n.hip_abduction_deg,
            ),
            hip_rotation_deg: clamp(
                self.hip_rotation_deg,
                &Pose::HIP_ROTATION,
                n.hip_rotation_deg,
            ),
            lumbar_curve: clamp(self.lumbar_curve, &Pose::LUMBAR_CURVE, n.lumbar_curve),
        }
    }
}

impl Default for Pose {
    /// Neutral standing.
    fn default() -> Pose {
        Pose {
            pelvic_tilt_deg: 0.0,
            hip_flexion_deg: 0.0,
            hip_abduction_deg: 0.0,
            hip_rotation_deg: 0.0,
            lumbar_curve: Pose::NEUTRAL_LUMBAR_CURVE,
        }
    }
}

fn clamp(v: f64, r: &RangeInclusive<f64>, neutral: f64) -> f64 {
    if v.is_finite() {
        v.limit(*r.start(), *r.end())
    } else {
        neutral
    }
}

/// A pose parameter a control can drive, so UI code can treat them generically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Param {
    /// [`Pose::hip_flexion_deg`].
    HipFlexion,
    /// [`Pose::hip_abduction_deg`].
    HipAbduction,
    /// [`Pose::hip_rotation_deg`].
    HipRotation,
    /// [`Pose::pelvic_tilt_deg`].
    PelvicTilt,
}

impl Param {
    /// Every parameter.
    pub const ALL: [Param; 4] = [
        Param::HipFlexion,
        Param::HipAbduction,
        Param::HipRotation,
        Param::PelvicTilt,
    ];

    /// The id content uses for the control that drives it, e.g. `hip-flexion`.
    pub fn id(self) -> &'static str {
        match self {
            Param::HipFlexion => "hip-flexion",
            Param::HipAbduction => "hip-abduction",
            Param::HipRotation => "hip-rotation",
            Param::PelvicTilt => "pelvic-tilt",
        }
    }

    /// The parameter with this id.
    pub fn from_id(id: &str) -> Option<Param> {
        Param::ALL.into_iter().find(|p| p.id() == id)
    }

    /// `(min, max)` of the value.
    pub fn range(self) -> (f64, f64) {
        let r = match self {
            Param::HipFlexion => Pose::HIP_FLEXION,
            Param::HipAbduction => Pose::HIP_ABDUCTION,
            Param::HipRotation => Pose::HIP_ROTATION,
            Param::PelvicTilt => Pose::PELVIC_TILT,
        };
        (*r.start(), *r.end())
    }

    /// The value in `pose`.
    pub fn get(self, pose: &Pose) -> f64 {
        match self {
            Param::HipFlexion => pose.hip_flexion_deg,
            Param::HipAbduction => pose.hip_abduction_deg,
            Param::HipRotation => pose.hip_rotation_deg,
            Param::PelvicTilt => pose.pelvic_tilt_deg,
        }
    }

    /// Sets the value in `pose`, clamped to [`Param::range`] (non-finite values are ignored).
    pub fn set(self, pose: &mut Pose, value: f64) {
        if !value.is_finite() {
            return;
        }
        let (lo, hi) = self.range();
        let v = value.limit(lo, hi);
        match self {
            Param::HipFlexion => pose.hip_flexion_deg = v,
            Param::HipAbduction => pose.hip_abduction_deg = v,
            Param::HipRotation => pose.hip_rotation_deg = v,
            Param::PelvicTilt => pose.pelvic_tilt_deg = v,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamped_keeps_ranges_and_drops_nan() {
        let p = Pose {
            hip_flexion_deg: 500.0,
            hip_abduction_deg: f64::NAN,
            hip_rotation_deg: -90.0,
            ..Pose::default()
        }
        .clamped();
        assert_eq!(p.hip_flexion_deg, 100.0);
        assert_eq!(p.hip_abduction_deg, 0.0);
        assert_eq!(p.hip_rotation_deg, -40.0);
    }

    #[test]
    fn combined_limits_hold_only_past_what_a_control_can_set() {
        // Level pelvis, flexion at its control's end: unchanged.
        let reach = Pose {
            hip_flexion_deg: 100.0,
            hip_abduction_deg: -15.0,
            hip_rotation_deg: -40.0,
            ..Pose::default()
        };
        assert_eq!(reach.clamped(), reach);
        // Pelvis tipped forward 20 degrees as well: flexion on the pelvis stops at 110, and
        // internal rotation and adduction give way.
        let deep = Pose {
            pelvic_tilt_deg: -20.0,
            ..reach
        }
        .clamped();
        assert!((deep.flexion_on_pelvis() - 110.0).abs() < 1e-9);
        assert!((deep.hip_rotation_deg + 30.0).abs() < 1e-9);
        assert!((deep.hip_abduction_deg + 10.0).abs() < 1e-9);
        // Clamping is idempotent.
        assert_eq!(deep.clamped(), deep);
    }

    #[test]
    fn params_round_trip_ids_and_values() {
        for p in Param::ALL {
            assert_eq!(Param::from_id(p.id()), Some(p));
            let mut pose = Pose::default();
            let (lo, hi) = p.range();
            p.set(&mut pose, hi + 1.0);
            assert_eq!(p.get(&pose), hi);
            p.set(&mut pose, lo);
            assert_eq!(p.get(&pose), lo);
        }
    }
}
