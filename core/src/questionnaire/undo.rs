//! The rollback log of one change to a session.
//!
//! A change that fails (a refused answer, a draft that could not be saved)
//! must leave the session as it was. Copying the whole state before every
//! change made each answer cost as much as the form's size (BRIEF §9: ~80%
//! of the time on a 10,000-question form). Instead each change logs only
//! what it overwrites, so its cost follows its effects.

use std::collections::BTreeMap;

use super::model::Answer;

/// One answer map: the top-level answers, or one block of a repeat.
pub(crate) type Answers = BTreeMap<String, Answer>;

/// What a change overwrote, in the order it did.
#[derive(Debug)]
pub(crate) enum Undo {
    /// An answer before it was set or deleted (`None`: there was none).
    /// `block` is (repeat section id, block index) inside a repeat.
    Answer {
        block: Option<(String, usize)>,
        name: String,
        before: Option<Answer>,
    },
    /// A block was appended to this repeat.
    BlockAdded { section: String },
    /// This block was removed from this repeat at this index.
    BlockRemoved {
        section: String,
        index: usize,
        block: Answers,
    },
    /// Every block of this repeat was dropped (its section stopped being
    /// relevant).
    BlocksDropped {
        section: String,
        blocks: Vec<Answers>,
    },
}

/// Undoes `log` (newest first) on the answers and repeats it was taken on.
pub(crate) fn roll_back(
    log: Vec<Undo>,
    answers: &mut Answers,
    repeats: &mut BTreeMap<String, Vec<Answers>>,
) {
    for entry in log.into_iter().rev() {
        match entry {
            Undo::Answer {
                block,
                name,
                before,
            } => {
                let map = match block {
                    None => Some(&mut *answers),
                    Some((section, i)) => repeats.get_mut(&section).and_then(|v| v.get_mut(i)),
                };
                if let Some(map) = map {
                    match before {
                        Some(a) => map.insert(name, a),
                        None => map.remove(&name),
                    };
                }
            }
            Undo::BlockAdded { section } => {
                if let Some(v) = repeats.get_mut(&section) {
                    v.pop();
                }
            }
            Undo::BlockRemoved {
                section,
                index,
                block,
            } => {
                let v = repeats.entry(section).or_default();
                v.insert(index.min(v.len()), block);
            }
            Undo::BlocksDropped { section, blocks } => {
                repeats.insert(section, blocks);
            }
        }
    }
}
