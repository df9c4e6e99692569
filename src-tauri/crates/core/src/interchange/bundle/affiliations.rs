//! Brand affiliations in a bundle: the `affiliations` section (each with its brand's id, name and side, so a book that lacks the brand makes it) and its merge, as smart lists merge.
//!
//! A reader that does not know the section skips it, and a bundle from before affiliations has
//! none: neither needed a new `FORMAT_VERSION`. The brand travels by name beside its id because
//! organizations may not travel with it (an older writer, a person's bundle): the brand is found
//! here by id, else by name (case aside), else made, as a brand, with their id.

use crate::domain::affiliation::{clean, AffiliationInput, AffiliationKind, BrandSide};
use crate::domain::network::{clean_org, OrgKind, OrganizationInput};
use crate::error::Result;
use crate::interchange::bundle::merge::BundleReport;
use crate::interchange::bundle::{BundleScope, Tombstone};
use crate::store::{affiliations, network, people, tombstones};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleAffiliation {
    pub id: String,
    pub person_id: String,
    pub brand_id: String,
    pub brand_name: String,
    /// Whose the brand is in the writer's book: applied here only to a brand marked neither.
    #[serde(default)]
    pub brand_side: BrandSide,
    pub kind: AffiliationKind,
    #[serde(default)]
    pub since: Option<String>,
    #[serde(default)]
    pub until: Option<String>,
    #[serde(default)]
    pub note: String,
    pub created_at: String,
    pub updated_at: String,
}

/// Every affiliation for a whole-book bundle; those of the bundled people otherwise.
pub(crate) fn rows(
    conn: &Connection,
    scope: &BundleScope,
    people_rowids: Option<&[i64]>,
) -> Result<Vec<BundleAffiliation>> {
    let only = match scope {
        BundleScope::All => None,
        _ => Some(people_rowids.unwrap_or_default()),
    };
    Ok(affiliations::all(conn, only)?
        .into_iter()
        .map(|a| BundleAffiliation {
            id: a.id,
            person_id: a.person_id,
            brand_id: a.brand_id,
            brand_name: a.brand_name,
            brand_side: a.brand_side,
            kind: a.kind,
            since: a.since,
            until: a.until,
            note: a.note,
            created_at: a.created_at,
            updated_at: a.updated_at,
        })
        .collect())
}

/// Our organization for their brand: by id, else by name, else a new brand with their id. The
/// side they gave it is taken only where ours says neither, so our own judgement stands.
fn our_brand(
    tx: &Connection,
    report: &mut BundleReport,
    a: &BundleAffiliation,
) -> Result<Option<i64>> {
    let found = match network::org_rowid_of(tx, &a.brand_id) {
        Ok(r) => Some(r),
        Err(crate::error::Error::NotFound { .. }) => network::org_by_name(tx, &a.brand_name)?,
        Err(e) => return Err(e),
    };
    let rowid = match found {
        Some(r) => r,
        None => {
            let org = match clean_org(OrganizationInput {
                name: a.brand_name.clone(),
                kind: OrgKind::Brand,
                ..OrganizationInput::default()
            }) {
                Ok(o) => o,
                Err(e) => {
                    let why = format!("not imported: its brand is not here and {e}");
                    report.conflict("affiliation", &a.id, "ours", &why);
                    return Ok(None);
                }
            };
            report.added += 1;
            network::org_insert(tx, &a.brand_id, &org, &a.created_at)?
        }
    };
    if a.brand_side != BrandSide::None {
        let ours = network::org_get(tx, rowid)?.brand_side;
        if ours == BrandSide::None {
            affiliations::set_side(tx, rowid, a.brand_side, &a.updated_at)?;
        }
    }
    Ok(Some(rowid))
}

/// Newest `updated_at` wins, a deletion here stays a deletion; an affiliation of someone not in
/// this book is reported, not imported. Merging the same bundle again changes nothing.
pub(crate) fn merge(
    tx: &Connection,
    people_alias: &HashMap<String, i64>,
    report: &mut BundleReport,
    a: &BundleAffiliation,
) -> Result<()> {
    let person = match people_alias.get(&a.person_id) {
        Some(&r) => Some(r),
        None => people::find(tx, &a.person_id)?,
    };
    let Some(person) = person else {
        let why = "not imported: the person is not in this book";
        report.conflict("affiliation", &a.id, "ours", why);
        return Ok(());
    };
    let input = match clean(AffiliationInput {
        person_id: a.person_id.clone(),
        brand_id: a.brand_id.clone(),
        kind: a.kind,
        since: a.since.clone(),
        until: a.until.clone(),
        note: a.note.clone(),
    }) {
        Ok(i) => i,
        Err(e) => {
            report.conflict("affiliation", &a.id, "ours", &format!("not imported: {e}"));
            return Ok(());
        }
    };
    match affiliations::find(tx, &a.id)? {
        None => {
            if let Some(at) = tombstones::deleted_at(tx, &a.id)? {
                report.unchanged += 1;
                if a.updated_at > at {
                    let why = "edited there after it was deleted here; it stays deleted";
                    report.conflict("affiliation", &a.id, "ours", why);
                }
                return Ok(());
            }
            let Some(brand) = our_brand(tx, report, a)? else {
                return Ok(());
            };
            let stamps = (a.created_at.as_str(), a.updated_at.as_str());
            affiliations::insert(tx, &a.id, (person, brand), &input, stamps)?;
            report.added += 1;
        }
        Some(ours) if a.updated_at > ours.updated_at => {
            let Some(brand) = our_brand(tx, report, a)? else {
                return Ok(());
            };
            affiliations::update(tx, &a.id, (person, brand), &input, &a.updated_at)?;
            report.updated += 1;
        }
        Some(_) => report.unchanged += 1,
    }
    Ok(())
}

/// An affiliation's tombstone: removed here unless edited here since.
pub(crate) fn stone(tx: &Connection, report: &mut BundleReport, t: &Tombstone) -> Result<()> {
    match affiliations::find(tx, &t.id)? {
        Some(ours) if ours.updated_at > t.deleted_at => {
            let why = "removed there, but edited here since; kept";
            report.conflict("affiliation", &t.id, "ours", why);
            return Ok(());
        }
        Some(_) => {
            affiliations::delete(tx, &t.id)?;
            report.deleted += 1;
        }
        None => {}
    }
    if tombstones::deleted_at(tx, &t.id)?.is_none_or(|at| at < t.deleted_at) {
        tombstones::record(tx, "affiliation", &t.id, &t.deleted_at)?;
    }
    Ok(())
}
