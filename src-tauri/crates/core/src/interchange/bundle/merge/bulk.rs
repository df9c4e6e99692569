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
/// (the row is written with its largest audience: `people::write_row`), the facets ones copy
/// each person as written (`import_rows::set_facets_from`).
const DEFERRED_TRIGGERS: &str =
    "'channels_audience_insert', 'people_facets_insert', 'people_facets_update'";

pub(super) struct BulkPeople {
    derived: Derived,
    indexes: Vec<String>,
    triggers: Vec<String>,
    first_rowid: i64,
}

impl BulkPeople {
    /// Drops the indexes and the trigger; `finish` puts them back as the migrations wrote them.
    pub(super) fn start(tx: &Connection) -> Result<Self> {
        Ok(Self {
            derived: Derived::default(),
            indexes: import_rows::drop_indexes(tx, DEFERRED_INDEXES)?,
            triggers: import_rows::drop_triggers(tx, DEFERRED_TRIGGERS)?,
            first_rowid: import_rows::next_rowid(tx)?,
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

    /// Writes the held word keys and full text, the facets' copies, and builds the indexes
    /// and the trigger again: the book is then exactly what person-by-person inserts leave.
    pub(super) fn finish(mut self, tx: &Connection) -> Result<()> {
        self.derived.sort();
        self.derived.write(tx)?;
        if !self.triggers.is_empty() {
            import_rows::set_facets_from(tx, self.first_rowid)?;
        }
        import_rows::recreate_indexes(tx, &self.indexes)?;
        import_rows::recreate_indexes(tx, &self.triggers)
    }
}
