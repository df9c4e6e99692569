//! Liaison's core: every behaviour of the app and the CLI, behind a synchronous, Tauri-free API.

pub mod bindings;
pub mod clock;
pub mod domain;
pub mod error;
pub mod requests;
pub mod sample;
pub mod search;
pub mod store;

pub use clock::{Clock, FixedClock, SystemClock};
pub use domain::channel::{Channel, ChannelInput, Platform};
pub use domain::person::{
    DuplicateWarning, Person, PersonInput, PersonKind, PersonPatch, PersonSaved, PersonSummary,
    Stage,
};
pub use error::{Error, ErrorCode, FieldError, Result};
pub use search::SearchReq;
pub use store::filter::{ArchivedFilter, PersonFilter};
pub use store::list::{PersonListReq, PersonPage, PersonSort};

use clock::stamp;
use domain::validate::clean_person;
use std::path::Path;
use std::sync::Arc;
use store::{people, people_rows, Db};

/// A new UUIDv7: time-ordered, so ids sort by creation and merge well across teammates.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// One relations manager's book of people: the store plus the clock every write is stamped by.
pub struct Book {
    db: Db,
    clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for Book {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Book")
            .field("db", &self.db)
            .finish_non_exhaustive()
    }
}

impl Book {
    /// Opens or creates the book at `path`, migrating it; refuses files from a newer version.
    pub fn open(path: &Path, clock: Arc<dyn Clock>) -> Result<Book> {
        Ok(Book {
            db: Db::open(path)?,
            clock,
        })
    }

    pub fn path(&self) -> &Path {
        self.db.path()
    }

    fn now(&self) -> String {
        stamp(self.clock.now())
    }

    pub fn person_create(&self, input: PersonInput) -> Result<PersonSaved> {
        let p = clean_person(input)?;
        let now = self.now();
        let id = new_id();
        self.db.write(|tx| {
            let duplicates = people::duplicates(tx, &p, None)?;
            people::insert(tx, &id, &p, &now)?;
            let (_, person) = people_rows::load(tx, &id)?;
            Ok(PersonSaved { person, duplicates })
        })
    }

    pub fn person_get(&self, id: &str) -> Result<Person> {
        self.db.read(|c| Ok(people_rows::load(c, id)?.1))
    }

    /// Changes only the fields the patch carries; validation sees the merged result.
    pub fn person_update(&self, id: &str, patch: PersonPatch) -> Result<PersonSaved> {
        let now = self.now();
        self.db.write(|tx| {
            let (rowid, current) = people_rows::load(tx, id)?;
            let mut merged = PersonInput::from(&current);
            let names_given = patch.first_name.is_some() || patch.last_name.is_some();
            let display_given = patch.display_name.is_some();
            patch.apply(&mut merged);
            // A changed first/last name with no explicit display name re-derives it, unless the
            // old display name was custom (not simply "first last").
            if names_given && !display_given && current.display_name == default_display(&current) {
                merged.display_name.clear();
            }
            let p = clean_person(merged)?;
            let duplicates = people::duplicates(tx, &p, Some(rowid))?;
            people::update(tx, rowid, &p, &now)?;
            let (_, person) = people_rows::load(tx, id)?;
            Ok(PersonSaved { person, duplicates })
        })
    }

    pub fn person_set_archived(&self, id: &str, archived: bool) -> Result<Person> {
        let now = self.now();
        self.db.write(|tx| {
            people::set_archived(tx, id, archived, &now)?;
            Ok(people_rows::load(tx, id)?.1)
        })
    }

    /// Erases a person completely: their row, channels, lists and search entries.
    pub fn person_delete(&self, id: &str) -> Result<()> {
        self.db.write(|tx| people::delete(tx, id))
    }

    pub fn person_list(&self, req: &PersonListReq) -> Result<PersonPage> {
        self.db.read(|c| store::list::list(c, req))
    }

    pub fn search(&self, req: &SearchReq) -> Result<Vec<PersonSummary>> {
        self.db.read(|c| search::search(c, req))
    }

    /// Creates many people in one transaction: all of them or, on the first invalid one, none.
    pub fn person_create_many(&self, inputs: Vec<PersonInput>) -> Result<usize> {
        let now = self.now();
        let cleaned = inputs
            .into_iter()
            .enumerate()
            .map(|(i, p)| clean_person(p).map_err(|e| prefix_fields(e, i)))
            .collect::<Result<Vec<_>>>()?;
        self.db.write(|tx| {
            for p in &cleaned {
                people::insert(tx, &new_id(), p, &now)?;
            }
            Ok(cleaned.len())
        })
    }

    /// How many people are in the book (archived included): the UI's first-run check.
    pub fn person_count(&self) -> Result<u64> {
        self.db.read(|c| {
            Ok(c.query_row("SELECT count(*) FROM people", [], |r| r.get::<_, i64>(0))? as u64)
        })
    }
}

/// Says which item of a batch a field error belongs to: `3.emails.0`.
fn prefix_fields(e: Error, index: usize) -> Error {
    match e {
        Error::Validation(fields) => Error::Validation(
            fields
                .into_iter()
                .map(|f| FieldError {
                    field: format!("{index}.{}", f.field),
                    message: f.message,
                })
                .collect(),
        ),
        other => other,
    }
}

fn default_display(p: &Person) -> String {
    [p.first_name.as_str(), p.last_name.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}
