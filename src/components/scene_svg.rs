use std::rc::Rc;

use yew::prelude::*;

use crate::content::MuscleWords;
use crate::diagram::path::num;
use crate::diagram::scene::{PlacedLabel, Scene, Shape};
use crate::diagram::svg;
use crate::islands::figure::{DRAWING, LABELS, SHAPES, SPOTS};

/// Draws a [`Scene`] as an SVG image with an accessible name and description.
#[derive(Properties)]
pub struct SceneSvgProps {
    /// What to draw.
    pub scene: Rc<Scene>,
    /// Id of the element that names the drawing (a `<title>` rendered here).
    pub name_id: AttrValue,
    /// The short accessible name.
    pub name: AttrValue,
    /// Id of the HTML element that holds the long description.
    pub described_by: AttrValue,
    /// The labelled muscles that are hotspots (`diagram::spots`): names and jobs.
    #[prop_or_default]
    pub muscles: Rc<Vec<MuscleWords>>,
}

impl PartialEq for SceneSvgProps {
    fn eq(&self, other: &SceneSvgProps) -> bool {
        Rc::ptr_eq(&self.scene, &other.scene)
            && self.name_id == other.name_id
            && self.name == other.name
            && self.described_by == other.described_by
            && Rc::ptr_eq(&self.muscles, &other.muscles)
    }
}

/// A `role="img"` SVG, labels as SVG text that scales with it. With muscle hotspots it is a
/// `role="group"` (as chapter 2's drawing): the shapes are decoration, the labels its words,
/// and each muscle is a focusable `role="img"` shape on top, named "name: job", over its own
/// outline. The groups' contents are written by `diagram::svg`, the writer a figure's island
/// uses when it redraws them in the browser.
#[component]
pub fn SceneSvg(props: &SceneSvgProps) -> Html {
    let s = &props.scene;
    let vb = s.view_box.map(num).join(" ");
    let spots = svg::spots_of(s, &props.muscles);
    let group = !spots.is_empty();
    let hidden = group.then_some("true");
    html! {
        <svg class={DRAWING.name()} viewBox={vb} role={if group { "group" } else { "img" }} focusable="false"
             aria-labelledby={props.name_id.clone()} aria-describedby={props.described_by.clone()}
             xmlns="http://www.w3.org/2000/svg">
            <title id={props.name_id.clone()}>{ &props.name }</title>
            if let Some([x, y, w, h]) = s.clip {
                <clipPath id={format!("{}-clip", props.name_id)}>
                    <rect x={num(x)} y={num(y)} width={num(w)} height={num(h)} />
                </clipPath>
            }
            <g class={SHAPES.name()} aria-hidden={hidden} clip-path={s.clip.map(|_| format!("url(#{}-clip)", props.name_id))}>
                { raw(svg::shapes(s)) }
            </g>
            // The labels stay readable: in a group they are the drawing's words.
            <g class={LABELS.name()}>{ raw(svg::labels(s)) }</g>
            if group {
                <g class={SPOTS.name()}>{ raw(svg::spots(&spots)) }</g>
            }
        </svg>
    }
}

/// Markup written by `diagram::svg`, which escapes every word it writes.
fn raw(markup: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(markup))
}

/// One scene shape as an SVG element (for drawing components that place shapes
/// themselves).
pub fn shape(s: &Shape) -> Html {
    let mut out = String::new();
    svg::shape(&mut out, s);
    raw(out)
}

/// One placed label (leader line, dot and text lines) as SVG (for drawing components that
/// place labels themselves).
pub fn label(l: &PlacedLabel) -> Html {
    let mut out = String::new();
    svg::label(&mut out, l);
    raw(out)
}
