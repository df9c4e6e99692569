//! Memberships in a bundle: the `memberships` section (a person's place in an organization: role, dates, employer) and its merge; the same person in the same organization is one membership whatever its id.
//!
//! A reader that does not know the section skips it, and a bundle from before it has none: the
//! format stays 1.

use crate::error::Result;
use crate::interchange::bundle::merge::network::{stone, weigh, Weighed};
use crate::interchange::bundle::merge::BundleReport;
use crate::interchange::bundle::Tombstone;
use crate::store::bundle_network as rows;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleMembership {
    pub id: String,
    pub person_id: String,
    pub organization_id: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub since: Option<String>,
    #[serde(default)]
    pub until: Option<String>,
    #[serde(default)]
    pub employer: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// Merges one membership, its person and organization already resolved to ours (`None`: not
/// here, and the membership is listed as not imported).
pub(crate) fn merge(
    tx: &Connection,
    report: &mut BundleReport,
    m: &BundleMembership,
    person: Option<i64>,
    org: Option<i64>,
) -> Result<()> {
    let (Some(person), Some(org)) = (person, org) else {
        let why = "not imported: the person or the organization is not here";
        report.conflict("membership", &m.id, "ours", why);
        return Ok(());
    };
    let ours = match rows::stamp(tx, "memberships", &m.id)? {
        Some(s) => Some(s),
        // Put there and here apart: one membership, the newer fields win.
        None => rows::membership_of(tx, person, org)?,
    };
    match weigh(tx, report, "membership", ours, &m.id, &m.updated_at)? {
        Weighed::Add => rows::membership_put(tx, None, (person, org), m)?,
        Weighed::Theirs(rowid) => rows::membership_put(tx, Some(rowid), (person, org), m)?,
        Weighed::Same | Weighed::Gone => {}
    }
    Ok(())
}

/// A membership's tombstone: the person leaves the organization here unless it was edited here
/// since.
pub(crate) fn tombstone(tx: &Connection, report: &mut BundleReport, t: &Tombstone) -> Result<()> {
    stone(tx, report, "memberships", t)
}
