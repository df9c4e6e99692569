//! The rows of a list's printable sheet: each person's line (main channel with its audience, last contact, next follow-up) and their conflicts, read for the people a list or smart list holds.

use super::affiliations::conflicts_of;
use crate::domain::affiliation::Conflict;
use crate::domain::person::{PersonKind, Stage};
use crate::error::Result;
use crate::store::people_rows::corrupt;
use rusqlite::{Connection, OptionalExtension};

/// One person's line on the sheet, as stored (times in UTC: the book turns them local).
#[derive(Debug, Clone)]
pub struct SheetRow {
    pub id: String,
    pub display_name: String,
    pub kind: PersonKind,
    pub stage: Stage,
    pub city: String,
    pub country: String,
    pub employer: String,
    /// The first channel, as the People table shows it: platform and handle.
    pub channel: Option<(String, String)>,
    pub audience: Option<u64>,
    pub last_interaction_at: Option<String>,
    pub next_followup_at: Option<String>,
    /// As the person page says them on `today`: "do not contact" first, then their brands'.
    pub conflicts: Vec<Conflict>,
}

/// The lines of `ids`, in that order; conflicts through `conflicts_of`, the person page's rule.
pub fn rows(conn: &Connection, ids: &[String], today: &str) -> Result<Vec<SheetRow>> {
    let mut st = conn.prepare_cached(
        "SELECT p.rowid, p.id, p.display_name, p.kind, p.stage, p.city, p.country, p.employer,
                c.platform, c.handle, c.audience, p.last_interaction_at, p.next_followup_at
         FROM people p
         LEFT JOIN channels c ON c.rowid = (SELECT c2.rowid FROM channels c2
              WHERE c2.person_rowid = p.rowid ORDER BY c2.position LIMIT 1)
         WHERE p.id = ?1",
    )?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let found = st
            .query_row([id], |r| {
                let kind: String = r.get(3)?;
                let stage: String = r.get(4)?;
                let platform: Option<String> = r.get(8)?;
                let handle: Option<String> = r.get(9)?;
                let audience: Option<i64> = r.get(10)?;
                Ok((
                    r.get::<_, i64>(0)?,
                    SheetRow {
                        id: r.get(1)?,
                        display_name: r.get(2)?,
                        kind: PersonKind::parse(&kind).ok_or_else(|| corrupt("kind", &kind))?,
                        stage: Stage::parse(&stage).ok_or_else(|| corrupt("stage", &stage))?,
                        city: r.get(5)?,
                        country: r.get(6)?,
                        employer: r.get(7)?,
                        channel: platform.zip(handle),
                        audience: audience.and_then(|a| u64::try_from(a).ok()),
                        last_interaction_at: r.get(11)?,
                        next_followup_at: r.get(12)?,
                        conflicts: Vec::new(),
                    },
                ))
            })
            .optional()?;
        // A member merged or deleted between reading the ids and now is simply not printed.
        if let Some((rowid, mut row)) = found {
            row.conflicts = conflicts_of(conn, rowid, today)?;
            out.push(row);
        }
    }
    Ok(out)
}
