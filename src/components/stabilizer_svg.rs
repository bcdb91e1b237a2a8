use std::rc::Rc;

use yew::prelude::*;

use crate::components::scene_svg::{label, shape};
use crate::content::MuscleWords;
use crate::diagram::path::num;
use crate::diagram::stabilizers_back::{BackScene, MuscleShape, BADGE_RADIUS};
use crate::geometry::muscle::Role;
use crate::islands::muscles::{
    BADGE, BADGE_MOVER, BELLY, DRAWING, IS_OFF, MUSCLE, MUSCLE_MOVER, OUTLINE,
};

/// Props of [`StabilizerSvg`].
#[derive(Properties, PartialEq)]
pub struct StabilizerSvgProps {
    /// The drawing (it does not change with what the reader picks).
    pub scene: Rc<BackScene>,
    /// Id of the `<title>` that names the drawing.
    pub name_id: AttrValue,
    /// Short accessible name of the drawing.
    pub name: AttrValue,
    /// Id of the HTML long description.
    pub described_by: AttrValue,
    /// Names and jobs of the muscles (each shape's accessible name).
    pub muscles: Rc<Vec<MuscleWords>>,
}

/// The chapter-2 drawing, as it first shows (nothing picked, the gluteus maximus layer
/// off): an SVG `role="group"` whose muscles are focusable toggle buttons (`role="button"`,
/// `aria-pressed`, named "name: job"); bones, nerve, badges and labels are decoration around
/// them. Its island (`islands::muscles`) changes classes and attributes in place.
#[component]
pub fn StabilizerSvg(props: &StabilizerSvgProps) -> Html {
    let s = &props.scene;
    let vb = format!(
        "{} {} {} {}",
        num(s.view_box[0]),
        num(s.view_box[1]),
        num(s.view_box[2]),
        num(s.view_box[3])
    );
    let muscle = |m: &MuscleShape| muscle_group(m, props);
    html! {
        <svg class={classes!("scene", DRAWING.name())} viewBox={vb} role="group" focusable="false"
             aria-labelledby={props.name_id.clone()} aria-describedby={props.described_by.clone()}
             xmlns="http://www.w3.org/2000/svg">
            <title id={props.name_id.clone()}>{ &props.name }</title>
            <g class="shapes" aria-hidden="true">{ for s.bones.iter().map(shape) }</g>
            <g class="muscles">{ for s.deep.iter().map(muscle) }</g>
            <g class="nerve" aria-hidden="true">{ for s.nerve.iter().map(shape) }</g>
            <g class="muscles">{ for s.over.iter().map(muscle) }</g>
            // The hovered or focused muscle's outline, painted over every other muscle, so a
            // deep muscle's focus is never hidden under the one on top of it (the tool copies
            // the muscle's outline here).
            <path class={OUTLINE.name()} aria-hidden="true" data-focus-for="" d="" />
            <g class="dg-badges" aria-hidden="true">
                { for s.muscles().map(|m| {
                    let class = classes!(
                        BADGE.name(),
                        (m.role == Role::BigMover).then_some(classes!(BADGE_MOVER.name(), IS_OFF)),
                    );
                    html! {
                        <g {class} data-id={m.id}>
                            <circle cx={num(m.badge.x)} cy={num(m.badge.y)} r={num(BADGE_RADIUS)} />
                            <text x={num(m.badge.x)} y={num(m.badge.y)}>{ m.number }</text>
                        </g>
                    }
                }) }
            </g>
            <g class="labels" aria-hidden="true">
                { for s.labels.iter().map(label) }
            </g>
        </svg>
    }
}

fn muscle_group(m: &MuscleShape, props: &StabilizerSvgProps) -> Html {
    let Some(words) = props.muscles.iter().find(|w| w.id == m.id) else {
        return Html::default();
    };
    // The big mover is a layer that starts hidden (`is-off`: not drawn, not focusable).
    let class = classes!(
        MUSCLE.name(),
        if m.role == Role::BigMover {
            classes!(MUSCLE_MOVER.name(), IS_OFF)
        } else {
            classes!("dg-muscle--stabilizer")
        },
    );
    html! {
        <g {class} data-id={m.id} tabindex="0" role="button" aria-pressed="false"
           aria-label={format!("{}: {}", words.name, words.job)}>
            <path class="dg-hit" d={m.hit.clone()} />
            <path class={BELLY.name()} d={m.belly.clone()} />
            <path class="dg-fibres" d={m.fibres.clone()} />
            if !m.hidden.is_empty() {
                <path class="dg-hidden" d={m.hidden.clone()} />
            }
        </g>
    }
}
