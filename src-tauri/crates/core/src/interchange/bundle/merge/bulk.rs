//! A large bundle's people merged into a book with no one yet, written as a large CSV import writes its new people: the random-key indexes dropped and built again after, the word keys and full text in one ordered pass each.
//!
//! Merging a 100k-people bundle into an empty book spent about a third of its time on the
//! people alone (BENCHMARKS.md, issue 14): each person's row went into five indexes keyed by
//! names, places, handles and dates arriving in random order, and each word key and full-text
//! row was written as the person came. The CSV import already has the way out (`Derived`,
//! `import_rows::drop_indexes`); this reuses it rather than keeping a second copy.

use crate::domain::person::PersonInput;
use crate::error::Result;
use crate::interchange::people_import::Derived;
use crate::store::{import_rows, people, people_rows};
use rusqlite::Connection;

/// From how many people (as the manifest announces; a wrong count costs only speed) a merge
/// into a book with no one writes them in bulk: as the CSV import, where one sorted build of an
/// index starts to cost less than as many random inserts.
pub(super) const BULK_PEOPLE_FROM: u64 = 2_000;

/// The CSV import's deferred indexes, plus the two a bundle's stamps make random: a teammate's
/// people arrive with their own created and updated dates, not the import's "now".
const DEFERRED_INDEXES: &str = "'people_by_name', 'people_by_country', 'person_emails_norm',
    'channels_handle', 'person_keys_person', 'people_by_created', 'people_by_updated'";

/// As the CSV import: the audience trigger would update each person once per channel written
/// (the row is written with its largest audience: `people::write_row`), the facets one copies
/// each person as written (`import_rows::set_facets_from`).
const DEFERRED_TRIGGERS: &str = "'channels_audience_insert', 'people_facets_insert'";

/// What the timeline's figures (`stats::refresh_all`, once the interactions are in) write for
/// every merged person: the indexes of those columns and the facets' copy on update. Built and
/// copied after that refresh, its 100k updates move no index entry and copy no row
/// (BENCHMARKS.md, issue 14); nothing the merge does in between reads them.
const FIGURE_INDEXES: &str = "'people_by_last_contact', 'people_by_cold', 'people_by_cadence',
    'people_never_contacted', 'people_takers'";
const FIGURE_TRIGGERS: &str = "'people_facets_update'";

pub(super) struct BulkPeople {
    derived: Derived,
    indexes: Vec<String>,
    triggers: Vec<String>,
    figures: BulkFigures,
}

/// The part of the bulk path left until the merged people's figures are written.
pub(super) struct BulkFigures {
    indexes: Vec<String>,
    triggers: Vec<String>,
    first_rowid: i64,
}

impl BulkPeople {
    /// Drops the indexes and the triggers; `finish` then `BulkFigures::finish` put them back as
    /// the migrations wrote them.
    pub(super) fn start(tx: &Connection) -> Result<Self> {
        Ok(Self {
            derived: Derived::default(),
            indexes: import_rows::drop_indexes(tx, DEFERRED_INDEXES)?,
            triggers: import_rows::drop_triggers(tx, DEFERRED_TRIGGERS)?,
            figures: BulkFigures {
                indexes: import_rows::drop_indexes(tx, FIGURE_INDEXES)?,
                triggers: import_rows::drop_triggers(tx, FIGURE_TRIGGERS)?,
                first_rowid: import_rows::next_rowid(tx)?,
            },
        })
    }

    /// What `people::insert_stamped` writes, the word keys and full text held for `finish`.
    pub(super) fn insert(
        &mut self,
        tx: &Connection,
        id: &str,
        p: &PersonInput,
        stamps: &people::Stamps<'_>,
    ) -> Result<i64> {
        let rowid = people::insert_row_stamped(tx, id, p, stamps)?;
        people_rows::add_lists(tx, rowid, p)?;
        self.derived.add(rowid, p);
        Ok(rowid)
    }

    /// Writes the held word keys and full text and builds the indexes and the triggers again,
    /// but for the figures' part, returned for after the figures are written.
    pub(super) fn finish(mut self, tx: &Connection) -> Result<BulkFigures> {
        self.derived.sort();
        self.derived.write(tx)?;
        import_rows::recreate_indexes(tx, &self.indexes)?;
        import_rows::recreate_indexes(tx, &self.triggers)?;
        Ok(self.figures)
    }
}

impl BulkFigures {
    /// The facets' copies of the people merged in bulk, and the figures' indexes and trigger
    /// built again: the book is then exactly what person-by-person inserts leave.
    pub(super) fn finish(self, tx: &Connection) -> Result<()> {
        import_rows::set_facets_from(tx, self.first_rowid)?;
        import_rows::recreate_indexes(tx, &self.indexes)?;
        import_rows::recreate_indexes(tx, &self.triggers)
    }
}

/// The bulk paths' ends, in the order the merge reaches them.
impl super::Merge<'_> {
    /// Writes what the bulk people path holds and builds its indexes again; from then on people
    /// are written one by one.
    pub(super) fn end_bulk(&mut self) -> Result<()> {
        if let Some(b) = self.bulk.take() {
            self.bulk_figures = Some(b.finish(self.tx)?);
        }
        Ok(())
    }

    /// Writes the people's figures from their timeline, then what the bulk path left for after.
    pub(super) fn figures(&mut self) -> Result<()> {
        crate::store::stats::refresh_all(self.tx, &self.touched.sorted())?;
        match self.bulk_figures.take() {
            Some(f) => f.finish(self.tx),
            None => Ok(()),
        }
    }

    /// Writes the interactions' held links to their people, before anything reads them.
    pub(super) fn end_links(&mut self) -> Result<()> {
        match self.links.take() {
            Some(l) => l.finish(self.tx),
            None => Ok(()),
        }
    }
}
