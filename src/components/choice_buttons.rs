use yew::prelude::*;

use crate::islands::activity_planes::CHOICE;

/// Props of [`ChoiceButtons`].
#[derive(Properties, PartialEq)]
pub struct ChoiceButtonsProps {
    /// Element id of the group (the visible label gets `<id>-label`).
    pub id: AttrValue,
    /// Visible name of the group.
    pub label: AttrValue,
    /// Button texts, in order.
    pub options: Vec<AttrValue>,
    /// Index of the pressed button.
    pub selected: usize,
}

/// A labelled group of toggle buttons (`aria-pressed`), exactly one pressed at a time.
/// Native buttons: Tab reaches each one, Enter or Space presses it. Prerendered; its island
/// moves `aria-pressed` to the button pressed.
#[component]
pub fn ChoiceButtons(props: &ChoiceButtonsProps) -> Html {
    let label_id = format!("{}-label", props.id);
    let buttons = props.options.iter().enumerate().map(|(i, text)| {
        let pressed = i == props.selected;
        html! {
            <button type="button" class={CHOICE.name()} aria-pressed={if pressed { "true" } else { "false" }}>
                { text }
            </button>
        }
    });
    html! {
        <div class="choice-group" id={props.id.clone()} role="group" aria-labelledby={label_id.clone()}>
            <p class="choice-label" id={label_id}>{ &props.label }</p>
            <div class="choice-buttons">{ for buttons }</div>
        </div>
    }
}
