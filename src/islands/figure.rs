//! What the figure islands share: the names their markup carries, the slider figures' state
//! contract, and (wasm only) redrawing a drawing in place.
//!
//! A figure is prerendered complete, in its first state. When its island wakes it does not
//! re-render anything: it listens on its slot, and when the reader moves a control it works
//! out the new [`Scene`] with the same pure functions the prerenderer used, writes it with
//! the same writer (`diagram::svg`) into the drawing's groups, and changes the words and
//! attributes that changed. So the browser build needs no virtual DOM, and a drawing after
//! any sequence of steps is the one the prerenderer draws for that state.

use super::hook::{class, Class, Markup};
use crate::content::Figure;
use crate::diagram::scene::Scene;
#[cfg(target_arch = "wasm32")]
use crate::diagram::scene::{PlacedLabel, Shape};
use crate::state::chain::ChainState;

/// The drawing's group of shapes (`diagram::svg::shapes`).
pub const SHAPES: Class = class!("shapes");
/// The drawing's group of labels (`diagram::svg::labels`).
pub const LABELS: Class = class!("labels");
/// The drawing's group of muscle hotspots (`diagram::svg::spots`), if it has hotspots.
pub const SPOTS: Class = class!("dg-spots");
/// The drawing (`<svg>`).
pub const DRAWING: Class = class!("scene");
/// A slider's value in words, next to its label.
pub const RANGE_VALUE: Class = class!("range-value");
/// The words of one readout line.
pub const READOUT_WORDS: Class = class!("readout-words");
/// Attribute of a slider (`<input type="range">`): the content's id of its control.
pub const CONTROL: &str = "data-control";
/// Attribute of a readout line: the content's id of its readout.
pub const READOUT: &str = "data-readout";

/// Selector of the sliders ([`CONTROL`]).
pub const CONTROLS: &str = "input[data-control]";
/// Start of the selector of one readout line (`[data-readout="<id>"]`, [`READOUT`]).
pub const READOUT_IS: &str = "[data-readout=\"";

/// What a slider figure's markup carries for its behaviour.
pub const SLIDER_MARKUP: Markup = Markup {
    classes: &[DRAWING, SHAPES, LABELS, RANGE_VALUE],
    attributes: &[CONTROL, super::words::ATTRIBUTE],
};

/// The state of a figure driven by sliders, as its island needs it: pure, so the
/// prerendered markup and every later step are worked out by the same functions.
pub trait Sliders: Clone + PartialEq + Default + 'static {
    /// The state with control `id` set to `value` (clamped), or `None` if the figure has no
    /// such control or the value is not a number.
    fn set(&self, id: &str, value: f64) -> Option<Self>;
    /// Control `id`'s current value and range `(value, min, max)`.
    fn value(&self, id: &str) -> Option<(f64, f64, f64)>;
    /// The drawing for this state.
    fn scene(&self, figure: &Figure) -> Scene;
    /// The level (0 to 1) of the readout `id` in this state, if the figure has readouts.
    fn level(&self, _id: &str) -> Option<f64> {
        None
    }
}

/// How a chain figure (chapters 4 and 5) draws the chain model at a stabilizer strength.
pub trait ChainView: std::fmt::Debug + Clone + Copy + PartialEq + Default + 'static {
    /// The drawing at `strength`, labelled with `labels`.
    fn draw(strength: f64, labels: &[(&str, &str)]) -> Scene;
}

/// The state of a chain figure drawn by `V`: one stabilizer-strength slider
/// (`state::chain::CONTROL_ID`) and the chain's readouts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ChainDrawing<V: ChainView>(pub ChainState, pub V);

impl<V: ChainView> Sliders for ChainDrawing<V> {
    fn set(&self, id: &str, value: f64) -> Option<Self> {
        self.0.set(id, value).map(|s| ChainDrawing(s, self.1))
    }

    fn value(&self, id: &str) -> Option<(f64, f64, f64)> {
        self.0.value(id)
    }

    fn scene(&self, figure: &Figure) -> Scene {
        V::draw(self.0.strength, &figure.label_pairs())
    }

    fn level(&self, id: &str) -> Option<f64> {
        self.0.chain().level(id)
    }
}

/// Control `id`'s value in words in `state` (shown next to the slider and given as its
/// `aria-valuetext`); empty if the figure has no such control.
pub fn control_words<'f, S: Sliders>(figure: &'f Figure, state: &S, id: &str) -> &'f str {
    match (figure.control(id), state.value(id)) {
        (Some(ctl), Some((v, min, max))) => ctl.words(v, min, max),
        _ => "",
    }
}

/// The readout lines of `figure` in `state`: `(id, label, words)`.
pub fn readouts<'f, S: Sliders>(figure: &'f Figure, state: &S) -> Vec<(&'f str, &'f str, &'f str)> {
    figure
        .readouts
        .iter()
        .filter_map(|r| {
            Some((
                r.id.as_str(),
                r.label.as_str(),
                r.words(state.level(&r.id)?),
            ))
        })
        .collect()
}

/// What is announced after control `id` moved: "label: words", then each readout line.
pub fn announcement<S: Sliders>(figure: &Figure, state: &S, id: &str) -> String {
    let Some(ctl) = figure.control(id) else {
        return String::new();
    };
    let mut text = [ctl.label.as_str(), ": ", control_words(figure, state, id)].concat();
    for (i, (_, label, words)) in readouts(figure, state).into_iter().enumerate() {
        text.push_str(if i == 0 { ". " } else { "; " });
        text.push_str(label);
        text.push_str(": ");
        text.push_str(words);
    }
    text
}

#[cfg(target_arch = "wasm32")]
pub use behaviour::{attach_sliders, Drawing};

#[cfg(target_arch = "wasm32")]
mod behaviour {
    use std::cell::RefCell;
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlInputElement};

    use super::*;
    use crate::browser;
    use crate::content::MuscleWords;
    use crate::diagram::path::num;
    use crate::diagram::svg;

    /// The parts of a prerendered drawing that change with its state, and the scene they
    /// show now.
    pub struct Drawing {
        svg: Element,
        shapes: Element,
        labels: Element,
        spots: Option<Element>,
        shown: Scene,
        /// The hotspots shown: each muscle's id and outline.
        shown_spots: Vec<(String, String)>,
    }

    impl Drawing {
        /// The drawing in `slot`, which shows `shown` (the prerendered first state), if its
        /// markup has the groups it needs.
        pub fn find(slot: &Element, shown: Scene, figure: &Figure) -> Option<Drawing> {
            let svg = slot.query_selector(DRAWING.selector()).ok()??;
            let shapes = svg.query_selector(SHAPES.selector()).ok()??;
            let labels = svg.query_selector(LABELS.selector()).ok()??;
            let spots = svg.query_selector(SPOTS.selector()).ok().flatten();
            // The markup must be the first state's: as many shapes and labels.
            if shapes.child_element_count() as usize != shown.shapes.len()
                || labels.child_element_count() as usize != shown.labels.len()
            {
                return None;
            }
            let shown_spots = spot_keys(svg::spots_of(&shown, &figure.muscles));
            Some(Drawing {
                svg,
                shapes,
                labels,
                spots,
                shown,
                shown_spots,
            })
        }

        /// Draws `scene` (hotspots named from `figure`'s muscles): what differs from the
        /// scene shown is changed in place, an attribute where only numbers moved, an
        /// element where more changed, the whole group only if the count of shapes or
        /// labels changed. Few nodes are replaced, so a slider step costs the browser
        /// little style and layout work.
        pub fn redraw(&mut self, scene: Scene, figure: &Figure) {
            if scene.view_box != self.shown.view_box {
                let vb = scene.view_box.map(num).join(" ");
                let _ = self.svg.set_attribute("viewBox", &vb);
            }
            patch_children(
                &self.shapes,
                &self.shown.shapes,
                &scene.shapes,
                patch_shape,
                shape_node,
            );
            patch_children(
                &self.labels,
                &self.shown.labels,
                &scene.labels,
                patch_label,
                label_node,
            );
            if let Some(spots) = &self.spots {
                let now = svg::spots_of(&scene, &figure.muscles);
                let same = now.len() == self.shown_spots.len()
                    && now
                        .iter()
                        .zip(&self.shown_spots)
                        .all(|((m, d), (id, old))| m.id == *id && d == old);
                if !same {
                    fill(spots, now.iter().filter_map(|(m, d)| spot_node(m, d)));
                    self.shown_spots = spot_keys(now);
                }
            }
            self.shown = scene;
        }
    }

    /// Each hotspot's muscle id and outline, what tells whether the hotspots changed.
    fn spot_keys(spots: Vec<(&MuscleWords, String)>) -> Vec<(String, String)> {
        spots.into_iter().map(|(m, d)| (m.id.clone(), d)).collect()
    }

    /// Changes `group`, whose children show `old`, to show `new`: each child whose item
    /// changed is patched in place by `patch` if there are as many items as before; the
    /// group is filled anew with `node` of every item otherwise.
    fn patch_children<T: PartialEq>(
        group: &Element,
        old: &[T],
        new: &[T],
        patch: impl Fn(&Element, &T, &T),
        node: impl Fn(&T) -> Option<Element>,
    ) {
        if new.len() == old.len() {
            let children = group.children();
            for (i, (old, new)) in old.iter().zip(new).enumerate() {
                if old != new {
                    if let Some(el) = children.item(i as u32) {
                        patch(&el, old, new);
                    }
                }
            }
        } else {
            fill(group, new.iter().filter_map(node));
        }
    }

    /// Changes the label group `el`, which shows `old`, to show `new`: only the leader, dot
    /// and text positions if its words and kind are the same, the whole group otherwise.
    fn patch_label(el: &Element, old: &PlacedLabel, new: &PlacedLabel) {
        let same_words = old.id == new.id
            && old.behind == new.behind
            && old.lines == new.lines
            && old.anchor == new.anchor
            && old.line_height == new.line_height;
        let kids = el.children();
        let text_at = if new.behind { 0 } else { 2 };
        let (Some(text), true) = (kids.item(text_at), same_words) else {
            if let Some(node) = label_node(new) {
                let _ = el.replace_with_with_node_1(&node);
            }
            return;
        };
        if !new.behind {
            if old.leader != new.leader {
                if let Some(leader) = kids.item(0) {
                    let _ = leader.set_attribute("d", &new.leader);
                }
            }
            if old.dot != new.dot {
                if let Some(dot) = kids.item(1) {
                    let _ = dot.set_attribute("cx", &num(new.dot.0));
                    let _ = dot.set_attribute("cy", &num(new.dot.1));
                }
            }
        }
        if old.x != new.x || old.y != new.y {
            let x = num(new.x);
            let _ = text.set_attribute("x", &x);
            let _ = text.set_attribute("y", &num(new.y));
            let spans = text.children();
            for i in 0..spans.length() {
                if let Some(span) = spans.item(i) {
                    let _ = span.set_attribute("x", &x);
                }
            }
        }
    }

    /// Changes `el`, which shows `old`, to show `new`: only its numbers if it is the same
    /// kind of shape of the same structure, the whole element otherwise.
    fn patch_shape(el: &Element, old: &Shape, new: &Shape) {
        match (old, new) {
            (
                Shape::Path { id, class, .. },
                Shape::Path {
                    id: new_id,
                    class: new_class,
                    d,
                },
            ) if id == new_id && class == new_class => {
                let _ = el.set_attribute("d", d);
            }
            (
                Shape::Circle { id, class, .. },
                Shape::Circle {
                    id: new_id,
                    class: new_class,
                    cx,
                    cy,
                    r,
                },
            ) if id == new_id && class == new_class => {
                for (name, v) in [("cx", cx), ("cy", cy), ("r", r)] {
                    let _ = el.set_attribute(name, &num(*v));
                }
            }
            _ => {
                if let Some(node) = shape_node(new) {
                    let _ = el.replace_with_with_node_1(&node);
                }
            }
        }
    }

    // The elements below are the ones `diagram::svg` writes for the prerendered page (the
    // redraw spec checks the two agree), built as elements: words go in as text, never as
    // markup.

    const SVG_NS: &str = "http://www.w3.org/2000/svg";

    /// A new SVG element `name` with the attributes `attrs`.
    fn node(name: &str, attrs: &[(&str, &str)]) -> Option<Element> {
        let el = web_sys::window()?
            .document()?
            .create_element_ns(Some(SVG_NS), name)
            .ok()?;
        for (k, v) in attrs {
            let _ = el.set_attribute(k, v);
        }
        Some(el)
    }

    /// `group`'s children replaced by `nodes`.
    fn fill(group: &Element, nodes: impl Iterator<Item = Element>) {
        group.set_text_content(None);
        for n in nodes {
            let _ = group.append_with_node_1(&n);
        }
    }

    /// One shape as an element (attributes in the writer's order, so the markup is the
    /// same).
    fn shape_node(s: &Shape) -> Option<Element> {
        let (name, id, class) = match s {
            Shape::Path { id, class, .. } => ("path", *id, *class),
            Shape::Circle { id, class, .. } => ("circle", *id, *class),
        };
        let el = node(name, &[("class", class)])?;
        if !id.is_empty() {
            let _ = el.set_attribute("data-id", id);
        }
        match s {
            Shape::Path { d, .. } => {
                let _ = el.set_attribute("d", d);
            }
            Shape::Circle { cx, cy, r, .. } => {
                for (k, v) in [("cx", cx), ("cy", cy), ("r", r)] {
                    let _ = el.set_attribute(k, &num(*v));
                }
            }
        }
        Some(el)
    }

    /// One placed label (leader, dot, text lines) as a group element.
    fn label_node(l: &PlacedLabel) -> Option<Element> {
        let class = if l.behind { "label is-behind" } else { "label" };
        let g = node("g", &[("class", class), ("data-id", &l.id)])?;
        if !l.behind {
            let leader = node("path", &[("class", "leader"), ("d", &l.leader)])?;
            let _ = g.append_with_node_1(&leader);
            let (cx, cy) = (num(l.dot.0), num(l.dot.1));
            let dot = node(
                "circle",
                &[
                    ("class", "leader-dot"),
                    ("cx", &cx),
                    ("cy", &cy),
                    ("r", "2.5"),
                ],
            )?;
            let _ = g.append_with_node_1(&dot);
        }
        let x = num(l.x);
        let text = node(
            "text",
            &[
                ("x", &x),
                ("y", &num(l.y)),
                ("text-anchor", l.anchor.as_svg()),
            ],
        )?;
        for (i, line) in l.lines.iter().enumerate() {
            let dy = if i == 0 {
                "0".to_string()
            } else {
                num(l.line_height)
            };
            let span = node("tspan", &[("x", &x), ("dy", &dy)])?;
            span.set_text_content(Some(line));
            let _ = text.append_with_node_1(&span);
        }
        let _ = g.append_with_node_1(&text);
        Some(g)
    }

    /// One muscle's hotspot, named "name: job".
    fn spot_node(m: &MuscleWords, d: &str) -> Option<Element> {
        let name = [m.name.as_str(), ": ", &m.job].concat();
        node(
            "path",
            &[
                ("class", "dg-spot"),
                ("data-id", &m.id),
                ("tabindex", "0"),
                ("role", "img"),
                ("aria-label", &name),
                ("d", d),
            ],
        )
    }

    /// Makes the slider figure in `slot` work, with the words `figure` from its slot: each
    /// slider's input sets the state, and what changed is drawn and said. False if its
    /// markup is missing.
    pub fn attach_sliders<S: Sliders>(slot: &Element, figure: Figure) -> bool {
        let Some(mut drawing) = Drawing::find(slot, S::default().scene(&figure), &figure) else {
            return false;
        };
        if browser::all(slot, CONTROLS).is_empty() {
            return false;
        }
        let state = Rc::new(RefCell::new(S::default()));
        let root = slot.clone();
        browser::on(slot, "input", move |e| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(id) = input.get_attribute(CONTROL) else {
                return;
            };
            // The browser parses the number (no float parser in the wasm); NaN is ignored.
            let Some(next) = state.borrow().set(&id, input.value_as_number()) else {
                return;
            };
            if next == *state.borrow() {
                return;
            }
            drawing.redraw(next.scene(&figure), &figure);
            let words = control_words(&figure, &next, &id);
            let _ = input.set_attribute("aria-valuetext", words);
            if let Some(row) = input
                .parent_element()
                .and_then(|row| row.query_selector(RANGE_VALUE.selector()).ok().flatten())
            {
                row.set_text_content(Some(words));
            }
            for (rid, _, words) in readouts(&figure, &next) {
                let line = root
                    .query_selector(&[READOUT_IS, rid, "\"] ", READOUT_WORDS.selector()].concat())
                    .ok()
                    .flatten();
                if let Some(line) = line {
                    line.set_text_content(Some(words));
                }
            }
            crate::announce::announce(announcement(&figure, &next, &id));
            *state.borrow_mut() = next;
        })
    }
}
