//! The three drawing directions. Every view is orthographic and keeps y (down) as the
//! drawing's y.

use crate::vec::{V2, V3};

/// A direction of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum View {
    /// From the front: `(x, y)`, the subject's right on the viewer's left.
    Front,
    /// From behind: `(-x, y)`, the subject's right on the viewer's right.
    Back,
    /// From the subject's right side: `(z, y)`, the subject facing the viewer's right.
    Side,
}

impl View {
    /// Every view.
    pub const ALL: [View; 3] = [View::Front, View::Back, View::Side];

    /// The projection onto the drawing plane (mm).
    pub fn project(self, p: V3) -> V2 {
        match self {
            View::Front => V2::new(p.x, p.y),
            View::Back => V2::new(-p.x, p.y),
            View::Side => V2::new(p.z, p.y),
        }
    }

    /// [`View::project`] for `[x, y, z]` data.
    pub fn project_f32(self, p: [f32; 3]) -> [f32; 2] {
        match self {
            View::Front => [p[0], p[1]],
            View::Back => [-p[0], p[1]],
            View::Side => [p[2], p[1]],
        }
    }

    /// Id (`front`, `back`, `side`).
    pub fn id(self) -> &'static str {
        match self {
            View::Front => "front",
            View::Back => "back",
            View::Side => "side",
        }
    }
}
