//! The lists half of the `Book` API: hand-picked lists of people, their members, and the lists a person is on.

use super::Book;
use crate::domain::list::{clean, List, ListDetail, ListInput, ListPatch};
use crate::error::Result;
use crate::new_id;
use crate::store::{lists, people, tombstones};

impl Book {
    /// A new, empty list; its name must not be taken (case aside).
    pub fn list_create(&self, input: ListInput) -> Result<List> {
        let l = clean(input)?;
        let now = self.now();
        let id = new_id();
        self.db.write(|tx| {
            lists::ensure_free(tx, &l.name, None)?;
            lists::insert(tx, &id, &l, &now, &now)?;
            lists::get(tx, &id)
        })
    }

    /// Renames a list and/or changes its description.
    pub fn list_update(&self, id: &str, patch: ListPatch) -> Result<List> {
        let now = self.now();
        self.db.write(|tx| {
            let rowid = lists::rowid_of(tx, id)?;
            let current = lists::get(tx, id)?;
            let l = clean(ListInput {
                name: patch.name.unwrap_or(current.name),
                description: patch.description.unwrap_or(current.description),
            })?;
            lists::ensure_free(tx, &l.name, Some(rowid))?;
            lists::update(tx, rowid, &l, &now)?;
            lists::get(tx, id)
        })
    }

    /// Deletes a list; the people on it stay in the book. A tombstone carries the deletion in bundles.
    pub fn list_delete(&self, id: &str) -> Result<()> {
        let now = self.now();
        self.db.write(|tx| {
            let rowid = lists::rowid_of(tx, id)?;
            lists::delete(tx, rowid)?;
            tombstones::record(tx, "list", id, &now)
        })
    }

    /// Every list by name, with member counts.
    pub fn list_all(&self) -> Result<Vec<List>> {
        self.db.read(lists::all)
    }

    pub fn list_detail(&self, id: &str) -> Result<ListDetail> {
        self.db.read(|c| {
            let rowid = lists::rowid_of(c, id)?;
            Ok(ListDetail {
                list: lists::get(c, id)?,
                members: lists::members(c, rowid)?,
            })
        })
    }

    /// The ids of a list's members, in list order: what a list-scoped export writes.
    pub fn list_member_ids(&self, id: &str) -> Result<Vec<String>> {
        self.db
            .read(|c| lists::member_ids(c, lists::rowid_of(c, id)?))
    }

    /// The lists a person is on (the person page shows them).
    pub fn person_lists(&self, person_id: &str) -> Result<Vec<List>> {
        self.db
            .read(|c| lists::of_person(c, people::rowid_of(c, person_id)?))
    }

    /// Puts people on a list; someone already on it keeps their place. All or nothing: an
    /// unknown person id adds no one.
    pub fn list_add(&self, id: &str, person_ids: &[String]) -> Result<List> {
        let now = self.now();
        self.db.write(|tx| {
            let rowid = lists::rowid_of(tx, id)?;
            for p in person_ids {
                let person = people::rowid_of(tx, p)?;
                if lists::add(tx, rowid, person, &now)? {
                    // Back on the list: an older removal must not take them off again in a merge.
                    tombstones::forget(tx, &lists::member_stone(id, p))?;
                }
            }
            lists::get(tx, id)
        })
    }

    /// Takes people off a list (not out of the book); someone not on it is no error.
    pub fn list_remove(&self, id: &str, person_ids: &[String]) -> Result<List> {
        let now = self.now();
        self.db.write(|tx| {
            let rowid = lists::rowid_of(tx, id)?;
            for p in person_ids {
                let person = people::rowid_of(tx, p)?;
                if lists::remove(tx, rowid, person)? {
                    tombstones::record(tx, "list_member", &lists::member_stone(id, p), &now)?;
                }
            }
            lists::get(tx, id)
        })
    }
}
