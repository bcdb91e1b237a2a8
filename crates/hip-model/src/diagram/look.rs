//! The look of a modern atlas plate, as a small vocabulary any drawing can adopt (today the
//! side views drawn from the anatomy model: chapters 4 and 5 and the bend).
//!
//! - **Light**: one light, from the upper left of the page, in every figure (also in the
//!   bend, whose bodies are turned: the light stays with the page, not the body).
//! - **Bones** are light with a darker outline; their form is a soft radial shading, lighter
//!   towards the light ([`Paint`]s, one SVG gradient per material, in each shape's own box).
//! - **Muscles** are volumes: a shaded fill, a darker band along the side away from the
//!   light, and fine fibre lines that run along the muscle's own path from origin to
//!   insertion, converging into pale tendons (`side_view::draw_hamstring`).
//! - **One idea in colour**: what the figure is about is a [`Role::Subject`], in colour; the
//!   rest is [`Role::Context`], in neutral tones.
//!
//! Colours live in `static/diagram.css` (custom properties, with the dark theme and forced
//! colours, where the shading gives way to system colours and plain outlines). The gradients
//! never change, so no drawing carries them: `components::paints` draws [`PAINTS`] once per
//! page, and the stylesheet fills shapes with `url(#<id>)`. The wasm draws none of it.

use crate::geometry::Vec2;

/// What a shape is to the figure's one idea.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// What the figure is about: drawn in colour.
    Subject,
    /// Everything else: neutral.
    Context,
}

/// Unit vector from a shape towards the light, in SVG units (y down): upper left.
pub const LIGHT: Vec2 = Vec2 { x: -0.6, y: -0.8 };

/// CSS classes of the atlas look (styled in `static/diagram.css`).
pub mod class {
    /// A bone, neutral.
    pub const BONE: &str = "dg-atlas-bone";
    /// A bone the figure is about (chapter 5's pelvis and low back).
    pub const BONE_SUBJECT: &str = "dg-atlas-bone dg-atlas-subject";
    /// A muscle, neutral (with a load level class `dg-load-0` .. `dg-load-3`).
    pub const MUSCLE: [&str; 4] = [
        "dg-atlas-muscle dg-load-0",
        "dg-atlas-muscle dg-load-1",
        "dg-atlas-muscle dg-load-2",
        "dg-atlas-muscle dg-load-3",
    ];
    /// A hamstring the figure is about, in the hamstrings' colour, by load level.
    pub const HAMSTRING: [&str; 4] = [
        "dg-atlas-muscle dg-ham dg-load-0",
        "dg-atlas-muscle dg-ham dg-load-1",
        "dg-atlas-muscle dg-ham dg-load-2",
        "dg-atlas-muscle dg-ham dg-load-3",
    ];
    /// The darker band of a muscle on the side away from the light.
    pub const SHADE: &str = "dg-atlas-shade";
    /// A muscle's tendon (pale).
    pub const TENDON: &str = "dg-atlas-tendon";
    /// Fibre lines of a muscle, along its path.
    pub const FIBRE: &str = "dg-atlas-fibre";
}

/// One SVG radial gradient in each shape's own box (`objectBoundingBox`): light at
/// [`Paint::CENTRE`], the material's middle tone, and its shadow at the far edge. The stops'
/// colours are CSS classes, so the dark theme changes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paint {
    /// Element id, referenced by the stylesheet as `url(#id)`.
    pub id: &'static str,
    /// Classes of the stops at [`Paint::OFFSETS`]: light, middle, shadow.
    pub stops: [&'static str; 3],
}

impl Paint {
    /// Centre and focus of the light, as fractions of the shape's box (upper left).
    pub const CENTRE: (f64, f64) = (0.36, 0.3);
    /// Radius, as a fraction of the shape's box.
    pub const RADIUS: f64 = 0.85;
    /// Where the light, middle and shadow tones sit along the radius.
    pub const OFFSETS: [f64; 3] = [0.0, 0.55, 1.0];
}

/// Every paint of the atlas look (one per material).
pub const PAINTS: &[Paint] = &[
    Paint {
        id: "dg-paint-bone",
        stops: ["dg-stop-bone-0", "dg-stop-bone-1", "dg-stop-bone-2"],
    },
    Paint {
        id: "dg-paint-subject",
        stops: [
            "dg-stop-subject-0",
            "dg-stop-subject-1",
            "dg-stop-subject-2",
        ],
    },
    Paint {
        id: "dg-paint-muscle",
        stops: ["dg-stop-muscle-0", "dg-stop-muscle-1", "dg-stop-muscle-2"],
    },
    Paint {
        id: "dg-paint-ham",
        stops: ["dg-stop-ham-0", "dg-stop-ham-1", "dg-stop-ham-2"],
    },
    Paint {
        id: "dg-paint-stab",
        stops: ["dg-stop-stab-0", "dg-stop-stab-1", "dg-stop-stab-2"],
    },
];

/// Which side of a line with unit normal `normal` faces away from the light: `1.0` when
/// `+normal` does, `-1.0` when `-normal` does.
pub fn shadow_side(normal: Vec2) -> f64 {
    if normal.dot(LIGHT) > 0.0 {
        -1.0
    } else {
        1.0
    }
}
