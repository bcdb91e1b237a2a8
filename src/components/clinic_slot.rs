use yew::prelude::*;

use crate::content::ClinicWords;
use crate::settings::Clinic;

/// Marks the element that holds the clinic slot (the embedded page renders into it).
pub const SLOT_ATTRIBUTE: &str = "data-clinic-slot";

/// Props of [`ClinicSlot`].
#[derive(Properties, PartialEq)]
pub struct ClinicSlotProps {
    /// The slot's words, from content.
    pub words: ClinicWords,
    /// The clinic from the embed settings (already checked); empty shows the neutral
    /// default.
    #[prop_or_default]
    pub clinic: Clinic,
}

/// The clinic's name, booking link and phone in "When to get help", or, with no clinic set,
/// a neutral suggestion for finding a physical therapist. Every setting is inserted as text;
/// links come only from [`crate::settings`], which allows https, http, tel and mailto.
#[component]
pub fn ClinicSlot(props: &ClinicSlotProps) -> Html {
    let (w, c) = (&props.words, &props.clinic);
    let text = match &c.name {
        Some(name) => {
            let t = w.with_clinic.as_str();
            let (before, after) = match crate::settings::find(t, "{clinic}") {
                Some(i) => (&t[..i], &t[i + "{clinic}".len()..]),
                None => (t, ""),
            };
            html! {
                <p>{ before }<strong class="clinic-name">{ name.clone() }</strong>{ after }</p>
            }
        }
        None => html! { <p>{ &w.default_text }</p> },
    };
    let cta = c.cta.as_ref().map(|href| {
        // A booking page opens in the whole tab, not inside the embedded frame.
        html! {
            <a class="clinic-cta" href={href.clone()} target="_top">
                { c.cta_label.as_deref().unwrap_or(&w.cta_label) }
            </a>
        }
    });
    let phone = c.phone.as_ref().map(|p| {
        html! {
            <a class="clinic-phone" href={p.href.clone()}>
                { &w.phone_label }{ " " }<span class="clinic-phone-number">{ &p.text }</span>
            </a>
        }
    });
    let actions = (cta.is_some() || phone.is_some())
        .then(|| html! { <p class="clinic-actions">{ cta }{ phone }</p> });
    html! { <>{ text }{ actions }</> }
}
