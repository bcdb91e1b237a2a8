//! The plain data types of the committed, generated anatomy ([`crate::generated`]): what the
//! figures read. Lengths in millimetres in the app frame (origin at the right hip centre,
//! x to the subject's left, y down, z forward), model neutral pose. 2D points are in a view's
//! drawing plane ([`crate::view::View::project`]).

/// One bone seen in one view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outline {
    /// Bone id, e.g. `femur`, `hip-bone-right`, `l5`.
    pub bone: &'static str,
    /// View id: `front`, `back` or `side`.
    pub view: &'static str,
    /// SVG path data of every loop (outer boundaries, then holes; fill with `evenodd`), mm
    /// rounded to a tenth: `M` absolute, then `c` cubics and `m` moves relative to the
    /// previous end point as written, `z` closing each loop.
    pub d: &'static str,
    /// The same loops as closed cubic Béziers: `3 n + 1` points each (knot, control,
    /// control, knot, ...), the last equal to the first.
    pub loops: &'static [&'static [[f32; 2]]],
    /// How many of `loops` (the last ones) are holes, e.g. the obturator foramen.
    pub holes: u8,
    /// Intersection over union with the mesh's silhouette when generated.
    pub iou: f32,
}

/// An interior line of a bone in one view: the acetabular rim (side view), the
/// intertrochanteric line (front) and crest (back).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Line {
    /// Id, e.g. `acetabular-rim`.
    pub id: &'static str,
    /// Bone id.
    pub bone: &'static str,
    /// View id.
    pub view: &'static str,
    /// SVG path data (as [`Outline::d`]; no `z` when open).
    pub d: &'static str,
    /// A closed loop (the rim) or an open line (the trochanters' ridges).
    pub closed: bool,
    /// The 3D points it was drawn through (on the bone surface).
    pub points: &'static [[f32; 3]],
}

/// A named point on a bone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Landmark {
    /// Id, e.g. `asis`.
    pub id: &'static str,
    /// Plain name.
    pub name: &'static str,
    /// Bone id.
    pub bone: &'static str,
    /// Where (mm).
    pub at: [f32; 3],
    /// On the bone surface (false only for the disc centres between vertebrae).
    pub on_surface: bool,
    /// How it was found.
    pub rule: &'static str,
}

/// One point of a muscle path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PathPoint {
    /// Segment it moves with: `pelvis`, `femur`, `shank`, `patella`.
    pub segment: &'static str,
    /// Where (mm).
    pub at: [f32; 3],
    /// Model site name, or the rule for a hand-placed point.
    pub source: &'static str,
}

/// A muscle's line of action.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Muscle {
    /// Id: the model's (`glmed1`, ...) or kebab case for hand-placed ones.
    pub id: &'static str,
    /// Plain name.
    pub name: &'static str,
    /// Placed by hand (absent from the model).
    pub by_hand: bool,
    /// From origin to insertion.
    pub points: &'static [PathPoint],
    /// Model wrapping surfaces the straight segments ignore.
    pub wraps: &'static [&'static str],
}

/// A joint centre or body origin a pose turns a segment about.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Joint {
    /// Id: `hip`, `knee`, `patella`, `lumbar5` ... `lumbar1`.
    pub id: &'static str,
    /// Where (mm).
    pub at: [f32; 3],
}
