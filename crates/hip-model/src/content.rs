//! Every reader-facing word, as data.
//!
//! The TOML under `content/` is parsed and checked by `build.rs` and embedded as a postcard
//! blob; [`load`] decodes it once. Components take text from here and hold no prose.
//! No yew, no web_sys (invariant).

pub mod check;
pub mod claims;
#[cfg(not(target_arch = "wasm32"))]
pub mod folder;
pub mod inline;
pub mod model;
pub mod parity;

pub use model::*;

use std::sync::OnceLock;

static BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.postcard"));
static FIGURES_BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/figures.postcard"));

/// The words of every figure in the current language ([`set_language`]): what islands render
/// with on the server. Natively they come from that language's content.
#[cfg(not(target_arch = "wasm32"))]
pub fn figure_words() -> &'static FigureWords {
    static ALL: OnceLock<Vec<FigureWords>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        LANGUAGES
            .iter()
            .map(|code| FigureWords {
                figures: load_lang(code)
                    .map(|c| {
                        c.chapters
                            .iter()
                            .flat_map(|ch| ch.figures())
                            .cloned()
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect()
    });
    &all[CURRENT.with(|c| c.get()).min(all.len() - 1)]
}

/// The words of every figure, decoded on first use (the browser build's copy).
#[cfg(target_arch = "wasm32")]
pub fn figure_words() -> &'static FigureWords {
    static FIGURES: OnceLock<FigureWords> = OnceLock::new();
    FIGURES.get_or_init(|| {
        decode_figures().unwrap_or_else(|_| FigureWords {
            figures: Vec::new(),
        })
    })
}

/// Decodes the embedded figure words (tests check that this succeeds).
pub fn decode_figures() -> Result<FigureWords, postcard::Error> {
    postcard::from_bytes(FIGURES_BLOB)
}

std::thread_local! {
    /// Index in [`LANGUAGES`] of the language [`load`] answers with on this thread.
    static CURRENT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Makes [`load`] (and [`figure_words`]) answer in language `code` on this thread, for the
/// prerenderer, which renders one language at a time. An unknown code changes nothing and
/// returns `false`.
pub fn set_language(code: &str) -> bool {
    match LANGUAGES.iter().position(|c| *c == code) {
        Some(i) => {
            CURRENT.with(|c| c.set(i));
            true
        }
        None => false,
    }
}

/// The code of the language [`load`] answers with on this thread (`en` unless
/// [`set_language`] chose another).
pub fn language() -> &'static str {
    LANGUAGES[CURRENT.with(|c| c.get()).min(LANGUAGES.len() - 1)]
}

/// The default language's code (`en`): its pages sit at the top of the site, the others in
/// a folder named by their code.
pub fn default_language() -> &'static str {
    LANGUAGES[0]
}

/// The content in the current language ([`set_language`]; English unless chosen).
pub fn load() -> &'static Content {
    let i = CURRENT.with(|c| c.get());
    if i == 0 {
        return english();
    }
    LANGUAGES
        .get(i)
        .and_then(|code| load_lang(code))
        .unwrap_or_else(english)
}

/// The English content, decoded on first use.
///
/// The blob was produced by `build.rs` from the same model types, so decoding cannot fail
/// unless the build itself is broken; in that case we fall back to an empty page rather
/// than panic in a reader's browser.
fn english() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        decode().unwrap_or_else(|_| Content {
            site: empty_site(),
            chapters: Vec::new(),
            embed: empty_embed(),
            clinicians: Clinicians::default(),
            plan_link: PlanLinkWords::default(),
        })
    })
}

/// Decodes the embedded content (tests and the prerenderer check that this succeeds).
pub fn decode() -> Result<Content, postcard::Error> {
    postcard::from_bytes(BLOB)
}

// `LANGUAGES` (codes, English first) and `LANGUAGE_BLOBS`, one per folder under `content/`.
include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The codes of every language the build found under `content/`, English first.
pub fn languages() -> &'static [&'static str] {
    LANGUAGES
}

/// The content in language `code` (e.g. `es`), decoded on first use; `None` if there is no
/// such language. `load_lang("en")` is the English content, whatever [`set_language`] chose.
pub fn load_lang(code: &str) -> Option<&'static Content> {
    static ALL: OnceLock<Vec<Option<Content>>> = OnceLock::new();
    let i = LANGUAGES.iter().position(|c| *c == code)?;
    if i == 0 {
        return Some(english());
    }
    let all = ALL.get_or_init(|| {
        LANGUAGE_BLOBS
            .iter()
            .map(|b| postcard::from_bytes(b).ok())
            .collect()
    });
    all.get(i)?.as_ref()
}

/// Decodes the embedded content of language `code` (tests check that this succeeds for
/// every language); `None` if there is no such language.
pub fn decode_lang(code: &str) -> Option<Result<Content, postcard::Error>> {
    let i = LANGUAGES.iter().position(|c| *c == code)?;
    Some(postcard::from_bytes(LANGUAGE_BLOBS[i]))
}

impl Chapter {
    /// The figures of this chapter, in order.
    pub fn figures(&self) -> impl Iterator<Item = &Figure> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Figure { figure } => Some(figure),
            _ => None,
        })
    }
}

impl Figure {
    /// (annotation id, text) pairs, as the diagram layer takes them.
    pub fn label_pairs(&self) -> Vec<(&str, &str)> {
        self.labels
            .iter()
            .map(|a| (a.id.as_str(), a.text.as_str()))
            .collect()
    }

    /// The words for the muscle with this id, if the content defines them.
    pub fn muscle(&self, id: &str) -> Option<&MuscleWords> {
        self.muscles.iter().find(|m| m.id == id)
    }

    /// The toggle with this id, if the content defines one.
    pub fn toggle(&self, id: &str) -> Option<&ToggleWords> {
        self.toggles.iter().find(|t| t.id == id)
    }

    /// The control with this id, if the content defines one.
    pub fn control(&self, id: &str) -> Option<&Control> {
        self.controls.iter().find(|c| c.id == id)
    }
}

impl Control {
    /// Words for `value` within `min..=max`: the band it falls in (bands split the range
    /// into equal parts; the top value belongs to the last band).
    pub fn words(&self, value: f64, min: f64, max: f64) -> &str {
        band(&self.bands, value, min, max)
    }
}

impl Readout {
    /// Words for a level `0..=1` (equal shares; 1 belongs to the last band).
    pub fn words(&self, level: f64) -> &str {
        band(&self.bands, level, 0.0, 1.0)
    }
}

fn band(bands: &[String], value: f64, min: f64, max: f64) -> &str {
    let n = bands.len();
    if n == 0 {
        return "";
    }
    let span = max - min;
    let t = if span > 0.0 && value.is_finite() {
        unit_interval((value - min) / span)
    } else {
        0.0
    };
    let i = ((t * n as f64).floor() as usize).min(n - 1);
    &bands[i]
}

impl Site {
    /// Plain-words name of an evidence strength.
    pub fn strength_name(&self, s: Strength) -> &str {
        let n = &self.strengths;
        match s {
            Strength::WellSupported => &n.well_supported,
            Strength::Likely => &n.likely,
            Strength::Association => &n.association,
            Strength::Debated => &n.debated,
            Strength::Weak => &n.weak,
        }
    }

    /// 1-based number of a reference in the references list.
    pub fn reference_number(&self, id: &str) -> Option<usize> {
        self.references
            .iter()
            .position(|r| r.id == id)
            .map(|i| i + 1)
    }
}

impl Strength {
    /// Stable CSS class suffix.
    pub fn slug(self) -> &'static str {
        match self {
            Strength::WellSupported => "well-supported",
            Strength::Likely => "likely",
            Strength::Association => "association",
            Strength::Debated => "debated",
            Strength::Weak => "weak",
        }
    }
}

fn empty_embed() -> Embed {
    Embed {
        full_page: String::new(),
        no_storage: String::new(),
        help: EmbedHelp {
            title: String::new(),
            intro: Vec::new(),
            routes: Vec::new(),
            settings_heading: String::new(),
            settings_intro: String::new(),
            settings: Vec::new(),
            notes_heading: String::new(),
            notes: Vec::new(),
            demo: String::new(),
            back: String::new(),
            code_label: String::new(),
        },
    }
}

fn empty_site() -> Site {
    let e = String::new;
    Site {
        lang: "en".into(),
        title: e(),
        subtitle: e(),
        hook: Vec::new(),
        meta_description: e(),
        skip_link: e(),
        toc_heading: e(),
        progress_label: e(),
        interactive_unavailable: e(),
        noscript: e(),
        chapter_label: e(),
        takeaway_label: e(),
        evidence_label: e(),
        strengths: Strengths {
            well_supported: e(),
            likely: e(),
            association: e(),
            debated: e(),
            weak: e(),
        },
        describe_label: e(),
        references_heading: e(),
        references_intro: e(),
        references: Vec::new(),
        disclaimer: e(),
        reviewed_label: e(),
        reviewed: e(),
        reviewed_display: e(),
        colophon: e(),
        back_to_top: e(),
        red_flags_link: e(),
        language_name: e(),
        anatomy_credit: e(),
        anatomy_heading: e(),
        language_label: e(),
        exercise_labels: ExerciseLabels {
            works: e(),
            steps: e(),
            dosage: e(),
            sets: e(),
            reps: e(),
            rest: e(),
            how_often: e(),
            mistakes: e(),
            easier: e(),
            harder: e(),
            stop_if: e(),
            start: e(),
            end: e(),
            pause: e(),
            play: e(),
        },
    }
}

/// `v` limited to 0..=1 without `f64::clamp`, whose panic message would pull the float
/// formatter into the WebAssembly. NaN gives 0.
fn unit_interval(v: f64) -> f64 {
    if v > 0.0 {
        if v < 1.0 {
            v
        } else {
            1.0
        }
    } else {
        0.0
    }
}
