use yew::prelude::*;

use crate::diagram::exercise_figure::{Drawing, Node};

/// Props of [`ExerciseSvg`].
#[derive(Properties, PartialEq)]
pub struct ExerciseSvgProps {
    /// The drawing (from `diagram::exercise_figure::drawing`).
    pub drawing: Drawing,
    /// Accessible name of the image.
    pub name: AttrValue,
}

/// One exercise drawing: the figure as nested joint groups over a floor line. Static
/// markup; a moving drawing's joints carry animation classes from the stylesheet.
#[component]
pub fn ExerciseSvg(props: &ExerciseSvgProps) -> Html {
    let d = &props.drawing;
    html! {
        <svg class="exfig-svg" viewBox={d.view_box.clone()} role="img" aria-label={props.name.clone()}
             focusable="false">
            <g transform="scale(1 -1)">
                <line class="fig-floor" x1={num(d.floor.0)} x2={num(d.floor.1)} y1="0" y2="0" />
                { node(&d.root) }
            </g>
        </svg>
    }
}

fn num(v: f64) -> String {
    crate::diagram::path::num(v)
}

fn node(n: &Node) -> Html {
    let outline = html! { <path class={n.paint} d={n.d.clone()} transform={n.turn.clone()} /> };
    let outline = match &n.stretch {
        Some(c) => html! { <g class={classes!("mv", c.clone())}>{ outline }</g> },
        None => outline,
    };
    let class = n.motion.as_ref().map(|m| classes!("mv", m.clone()));
    let joint = html! {
        <g transform={n.transform.clone()} class={class}>
            { for n.behind.iter().map(node) }
            { outline }
            { for n.muscle.iter().map(|&(cx, cy, rx, ry)| html! {
                <ellipse class="fig-muscle" cx={num(cx)} cy={num(cy)} rx={num(rx)} ry={num(ry)} />
            }) }
            { for n.front.iter().map(node) }
        </g>
    };
    match &n.place {
        Some(place) => html! { <g transform={place.clone()}>{ joint }</g> },
        None => joint,
    }
}
