//! Every reader-facing word, as data.
//!
//! The TOML under `content/` is parsed and checked by `build.rs` and embedded as a postcard
//! blob; [`load`] decodes it once. Components take text from here and hold no prose.
//! No yew, no web_sys (invariant).

pub mod check;
pub mod inline;
pub mod model;

pub use model::*;

use std::sync::OnceLock;

static BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.postcard"));
static FIGURES_BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/figures.postcard"));

/// The words of every figure, decoded on first use. Islands (and everything they render)
/// take their words from here, never from [`load`], so the browser build does not embed
/// the article's prose.
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

/// The English content, decoded on first use.
///
/// The blob was produced by `build.rs` from the same model types, so decoding cannot fail
/// unless the build itself is broken; in that case we fall back to an empty page rather
/// than panic in a reader's browser.
pub fn load() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        decode().unwrap_or_else(|_| Content {
            site: empty_site(),
            chapters: Vec::new(),
            embed: empty_embed(),
            plan_link: PlanLinkWords::default(),
        })
    })
}

/// Decodes the embedded content (tests and the prerenderer check that this succeeds).
pub fn decode() -> Result<Content, postcard::Error> {
    postcard::from_bytes(BLOB)
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
