use yew::prelude::*;

/// Props of [`PrintButton`].
#[derive(Properties, PartialEq, Clone)]
pub struct PrintButtonProps {
    /// Button text.
    pub label: AttrValue,
}

/// "Print this plan": `tools` opens the browser's print dialog from it; the print
/// stylesheet turns the page into a handout (exercises with start and end poses, the empty
/// plan, red flags).
#[component]
pub fn PrintButton(props: &PrintButtonProps) -> Html {
    html! { <button type="button" class="print-button">{ &props.label }</button> }
}
