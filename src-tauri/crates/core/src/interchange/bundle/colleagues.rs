//! Colleagues in a bundle: the `colleagues` section (the writer's team roster) and its merge, so a teammate's bundle adds their colleagues instead of free text; the same name on both sides is one colleague.
//!
//! A reader that does not know the section skips it, and a bundle from before it has none: the
//! format stays 1.

use crate::domain::team::{clean_colleague, ColleagueInput};
use crate::error::Result;
use crate::interchange::bundle::merge::network::{stone, weigh, Weighed};
use crate::interchange::bundle::merge::BundleReport;
use crate::interchange::bundle::Tombstone;
use crate::store::{bundle_network as rows, team};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleColleague {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub email: String,
    pub created_at: String,
    pub updated_at: String,
}

/// Merges one colleague; answers their id here (theirs, or ours of the same name), `None` when
/// they are not here (deleted here, or invalid).
pub(crate) fn merge(
    tx: &Connection,
    report: &mut BundleReport,
    c: &BundleColleague,
) -> Result<Option<String>> {
    let input = match clean_colleague(ColleagueInput {
        name: c.name.clone(),
        role: c.role.clone(),
        region: c.region.clone(),
        email: c.email.clone(),
    }) {
        Ok(i) => i,
        Err(e) => {
            report.conflict("colleague", &c.id, "ours", &format!("not imported: {e}"));
            return Ok(None);
        }
    };
    let ours = rows::stamp(tx, "colleagues", &c.id)?;
    let stamps = (c.created_at.as_str(), c.updated_at.as_str());
    Ok(
        match weigh(tx, report, "colleague", ours, &c.id, &c.updated_at)? {
            Weighed::Gone => None,
            Weighed::Add => match team::by_name(tx, &input.name)? {
                // The same colleague entered in both books: one colleague, ours.
                Some(ours) => {
                    report.added -= 1;
                    report.merged += 1;
                    Some(ours)
                }
                None => {
                    rows::colleague_put(tx, &c.id, &input, stamps)?;
                    Some(c.id.clone())
                }
            },
            Weighed::Theirs(_) => {
                if team::by_name(tx, &input.name)?.is_some_and(|o| o != c.id) {
                    report.updated -= 1;
                    report.unchanged += 1;
                    let why = "renamed there to the name of another colleague here; kept ours";
                    report.conflict("colleague", &c.id, "ours", why);
                } else {
                    rows::colleague_put(tx, &c.id, &input, stamps)?;
                }
                Some(c.id.clone())
            }
            Weighed::Same => Some(c.id.clone()),
        },
    )
}

/// A colleague's tombstone: off the roster here unless edited here since (their interactions
/// keep the name as text, as deleting here does).
pub(crate) fn tombstone(tx: &Connection, report: &mut BundleReport, t: &Tombstone) -> Result<()> {
    stone(tx, report, "colleagues", t)
}
