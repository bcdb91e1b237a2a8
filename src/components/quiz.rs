use yew::prelude::*;

use crate::content::QuizWords;
use crate::islands::quiz::{ANSWER, QUESTION, RIGHT, WHY, WRONG};

/// Props of [`Quiz`].
#[derive(Properties, PartialEq, Clone)]
pub struct QuizProps {
    /// The questions and their words.
    pub quiz: QuizWords,
}

/// The self-check: each question's answers are buttons (`aria-pressed` marks the picked
/// one). Under the question, each answer's one-line explanation waits hidden; its island
/// (`islands::quiz`) shows the picked one's and announces it through the page's live region. Nothing is
/// scored or stored.
#[component]
pub fn Quiz(props: &QuizProps) -> Html {
    let w = &props.quiz;
    html! {
        <ol class="quiz">
            { for w.questions.iter().enumerate().map(|(q, question)| {
                let qid = format!("quiz-q{q}");
                html! {
                    <li class={QUESTION.name()}>
                        <p id={qid.clone()} class="quiz-text">{ &question.text }</p>
                        <div class="quiz-answers" role="group" aria-labelledby={qid}>
                            { for question.answers.iter().map(|answer| html! {
                                <button type="button" class={ANSWER.name()} aria-pressed="false"
                                        data-verdict={if answer.correct { RIGHT } else { WRONG }}>
                                    { &answer.text }
                                </button>
                            }) }
                        </div>
                        <p class="quiz-feedback">
                            { for question.answers.iter().map(|answer| html! {
                                <span class={WHY.name()} hidden=true>
                                    <strong>{ if answer.correct { &w.right } else { &w.wrong } }</strong>
                                    { " " }{ &answer.why }
                                </span>
                            }) }
                        </p>
                    </li>
                }
            }) }
        </ol>
    }
}
