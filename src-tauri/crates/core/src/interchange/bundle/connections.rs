//! Connections in a bundle: the `connections` section (knows, introduced, works with, represents, family, with a note and a date) and its merge; the same two people tied the same way are one connection whatever its id.
//!
//! A reader that does not know the section skips it, and a bundle from before it has none: the
//! format stays 1.

use crate::domain::network::ConnectionKind;
use crate::error::Result;
use crate::interchange::bundle::merge::network::{stone, weigh, Weighed};
use crate::interchange::bundle::merge::BundleReport;
use crate::interchange::bundle::Tombstone;
use crate::store::bundle_network as rows;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleConnection {
    pub id: String,
    /// Who introduced or represents `to_id`, for those kinds; either end for the others.
    pub from_id: String,
    pub to_id: String,
    /// `ConnectionKind`'s snake_case name.
    pub kind: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub since: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// Merges one connection, its two people already resolved to ours (`None`: not here).
pub(crate) fn merge(
    tx: &Connection,
    report: &mut BundleReport,
    c: &BundleConnection,
    (from, to): (Option<i64>, Option<i64>),
) -> Result<()> {
    let (Some(from), Some(to), Some(kind)) = (from, to, ConnectionKind::parse(&c.kind)) else {
        let why = "not imported: unknown kind, or one of its people is not here";
        report.conflict("connection", &c.id, "ours", why);
        return Ok(());
    };
    if from == to {
        // Two people of the bundle who are one person here.
        report.conflict(
            "connection",
            &c.id,
            "ours",
            "not imported: both ends are one person here",
        );
        return Ok(());
    }
    let ours = match rows::stamp(tx, "connections", &c.id)? {
        Some(s) => Some(s),
        None => rows::connection_of(tx, (from, to), kind.as_str())?,
    };
    match weigh(tx, report, "connection", ours, &c.id, &c.updated_at)? {
        Weighed::Add => rows::connection_put(tx, None, (from, to), c)?,
        Weighed::Theirs(rowid) => rows::connection_put(tx, Some(rowid), (from, to), c)?,
        Weighed::Same | Weighed::Gone => {}
    }
    Ok(())
}

/// A connection's tombstone: removed here unless edited here since.
pub(crate) fn tombstone(tx: &Connection, report: &mut BundleReport, t: &Tombstone) -> Result<()> {
    stone(tx, report, "connections", t)
}
