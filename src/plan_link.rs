//! A clinician's plan in a link: the one place where a plan is written into a URL fragment
//! and read back and checked.
//!
//! The plan lives only in the fragment (`#plan=1&...`), which browsers never send to a
//! server. Format, version 1 (keys in this order when written; any order when read):
//!
//! ```text
//! plan=1 & <n>=<level><sets>x<amount> ... & d=<days a week> & w=<weeks>
//!        [& n=<note>] [& c=<clinic name>] [& t=<phone>]
//! ```
//!
//! `<n>` is the exercise's number in chapter 6 (1 to 4), `<level>` is `e`, `s` or `h`
//! (easier, standard, harder) and `<amount>` counts repetitions, or seconds for an exercise
//! that is held ([`EXERCISES`]). Text is percent-encoded UTF-8 ([`percent`]).
//!
//! [`parse`] turns any string into a checked [`Plan`] or one [`PlanError`], never a panic;
//! the page then shows that error's message (words in `content/en/plan.toml`) and the usual
//! article: a broken plan is never half used. Plain Rust, no browser: tested natively.

pub mod percent;
pub mod text;
pub mod view;

/// The fragment's first key; `#plan=<version>` marks a plan link.
pub const KEY: &str = "plan";
/// The version this code writes and reads.
pub const VERSION: &str = "1";
/// Longest fragment, in bytes: a plan link, with the site's address, must fit one QR code
/// that a phone still reads from paper. Text outside ASCII takes 6 to 12 bytes a character
/// once percent-encoded, so a long note in such a script may not fit.
pub const MAX_LEN: usize = 1000;
/// Longest note, in characters.
pub const MAX_NOTE: usize = 280;
/// Longest clinic name, in characters.
pub const MAX_CLINIC: usize = 80;
/// Longest phone number, in characters.
pub const MAX_PHONE: usize = 30;
/// Sets per session.
pub const SETS: (u8, u8) = (1, 5);
/// Repetitions per set.
pub const REPS: (u8, u8) = (1, 30);
/// Seconds per hold.
pub const HOLD: (u8, u8) = (5, 60);
/// Days a week.
pub const DAYS: (u8, u8) = (1, 7);
/// Weeks.
pub const WEEKS: (u8, u8) = (1, 26);

/// How an exercise is dosed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    /// Repetitions per set.
    Reps,
    /// Seconds per hold.
    Hold,
}

impl Amount {
    /// The allowed range of the amount.
    pub fn range(self) -> (u8, u8) {
        match self {
            Amount::Reps => REPS,
            Amount::Hold => HOLD,
        }
    }
}

/// Chapter 6's exercises, in the article's order (their ids in the figure model and the
/// content), with how each is dosed. The link names them by position (1 to 4).
pub const EXERCISES: [(&str, Amount); 4] = [
    ("side-lying-abduction", Amount::Reps),
    ("clamshell", Amount::Reps),
    ("glute-bridge", Amount::Reps),
    ("side-plank-knees", Amount::Hold),
];

/// Which version of an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// The easier version.
    Easier,
    /// The exercise as described.
    Standard,
    /// The harder version.
    Harder,
}

impl Level {
    /// Every level, easiest first.
    pub const ALL: [Level; 3] = [Level::Easier, Level::Standard, Level::Harder];

    /// Its letter in the link, also its name in the page's markup (`data-level`).
    pub fn code(self) -> char {
        match self {
            Level::Easier => 'e',
            Level::Standard => 's',
            Level::Harder => 'h',
        }
    }

    fn from_code(c: char) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.code() == c)
    }
}

/// One chosen exercise: its version and dose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dose {
    /// Which version.
    pub level: Level,
    /// Sets per session.
    pub sets: u8,
    /// Repetitions per set, or seconds per hold (see [`EXERCISES`]).
    pub amount: u8,
}

/// A checked plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// One entry per exercise of [`EXERCISES`]: `Some` if chosen.
    pub exercises: [Option<Dose>; 4],
    /// Days a week.
    pub days: u8,
    /// Number of weeks.
    pub weeks: u8,
    /// The clinician's note (may be empty; line breaks allowed).
    pub note: String,
    /// The clinic's name (may be empty).
    pub clinic: String,
    /// The clinic's phone number (may be empty).
    pub phone: String,
}

/// Why a plan link was not used. Each has a message on the page, found by [`PlanError::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanError {
    /// A plan of another version (made by a newer or older explainer).
    Version,
    /// Not readable: a broken escape, a missing or repeated part, a part it does not know.
    Encoding,
    /// An exercise number this explainer does not have.
    UnknownExercise,
    /// A number outside its sensible range.
    Dose,
    /// No exercise chosen.
    Empty,
    /// A note, name or phone number that is too long, or a link that is.
    TooLong,
    /// Text with direction controls, control characters or nothing visible; a phone number
    /// with other characters than digits, spaces and `+ - ( ) . /`.
    NotPlainText,
}

impl PlanError {
    /// Every error.
    pub const ALL: [PlanError; 7] = [
        PlanError::Version,
        PlanError::Encoding,
        PlanError::UnknownExercise,
        PlanError::Dose,
        PlanError::Empty,
        PlanError::TooLong,
        PlanError::NotPlainText,
    ];

    /// Its name in the content and in the page's markup (`data-error`).
    pub fn code(self) -> &'static str {
        match self {
            PlanError::Version => "version",
            PlanError::Encoding => "encoding",
            PlanError::UnknownExercise => "exercise",
            PlanError::Dose => "dose",
            PlanError::Empty => "empty",
            PlanError::TooLong => "too-long",
            PlanError::NotPlainText => "text",
        }
    }
}

impl From<text::Refusal> for PlanError {
    fn from(r: text::Refusal) -> PlanError {
        match r {
            text::Refusal::TooLong => PlanError::TooLong,
            text::Refusal::NotPlainText => PlanError::NotPlainText,
        }
    }
}

fn within(v: u8, (lo, hi): (u8, u8)) -> Result<(), PlanError> {
    if (lo..=hi).contains(&v) {
        Ok(())
    } else {
        Err(PlanError::Dose)
    }
}

/// Characters allowed in a phone number besides digits.
fn phone_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.' | '/')
}

impl Plan {
    /// A plan with nothing chosen yet: the article's usual 3 days a week for 6 weeks.
    pub fn empty() -> Plan {
        Plan {
            exercises: [None; 4],
            days: 3,
            weeks: 6,
            note: String::new(),
            clinic: String::new(),
            phone: String::new(),
        }
    }

    /// Checks every rule of a plan (the builder's form goes through this too).
    pub fn check(&self) -> Result<(), PlanError> {
        if self.exercises.iter().all(Option::is_none) {
            return Err(PlanError::Empty);
        }
        for (dose, (_, amount)) in self.exercises.iter().zip(EXERCISES) {
            if let Some(d) = dose {
                within(d.sets, SETS)?;
                within(d.amount, amount.range())?;
            }
        }
        within(self.days, DAYS)?;
        within(self.weeks, WEEKS)?;
        text::check(&self.note, MAX_NOTE, true)?;
        text::check(&self.clinic, MAX_CLINIC, false)?;
        text::check(&self.phone, MAX_PHONE, false)?;
        if !self.phone.chars().all(phone_char) {
            return Err(PlanError::NotPlainText);
        }
        if self.encode().len() > MAX_LEN {
            return Err(PlanError::TooLong);
        }
        Ok(())
    }

    /// The plan as a URL fragment, without the `#`. Only meaningful for a plan that passes
    /// [`Plan::check`]; [`parse`] reads it back unchanged.
    pub fn encode(&self) -> String {
        let mut out = [KEY, "=", VERSION].concat();
        for (i, dose) in self.exercises.iter().enumerate() {
            if let Some(d) = dose {
                out.push('&');
                out.push_str(&(i + 1).to_string());
                out.push('=');
                out.push(d.level.code());
                out.push_str(&d.sets.to_string());
                out.push('x');
                out.push_str(&d.amount.to_string());
            }
        }
        out.push_str("&d=");
        out.push_str(&self.days.to_string());
        out.push_str("&w=");
        out.push_str(&self.weeks.to_string());
        for (key, value) in [("n", &self.note), ("c", &self.clinic), ("t", &self.phone)] {
            if !value.is_empty() {
                out.push('&');
                out.push_str(key);
                out.push('=');
                out.push_str(&percent::encode(value));
            }
        }
        out
    }

    /// Which of the week's seven days (Monday first) to train on: `days` spread out, rest
    /// days in between where there is room (3 days: Monday, Wednesday, Friday).
    pub fn week(&self) -> [bool; 7] {
        let n = usize::from(self.days.clamp(1, 7));
        let mut out = [false; 7];
        for k in 0..n {
            out[k * 7 / n] = true;
        }
        out
    }
}

/// A small decimal number: 1 to 3 ASCII digits.
fn number(s: &str) -> Result<u8, PlanError> {
    if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PlanError::Encoding);
    }
    let v = s.bytes().fold(0u16, |v, b| v * 10 + u16::from(b - b'0'));
    u8::try_from(v).map_err(|_| PlanError::Dose)
}

fn dose(token: &str) -> Result<Dose, PlanError> {
    let mut chars = token.chars();
    let level = chars
        .next()
        .and_then(Level::from_code)
        .ok_or(PlanError::Encoding)?;
    let (sets, amount) = chars.as_str().split_once('x').ok_or(PlanError::Encoding)?;
    Ok(Dose {
        level,
        sets: number(sets)?,
        amount: number(amount)?,
    })
}

/// Reads a URL fragment (with or without its `#`). `Ok(None)`: not a plan link (no plan, no
/// message); `Ok(Some(plan))`: a plan that passes [`Plan::check`]; `Err`: the first
/// problem found.
pub fn parse(fragment: &str) -> Result<Option<Plan>, PlanError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut parts = fragment.split('&');
    let Some(version) = parts
        .next()
        .and_then(|first| first.strip_prefix(KEY))
        .and_then(|rest| rest.strip_prefix('='))
    else {
        return Ok(None);
    };
    if fragment.len() > MAX_LEN {
        return Err(PlanError::TooLong);
    }
    if version != VERSION {
        return Err(PlanError::Version);
    }
    let mut plan = Plan::empty();
    let (mut days, mut weeks) = (None, None);
    let mut texts: [Option<String>; 3] = [None, None, None];
    for part in parts {
        let (key, value) = part.split_once('=').ok_or(PlanError::Encoding)?;
        let once = |slot: bool| {
            if slot {
                Err(PlanError::Encoding)
            } else {
                Ok(())
            }
        };
        match key {
            "d" => {
                once(days.is_some())?;
                days = Some(number(value)?);
            }
            "w" => {
                once(weeks.is_some())?;
                weeks = Some(number(value)?);
            }
            "n" | "c" | "t" => {
                let i = usize::from(key != "n") + usize::from(key == "t");
                once(texts[i].is_some())?;
                texts[i] = Some(percent::decode(value).ok_or(PlanError::Encoding)?);
            }
            _ if !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit()) => {
                let slot = key
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .and_then(|i| plan.exercises.get_mut(i))
                    .ok_or(PlanError::UnknownExercise)?;
                once(slot.is_some())?;
                *slot = Some(dose(value)?);
            }
            _ => return Err(PlanError::Encoding),
        }
    }
    plan.days = days.ok_or(PlanError::Encoding)?;
    plan.weeks = weeks.ok_or(PlanError::Encoding)?;
    let [note, clinic, phone] = texts;
    plan.note = note.unwrap_or_default();
    plan.clinic = clinic.unwrap_or_default();
    plan.phone = phone.unwrap_or_default();
    plan.check()?;
    Ok(Some(plan))
}
