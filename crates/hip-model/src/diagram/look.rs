//! The look of a modern atlas plate, as a small vocabulary any drawing can adopt (every
//! drawing from the anatomy model: the side views of chapters 4 and 5 and the bend, with
//! these classes; chapters 1 and 2 through their own bone classes, which the stylesheet
//! fills with the same paints).
//!
//! - **Light**: one light, from the upper left of the page, in every figure (also in the
//!   bend, whose bodies are turned: the light stays with the page, not the body).
//! - **Bones** are light with a darker outline; their form is a soft radial shading, lighter
//!   towards the light ([`Paint`]s, one SVG gradient per material, in each shape's own box).
//! - **Muscles** are volumes: shaded across (lit side, shadow side), with fine fibre lines
//!   that run along the muscle's own path from origin to insertion, converging into pale
//!   tendons (`side_view::draw_hamstring`).
//! - **One idea in colour**: what the figure is about is a [`Role::Subject`], in colour; the
//!   rest is [`Role::Context`], in neutral tones.
//!
//! Colours live in `static/diagram.css` (custom properties, with the dark theme and forced
//! colours, where the shading gives way to system colours and plain outlines). The gradients
//! never change, so no drawing carries them: `components::paints` draws [`PAINTS`] once per
//! page, and the stylesheet fills shapes with `url(#<id>)`. The wasm draws none of it.

/// What a shape is to the figure's one idea.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// What the figure is about: drawn in colour.
    Subject,
    /// Everything else: neutral.
    Context,
}

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
    /// A muscle's tendon: a pale cord along its line, drawn over the muscle's thin end.
    pub const TENDON: &str = "dg-atlas-tendon";
    /// Fibre lines of a muscle, along its path.
    pub const FIBRE: &str = "dg-atlas-fibre";
}

/// How a [`Paint`] shades a shape, in the shape's own box (`objectBoundingBox`), lit from
/// the upper left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shading {
    /// A radial gradient, light at the upper left of the box, shadow at its far edge: a
    /// rounded form (bones).
    Round,
    /// A linear gradient from the left edge of the box to the right: a long form that runs
    /// up and down the page, lit from the left (the hamstrings, upright in every view).
    Across,
}

impl Shading {
    /// The gradient's geometry attributes (name, value), fractions of the shape's box.
    pub fn attributes(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Shading::Round => &[("cx", "0.4"), ("cy", "0.3"), ("r", "0.9")],
            Shading::Across => &[("x1", "0"), ("y1", "0"), ("x2", "1"), ("y2", "0")],
        }
    }

    /// Where the three stops sit: for [`Shading::Round`] light, middle, shadow; for
    /// [`Shading::Across`] the lit edge, the light band and the shadow edge.
    pub fn offsets(self) -> [&'static str; 3] {
        match self {
            Shading::Round => ["0", "0.5", "1"],
            Shading::Across => ["0", "0.3", "1"],
        }
    }
}

/// One SVG gradient per material, with three stops at [`Shading::offsets`]. Their colours
/// are in the stylesheet (custom properties `--dg-stop-0` .. `--dg-stop-2` set on the
/// gradient's id), so the dark theme changes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paint {
    /// Element id, referenced by the stylesheet as `url(#id)`.
    pub id: &'static str,
    /// Radial or linear.
    pub shading: Shading,
}

/// Every paint of the atlas look (one per material).
pub const PAINTS: &[Paint] = &[
    Paint {
        id: "dg-paint-bone",
        shading: Shading::Round,
    },
    Paint {
        id: "dg-paint-subject",
        shading: Shading::Round,
    },
    Paint {
        id: "dg-paint-muscle",
        shading: Shading::Across,
    },
    Paint {
        id: "dg-paint-ham",
        shading: Shading::Across,
    },
    Paint {
        id: "dg-paint-stab",
        shading: Shading::Round,
    },
];
