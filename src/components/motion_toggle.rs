use yew::prelude::*;

use crate::content;

/// Props of [`MotionToggle`].
#[derive(Properties, PartialEq, Clone)]
pub struct MotionToggleProps {
    /// The exercise whose figure it pauses (its figure is `ex-<id>`).
    pub exercise: AttrValue,
}

/// Id of an exercise's `<figure>` (the pause button finds it by this id).
pub fn figure_id(exercise_id: &str) -> String {
    format!("ex-{exercise_id}")
}

/// "Pause movement": an on/off button (`aria-pressed`) that freezes or resumes an exercise
/// figure's animation. Its accessible name is its visible words followed by the exercise's
/// title (`ex-<id>-title`), so the four buttons on the page are told apart in a screen
/// reader's list of buttons. Static markup (prerendered only); `tools` makes it work in the browser (a class on the
/// figure), and the animation runs only once it works (see the stylesheet).
#[component]
pub fn MotionToggle(props: &MotionToggleProps) -> Html {
    let fig = figure_id(&props.exercise);
    let label_id = format!("{fig}-pause");
    html! {
        <button type="button" class="choice motion-toggle" aria-pressed="false"
                aria-labelledby={format!("{label_id} {fig}-title")} data-figure={fig}>
            <span class="motion-toggle-icon" aria-hidden="true"></span>
            <span id={label_id}>{ &content::load().site.exercise_labels.pause }</span>
        </button>
    }
}
