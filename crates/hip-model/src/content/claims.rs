//! The article's rated claims, for the clinicians' page: each evidence note with the claim it
//! rates (stated in a clinician's words in the content) and the chapter it is in.

use super::model::{Block, Chapter, Content, Strength};

/// One evidence note of the article and the claim it rates.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim<'a> {
    /// The chapter the note is in.
    pub chapter: &'a Chapter,
    /// The claim, in a clinician's words.
    pub claim: &'a str,
    /// How strong the evidence is.
    pub strength: Strength,
    /// The note's words, as the reader sees them.
    pub note: &'a str,
    /// Reference ids.
    pub refs: &'a [String],
}

/// Every evidence note in reading order, with its claim.
pub fn claims(c: &Content) -> Vec<Claim<'_>> {
    c.chapters
        .iter()
        .flat_map(|chapter| {
            chapter.blocks.iter().filter_map(move |b| match b {
                Block::Evidence {
                    strength,
                    text,
                    refs,
                    claim,
                } => Some(Claim {
                    chapter,
                    claim,
                    strength: *strength,
                    note: text,
                    refs,
                }),
                _ => None,
            })
        })
        .collect()
}
