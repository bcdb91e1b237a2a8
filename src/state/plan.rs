//! State of the weekly plan: which boxes are ticked, and whether the browser keeps them.

use std::rc::Rc;

use yew::Reducible;

/// Whether the ticks are kept between visits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Keeping {
    /// Not known yet (prerendered page, before the browser was asked).
    #[default]
    Unknown,
    /// Kept in this browser's storage.
    Kept,
    /// The browser refused storage (private mode, sandboxed frame): ticks last this visit.
    NotKept,
}

/// Ticks of a plan with `rows` exercises and `days` days, row by row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanState {
    /// Days per row.
    pub days: usize,
    /// One flag per box, row-major.
    pub ticks: Vec<bool>,
    /// Whether the ticks are kept.
    pub keeping: Keeping,
}

/// What the reader (or the page) can do with the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanAction {
    /// Tick or untick box `row`, `day` (to the given value).
    Set { row: usize, day: usize, on: bool },
    /// Clear every tick.
    Reset,
    /// Restore ticks saved earlier (text from [`PlanState::encode`]); storage works.
    Restore(String),
    /// The browser cannot keep the ticks.
    StorageUnavailable,
}

impl PlanState {
    /// An empty plan.
    pub fn new(rows: usize, days: usize) -> PlanState {
        PlanState {
            days,
            ticks: vec![false; rows * days],
            keeping: Keeping::Unknown,
        }
    }

    /// Whether box `row`, `day` is ticked (false outside the plan).
    pub fn ticked(&self, row: usize, day: usize) -> bool {
        day < self.days
            && self
                .ticks
                .get(row * self.days + day)
                .copied()
                .unwrap_or(false)
    }

    /// The ticks as text for storage: one `1` or `0` per box.
    pub fn encode(&self) -> String {
        self.ticks
            .iter()
            .map(|&t| if t { '1' } else { '0' })
            .collect()
    }

    /// The pure transition behind [`Reducible::reduce`]. Saved text of the wrong length or
    /// with other characters is ignored (never trusted, never a panic).
    pub fn apply(mut self, action: PlanAction) -> PlanState {
        match action {
            PlanAction::Set { row, day, on } => {
                if day < self.days {
                    if let Some(t) = self.ticks.get_mut(row * self.days + day) {
                        *t = on;
                    }
                }
            }
            PlanAction::Reset => self.ticks.iter_mut().for_each(|t| *t = false),
            PlanAction::Restore(text) => {
                self.keeping = Keeping::Kept;
                if text.len() == self.ticks.len() && text.bytes().all(|b| b == b'0' || b == b'1') {
                    self.ticks = text.bytes().map(|b| b == b'1').collect();
                }
            }
            PlanAction::StorageUnavailable => self.keeping = Keeping::NotKept,
        }
        self
    }
}

impl Reducible for PlanState {
    type Action = PlanAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let next = (*self).clone().apply(action);
        super::replace_if_changed(self, next)
    }
}
