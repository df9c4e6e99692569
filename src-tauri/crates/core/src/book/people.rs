//! The person half of the `Book` API: create, read, partial update, archive, delete, list, search.

use super::Book;
use crate::api::{PersonListReq, PersonPage, SearchReq};
use crate::domain::network::{ConnectionInput, ConnectionKind};
use crate::domain::person::{Person, PersonInput, PersonPatch, PersonSaved, PersonSummary};
use crate::domain::validate::clean_person;
use crate::error::{Error, FieldError, Result};
use crate::search;
use crate::store::{people, people_rows, stats};
use crate::{new_id, store};

impl Book {
    pub fn person_create(&self, input: PersonInput) -> Result<PersonSaved> {
        self.person_create_via(input, None)
    }

    /// Creates a person and, when `introduced_by` names someone in the book, the "introduced"
    /// connection from them, in one transaction: an unknown introducer creates nothing.
    pub fn person_create_via(
        &self,
        input: PersonInput,
        introduced_by: Option<&str>,
    ) -> Result<PersonSaved> {
        let p = clean_person(input)?;
        let by = introduced_by.map(str::trim).filter(|s| !s.is_empty());
        let now = self.now();
        let id = new_id();
        self.db.write(|tx| {
            let by = by.map(|b| introducer(tx, b)).transpose()?;
            let duplicates = people::duplicates(tx, &p, None)?;
            let rowid = people::insert(tx, &id, &p, &now)?;
            if let Some(by) = by {
                let tie = ConnectionInput {
                    from: String::new(),
                    to: String::new(),
                    kind: ConnectionKind::Introduced,
                    note: String::new(),
                    since: None,
                };
                store::network::connection_insert(tx, &new_id(), (by, rowid), &tie, &now)?;
            }
            let (_, person) = people_rows::load(tx, &id)?;
            Ok(PersonSaved { person, duplicates })
        })
    }

    /// The person with this id, or the one it was merged into (an old id is kept as an alias).
    pub fn person_get(&self, id: &str) -> Result<Person> {
        self.db
            .read(|c| Ok(people_rows::load(c, &store::duplicates::resolve(c, id)?)?.1))
    }

    /// Changes only the fields the patch carries; validation sees the merged result.
    pub fn person_update(&self, id: &str, patch: PersonPatch) -> Result<PersonSaved> {
        let now = self.now();
        self.db.write(|tx| {
            let (rowid, current) = people_rows::load(tx, id)?;
            let mut merged = PersonInput::from(&current);
            let names_given = patch.first_name.is_some() || patch.last_name.is_some();
            // A display name sent back unchanged (a form that sends every field) is not a
            // choice made by hand: it must not pin a name derived from the old first/last name.
            let display_given = patch
                .display_name
                .as_deref()
                .is_some_and(|d| d.trim() != current.display_name);
            patch.apply(&mut merged);
            // A changed first/last name with no explicit display name re-derives it, unless the
            // old display name was custom (not simply "first last").
            if names_given && !display_given && current.display_name == default_display(&current) {
                merged.display_name.clear();
            }
            let p = clean_person(merged)?;
            let duplicates = people::duplicates(tx, &p, Some(rowid))?;
            people::update(tx, rowid, &p, &now)?;
            // Stage or cadence may have changed, and with them the going-cold date.
            stats::refresh(tx, rowid)?;
            let (_, person) = people_rows::load(tx, id)?;
            Ok(PersonSaved { person, duplicates })
        })
    }

    pub fn person_archive(&self, id: &str, archived: bool) -> Result<Person> {
        let now = self.now();
        self.db.write(|tx| {
            people::set_archived(tx, id, archived, &now)?;
            Ok(people_rows::load(tx, id)?.1)
        })
    }

    /// Erases a person completely: their row, channels, lists and search entries.
    /// Tombstones are written first, so a teammate's bundle carries the erasure and an older
    /// bundle does not bring the person back.
    pub fn person_delete(&self, id: &str) -> Result<()> {
        let now = self.now();
        self.db.write(|tx| {
            crate::store::tombstones::record_person_erase(tx, id, &now)?;
            people::delete(tx, id)
        })
    }

    /// A page of people, with the work-list columns; relative filters ("within 30 days")
    /// count from the book's clock.
    pub fn person_list(&self, req: &PersonListReq) -> Result<PersonPage> {
        req.filter.check()?;
        let mut req = req.clone();
        req.filter.as_of = Some(self.now());
        let today = self.today()?;
        self.db.read(|c| {
            let mut page = store::people_pages::page(c, &req)?;
            let ids: Vec<String> = page.items.iter().map(|p| p.id.clone()).collect();
            page.conflicts = store::affiliations::flags(c, &ids, &today)?;
            Ok(page)
        })
    }

    pub fn person_search(&self, req: &SearchReq) -> Result<Vec<PersonSummary>> {
        req.filter.check()?;
        let mut req = req.clone();
        req.filter.as_of = Some(self.now());
        self.db.read(|c| search::people::search(c, &req))
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
        self.db.read(people::count)
    }
}

/// The row of whoever introduced a new person (an id merged away leads to the survivor); one
/// not in the book is the form's field error, not a "person not found" about the new person.
fn introducer(c: &rusqlite::Connection, id: &str) -> Result<i64> {
    let id = store::duplicates::resolve(c, id)?;
    people::rowid_of(c, &id).map_err(|e| match e {
        Error::NotFound { .. } => Error::invalid(
            "introduced_by",
            format!("no one in the book has the id {id}: choose who introduced them again"),
        ),
        other => other,
    })
}

/// Says which item of a batch a field error belongs to: `3.emails.0`.
pub(super) fn prefix_fields(e: Error, index: usize) -> Error {
    match e {
        Error::Validation(fields) => Error::Validation(
            fields
                .into_iter()
                .map(|f| FieldError {
                    field: format!("{index}.{}", f.field),
                    ..f
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
