use yew::prelude::*;

/// How a component asks for a polite announcement: `use_context::<Announce>()`.
#[derive(Clone, PartialEq)]
pub struct Announce(pub Callback<String>);

/// Props of [`Announcer`].
#[derive(Properties, PartialEq)]
pub struct AnnouncerProps {
    /// The part of the page whose components may announce.
    pub children: Html,
}

/// The page's one polite live region, and the context through which components use it.
///
/// Announcements are debounced (a slider dragged across ten steps is announced once, when
/// the reader pauses). The region is in the prerendered HTML, empty, so screen readers
/// register it before anything is said.
#[component]
pub fn Announcer(props: &AnnouncerProps) -> Html {
    let message = use_state(String::new);
    let announce = {
        let setter = message.setter();
        use_memo((), move |_| Announce(debounced(setter)))
    };
    html! {
        <ContextProvider<Announce> context={(*announce).clone()}>
            { props.children.clone() }
            <div id="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                { (*message).clone() }
            </div>
        </ContextProvider<Announce>>
    }
}

#[cfg(target_arch = "wasm32")]
fn debounced(setter: UseStateSetter<String>) -> Callback<String> {
    use std::cell::RefCell;
    use std::rc::Rc;
    let pending: Rc<RefCell<Option<gloo_timers::callback::Timeout>>> = Rc::default();
    Callback::from(move |text: String| {
        let setter = setter.clone();
        // Dropping the previous timeout cancels it.
        *pending.borrow_mut() = Some(gloo_timers::callback::Timeout::new(450, move || {
            setter.set(text)
        }));
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn debounced(setter: UseStateSetter<String>) -> Callback<String> {
    Callback::from(move |text: String| setter.set(text))
}
