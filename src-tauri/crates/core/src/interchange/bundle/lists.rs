//! Lists in a bundle: the `lists` and `list_members` sections, and their merge (newest `updated_at` wins, removals and deletions follow tombstones).
//!
//! Sections a reader does not know are skipped (the reader looks sections up by key), so adding
//! these two did not need a new `FORMAT_VERSION`; a bundle from before lists simply has none.

use crate::domain::list::ListInput;
use crate::error::Result;
use crate::interchange::bundle::merge::BundleReport;
use crate::interchange::bundle::{BundleScope, Tombstone};
use crate::store::{lists, people, tombstones};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleList {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleListMember {
    pub list_id: String,
    pub person_id: String,
    pub added_at: String,
}

/// The lists and memberships in `scope`: all of them, one list, or none (a person's or an
/// event's bundle does not carry lists that would arrive with most of their members missing).
pub(crate) fn rows(
    conn: &Connection,
    scope: &BundleScope,
) -> Result<(Vec<BundleList>, Vec<BundleListMember>)> {
    let only = match scope {
        BundleScope::All => None,
        BundleScope::List { id } => Some(id.as_str()),
        _ => return Ok((Vec::new(), Vec::new())),
    };
    let ls = lists::bundled(conn, only)?;
    let members = lists::bundled_members(conn, only)?;
    Ok((ls, members))
}

/// Merges lists, then memberships, then the tombstones of lists and memberships, as the bundle
/// merge hands them on section by section.
pub(crate) struct ListMerge<'a> {
    pub tx: &'a Connection,
    /// Their person id → our rowid, for people merged into someone here by e-mail or handle.
    pub people_alias: &'a HashMap<String, i64>,
    pub report: &'a mut BundleReport,
    /// Their list id → our list (same name, another id): the two lists become one.
    alias: HashMap<String, (i64, String)>,
}

impl<'a> ListMerge<'a> {
    pub fn new(
        tx: &'a Connection,
        people_alias: &'a HashMap<String, i64>,
        report: &'a mut BundleReport,
    ) -> Self {
        ListMerge {
            tx,
            people_alias,
            report,
            alias: HashMap::new(),
        }
    }

    fn conflict(&mut self, kind: &str, id: &str, kept: &str, reason: &str) {
        self.report.conflict(kind, id, kept, reason);
    }

    /// A tombstone of a list, a membership or a smart list (others are the record merge's).
    pub fn stone(&mut self, t: &Tombstone) -> Result<()> {
        match t.kind.as_str() {
            "list" => self.list_stone(t),
            "list_member" => self.member_stone(t),
            "smart_list" => crate::interchange::bundle::smart_lists::stone(self.tx, self.report, t),
            "affiliation" => {
                crate::interchange::bundle::affiliations::stone(self.tx, self.report, t)
            }
            _ => Ok(()),
        }
    }

    pub fn list(&mut self, l: &BundleList) -> Result<()> {
        let input = match crate::domain::list::clean(ListInput {
            name: l.name.clone(),
            description: l.description.clone(),
        }) {
            Ok(i) => i,
            Err(e) => {
                self.conflict("list", &l.id, "ours", &format!("not imported: {e}"));
                return Ok(());
            }
        };
        let ours: Option<(i64, String)> = lists::stamp(self.tx, &l.id)?;
        match ours {
            None => {
                if let Some(at) = tombstones::deleted_at(self.tx, &l.id)? {
                    self.report.unchanged += 1;
                    if l.updated_at > at {
                        let why = "edited there after it was deleted here; it stays deleted";
                        self.conflict("list", &l.id, "ours", why);
                    }
                } else if let Some(rowid) = lists::named(self.tx, &input.name, None)? {
                    // The same list made on both sides: one list, holding both sets of members.
                    let our_id: String = lists::id_at(self.tx, rowid)?;
                    self.alias.insert(l.id.clone(), (rowid, our_id));
                    self.report.merged += 1;
                } else {
                    lists::insert(self.tx, &l.id, &input, &l.created_at, &l.updated_at)?;
                    self.report.added += 1;
                }
            }
            Some((rowid, ours)) if l.updated_at > ours => {
                if lists::named(self.tx, &input.name, Some(rowid))?.is_some() {
                    let why = "renamed there to the name of another list here; kept ours";
                    self.conflict("list", &l.id, "ours", why);
                    self.report.unchanged += 1;
                } else {
                    lists::update(self.tx, rowid, &input, &l.updated_at)?;
                    self.report.updated += 1;
                    let why = "changed on both sides; theirs is newer";
                    self.conflict("list", &l.id, "theirs", why);
                }
            }
            Some((_, ours)) => {
                self.report.unchanged += 1;
                if l.updated_at < ours {
                    self.conflict(
                        "list",
                        &l.id,
                        "ours",
                        "changed on both sides; ours is newer",
                    );
                }
            }
        }
        Ok(())
    }

    /// Our list's rowid and id for their list id.
    fn our_list(&self, id: &str) -> Result<Option<(i64, String)>> {
        if let Some(a) = self.alias.get(id) {
            return Ok(Some(a.clone()));
        }
        Ok(lists::find(self.tx, id)?.map(|r| (r, id.to_string())))
    }

    fn our_person(&self, id: &str) -> Result<Option<(i64, String)>> {
        if let Some(r) = self.people_alias.get(id) {
            let our_id = people::id_at(self.tx, *r)?;
            return Ok(Some((*r, our_id)));
        }
        Ok(people::find(self.tx, id)?.map(|r| (r, id.to_string())))
    }

    pub fn member(&mut self, m: &BundleListMember) -> Result<()> {
        let (Some((list, list_id)), Some((person, person_id))) =
            (self.our_list(&m.list_id)?, self.our_person(&m.person_id)?)
        else {
            let id = lists::member_stone(&m.list_id, &m.person_id);
            let why = "not imported: the list or the person is not here";
            self.conflict("list_member", &id, "ours", why);
            return Ok(());
        };
        let stone = lists::member_stone(&list_id, &person_id);
        if lists::added_at(self.tx, list, person)?.is_some() {
            self.report.unchanged += 1;
        } else if tombstones::deleted_at(self.tx, &stone)?.is_some_and(|at| at >= m.added_at) {
            // Taken off the list here after they were put on it there.
            self.report.unchanged += 1;
        } else {
            lists::add(self.tx, list, person, &m.added_at)?;
            tombstones::forget(self.tx, &stone)?;
            self.report.added += 1;
        }
        Ok(())
    }

    fn list_stone(&mut self, t: &Tombstone) -> Result<()> {
        let ours: Option<(i64, String)> = lists::stamp(self.tx, &t.id)?;
        match ours {
            Some((_, updated)) if updated > t.deleted_at => {
                let why = "deleted there, but edited here since; kept";
                self.conflict("list", &t.id, "ours", why);
                return Ok(());
            }
            Some((rowid, _)) => {
                lists::delete(self.tx, rowid)?;
                self.report.deleted += 1;
            }
            None => {}
        }
        if tombstones::deleted_at(self.tx, &t.id)?.is_none_or(|at| at < t.deleted_at) {
            tombstones::record(self.tx, "list", &t.id, &t.deleted_at)?;
        }
        Ok(())
    }

    fn member_stone(&mut self, t: &Tombstone) -> Result<()> {
        let Some((list_id, person_id)) = t.id.split_once(':') else {
            return Ok(());
        };
        if let (Some((list, _)), Some((person, _))) =
            (self.our_list(list_id)?, self.our_person(person_id)?)
        {
            match lists::added_at(self.tx, list, person)? {
                // Put back on the list here after they were taken off there.
                Some(added) if added > t.deleted_at => return Ok(()),
                Some(_) => {
                    lists::remove(self.tx, list, person)?;
                    self.report.deleted += 1;
                }
                None => {}
            }
        }
        if tombstones::deleted_at(self.tx, &t.id)?.is_none_or(|at| at < t.deleted_at) {
            tombstones::record(self.tx, "list_member", &t.id, &t.deleted_at)?;
        }
        Ok(())
    }
}
