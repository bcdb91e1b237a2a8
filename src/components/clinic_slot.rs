use yew::prelude::*;

use crate::content::ClinicWords;

/// Marks the element that holds the clinic slot.
pub const SLOT_ATTRIBUTE: &str = "data-clinic-slot";

/// Props of [`ClinicSlot`].
#[derive(Properties, PartialEq)]
pub struct ClinicSlotProps {
    /// The slot's words, from content.
    pub words: ClinicWords,
}

/// The clinic slot in "When to get help": a neutral suggestion for finding a physical
/// therapist, and the hidden, empty places for an embedding clinic's name, booking link and
/// phone. The embedded page fills those in the browser from its checked settings (see
/// `embed`), as text (`textContent`) and as links that [`crate::settings`] allows (https,
/// http, tel, mailto), and swaps which line is shown. The name sits in a `<bdi>`, and the
/// button's words and the number are isolated in CSS (`unicode-bidi: isolate`), so a
/// right-to-left name cannot reorder the sentence around it.
#[component]
pub fn ClinicSlot(props: &ClinicSlotProps) -> Html {
    let w = &props.words;
    let t = w.with_clinic.as_str();
    let (before, after) = match crate::settings::find(t, "{clinic}") {
        Some(i) => (&t[..i], &t[i + "{clinic}".len()..]),
        None => (t, ""),
    };
    html! {
        <div class="clinic" data-clinic-slot="">
            <p class="clinic-default">{ &w.default_text }</p>
            <p class="clinic-named" hidden=true>
                { before }<strong><bdi class="clinic-name"></bdi></strong>{ after }
            </p>
            <p class="clinic-actions" hidden=true>
                // A booking page opens in the whole tab, not inside the embedded frame.
                <a class="clinic-cta" target="_top" hidden=true>{ &w.cta_label }</a>
                <a class="clinic-phone" hidden=true>
                    { &w.phone_label }{ " " }<span class="clinic-phone-number"></span>
                </a>
            </p>
        </div>
    }
}
