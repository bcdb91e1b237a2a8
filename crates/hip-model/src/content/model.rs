//! The shape of every reader-facing word, as plain serde data.
//!
//! This file is compiled twice: by `build.rs` (which parses the TOML under
//! `content/`, validates it and serialises it with postcard) and by the crate
//! itself (which deserialises that blob at start-up). It must therefore depend on
//! nothing but `serde` and `alloc`.

use serde::{Deserialize, Serialize};

/// Everything the page says, in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Content {
    pub site: Site,
    pub chapters: Vec<Chapter>,
    /// Words of the embedded page and of the embedding help page (`content/en/embed.toml`).
    pub embed: Embed,
    /// Words of the clinicians' review page (`content/en/clinicians.toml`).
    pub clinicians: Clinicians,
    /// Words of a plan link: "Your plan", its error messages, the builder page
    /// (`content/en/plan.toml`).
    pub plan_link: PlanLinkWords,
}

/// The page a clinic's physiotherapist reads before embedding (`clinicians.html`): every
/// evidence note of the article with the claim before it, what each drawing simplifies, the
/// review date and how to report an error. The claims themselves come from the chapters, so
/// the page cannot miss one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Clinicians {
    /// `h1` and `<title>`.
    pub title: String,
    /// Opening paragraphs.
    pub intro: Vec<String>,
    /// Heading of the list of claims.
    pub claims_heading: String,
    /// Paragraph under it.
    pub claims_intro: String,
    /// Term for the claim as the page makes it.
    pub claim_label: String,
    /// Term for where it is made.
    pub where_label: String,
    /// Term for how strong the evidence is.
    pub strength_label: String,
    /// Term for the evidence note as the page shows it.
    pub note_label: String,
    /// Term for the references.
    pub sources_label: String,
    /// Said where a note cites no study (standard anatomy and mechanics).
    pub no_sources: String,
    /// Heading of the drawings section.
    pub drawings_heading: String,
    /// Paragraph under it.
    pub drawings_intro: String,
    /// What each figure simplifies, beyond the note printed under it.
    pub drawings: Vec<DrawingNote>,
    /// Heading over what the exercise drawings simplify.
    pub exercise_heading: String,
    /// What the exercise drawings simplify.
    pub exercise_drawings: Vec<String>,
    /// Term for the note printed under a figure.
    pub figure_note_label: String,
    /// Heading of the "report an error" section.
    pub report_heading: String,
    /// How to report; `{link}` marks where the report link goes.
    pub report_text: String,
    /// Words of the report link.
    pub report_link: String,
    /// Said instead when the build was given no report address.
    pub report_missing: String,
    /// Link back to the explainer.
    pub back: String,
    /// Link text in the site footer and on the embed help page.
    pub link: String,
    /// The review gallery (`figures.html`).
    pub gallery: GalleryWords,
}

/// Words of the review gallery (`figures.html`): every figure at the start, middle and end
/// of each of its controls.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GalleryWords {
    /// `h1` and `<title>`.
    pub title: String,
    /// Opening paragraphs.
    pub intro: Vec<String>,
    /// Link text on the clinicians' page.
    pub link: String,
    /// Names of the three settings of a slider: start, middle, end.
    pub positions: Vec<String>,
    /// Said under a figure whose controls never change its shape.
    pub unchanging: String,
    /// Before the link to the figure on the reader's page.
    #[serde(rename = "where")]
    pub where_: String,
}

/// What one figure simplifies, for clinicians.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DrawingNote {
    /// The figure's id (must exist).
    pub figure: String,
    /// Paragraphs.
    pub text: Vec<String>,
}

/// What the interactive figures need, and nothing else: the browser build embeds only this,
/// so the wasm does not carry the article's prose (the prerendered HTML already does).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureWords {
    /// Every figure of every chapter, in reading order.
    pub figures: Vec<Figure>,
}

/// Page furniture: header, navigation, footer, notices, references.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Site {
    /// BCP 47 language tag of this content, e.g. `en`.
    pub lang: String,
    /// The explainer's title (the page's only `h1`).
    pub title: String,
    /// One sentence under the title.
    pub subtitle: String,
    /// The short hook that opens the story, before chapter 1.
    pub hook: Vec<String>,
    /// `<title>` and social description of the document.
    pub meta_description: String,
    /// Text of the skip link.
    pub skip_link: String,
    /// Heading/name of the table of contents.
    pub toc_heading: String,
    /// Accessible name of the reading-progress indicator.
    pub progress_label: String,
    /// Shown when the WebAssembly fails to load or crashes.
    pub interactive_unavailable: String,
    /// Shown when JavaScript is off.
    pub noscript: String,
    /// Label before a chapter number, e.g. "Chapter".
    pub chapter_label: String,
    /// Heading of the one-line takeaway box at the end of each chapter.
    pub takeaway_label: String,
    /// Heading of the "how sure are we" evidence notes.
    pub evidence_label: String,
    /// Plain-words names of each evidence strength.
    pub strengths: Strengths,
    /// Label for the "show long description" disclosure under each figure.
    pub describe_label: String,
    /// Heading of the references section.
    pub references_heading: String,
    /// One line under the references heading.
    pub references_intro: String,
    /// The sources the text cites; `Block::Evidence` refers to them by `id`.
    pub references: Vec<Reference>,
    /// Medical disclaimer in the footer.
    pub disclaimer: String,
    /// "Last reviewed" label.
    pub reviewed_label: String,
    /// ISO date of the last review, e.g. `2026-11-24`.
    pub reviewed: String,
    /// The same date written for readers, e.g. "24 November 2026".
    pub reviewed_display: String,
    /// Short line about who made it / licence.
    pub colophon: String,
    /// Label of the "back to top" link.
    pub back_to_top: String,
    /// Text of the link near the top of the page to the red flags (`#red-flags`).
    pub red_flags_link: String,
    /// Where the anatomy of the drawings comes from, with its licence (required by it).
    /// Shown in the references, under [`Site::anatomy_heading`].
    pub anatomy_credit: String,
    /// Heading of the anatomy credit in the references.
    pub anatomy_heading: String,
    /// This language's own name, as a reader of it would pick it (e.g. `Español`).
    pub language_name: String,
    /// Accessible name of the language switch (e.g. "Language").
    pub language_label: String,
    /// The words around every exercise.
    pub exercise_labels: ExerciseLabels,
}

/// Headings and labels shared by every exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExerciseLabels {
    /// Before the working muscle's name, e.g. "Works".
    pub works: String,
    /// Heading of the numbered steps.
    pub steps: String,
    /// Heading of sets, repeats, rest and how often.
    pub dosage: String,
    /// Labels of the four dosage lines.
    pub sets: String,
    pub reps: String,
    pub rest: String,
    pub how_often: String,
    /// Heading of the common mistakes.
    pub mistakes: String,
    /// Label of the easier version.
    pub easier: String,
    /// Label of the harder version.
    pub harder: String,
    /// Label of the "stop if" warning.
    pub stop_if: String,
    /// Captions of the still drawings.
    pub start: String,
    pub end: String,
    /// Label of the button that pauses the movement (while it moves).
    pub pause: String,
    /// The same button's label while the movement is paused.
    pub play: String,
}

/// One exercise: figure, steps, dosage, mistakes, easier and harder versions, when to stop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExerciseWords {
    /// Exercise id in the figure model, e.g. `clamshell`.
    pub id: String,
    /// Its name (`h3`).
    pub title: String,
    /// One or two sentences on what it is for.
    pub intro: String,
    /// The working muscle, in words (highlighted in the drawing).
    pub muscle: String,
    /// Short accessible name of the drawing.
    pub figure_name: String,
    /// Long description of the drawing, paragraphs.
    pub description: Vec<String>,
    /// Numbered steps, in "you" form.
    pub steps: Vec<String>,
    /// How many sets.
    pub sets: String,
    /// How many repeats (or how long to hold).
    pub reps: String,
    /// Rest between sets.
    pub rest: String,
    /// How often in a week, and for how long.
    pub how_often: String,
    /// Common mistakes.
    pub mistakes: Vec<String>,
    /// An easier version.
    pub easier: String,
    /// A harder version.
    pub harder: String,
    /// When to stop.
    pub stop_if: String,
}

/// The weekly plan: a checkbox per day and exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanWords {
    /// Heading (`h3`).
    pub heading: String,
    /// One or two sentences on how to use it.
    pub intro: String,
    /// Table caption (its accessible name).
    pub caption: String,
    /// Heading of the row-name column.
    pub corner: String,
    /// Short day names, in order (column headings).
    pub days: Vec<String>,
    /// Exercise names, in order (row headings).
    pub rows: Vec<String>,
    /// Label of the button that clears every tick.
    pub reset: String,
    /// Label of the "print this plan" button.
    pub print: String,
    /// Announced after a reset.
    pub reset_done: String,
    /// Shown when the ticks are kept in this browser.
    pub saved_note: String,
    /// Shown when this browser cannot keep them (storage blocked).
    pub unsaved_note: String,
}

/// A short self-check: questions with one right answer each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizWords {
    /// Heading (`h3`).
    pub heading: String,
    /// One line on how it works.
    pub intro: String,
    /// Said before the explanation of a right answer, e.g. "Right."
    pub right: String,
    /// Said before the explanation of a wrong answer, e.g. "Not quite."
    pub wrong: String,
    /// The questions.
    pub questions: Vec<Question>,
}

/// One question of the self-check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// The question.
    pub text: String,
    /// The answers to pick from.
    pub answers: Vec<Answer>,
}

/// One answer and its one-line explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// Button text.
    pub text: String,
    /// Whether it is the right answer.
    #[serde(default)]
    pub correct: bool,
    /// One line: why it is right or wrong.
    pub why: String,
}

/// Reader-facing names of the evidence strengths (see `evidence.md`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Strengths {
    pub well_supported: String,
    pub likely: String,
    pub association: String,
    pub debated: String,
    pub weak: String,
}

/// One source the text cites.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// Stable id used in `refs = [...]`, e.g. `cooper2016`.
    pub id: String,
    /// The full citation as printed.
    pub citation: String,
}

/// One chapter of the story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chapter {
    /// Fragment id, e.g. `ball-and-socket` (deep link `#ball-and-socket`).
    pub slug: String,
    /// 1-based position in the story.
    pub number: u32,
    /// Heading (`h2`).
    pub title: String,
    /// Short title for the table of contents.
    pub short_title: String,
    /// The body, in reading order.
    pub blocks: Vec<Block>,
    /// One-line takeaway that closes the chapter.
    pub takeaway: String,
}

/// How strong the research behind a claim is, in the words of `evidence.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strength {
    /// Standard anatomy or mechanics.
    WellSupported,
    /// Reasonable and consistent with the evidence, not tested head to head.
    Likely,
    /// Seen together in studies, cause not proven.
    Association,
    /// Studies disagree or the effect is small.
    Debated,
    /// Little or no support.
    Weak,
}

/// One piece of a chapter's body.
///
/// In the TOML files a block is a table with `kind = "paragraph"` etc.; `build.rs` rewrites
/// that into serde's default (externally tagged) form, which the compact binary format needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[allow(clippy::large_enum_variant)] // loaded once; boxing would ripple through every match
pub enum Block {
    /// A paragraph. Inline markup: `*term*` for a defined term (rendered `<dfn>`/emphasis).
    Paragraph { text: String },
    /// A sub-heading (`h3`) inside the chapter.
    Subheading { text: String },
    /// A bulleted list.
    List { items: Vec<String> },
    /// A "How sure are we?" note: the strength of the claim just made, with its sources.
    /// `claim` states that claim in a clinician's words, for the clinicians' page (it is not
    /// shown to readers).
    Evidence {
        strength: Strength,
        text: String,
        refs: Vec<String>,
        claim: String,
    },
    /// A highlighted warning box (red flags). `anchor` is its fragment id, if linked to.
    Warning {
        title: String,
        items: Vec<String>,
        #[serde(default)]
        anchor: Option<String>,
    },
    /// An exercise with its animated figure.
    Exercise { exercise: ExerciseWords },
    /// The weekly plan the reader ticks off.
    Plan { plan: PlanWords },
    /// The self-check questions.
    Quiz { quiz: QuizWords },
    /// A diagram; its words live in `figure`.
    Figure { figure: Figure },
    /// Where a clinic that embeds the explainer shows its name and booking link; a neutral
    /// suggestion when no clinic is set.
    Clinic { clinic: ClinicWords },
}

/// The words of the clinic slot (the settings give the clinic's name, link and phone).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClinicWords {
    /// Shown when no clinic is set: how to find a physical therapist.
    pub default_text: String,
    /// Shown when a clinic is set; `{clinic}` stands for its name.
    pub with_clinic: String,
    /// Default text of the booking button.
    pub cta_label: String,
    /// Before the phone number, e.g. "Call".
    pub phone_label: String,
}

/// Words of `embed.html` and of the help page for sites that embed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Embed {
    /// Link from the embedded page to the full page.
    pub full_page: String,
    /// Said gently when the browser lets the embedded page save nothing.
    pub no_storage: String,
    /// The help page.
    pub help: EmbedHelp,
}

/// The "put this explainer on your website" page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmbedHelp {
    /// `h1` and `<title>`.
    pub title: String,
    /// Paragraphs under the title.
    pub intro: Vec<String>,
    /// The ways to embed, in order; `id` is `iframe`, `script` or `wordpress`.
    pub routes: Vec<HelpSection>,
    /// Heading of the settings list.
    pub settings_heading: String,
    /// Paragraph before the settings list.
    pub settings_intro: String,
    /// One line per setting; `id` is the setting's name.
    pub settings: Vec<HelpSection>,
    /// Heading of the notes.
    pub notes_heading: String,
    /// Limits and tips.
    pub notes: Vec<String>,
    /// Link text to the sample clinic page.
    pub demo: String,
    /// Link text back to the explainer.
    pub back: String,
    /// Label of the example settings in the snippets' headings, e.g. "Code to copy".
    pub code_label: String,
}

/// A titled piece of the help page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HelpSection {
    /// What it is about (a route or a setting name).
    pub id: String,
    /// Its heading.
    pub heading: String,
    /// Its paragraphs.
    pub text: Vec<String>,
}

/// Every word a diagram needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Which drawing this is, e.g. `hip-front`. Must name a known diagram.
    pub id: String,
    /// Short accessible name (`aria-label` of the drawing).
    pub name: String,
    /// Visible caption under the drawing.
    pub caption: String,
    /// Long description, paragraphs: what it shows and what changes when you use the controls.
    pub description: Vec<String>,
    /// Labels drawn with leader lines: annotation id (a landmark or structure) -> text.
    pub labels: Vec<Annotation>,
    /// The controls under the drawing.
    #[serde(default)]
    pub controls: Vec<Control>,
    /// A short note shown under the controls (e.g. "This is an illustration, not a simulation").
    #[serde(default)]
    pub note: Option<String>,
    /// A set of toggle buttons that picks one option (e.g. an everyday activity).
    #[serde(default)]
    pub picker: Option<Box<Picker>>,
    /// A chart of muscle groups and how much each one works for the picked option.
    #[serde(default)]
    pub chart: Option<Box<MuscleChart>>,
    /// Muscles the reader can pick (in the drawing and in a list beside it), in list order.
    #[serde(default)]
    pub muscles: Vec<MuscleWords>,
    /// Heading of the list of muscles.
    #[serde(default)]
    pub muscles_heading: Option<String>,
    /// What the info line under the drawing says while no muscle is picked.
    #[serde(default)]
    pub hint: Option<String>,
    /// On/off buttons under the drawing (e.g. show or hide a layer).
    #[serde(default)]
    pub toggles: Vec<ToggleWords>,
    /// Lines of words under the drawing that say what the drawing shows now (e.g. how hard
    /// the hamstrings work), each with words from the lowest level up.
    #[serde(default)]
    pub readouts: Vec<Readout>,
    /// Titles of the small drawings of a side-by-side comparison, in order.
    #[serde(default)]
    pub panels: Vec<Panel>,
}

/// A group of toggle buttons under a diagram; exactly one option is picked at a time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Picker {
    /// Visible name of the group.
    pub label: String,
    /// The options, in button order.
    pub options: Vec<PickerOption>,
}

/// One option of a [`Picker`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PickerOption {
    /// Model id, e.g. `walking`.
    pub id: String,
    /// Button text.
    pub label: String,
    /// What picking it shows, short (announced after the label, e.g. "works mostly the
    /// forward-back plane; big movers lead").
    pub summary: String,
    /// One or two more sentences shown under the buttons.
    #[serde(default)]
    pub detail: String,
}

/// Muscle groups with an ordinal "how much it works" for the picked option.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MuscleChart {
    /// Heading over the chart.
    pub heading: String,
    /// Heading of the big movers' list.
    pub big_heading: String,
    /// Heading of the small stabilizers' list.
    pub small_heading: String,
    /// Words for each level, lowest first (e.g. "rests" ... "leads").
    pub levels: Vec<String>,
    /// The groups (id names a model muscle group).
    pub groups: Vec<MuscleGroupWords>,
}

/// A muscle group's name and one-line job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MuscleGroupWords {
    /// Model id, e.g. `gluteus-maximus`.
    pub id: String,
    /// Name shown in the chart.
    pub name: String,
    /// One-line job.
    pub job: String,
}

/// A muscle's name and its job in one line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MuscleWords {
    /// Muscle id in the geometry model, e.g. `gluteus-medius`.
    pub id: String,
    /// Its name as the reader sees it.
    pub name: String,
    /// What it does, in one short sentence.
    pub job: String,
}

/// An on/off button (`aria-pressed`) with the words announced when it changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToggleWords {
    /// What it switches, e.g. `gluteus-maximus` (a layer of the drawing).
    pub id: String,
    /// Button text (stays the same; `aria-pressed` gives the state).
    pub label: String,
    /// Announced when it is switched on.
    pub on: String,
    /// Announced when it is switched off.
    pub off: String,
}

/// A line of words under a drawing that follows its state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Readout {
    /// What it describes, e.g. `hamstring-load` (an output of the figure's model).
    pub id: String,
    /// Visible label before the words, e.g. "Hamstrings".
    pub label: String,
    /// Words for each level, from the lowest up (equal shares of the range).
    pub bands: Vec<String>,
}

/// One small drawing of a comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Panel {
    /// Which drawing, e.g. `relaxed`.
    pub id: String,
    /// Its visible title (also its accessible name).
    pub title: String,
}

/// A label on a diagram.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// Landmark or structure id in the geometry model.
    pub id: String,
    /// Label text.
    pub text: String,
}

/// A slider (range input) or a set of buttons under a diagram.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Control {
    /// The model parameter it drives, e.g. `hip-flexion`.
    pub id: String,
    /// Visible label.
    pub label: String,
    /// Words for the current value, from the lowest band up. Each band covers an equal
    /// share of the control's range; used for `aria-valuetext`, the visible value and the
    /// live announcement.
    pub bands: Vec<String>,
}

/// Words of a clinician's plan in a link (`content/en/plan.toml`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanLinkWords {
    /// "Your plan" in chapter 6.
    pub yours: YourPlanWords,
    /// One message per reason a plan link cannot be used; `code` is `PlanError::code`.
    pub errors: Vec<PlanErrorWords>,
    /// The plan builder page (`plan.html`).
    pub builder: BuilderWords,
}

/// "Your plan": the exercises, versions and doses a plan link chose.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct YourPlanWords {
    /// Heading (`h3`).
    pub heading: String,
    /// What this is and how to use it.
    pub intro: String,
    /// The same on the printed sheet (no steps there: the QR code leads to them).
    pub sheet_intro: String,
    /// Before the sender's own words: says they come from whoever sent the link.
    pub from_sender: String,
    /// Labels of the sender's note, clinic name and phone.
    pub note_label: String,
    pub clinic_label: String,
    pub phone_label: String,
    /// The three versions of an exercise.
    pub easier: String,
    pub standard: String,
    pub harder: String,
    /// The usual version on the printed sheet.
    pub sheet_standard: String,
    /// Dose labels: sets, repeats, hold time, days a week, weeks.
    pub sets: String,
    pub reps: String,
    pub hold: String,
    pub days: String,
    pub weeks: String,
    /// Link text to an exercise's full steps.
    pub steps_link: String,
    /// Says the weekly plan now shows only the chosen exercises and days.
    pub week_note: String,
    /// Heading of the message for a link that cannot be used.
    pub error_heading: String,
    /// After the reason: what the reader sees instead and what to do.
    pub error_after: String,
}

/// The message for one reason a plan link cannot be used.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanErrorWords {
    /// The reason's code (`PlanError::code`).
    pub code: String,
    /// One or two plain sentences.
    pub text: String,
}

/// The plan builder page for clinicians.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BuilderWords {
    /// `h1` and `<title>`.
    pub title: String,
    /// Paragraphs under the title.
    pub intro: Vec<String>,
    /// Heading of the exercise choices.
    pub exercises_heading: String,
    /// Label of the checkbox that includes an exercise.
    pub include: String,
    /// Label of the version choice and its three options.
    pub level: String,
    pub easier: String,
    pub standard: String,
    pub harder: String,
    /// Dose labels.
    pub sets: String,
    pub reps: String,
    pub hold: String,
    /// Heading and labels of days a week and weeks.
    pub schedule_heading: String,
    pub days: String,
    pub weeks: String,
    /// Heading and intro of the clinician's own words.
    pub extra_heading: String,
    pub extra_intro: String,
    /// Labels of the note, clinic name and phone.
    pub note: String,
    pub clinic: String,
    pub phone: String,
    /// Heading of the link, QR code and buttons.
    pub result_heading: String,
    /// Label of the link.
    pub link_label: String,
    /// Text alternative of the QR code.
    pub qr_label: String,
    /// "Copy link", its success and failure words.
    pub copy: String,
    pub copied: String,
    pub copy_failed: String,
    /// Label of the print button.
    pub print: String,
    /// Before the reason a plan cannot be made yet.
    pub problem: String,
    /// Heading of the live preview.
    pub preview_heading: String,
    /// Link text to this page from the embed help page.
    pub help_link: String,
    /// Link back to the explainer.
    pub back: String,
}
