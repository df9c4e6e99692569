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
    // The primary key (person_rowid, occurred_at, …) makes this max a single index probe.
    let last: Option<String> = conn
        .prepare_cached("SELECT max(occurred_at) FROM interaction_people WHERE person_rowid = ?1")?
        .query_row([person_rowid], |r| r.get(0))?;
    let (given, received): (i64, i64) = conn
        .prepare_cached(
            "SELECT coalesce(sum(i.direction = 'given'), 0), coalesce(sum(i.direction = 'received'), 0)
             FROM interaction_people ip JOIN interactions i ON i.rowid = ip.interaction_rowid
             WHERE ip.person_rowid = ?1",
        )?
        .query_row([person_rowid], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let last_t = last
        .as_deref()
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .map(|t| t.with_timezone(&Utc));
    let stage = Stage::parse(&stage).unwrap_or_default();
    let cold = cadence::cold_at(stage, own, last_t).map(stamp);
    conn.prepare_cached(
        "UPDATE people SET last_interaction_at = ?2, cold_at = ?3, given_count = ?4, received_count = ?5
         WHERE rowid = ?1",
    )?
    .execute(params![person_rowid, last, cold, given, received])?;
    Ok(())
}

pub fn refresh_all(conn: &Connection, people: &[i64]) -> Result<()> {
    people.iter().try_for_each(|p| refresh(conn, *p))
}
