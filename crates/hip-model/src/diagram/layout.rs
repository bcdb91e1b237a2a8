//! Where a drawing sits in its viewBox: the one fitting rule every diagram uses.

use super::viewport::{Rect, Viewport};
use crate::geometry::Vec2;

/// A figure's fixed page geometry: its width in user units and the room kept for labels
/// (left and right margins) and air (top and bottom).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// viewBox width.
    pub width: f64,
    /// Room for labels left of the drawing.
    pub margin_left: f64,
    /// Room for labels right of the drawing.
    pub margin_right: f64,
    /// Space above the drawing.
    pub pad_top: f64,
    /// Space below the drawing.
    pub pad_bottom: f64,
}

/// A figure's layout, fixed for every state of the figure so nothing jumps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Layout {
    /// The viewBox.
    pub view_box: Rect,
    /// Model millimetres -> user units.
    pub viewport: Viewport,
    /// Where the drawing is, in user units (labels go beside it).
    pub drawing: Rect,
}

impl Frame {
    /// The full-height column between the margins, `height` tall: where the drawing may be
    /// (labels go beside it). For figures whose drawing moves within its column.
    pub fn column(&self, height: f64) -> Rect {
        Rect::new(
            self.margin_left,
            0.0,
            self.width - self.margin_left - self.margin_right,
            height,
        )
    }

    /// Scales `model` (a bounding box in millimetres) to fill the width between the margins;
    /// the viewBox is as tall as the drawing plus the padding.
    pub fn fit(&self, model: Rect) -> Layout {
        let scale = (self.width - self.margin_left - self.margin_right) / model.w;
        let viewport = Viewport::with_scale(
            scale,
            Vec2::new(model.x, model.y),
            Vec2::new(self.margin_left, self.pad_top),
        );
        let drawing = viewport.rect_to_svg(model);
        Layout {
            view_box: Rect::new(
                0.0,
                0.0,
                self.width,
                (drawing.bottom() + self.pad_bottom).ceil(),
            ),
            viewport,
            drawing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_drawing_fills_the_space_between_the_margins() {
        let frame = Frame {
            width: 360.0,
            margin_left: 100.0,
            margin_right: 60.0,
            pad_top: 10.0,
            pad_bottom: 5.0,
        };
        let lay = frame.fit(Rect::new(-50.0, -20.0, 100.0, 300.0));
        assert!((lay.drawing.x - 100.0).abs() < 1e-9);
        assert!((lay.drawing.right() - 300.0).abs() < 1e-9);
        assert!((lay.drawing.y - 10.0).abs() < 1e-9);
        assert!((lay.drawing.h - 600.0).abs() < 1e-9);
        assert_eq!(lay.view_box, Rect::new(0.0, 0.0, 360.0, 615.0));
        assert_eq!(frame.column(615.0), Rect::new(100.0, 0.0, 200.0, 615.0));
    }
}
