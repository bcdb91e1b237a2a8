use std::rc::Rc;

use yew::prelude::*;

use crate::content::MuscleWords;
use crate::islands::muscles::BUTTON;

/// Props of [`MuscleList`].
#[derive(Properties, PartialEq)]
pub struct MuscleListProps {
    /// Element id of the list's heading (names the list).
    pub heading_id: AttrValue,
    /// Heading text.
    pub heading: AttrValue,
    /// The muscles, in list order (numbered 1, 2, ... like the drawing's badges).
    pub muscles: Rc<Vec<MuscleWords>>,
}

/// The numbered list of muscles beside the drawing: one toggle button (`aria-pressed`) per
/// muscle. Pressing one picks the same muscle as pressing its shape in the drawing (its
/// island, `islands::muscles`, handles both). No preview on hover here: the names are already
/// visible, and a changing info line above would move the buttons under the pointer.
#[component]
pub fn MuscleList(props: &MuscleListProps) -> Html {
    html! {
        <div class="muscle-list">
            <h3 class="muscle-list-heading" id={props.heading_id.clone()}>{ &props.heading }</h3>
            <ol aria-labelledby={props.heading_id.clone()}>
                { for props.muscles.iter().enumerate().map(|(i, m)| html! {
                    <li>
                        <button type="button" class={BUTTON.name()} data-id={m.id.clone()}
                            aria-pressed="false">
                            <span class="muscle-number" aria-hidden="true">{ i + 1 }</span>
                            <span class="muscle-name">{ &m.name }</span>
                        </button>
                    </li>
                }) }
            </ol>
        </div>
    }
}
