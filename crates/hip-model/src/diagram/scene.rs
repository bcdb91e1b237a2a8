//! What a diagram hands to the renderer: SVG-ready values, no DOM.
//!
//! A `Scene` is plain data (strings and numbers in SVG user units). The Yew
//! component `components::scene_svg` turns it into elements; the prerenderer and
//! the browser therefore draw exactly the same thing.

/// A finished drawing in SVG user units.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// `min-x min-y width height` of the `viewBox`.
    pub view_box: [f64; 4],
    /// Shapes, painted in order (first is at the back).
    pub shapes: Vec<Shape>,
    /// Labels with leader lines, painted on top.
    pub labels: Vec<PlacedLabel>,
    /// `x y width height` of the frame the shapes are cropped to (labels are not), if any:
    /// a bone that swings out is cut at the margin instead of running under the labels.
    pub clip: Option<[f64; 4]>,
}

/// One SVG primitive. `class` selects its look in `static/diagram.css`; geometry stays in
/// attributes so the page needs no inline style.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// `<path d=...>`.
    Path {
        /// Model id of the structure (landmark, bone, muscle) or "" for decoration.
        id: &'static str,
        /// Space-separated CSS classes.
        class: &'static str,
        /// Path data.
        d: String,
    },
    /// `<circle>`.
    Circle {
        id: &'static str,
        class: &'static str,
        cx: f64,
        cy: f64,
        r: f64,
    },
}

/// A path shape of structure `id` ("" for decoration) with classes `class` and path data `d`.
pub fn path(id: &'static str, class: &'static str, d: String) -> Shape {
    Shape::Path { id, class, d }
}

/// How a label's text is anchored at its position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn as_svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A label placed by `diagram::labels`: text lines, where they sit, and the leader line.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedLabel {
    /// Annotation id (names a structure in the model).
    pub id: String,
    /// The label split into lines that fit the margin.
    pub lines: Vec<String>,
    /// Baseline position of the first line.
    pub x: f64,
    pub y: f64,
    /// Distance between baselines.
    pub line_height: f64,
    pub anchor: Anchor,
    /// Leader line path data from the text to the structure.
    pub leader: String,
    /// The dot on the structure where the leader ends.
    pub dot: (f64, f64),
    /// The structure is out of sight in this pose (behind another part): the text stays,
    /// muted, with no leader or dot pointing at whatever is in front of it.
    pub behind: bool,
}
