use yew::prelude::*;

use crate::content::inline::{spans, Span};

/// Running text from content, with `*term*` shown as a defined term. Inserted as text only.
#[derive(Properties, PartialEq)]
pub struct ProseProps {
    /// The content string, with the content's inline markup.
    pub text: AttrValue,
}

/// Inline text of a paragraph, list item or note.
#[component]
pub fn Prose(props: &ProseProps) -> Html {
    spans(&props.text)
        .into_iter()
        .map(|s| match s {
            Span::Text(t) => html! { {t.to_string()} },
            Span::Term(t) => html! { <dfn>{t.to_string()}</dfn> },
        })
        .collect()
}
