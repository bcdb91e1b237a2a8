//! Mapping between model millimetres (front-view plane, y down) and SVG user units.

use crate::geometry::Vec2;

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width (non-negative).
    pub w: f64,
    /// Height (non-negative).
    pub h: f64,
}

impl Rect {
    /// A rectangle from its top-left corner and size.
    pub const fn new(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }

    /// The rectangle spanning two corners (in any order).
    pub fn from_corners(a: Vec2, b: Vec2) -> Rect {
        Rect::new(
            a.x.min(b.x),
            a.y.min(b.y),
            (a.x - b.x).abs(),
            (a.y - b.y).abs(),
        )
    }

    /// The smallest rectangle holding every point (`None` if there are none).
    pub fn bounding(points: impl IntoIterator<Item = Vec2>) -> Option<Rect> {
        let mut it = points.into_iter();
        let first = it.next()?;
        let (lo, hi) = it.fold((first, first), |(lo, hi), p| {
            (
                Vec2::new(lo.x.min(p.x), lo.y.min(p.y)),
                Vec2::new(hi.x.max(p.x), hi.y.max(p.y)),
            )
        });
        Some(Rect::from_corners(lo, hi))
    }

    /// Right edge.
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// Centre point.
    pub fn centre(&self) -> Vec2 {
        Vec2::new(self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    /// Grown by `d` on every side.
    pub fn inflate(&self, d: f64) -> Rect {
        Rect::new(self.x - d, self.y - d, self.w + 2.0 * d, self.h + 2.0 * d)
    }

    /// Whether the two rectangles share any interior area.
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }

    /// Whether `o` lies entirely inside (edges may touch).
    pub fn contains_rect(&self, o: &Rect) -> bool {
        const EPS: f64 = 1e-9;
        o.x >= self.x - EPS
            && o.y >= self.y - EPS
            && o.right() <= self.right() + EPS
            && o.bottom() <= self.bottom() + EPS
    }

    /// Whether the point lies inside (edges included).
    pub fn contains(&self, p: Vec2) -> bool {
        p.x >= self.x && p.x <= self.right() && p.y >= self.y && p.y <= self.bottom()
    }

    /// As an SVG `viewBox` array.
    pub fn as_view_box(&self) -> [f64; 4] {
        [self.x, self.y, self.w, self.h]
    }
}

/// Maps a rectangle of the model plane onto a rectangle of SVG user units with one uniform
/// scale (no distortion), centred; both are y-down.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    model: Rect,
    scale: f64,
    offset: Vec2,
}

impl Viewport {
    /// Fit `model` (millimetres) into `svg` (user units), keeping the aspect ratio.
    pub fn fit(model: Rect, svg: Rect) -> Viewport {
        let scale = if model.w > 0.0 && model.h > 0.0 {
            (svg.w / model.w).min(svg.h / model.h)
        } else {
            1.0
        };
        let used = Vec2::new(model.w * scale, model.h * scale);
        let offset = Vec2::new(
            svg.x + (svg.w - used.x) / 2.0,
            svg.y + (svg.h - used.y) / 2.0,
        );
        Viewport {
            model,
            scale,
            offset,
        }
    }

    /// A viewport with an explicit scale (user units per mm) that puts model point `anchor`
    /// at SVG point `at`.
    pub fn with_scale(scale: f64, anchor: Vec2, at: Vec2) -> Viewport {
        Viewport {
            model: Rect::new(anchor.x, anchor.y, 0.0, 0.0),
            scale,
            offset: at,
        }
    }

    /// User units per millimetre.
    pub fn scale(&self) -> f64 {
        self.scale
    }

    /// Model point to SVG point.
    pub fn to_svg(&self, p: Vec2) -> Vec2 {
        Vec2::new(
            self.offset.x + (p.x - self.model.x) * self.scale,
            self.offset.y + (p.y - self.model.y) * self.scale,
        )
    }

    /// SVG point back to the model plane (for drags).
    pub fn from_svg(&self, p: Vec2) -> Vec2 {
        Vec2::new(
            self.model.x + (p.x - self.offset.x) / self.scale,
            self.model.y + (p.y - self.offset.y) / self.scale,
        )
    }

    /// A model length in user units.
    pub fn len_to_svg(&self, mm: f64) -> f64 {
        mm * self.scale
    }

    /// A length in user units back to millimetres.
    pub fn len_from_svg(&self, units: f64) -> f64 {
        units / self.scale
    }

    /// A model rectangle in user units.
    pub fn rect_to_svg(&self, r: Rect) -> Rect {
        Rect::from_corners(
            self.to_svg(Vec2::new(r.x, r.y)),
            self.to_svg(Vec2::new(r.right(), r.bottom())),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_centres_and_keeps_aspect() {
        let v = Viewport::fit(
            Rect::new(-10.0, -10.0, 20.0, 10.0),
            Rect::new(0.0, 0.0, 100.0, 100.0),
        );
        assert_eq!(v.scale(), 5.0);
        assert_eq!(v.to_svg(Vec2::new(-10.0, -10.0)), Vec2::new(0.0, 25.0));
        let p = Vec2::new(3.5, -2.25);
        assert!(v.from_svg(v.to_svg(p)).distance(p) < 1e-12);
        assert_eq!(v.len_from_svg(v.len_to_svg(7.0)), 7.0);
    }
}
