//! A large bundle's interactions merged into a book with none: their links to their people are held and written in the key's order once the section is read, instead of at random places as each interaction arrives.
//!
//! `interaction_people` is keyed by person, and a bundle lists interactions by id: written as
//! they came, each link went to a random page of a tree of a million and a half rows (splitting
//! pages half full), and each also went into the index by interaction. Held here (24 bytes a
//! link plus each interaction's date once), sorted, and written in key order, each link lands
//! after the last; the index by interaction is dropped meanwhile and built once after, as the
//! people's bulk path does for theirs (`bulk.rs`). Nothing reads the links before they are
//! written: the merge writes them before anything else touches an interaction.

use crate::error::Result;
use crate::store::{import_rows, interactions};
use rusqlite::Connection;

/// From how many interactions (as the manifest announces) a merge into a book with none holds
/// their links; fewer are written as they come.
pub(super) const BULK_LINKS_FROM: u64 = 2_000;

/// The index rebuilt after: written as the links arrived, it was in order; once they are
/// written by person, it would be at random places.
const DEFERRED_INDEXES: &str = "'interaction_people_by_interaction'";

/// How many links to reserve room for at most, whatever the manifest announces.
const RESERVE_AT_MOST: u64 = 4 << 20;

struct Link {
    person: i64,
    interaction: i64,
    /// The interaction's `occurred_at` in `times`.
    at: u32,
    len: u32,
}

pub(super) struct BulkLinks {
    links: Vec<Link>,
    /// Each interaction's date once, one after the other.
    times: String,
    indexes: Vec<String>,
}

impl BulkLinks {
    /// Drops the index by interaction; `finish` writes the links and builds it again.
    pub(super) fn start(tx: &Connection, announced: u64) -> Result<Self> {
        let n = announced.min(RESERVE_AT_MOST) as usize;
        Ok(Self {
            links: Vec::with_capacity(n + n / 2),
            times: String::with_capacity(n * 24),
            indexes: import_rows::drop_indexes(tx, DEFERRED_INDEXES)?,
        })
    }

    /// Holds the links of the interaction `rowid` to `people` (rowids, no one twice); `false`
    /// when the dates held reach 4 GiB (some 170 million interactions): the caller writes
    /// these links at once, which leaves the same rows.
    pub(super) fn add(&mut self, rowid: i64, occurred_at: &str, people: &[i64]) -> bool {
        let (Ok(at), Ok(len)) = (
            u32::try_from(self.times.len()),
            u32::try_from(occurred_at.len()),
        ) else {
            return false;
        };
        if at.checked_add(len).is_none() {
            return false;
        }
        self.times.push_str(occurred_at);
        for &person in people {
            self.links.push(Link {
                person,
                interaction: rowid,
                at,
                len,
            });
        }
        true
    }

    /// Writes every held link in the primary key's order (person, date, interaction) and builds
    /// the index by interaction again: the book is then what links written one by one leave.
    pub(super) fn finish(mut self, tx: &Connection) -> Result<()> {
        let times = std::mem::take(&mut self.times);
        // Slices end where whole dates were pushed: always on a character boundary.
        let time = |l: &Link| &times[l.at as usize..(l.at + l.len) as usize];
        self.links.sort_unstable_by(|a, b| {
            (a.person, time(a), a.interaction).cmp(&(b.person, time(b), b.interaction))
        });
        interactions::write_links(
            tx,
            self.links
                .iter()
                .map(|l| (l.person, time(l), l.interaction)),
        )?;
        import_rows::recreate_indexes(tx, &self.indexes)
    }
}
