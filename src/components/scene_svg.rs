use std::rc::Rc;

use yew::prelude::*;

use crate::diagram::path::num;
use crate::diagram::scene::{PlacedLabel, Scene, Shape};

/// Draws a [`Scene`] as an SVG image with an accessible name and description.
#[derive(Properties)]
pub struct SceneSvgProps {
    /// What to draw: shared with the figure's memo, so a slider step neither copies the
    /// scene nor compares it shape by shape (a new scene is a new `Rc`).
    pub scene: Rc<Scene>,
    /// Id of the element that names the drawing (a `<title>` rendered here).
    pub name_id: AttrValue,
    /// The short accessible name.
    pub name: AttrValue,
    /// Id of the HTML element that holds the long description.
    pub described_by: AttrValue,
}

impl PartialEq for SceneSvgProps {
    fn eq(&self, other: &SceneSvgProps) -> bool {
        Rc::ptr_eq(&self.scene, &other.scene)
            && self.name_id == other.name_id
            && self.name == other.name
            && self.described_by == other.described_by
    }
}

/// A static `role="img"` SVG: no focusable children, labels as SVG text that scales with it.
#[component]
pub fn SceneSvg(props: &SceneSvgProps) -> Html {
    let s = &props.scene;
    let vb = s.view_box.map(num).join(" ");
    html! {
        <svg class="scene" viewBox={vb} role="img" focusable="false"
             aria-labelledby={props.name_id.clone()} aria-describedby={props.described_by.clone()}
             xmlns="http://www.w3.org/2000/svg">
            <title id={props.name_id.clone()}>{ &props.name }</title>
            if let Some([x, y, w, h]) = s.clip {
                <clipPath id={format!("{}-clip", props.name_id)}>
                    <rect x={num(x)} y={num(y)} width={num(w)} height={num(h)} />
                </clipPath>
            }
            <g class="shapes" clip-path={s.clip.map(|_| format!("url(#{}-clip)", props.name_id))}>
                { for s.shapes.iter().map(shape) }
            </g>
            <g class="labels">
                { for s.labels.iter().map(label) }
            </g>
        </svg>
    }
}

/// One scene shape as an SVG element (shared by every drawing component).
pub fn shape(s: &Shape) -> Html {
    match s {
        Shape::Path { id, class, d } => html! {
            <path class={*class} data-id={(!id.is_empty()).then_some(*id)} d={d.clone()} />
        },
        Shape::Circle {
            id,
            class,
            cx,
            cy,
            r,
        } => html! {
            <circle class={*class} data-id={(!id.is_empty()).then_some(*id)} cx={num(*cx)} cy={num(*cy)} r={num(*r)} />
        },
    }
}

/// One placed label (leader line, dot and text lines) as SVG (shared by every drawing
/// component).
pub fn label(l: &PlacedLabel) -> Html {
    html! {
        <g class={classes!("label", l.behind.then_some("is-behind"))} data-id={l.id.clone()}>
            if !l.behind {
                <path class="leader" d={l.leader.clone()} />
                <circle class="leader-dot" cx={num(l.dot.0)} cy={num(l.dot.1)} r="2.5" />
            }
            <text x={num(l.x)} y={num(l.y)} text-anchor={l.anchor.as_svg()}>
                { for l.lines.iter().enumerate().map(|(i, line)| html! {
                    <tspan x={num(l.x)} dy={if i == 0 { "0".to_string() } else { num(l.line_height) }}>{ line }</tspan>
                }) }
            </text>
        </g>
    }
}
