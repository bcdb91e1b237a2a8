use yew::prelude::*;

/// Props of [`ReadingProgress`].
#[derive(Properties, PartialEq)]
pub struct ReadingProgressProps {
    /// Accessible name of the indicator.
    pub label: AttrValue,
}

/// A thin bar showing how far through the page the reader is.
///
/// Rendered empty (0 %) on the server; in the browser an effect follows scrolling and sets the
/// bar through CSSOM (`--read`, allowed under a strict style CSP) and `aria-valuenow`.
#[component]
pub fn ReadingProgress(props: &ReadingProgressProps) -> Html {
    let bar = use_node_ref();
    {
        let bar = bar.clone();
        use_effect_with((), move |_| {
            // The guard removes the scroll listener when the component goes away.
            #[cfg(target_arch = "wasm32")]
            {
                let guard = crate::browser::follow_scroll(bar);
                move || drop(guard)
            }
            #[cfg(not(target_arch = "wasm32"))]
            {
                drop(bar);
                || ()
            }
        });
    }
    html! {
        <div class="reading-progress" ref={bar} role="progressbar" aria-label={props.label.clone()}
             aria-valuemin="0" aria-valuemax="100" aria-valuenow="0">
            <div class="reading-progress-bar"></div>
        </div>
    }
}
