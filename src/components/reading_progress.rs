use yew::prelude::*;

/// Id of the indicator; `static/boot.js` finds it by this id.
pub const ELEMENT_ID: &str = "reading-progress";

/// Props of [`ReadingProgress`].
#[derive(Properties, PartialEq)]
pub struct ReadingProgressProps {
    /// Accessible name of the indicator.
    pub label: AttrValue,
}

/// A thin bar showing how far through the page the reader is.
///
/// Rendered at 0 % on the server; in the browser `boot.js` (no wasm needed) follows scrolling
/// and sets the bar
/// through CSSOM (`--read`, allowed under a strict style CSP) and `aria-valuenow`.
#[component]
pub fn ReadingProgress(props: &ReadingProgressProps) -> Html {
    html! {
        <div id={ELEMENT_ID} class="reading-progress" role="progressbar" aria-label={props.label.clone()}
             aria-valuemin="0" aria-valuemax="100" aria-valuenow="0">
            <div class="reading-progress-bar"></div>
        </div>
    }
}
