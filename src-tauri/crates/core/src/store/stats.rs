//! Per-person figures derived from the timeline — last contact, going-cold date, given/received — kept in step on write.

use crate::clock::stamp;
use crate::domain::cadence;
use crate::domain::person::Stage;
use crate::error::Result;
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

/// Recomputes the derived columns of one person from their interactions.
pub fn refresh(conn: &Connection, person_rowid: i64) -> Result<()> {
    let Some((stage, own)) = conn
        .prepare_cached("SELECT stage, cadence_days FROM people WHERE rowid = ?1")?
        .query_row([person_rowid], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<u32>>(1)?))
        })
        .optional()?
    else {
        return Ok(()); // the person was deleted in this same transaction
    };
    let last_t = last_contact(conn, person_rowid)?;
    let last = last_t.map(stamp);
    let (given, received): (i64, i64) = conn
        .prepare_cached(
            "SELECT coalesce(sum(i.direction = 'given'), 0), coalesce(sum(i.direction = 'received'), 0)
             FROM interaction_people ip JOIN interactions i ON i.rowid = ip.interaction_rowid
             WHERE ip.person_rowid = ?1",
        )?
        .query_row([person_rowid], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let stage = Stage::parse(&stage).unwrap_or_default();
    let cold = cadence::cold_at(stage, own, last_t).map(stamp);
    conn.prepare_cached(
        "UPDATE people SET last_interaction_at = ?2, cold_at = ?3, given_count = ?4, received_count = ?5
         WHERE rowid = ?1",
    )?
    .execute(params![person_rowid, last, cold, given, received])?;
    Ok(())
}

/// The last time this person was in touch, never later than when it was written down: an
/// interaction dated in the future (a typo, a planned call logged early, an imported row)
/// cannot be a contact that happened, and "last contact" must never read "tomorrow". Such an
/// interaction counts as of its writing; once its date has passed it counts no later than
/// that until the person's figures are next refreshed, which errs on the side of "older".
fn last_contact(conn: &Connection, person_rowid: i64) -> Result<Option<DateTime<Utc>>> {
    // Newest first by the primary key (person_rowid, occurred_at, …): usually the first row
    // was written after it happened and is the answer, in one index probe.
    let mut st = conn.prepare_cached(
        "SELECT ip.occurred_at, i.created_at FROM interaction_people ip
         JOIN interactions i ON i.rowid = ip.interaction_rowid
         WHERE ip.person_rowid = ?1 ORDER BY ip.occurred_at DESC",
    )?;
    let mut rows = st.query([person_rowid])?;
    let mut best: Option<DateTime<Utc>> = None;
    while let Some(r) = rows.next()? {
        let (Some(at), written) = (instant(&r.get::<_, String>(0)?), r.get::<_, String>(1)?) else {
            continue;
        };
        if best.is_some_and(|b| at <= b) {
            break; // every later row happened earlier still
        }
        let counted = instant(&written).map_or(at, |w| at.min(w));
        best = Some(best.map_or(counted, |b| b.max(counted)));
        if counted == at {
            break; // not in the future of its writing: nothing below can beat it
        }
    }
    Ok(best)
}

fn instant(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

pub fn refresh_all(conn: &Connection, people: &[i64]) -> Result<()> {
    people.iter().try_for_each(|p| refresh(conn, *p))
}
