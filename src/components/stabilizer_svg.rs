use std::rc::Rc;

use yew::prelude::*;

use crate::components::scene_svg::{label, shape};
use crate::content::MuscleWords;
use crate::diagram::path::num;
use crate::diagram::stabilizers_back::{BackScene, MuscleShape, BADGE_RADIUS};
use crate::geometry::muscle::Role;
use crate::state::stabilizer_view::StabilizerView;

/// Props of [`StabilizerSvg`].
#[derive(Properties, PartialEq)]
pub struct StabilizerSvgProps {
    /// The drawing (computed once; it does not change with the state).
    pub scene: Rc<BackScene>,
    /// Id of the `<title>` that names the drawing.
    pub name_id: AttrValue,
    /// Short accessible name of the drawing.
    pub name: AttrValue,
    /// Id of the HTML long description.
    pub described_by: AttrValue,
    /// Names and jobs of the muscles (each shape's accessible name).
    pub muscles: Rc<Vec<MuscleWords>>,
    /// What is picked, previewed and shown.
    pub view: StabilizerView,
    /// Called with a muscle id when the reader presses its shape (click, tap, Enter, Space).
    pub onpress: Callback<String>,
    /// Called when the pointer or focus moves onto a muscle (`Some(id)`) or off it (`None`).
    pub onpreview: Callback<Option<String>>,
}

/// The chapter-2 drawing: an SVG `role="group"` whose muscles are focusable toggle buttons
/// (`role="button"`, `aria-pressed`, named "name: job"); bones, nerve, badges and labels are
/// decoration around them.
#[component]
pub fn StabilizerSvg(props: &StabilizerSvgProps) -> Html {
    let s = &props.scene;
    let v = &props.view;
    let vb = format!(
        "{} {} {} {}",
        num(s.view_box[0]),
        num(s.view_box[1]),
        num(s.view_box[2]),
        num(s.view_box[3])
    );
    let class = classes!("scene", "dg-back", v.selected.map(|_| "has-selection"));
    let visible = |m: &&MuscleShape| m.role != Role::BigMover || v.show_maximus;
    let muscle = |m: &MuscleShape| muscle_group(m, props);
    html! {
        <svg {class} viewBox={vb} role="group" focusable="false"
             aria-labelledby={props.name_id.clone()} aria-describedby={props.described_by.clone()}
             xmlns="http://www.w3.org/2000/svg">
            <title id={props.name_id.clone()}>{ &props.name }</title>
            <g class="shapes" aria-hidden="true">{ for s.bones.iter().map(shape) }</g>
            <g class="muscles">{ for s.deep.iter().map(muscle) }</g>
            <g class="nerve" aria-hidden="true">{ for s.nerve.iter().map(shape) }</g>
            <g class="muscles">{ for s.over.iter().filter(visible).map(muscle) }</g>
            // The hovered or focused muscle's outline, painted over every other muscle, so a
            // deep muscle's focus is never hidden under the one on top of it. Always present
            // (empty when nothing is hovered) so the drawing's structure never changes, which
            // would make Yew re-create the focused shape and lose focus.
            { {
                let top = v.preview.and_then(|id| s.muscles().find(|m| m.id == id));
                html! {
                    <path class="dg-outline-top" aria-hidden="true"
                        data-focus-for={top.map(|m| m.id).unwrap_or_default()}
                        d={top.map(|m| m.belly.clone()).unwrap_or_default()} />
                }
            } }
            <g class="dg-badges" aria-hidden="true">
                { for s.muscles().filter(visible).map(|m| {
                    let class = classes!(
                        "dg-badge",
                        (m.role == Role::BigMover).then_some("dg-badge--mover"),
                        v.is_selected(m.id).then_some("is-selected"),
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
    let v = &props.view;
    let Some(words) = props.muscles.iter().find(|w| w.id == m.id) else {
        return Html::default();
    };
    let id = m.id.to_string();
    let press = {
        let cb = props.onpress.clone();
        let id = id.clone();
        move || cb.emit(id.clone())
    };
    let onclick = {
        let press = press.clone();
        Callback::from(move |_: MouseEvent| press())
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            press();
        }
    });
    let enter = {
        let cb = props.onpreview.clone();
        let id = id.clone();
        move || cb.emit(Some(id.clone()))
    };
    let leave = {
        let cb = props.onpreview.clone();
        move || cb.emit(None)
    };
    let onfocus = {
        let enter = enter.clone();
        Callback::from(move |_: FocusEvent| enter())
    };
    let onblur = {
        let leave = leave.clone();
        Callback::from(move |_: FocusEvent| leave())
    };
    let onpointerenter = Callback::from(move |_: PointerEvent| enter());
    let onpointerleave = Callback::from(move |_: PointerEvent| leave());
    let selected = v.is_selected(m.id);
    let class = classes!(
        "dg-muscle",
        if m.role == Role::BigMover {
            "dg-muscle--mover"
        } else {
            "dg-muscle--stabilizer"
        },
        selected.then_some("is-selected"),
        (v.preview == Some(m.id)).then_some("is-active"),
    );
    html! {
        <g {class} data-id={m.id} tabindex="0" role="button"
           aria-pressed={if selected { "true" } else { "false" }}
           aria-label={format!("{}: {}", words.name, words.job)}
           {onclick} {onkeydown} {onfocus} {onblur} {onpointerenter} {onpointerleave}>
            <path class="dg-hit" d={m.hit.clone()} />
            <path class="dg-belly" d={m.belly.clone()} />
            <path class="dg-fibres" d={m.fibres.clone()} />
            if !m.hidden.is_empty() {
                <path class="dg-hidden" d={m.hidden.clone()} />
            }
        </g>
    }
}
