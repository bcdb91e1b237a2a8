//! The weekly plan's and the self-check's state, as plain functions.

use hip_explainer::state::plan::{Keeping, PlanAction, PlanState};
use hip_explainer::state::quiz::{QuizAction, QuizState};
use proptest::prelude::*;

#[test]
fn ticks_set_reset_and_round_trip_through_storage_text() {
    let s = PlanState::new(4, 7)
        .apply(PlanAction::Restore(String::new()))
        .apply(PlanAction::Set {
            row: 1,
            day: 2,
            on: true,
        })
        .apply(PlanAction::Set {
            row: 3,
            day: 6,
            on: true,
        });
    assert_eq!(s.keeping, Keeping::Kept);
    assert!(s.ticked(1, 2) && s.ticked(3, 6) && !s.ticked(0, 0));
    let text = s.encode();
    assert_eq!(text.len(), 28);
    let back = PlanState::new(4, 7).apply(PlanAction::Restore(text));
    assert_eq!(back.ticks, s.ticks);
    let cleared = back.apply(PlanAction::Reset);
    assert!(cleared.ticks.iter().all(|t| !t));
}

#[test]
fn storage_that_fails_keeps_the_plan_working() {
    let s = PlanState::new(2, 7)
        .apply(PlanAction::StorageUnavailable)
        .apply(PlanAction::Set {
            row: 0,
            day: 0,
            on: true,
        });
    assert_eq!(s.keeping, Keeping::NotKept);
    assert!(s.ticked(0, 0));
}

proptest! {
    #[test]
    fn saved_text_is_never_trusted(text in ".{0,40}") {
        let s = PlanState::new(4, 7).apply(PlanAction::Restore(text.clone()));
        prop_assert_eq!(s.ticks.len(), 28);
        if text.len() != 28 || !text.bytes().all(|b| b == b'0' || b == b'1') {
            prop_assert!(s.ticks.iter().all(|t| !t));
        }
    }

    #[test]
    fn boxes_outside_the_plan_are_ignored(row in 0usize..10, day in 0usize..10) {
        let s = PlanState::new(4, 7).apply(PlanAction::Set { row, day, on: true });
        prop_assert_eq!(s.ticks.iter().filter(|t| **t).count(), usize::from(row < 4 && day < 7));
    }
}

#[test]
fn the_quiz_keeps_one_pick_per_question_and_ignores_strays() {
    let s = QuizState::new(4)
        .apply(QuizAction::Pick {
            question: 1,
            answer: 2,
        })
        .apply(QuizAction::Pick {
            question: 1,
            answer: 0,
        })
        .apply(QuizAction::Pick {
            question: 9,
            answer: 0,
        });
    assert_eq!(s.picked, vec![None, Some(0), None, None]);
}
