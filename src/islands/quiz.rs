//! The self-check (`data-island="quiz"`, end of chapter 7).
//!
//! Markup: `components::quiz::Quiz`, static and complete: per question, its answers as
//! buttons and, hidden under them, each answer's one-line explanation, with the names below.
//! Initial state: nothing picked (`state::quiz::QuizState::new`), every explanation hidden.
//! Behaviour (wasm only): a press picks that answer (`aria-pressed`, right or wrong look),
//! shows its explanation and announces it. Nothing is scored or stored.

use super::hook::{class, Class, Markup};

/// One question (its text, answers and explanations).
pub const QUESTION: Class = class!("quiz-question");
/// An answer button.
pub const ANSWER: Class = class!("quiz-answer");
/// Attribute of an [`ANSWER`]: [`RIGHT`] or [`WRONG`].
pub const VERDICT: &str = "data-verdict";
/// [`VERDICT`] of the right answer.
pub const RIGHT: &str = "right";
/// [`VERDICT`] of a wrong answer.
pub const WRONG: &str = "wrong";
/// An answer's explanation, in the answers' order.
pub const WHY: Class = class!("quiz-why");
/// Class of a picked answer that is right.
pub const IS_RIGHT: &str = "is-right";
/// Class of a picked answer that is wrong.
pub const IS_WRONG: &str = "is-wrong";

/// What the self-check's markup carries for its behaviour.
pub const MARKUP: Markup = Markup {
    classes: &[QUESTION, ANSWER, WHY],
    attributes: &[VERDICT],
};

#[cfg(target_arch = "wasm32")]
pub use behaviour::attach;

#[cfg(target_arch = "wasm32")]
mod behaviour {
    use std::cell::RefCell;
    use std::rc::Rc;

    use web_sys::Element;

    use super::{ANSWER, IS_RIGHT, IS_WRONG, QUESTION, RIGHT, VERDICT, WHY};
    use crate::browser::{self, all, set_pressed, set_shown};
    use crate::state::quiz::{QuizAction, QuizState};

    /// Makes the self-check in `root` work. False if its markup is missing.
    pub fn attach(root: &Element) -> bool {
        let questions = all(root, QUESTION.selector());
        let state = Rc::new(RefCell::new(QuizState::new(questions.len())));
        let ok = browser::on(root, "click", move |e| {
            let Some(button) = browser::target_in(&e, ANSWER.selector()) else {
                return;
            };
            let Some(q) = questions
                .iter()
                .position(|li| li.contains(Some(button.as_ref())))
            else {
                return;
            };
            let answers = all(&questions[q], ANSWER.selector());
            let Some(a) = answers.iter().position(|b| *b == button) else {
                return;
            };
            let mut s = state.borrow_mut();
            *s = s.clone().apply(QuizAction::Pick {
                question: q,
                answer: a,
            });
            for (i, b) in answers.iter().enumerate() {
                let picked = s.picked[q] == Some(i);
                set_pressed(b, picked);
                let right = b.get_attribute(VERDICT).as_deref() == Some(RIGHT);
                let list = b.class_list();
                let _ = list.toggle_with_force(IS_RIGHT, picked && right);
                let _ = list.toggle_with_force(IS_WRONG, picked && !right);
            }
            for (i, why) in all(&questions[q], WHY.selector()).into_iter().enumerate() {
                let picked = s.picked[q] == Some(i);
                if picked {
                    if let Some(text) = why.text_content() {
                        crate::announce::announce(text);
                    }
                }
                set_shown(Some(why), picked);
            }
        });
        ok && !all(root, ANSWER.selector()).is_empty()
    }
}
