//! Segment sizes of an average adult (about 1.70 m), seen from the side or the front.
//!
//! Every segment is a tapered capsule: a circle of radius `r0` at its proximal joint and one
//! of radius `r1` at its far end, joined by tangent lines. Seen from either view a capsule
//! stays a capsule, so the outline is exact and smooth.

/// Which way the camera looks at the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// From the figure's side: bending and straightening (flexion, extension) are visible.
    Side,
    /// From the figure's front: moving out to the side (abduction) is visible.
    Front,
}

/// A tapered capsule along its segment's axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Capsule {
    /// Start of the capsule along the axis, from the joint (mm; may be negative).
    pub from: f64,
    /// End of the capsule along the axis (mm).
    pub to: f64,
    /// Radius at `from` (mm).
    pub r0: f64,
    /// Radius at `to` (mm).
    pub r1: f64,
    /// Turn of the capsule from the segment's axis (degrees): the pelvis seen from the
    /// front is wider than it is tall, so its capsule lies across the body axis.
    pub turn: f64,
}

impl Capsule {
    const fn new(from: f64, to: f64, r0: f64, r1: f64) -> Capsule {
        Capsule {
            from,
            to,
            r0,
            r1,
            turn: 0.0,
        }
    }

    const fn across(half: f64, r: f64) -> Capsule {
        Capsule {
            from: -half,
            to: half,
            r0: r,
            r1: r,
            turn: 90.0,
        }
    }
}

/// The segments of the figure, as they appear in one view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Body {
    /// Pelvis, along the body axis from the midpoint between the hip joints.
    pub pelvis: Capsule,
    /// Where the trunk starts on the pelvis axis (mm above the hip joints).
    pub waist: f64,
    /// Trunk from the waist.
    pub trunk: Capsule,
    /// Where the neck starts on the trunk axis.
    pub neck_at: f64,
    /// Neck and head, from the base of the neck.
    pub head: Capsule,
    /// Hip joints across the pelvis axis (mm to the figure's right in the drawing, i.e.
    /// clockwise from the axis); the same for both legs seen from the side.
    pub hip_across: f64,
    /// Shoulder joints on the trunk axis (mm from the waist).
    pub shoulder_at: f64,
    /// Shoulder joints across the trunk axis.
    pub shoulder_across: f64,
    /// Thigh length, hip to knee.
    pub thigh: f64,
    /// Shin length, knee to ankle.
    pub shin: f64,
    /// Upper arm length, shoulder to elbow.
    pub upper_arm: f64,
    /// Thigh, shin, foot, upper arm and forearm (with hand) outlines.
    pub thigh_shape: Capsule,
    pub shin_shape: Capsule,
    pub foot_shape: Capsule,
    pub upper_arm_shape: Capsule,
    pub forearm_shape: Capsule,
}

/// The figure seen from the side.
pub const SIDE: Body = Body {
    pelvis: Capsule::new(-20.0, 60.0, 105.0, 100.0),
    waist: 60.0,
    trunk: Capsule::new(0.0, 400.0, 100.0, 112.0),
    neck_at: 440.0,
    head: Capsule::new(55.0, 140.0, 82.0, 92.0),
    hip_across: 0.0,
    shoulder_at: 380.0,
    shoulder_across: 0.0,
    thigh: 430.0,
    shin: 420.0,
    upper_arm: 290.0,
    thigh_shape: Capsule::new(0.0, 430.0, 78.0, 50.0),
    shin_shape: Capsule::new(0.0, 420.0, 50.0, 36.0),
    foot_shape: Capsule::new(-40.0, 150.0, 36.0, 22.0),
    upper_arm_shape: Capsule::new(0.0, 290.0, 46.0, 38.0),
    forearm_shape: Capsule::new(0.0, 330.0, 37.0, 28.0),
};

/// The figure seen from the front.
pub const FRONT: Body = Body {
    pelvis: Capsule::across(60.0, 110.0),
    waist: 60.0,
    trunk: Capsule::new(0.0, 380.0, 130.0, 150.0),
    neck_at: 440.0,
    head: Capsule::new(60.0, 130.0, 75.0, 80.0),
    hip_across: 85.0,
    shoulder_at: 385.0,
    shoulder_across: 115.0,
    thigh: 430.0,
    shin: 420.0,
    upper_arm: 290.0,
    thigh_shape: Capsule::new(0.0, 430.0, 72.0, 50.0),
    shin_shape: Capsule::new(0.0, 420.0, 50.0, 36.0),
    foot_shape: Capsule::new(0.0, 50.0, 38.0, 32.0),
    upper_arm_shape: Capsule::new(0.0, 290.0, 44.0, 36.0),
    forearm_shape: Capsule::new(0.0, 330.0, 35.0, 27.0),
};

impl View {
    /// The segment sizes in this view.
    pub fn body(self) -> &'static Body {
        match self {
            View::Side => &SIDE,
            View::Front => &FRONT,
        }
    }
}
