//! The smart-lists half of the `Book` API: saved filters under a name, their live counts, and who they hold now.

use super::Book;
use crate::api::PersonListReq;
use crate::domain::smart_list::{clean, SmartList, SmartListInput};
use crate::error::Result;
use crate::new_id;
use crate::store::smart_lists::{self, Row};
use crate::store::{people_pages, tombstones};
use rusqlite::Connection;

impl Book {
    /// Saves a filter and sort under a new name (unique, case aside).
    pub fn smart_list_create(&self, input: SmartListInput) -> Result<SmartList> {
        let s = clean(input)?;
        let now = self.now();
        let id = new_id();
        self.db.write(|tx| {
            smart_lists::ensure_free(tx, &s.name, None)?;
            smart_lists::insert(tx, &id, &s, &now, &now)?;
            self.counted(tx, smart_lists::get(tx, &id)?)
        })
    }

    /// Replaces a smart list's name, filter and sort.
    pub fn smart_list_update(&self, id: &str, input: SmartListInput) -> Result<SmartList> {
        let s = clean(input)?;
        let now = self.now();
        self.db.write(|tx| {
            let row = smart_lists::get(tx, id)?;
            smart_lists::ensure_free(tx, &s.name, Some(row.rowid))?;
            smart_lists::update(tx, row.rowid, &s, &now)?;
            self.counted(tx, smart_lists::get(tx, id)?)
        })
    }

    /// Deletes the definition (nobody leaves the book); a tombstone carries it in bundles.
    pub fn smart_list_delete(&self, id: &str) -> Result<()> {
        let now = self.now();
        self.db.write(|tx| {
            let row = smart_lists::get(tx, id)?;
            smart_lists::delete(tx, row.rowid)?;
            tombstones::record(tx, "smart_list", id, &now)
        })
    }

    /// Every smart list by name, each with how many people match it now.
    pub fn smart_list_all(&self) -> Result<Vec<SmartList>> {
        self.db.read(|c| {
            smart_lists::all(c)?
                .into_iter()
                .map(|r| self.counted(c, r))
                .collect()
        })
    }

    pub fn smart_list_get(&self, id: &str) -> Result<SmartList> {
        self.db.read(|c| self.counted(c, smart_lists::get(c, id)?))
    }

    /// The page request that opens a smart list in the People table.
    pub fn smart_list_request(&self, id: &str) -> Result<PersonListReq> {
        let s = self.smart_list_get(id)?;
        Ok(PersonListReq {
            filter: s.filter,
            sort: s.sort,
            descending: s.descending,
            ..Default::default()
        })
    }

    /// The ids of everyone it holds now, in its order: what an export of it writes.
    pub fn smart_list_member_ids(&self, id: &str) -> Result<Vec<String>> {
        let mut req = self.smart_list_request(id)?;
        req.filter.as_of = Some(self.now());
        self.db.read(|c| people_pages::matching_ids(c, &req))
    }

    fn counted(&self, c: &Connection, r: Row) -> Result<SmartList> {
        let mut filter = r.input.filter.clone();
        filter.as_of = Some(self.now());
        Ok(SmartList {
            count: people_pages::matching_count(c, &filter)?,
            id: r.id,
            name: r.input.name,
            filter: r.input.filter,
            sort: r.input.sort,
            descending: r.input.descending,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
    }
}
