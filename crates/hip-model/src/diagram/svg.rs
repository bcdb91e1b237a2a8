//! A [`Scene`] written as SVG markup: the one writer of drawings.
//!
//! The prerenderer puts this markup into the page, and a figure's island, in the browser,
//! writes the same markup into the same groups when the reader moves a control. So a drawing
//! is the same in the static page, in the gallery and after any number of slider steps, and
//! the browser build needs no virtual DOM to draw: it swaps three groups' contents.
//!
//! Markup only (strings), no DOM. Text and attribute values are escaped here; path data and
//! numbers are produced by [`super::path`] and contain nothing to escape.

use super::path::push_num;
use super::scene::{PlacedLabel, Scene, Shape};
use super::spots::spot_path;
use crate::content::MuscleWords;

/// The contents of a drawing's `<g class="shapes">`: every shape, back to front.
pub fn shapes(scene: &Scene) -> String {
    let mut out = String::with_capacity(scene.shapes.len() * 160);
    for s in &scene.shapes {
        shape(&mut out, s);
    }
    out
}

/// The contents of a drawing's `<g class="labels">`: every label with its leader and dot.
pub fn labels(scene: &Scene) -> String {
    let mut out = String::with_capacity(scene.labels.len() * 200);
    for l in &scene.labels {
        label(&mut out, l);
    }
    out
}

/// The muscles of `muscles` that `scene` draws, with each one's hotspot outline
/// ([`spot_path`]); those it does not draw are left out.
pub fn spots_of<'m>(scene: &Scene, muscles: &'m [MuscleWords]) -> Vec<(&'m MuscleWords, String)> {
    muscles
        .iter()
        .map(|m| (m, spot_path(scene, &m.id)))
        .filter(|(_, d)| !d.is_empty())
        .collect()
}

/// The contents of a drawing's `<g class="dg-spots">`: one focusable `role="img"` outline
/// per muscle of [`spots_of`], named "name: job".
pub fn spots(spots: &[(&MuscleWords, String)]) -> String {
    let mut out = String::new();
    for (m, d) in spots {
        out.push_str("<path class=\"dg-spot\" data-id=\"");
        escape(&mut out, &m.id);
        out.push_str("\" tabindex=\"0\" role=\"img\" aria-label=\"");
        escape(&mut out, &m.name);
        out.push_str(": ");
        escape(&mut out, &m.job);
        out.push_str("\" d=\"");
        out.push_str(d);
        out.push_str("\"/>");
    }
    out
}

/// One shape as an SVG element, appended to `out`.
pub fn shape(out: &mut String, s: &Shape) {
    match s {
        Shape::Path { id, class, d } => {
            out.push_str("<path class=\"");
            out.push_str(class);
            out.push('"');
            data_id(out, id);
            out.push_str(" d=\"");
            out.push_str(d);
            out.push_str("\"/>");
        }
        Shape::Circle {
            id,
            class,
            cx,
            cy,
            r,
        } => {
            out.push_str("<circle class=\"");
            out.push_str(class);
            out.push('"');
            data_id(out, id);
            attr_num(out, "cx", *cx);
            attr_num(out, "cy", *cy);
            attr_num(out, "r", *r);
            out.push_str("/>");
        }
    }
}

/// One placed label (leader, dot and text lines) as an SVG group, appended to `out`. A
/// label whose structure is hidden in this pose keeps its text, muted, and loses its
/// leader and dot.
pub fn label(out: &mut String, l: &PlacedLabel) {
    out.push_str(if l.behind {
        "<g class=\"label is-behind\" data-id=\""
    } else {
        "<g class=\"label\" data-id=\""
    });
    escape(out, &l.id);
    out.push_str("\">");
    if !l.behind {
        out.push_str("<path class=\"leader\" d=\"");
        out.push_str(&l.leader);
        out.push_str("\"/><circle class=\"leader-dot\"");
        attr_num(out, "cx", l.dot.0);
        attr_num(out, "cy", l.dot.1);
        out.push_str(" r=\"2.5\"/>");
    }
    out.push_str("<text");
    attr_num(out, "x", l.x);
    attr_num(out, "y", l.y);
    out.push_str(" text-anchor=\"");
    out.push_str(l.anchor.as_svg());
    out.push_str("\">");
    for (i, line) in l.lines.iter().enumerate() {
        out.push_str("<tspan");
        attr_num(out, "x", l.x);
        attr_num(out, "dy", if i == 0 { 0.0 } else { l.line_height });
        out.push('>');
        escape(out, line);
        out.push_str("</tspan>");
    }
    out.push_str("</text></g>");
}

fn data_id(out: &mut String, id: &str) {
    if !id.is_empty() {
        out.push_str(" data-id=\"");
        escape(out, id);
        out.push('"');
    }
}

fn attr_num(out: &mut String, name: &str, v: f64) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    push_num(out, v);
    out.push('"');
}

/// Appends `text` escaped for an HTML text node or a double-quoted attribute value.
pub fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagram::scene::Anchor;

    fn label_of(text: &str, behind: bool) -> PlacedLabel {
        PlacedLabel {
            id: "femur-head".into(),
            lines: vec![text.into(), "second".into()],
            x: 10.0,
            y: 20.5,
            line_height: 14.0,
            anchor: Anchor::End,
            leader: "M1 2L3 4".into(),
            dot: (3.0, 4.0),
            behind,
        }
    }

    #[test]
    fn words_are_escaped_so_no_markup_gets_in() {
        let mut out = String::new();
        label(
            &mut out,
            &label_of("<script>alert(\"x\")</script> & 'y'", false),
        );
        assert!(!out.contains("<script"), "{out}");
        assert!(out.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"));
        let m = MuscleWords {
            id: "a\"b".into(),
            name: "<b>".into(),
            job: "x & y".into(),
        };
        let html = spots(&[(&m, "M0 0Z".into())]);
        assert_eq!(
            html,
            "<path class=\"dg-spot\" data-id=\"a&quot;b\" tabindex=\"0\" role=\"img\" \
             aria-label=\"&lt;b&gt;: x &amp; y\" d=\"M0 0Z\"/>"
        );
    }

    #[test]
    fn a_label_behind_keeps_its_words_but_loses_its_leader() {
        let mut front = String::new();
        label(&mut front, &label_of("Ball", false));
        assert_eq!(
            front,
            "<g class=\"label\" data-id=\"femur-head\"><path class=\"leader\" d=\"M1 2L3 4\"/>\
             <circle class=\"leader-dot\" cx=\"3\" cy=\"4\" r=\"2.5\"/>\
             <text x=\"10\" y=\"20.5\" text-anchor=\"end\"><tspan x=\"10\" dy=\"0\">Ball</tspan>\
             <tspan x=\"10\" dy=\"14\">second</tspan></text></g>"
        );
        let mut behind = String::new();
        label(&mut behind, &label_of("Ball", true));
        assert!(behind.starts_with("<g class=\"label is-behind\""));
        assert!(!behind.contains("leader"));
        assert!(behind.contains(">Ball</tspan>"));
    }

    #[test]
    fn shapes_keep_their_ids_and_classes() {
        let scene = Scene {
            view_box: [0.0, 0.0, 10.0, 10.0],
            shapes: vec![
                Shape::Path {
                    id: "",
                    class: "bone",
                    d: "M0 0".into(),
                },
                Shape::Circle {
                    id: "femur-head",
                    class: "ball joint",
                    cx: 1.25,
                    cy: -2.0,
                    r: 3.0,
                },
            ],
            labels: vec![],
            clip: None,
        };
        assert_eq!(
            shapes(&scene),
            "<path class=\"bone\" d=\"M0 0\"/>\
             <circle class=\"ball joint\" data-id=\"femur-head\" cx=\"1.3\" cy=\"-2\" r=\"3\"/>"
        );
    }
}
