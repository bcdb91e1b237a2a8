use yew::prelude::*;

use crate::islands::print::BUTTON;

/// Props of [`PrintButton`].
#[derive(Properties, PartialEq, Clone)]
pub struct PrintButtonProps {
    /// Button text.
    pub label: AttrValue,
}

/// "Print this plan": its island (`islands::print`) opens the browser's print dialog from it with the plan handout
/// (`browser::print_plan`): the print stylesheet leaves out the anatomy chapters and keeps
/// the exercises with start and end poses, the empty plan, when to get help and the sources.
/// Printing from the browser's menu gives the whole article.
#[component]
pub fn PrintButton(props: &PrintButtonProps) -> Html {
    html! { <button type="button" class={BUTTON.name()}>{ &props.label }</button> }
}
