//! State of the self-check: the answer picked for each question (nothing is stored).

use std::rc::Rc;

use yew::Reducible;

/// The picked answer per question (`None` until one is picked).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuizState {
    /// One entry per question.
    pub picked: Vec<Option<usize>>,
}

/// What the reader can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizAction {
    /// Pick answer `answer` of question `question` (picking again changes the pick).
    Pick { question: usize, answer: usize },
}

impl QuizState {
    /// No answers yet, for `questions` questions.
    pub fn new(questions: usize) -> QuizState {
        QuizState {
            picked: vec![None; questions],
        }
    }

    /// The pure transition behind [`Reducible::reduce`]; a question out of range is ignored.
    pub fn apply(mut self, action: QuizAction) -> QuizState {
        match action {
            QuizAction::Pick { question, answer } => {
                if let Some(p) = self.picked.get_mut(question) {
                    *p = Some(answer);
                }
            }
        }
        self
    }
}

impl Reducible for QuizState {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let next = (*self).clone().apply(action);
        super::replace_if_changed(self, next)
    }
}
