use yew::prelude::*;

use crate::content;
use crate::islands::motion::TOGGLE;

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

/// "Pause movement" / "Play movement": a button that freezes or resumes an exercise figure's
/// animation. Its words say what it will do (they change, so it is not an `aria-pressed`
/// toggle); both wordings ride along as `data-pause` and `data-play` for its island (`islands::motion`), which
/// swaps them and sets the class `is-paused` on the figure (the button's icon follows it).
/// Its accessible name is its words followed by the exercise's title (`ex-<id>-title`), so
/// the four buttons on the page are told apart in a screen reader's list of buttons. Static
/// markup (prerendered only); the animation runs only once the button works (see the
/// stylesheet).
#[component]
pub fn MotionToggle(props: &MotionToggleProps) -> Html {
    let fig = figure_id(&props.exercise);
    let label_id = format!("{fig}-pause");
    let l = &content::load().site.exercise_labels;
    html! {
        <button type="button" class={classes!("choice", TOGGLE.name())}
                aria-labelledby={format!("{label_id} {fig}-title")} data-figure={fig}
                data-pause={l.pause.clone()} data-play={l.play.clone()}>
            <span class="motion-toggle-icon" aria-hidden="true"></span>
            <span id={label_id}>{ &l.pause }</span>
        </button>
    }
}
