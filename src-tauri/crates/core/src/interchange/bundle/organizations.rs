//! Organizations in a bundle: the `organizations` section (agencies, managers, media, brands, companies) and its merge; the same name on both sides is one organization, ours.
//!
//! A reader that does not know the section skips it, and a bundle from before it has none: the
//! format stays 1.

use crate::domain::network::{clean_org, OrgKind, OrganizationInput};
use crate::error::Result;
use crate::interchange::bundle::merge::network::{stone, weigh, Weighed};
use crate::interchange::bundle::merge::BundleReport;
use crate::interchange::bundle::Tombstone;
use crate::store::{bundle_network as rows, network};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleOrganization {
    pub id: String,
    pub name: String,
    /// `OrgKind`'s snake_case name.
    pub kind: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
}

/// Merges one organization; answers its rowid here (theirs, or ours of the same name), `None`
/// when it is not here (deleted here, or invalid).
pub(crate) fn merge(
    tx: &Connection,
    report: &mut BundleReport,
    o: &BundleOrganization,
) -> Result<Option<i64>> {
    let input = OrgKind::parse(&o.kind)
        .ok_or_else(|| crate::error::Error::invalid("kind", format!("unknown kind “{}”", o.kind)))
        .and_then(|kind| {
            clean_org(OrganizationInput {
                name: o.name.clone(),
                kind,
                website: o.website.clone(),
                country: o.country.clone(),
                notes: o.notes.clone(),
            })
        });
    let input = match input {
        Ok(i) => i,
        Err(e) => {
            report.conflict("organization", &o.id, "ours", &format!("not imported: {e}"));
            return Ok(None);
        }
    };
    let ours = rows::stamp(tx, "organizations", &o.id)?;
    let stamps = (o.created_at.as_str(), o.updated_at.as_str());
    let here = |tx: &Connection| network::org_rowid_of(tx, &o.id).map(Some);
    match weigh(tx, report, "organization", ours, &o.id, &o.updated_at)? {
        Weighed::Gone => Ok(None),
        Weighed::Add => match network::org_by_name(tx, &input.name)? {
            // The same organization entered in both books: one, holding both sets of people.
            Some(rowid) => {
                report.added -= 1;
                report.merged += 1;
                Ok(Some(rowid))
            }
            None => {
                rows::organization_put(tx, &o.id, &input, stamps)?;
                here(tx)
            }
        },
        Weighed::Theirs(rowid) => {
            if network::org_by_name(tx, &input.name)?.is_some_and(|r| r != rowid) {
                report.updated -= 1;
                report.unchanged += 1;
                let why = "renamed there to the name of another organization here; kept ours";
                report.conflict("organization", &o.id, "ours", why);
            } else {
                rows::organization_put(tx, &o.id, &input, stamps)?;
            }
            Ok(Some(rowid))
        }
        Weighed::Same => here(tx),
    }
}

/// An organization's tombstone: deleted here (its people stay, their memberships go) unless
/// edited here since.
pub(crate) fn tombstone(tx: &Connection, report: &mut BundleReport, t: &Tombstone) -> Result<()> {
    stone(tx, report, "organizations", t)
}
