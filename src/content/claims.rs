//! The article's rated claims, for the clinicians' page: each evidence note with the passage
//! it qualifies (the block just before it) and the chapter it is in.

use super::model::{Block, Chapter, Content, Strength};

/// One evidence note of the article and the claim it rates.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim<'a> {
    /// The chapter the note is in.
    pub chapter: &'a Chapter,
    /// The passage before the note, as the reader sees it (paragraph, list items joined, a
    /// figure's caption, or a warning's items). Empty when the note opens its chapter.
    pub claim: String,
    /// How strong the evidence is.
    pub strength: Strength,
    /// The note's words.
    pub note: &'a str,
    /// Reference ids.
    pub refs: &'a [String],
}

/// Every evidence note in reading order, with its claim.
pub fn claims(c: &Content) -> Vec<Claim<'_>> {
    let mut out = Vec::new();
    for chapter in &c.chapters {
        for (i, b) in chapter.blocks.iter().enumerate() {
            let Block::Evidence {
                strength,
                text,
                refs,
            } = b
            else {
                continue;
            };
            let claim = i
                .checked_sub(1)
                .and_then(|j| chapter.blocks.get(j))
                .map(passage)
                .unwrap_or_default();
            out.push(Claim {
                chapter,
                claim,
                strength: *strength,
                note: text,
                refs,
            });
        }
    }
    out
}

/// The words of a block as one passage.
fn passage(b: &Block) -> String {
    match b {
        Block::Paragraph { text } | Block::Subheading { text } => text.clone(),
        Block::List { items } => items.join(" "),
        Block::Warning { title, items, .. } => std::iter::once(title.as_str())
            .chain(items.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" "),
        Block::Figure { figure } => figure.caption.clone(),
        Block::Exercise { exercise } => exercise.intro.clone(),
        Block::Evidence { text, .. } => text.clone(),
        Block::Plan { plan } => plan.intro.clone(),
        Block::Quiz { quiz } => quiz.intro.clone(),
        Block::Clinic { clinic } => clinic.default_text.clone(),
    }
}
