use std::rc::Rc;

use yew::prelude::*;

use crate::content::MuscleWords;
use crate::diagram::path::num;
use crate::diagram::scene::{PlacedLabel, Scene, Shape};
use crate::diagram::spots::spot_path;

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
/// outline.
#[component]
pub fn SceneSvg(props: &SceneSvgProps) -> Html {
    let s = &props.scene;
    let vb = s.view_box.map(num).join(" ");
    let spots: Vec<(&MuscleWords, String)> = props
        .muscles
        .iter()
        .map(|m| (m, spot_path(s, &m.id)))
        .filter(|(_, d)| !d.is_empty())
        .collect();
    let group = !spots.is_empty();
    let hidden = group.then_some("true");
    html! {
        <svg class="scene" viewBox={vb} role={if group { "group" } else { "img" }} focusable="false"
             aria-labelledby={props.name_id.clone()} aria-describedby={props.described_by.clone()}
             xmlns="http://www.w3.org/2000/svg">
            <title id={props.name_id.clone()}>{ &props.name }</title>
            if let Some([x, y, w, h]) = s.clip {
                <clipPath id={format!("{}-clip", props.name_id)}>
                    <rect x={num(x)} y={num(y)} width={num(w)} height={num(h)} />
                </clipPath>
            }
            <g class="shapes" aria-hidden={hidden} clip-path={s.clip.map(|_| format!("url(#{}-clip)", props.name_id))}>
                { for s.shapes.iter().map(shape) }
            </g>
            // The labels stay readable: in a group they are the drawing's words.
            <g class="labels">
                { for s.labels.iter().map(label) }
            </g>
            if group {
                <g class="dg-spots">
                    { for spots.into_iter().map(|(m, d)| html! {
                        <path class="dg-spot" data-id={m.id.clone()} tabindex="0" role="img"
                            aria-label={format!("{}: {}", m.name, m.job)} {d} />
                    }) }
                </g>
            }
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
