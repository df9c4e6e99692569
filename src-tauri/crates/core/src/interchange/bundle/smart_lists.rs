//! Smart lists in a bundle: the `smart_lists` section (definitions, never members: those are whoever matches in the book that reads it) and its merge, as lists merge.
//!
//! A reader that does not know the section skips it, and a bundle from before smart lists has
//! none: neither needed a new `FORMAT_VERSION`.

use crate::api::PersonSort;
use crate::domain::smart_list::{clean, SmartListInput};
use crate::error::Result;
use crate::interchange::bundle::merge::BundleReport;
use crate::interchange::bundle::{BundleScope, Tombstone};
use crate::store::filter::PersonFilter;
use crate::store::{smart_lists, tombstones};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleSmartList {
    pub id: String,
    pub name: String,
    pub filter: PersonFilter,
    /// `PersonSort`'s snake_case name.
    pub sort: String,
    #[serde(default)]
    pub descending: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// Every definition, for a whole-book bundle; none for a person's, an event's or a list's.
pub(crate) fn rows(conn: &Connection, scope: &BundleScope) -> Result<Vec<BundleSmartList>> {
    if *scope != BundleScope::All {
        return Ok(Vec::new());
    }
    Ok(smart_lists::all(conn)?
        .into_iter()
        .map(|r| BundleSmartList {
            id: r.id,
            name: r.input.name,
            filter: r.input.filter,
            sort: r.input.sort.as_str().into(),
            descending: r.input.descending,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
        .collect())
}

/// Newest `updated_at` wins; the same name made on both sides stays one (ours), a deletion here
/// stays a deletion. Merging the same bundle again changes nothing.
pub(crate) fn merge(tx: &Connection, report: &mut BundleReport, s: &BundleSmartList) -> Result<()> {
    let input = PersonSort::parse(&s.sort)
        .ok_or_else(|| crate::error::Error::invalid("sort", format!("unknown sort “{}”", s.sort)))
        .and_then(|sort| {
            clean(SmartListInput {
                name: s.name.clone(),
                filter: s.filter.clone(),
                sort,
                descending: s.descending,
            })
        });
    let input = match input {
        Ok(i) => i,
        Err(e) => {
            report.conflict("smart_list", &s.id, "ours", &format!("not imported: {e}"));
            return Ok(());
        }
    };
    match smart_lists::find(tx, &s.id)? {
        None => {
            if let Some(at) = tombstones::deleted_at(tx, &s.id)? {
                report.unchanged += 1;
                if s.updated_at > at {
                    let why = "edited there after it was deleted here; it stays deleted";
                    report.conflict("smart_list", &s.id, "ours", why);
                }
            } else if smart_lists::named(tx, &input.name, None)?.is_some() {
                // The same name saved on both sides: one smart list, ours.
                report.merged += 1;
            } else {
                smart_lists::insert(tx, &s.id, &input, &s.created_at, &s.updated_at)?;
                report.added += 1;
            }
        }
        Some(ours) if s.updated_at > ours.updated_at => {
            if smart_lists::named(tx, &input.name, Some(ours.rowid))?.is_some() {
                let why = "renamed there to the name of another smart list here; kept ours";
                report.conflict("smart_list", &s.id, "ours", why);
                report.unchanged += 1;
            } else {
                smart_lists::update(tx, ours.rowid, &input, &s.updated_at)?;
                report.updated += 1;
            }
        }
        Some(_) => report.unchanged += 1,
    }
    Ok(())
}

/// A smart list's tombstone: deleted here unless edited here since.
pub(crate) fn stone(tx: &Connection, report: &mut BundleReport, t: &Tombstone) -> Result<()> {
    match smart_lists::find(tx, &t.id)? {
        Some(ours) if ours.updated_at > t.deleted_at => {
            let why = "deleted there, but edited here since; kept";
            report.conflict("smart_list", &t.id, "ours", why);
            return Ok(());
        }
        Some(ours) => {
            smart_lists::delete(tx, ours.rowid)?;
            report.deleted += 1;
        }
        None => {}
    }
    if tombstones::deleted_at(tx, &t.id)?.is_none_or(|at| at < t.deleted_at) {
        tombstones::record(tx, "smart_list", &t.id, &t.deleted_at)?;
    }
    Ok(())
}
