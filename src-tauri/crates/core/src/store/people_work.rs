//! The work-list columns of a page of people (last contact, next follow-up, cadence state, audiences, topics, languages, lists, source), read for the rows shown only.

use super::filter_relation::cadence_state;
use super::people_rows::json_list;
use crate::api::{ChannelAudience, PersonWork};
use crate::error::Result;
use rusqlite::Connection;

/// id, last contact, next follow-up, cold at, largest audience, topics JSON, source, created at.
type Cols = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<i64>,
    String,
    String,
    String,
);

/// One `PersonWork` per rowid, in order. `now` (RFC 3339) decides the cadence state.
pub fn work(conn: &Connection, rowids: &[i64], now: &str) -> Result<Vec<PersonWork>> {
    let now = if now.is_empty() {
        crate::clock::stamp(chrono::Utc::now())
    } else {
        now.to_string()
    };
    let mut row = conn.prepare_cached(
        "SELECT id, last_interaction_at, next_followup_at, cold_at, audience_max, topics, source, created_at
         FROM people WHERE rowid = ?1",
    )?;
    let mut audiences = conn.prepare_cached(
        "SELECT platform, audience FROM channels WHERE person_rowid = ?1 AND audience IS NOT NULL
         ORDER BY audience DESC, position",
    )?;
    let mut languages = conn.prepare_cached(
        "SELECT language FROM person_languages WHERE person_rowid = ?1 ORDER BY position",
    )?;
    let mut lists = conn.prepare_cached(
        "SELECT l.name FROM list_members m JOIN lists l ON l.rowid = m.list_rowid
         WHERE m.person_rowid = ?1 ORDER BY l.name_key",
    )?;
    let mut out = Vec::with_capacity(rowids.len());
    for &r in rowids {
        let (id, last, next, cold, audience, topics, source, created_at): Cols =
            row.query_row([r], |x| {
                Ok((
                    x.get(0)?,
                    x.get(1)?,
                    x.get(2)?,
                    x.get(3)?,
                    x.get(4)?,
                    x.get(5)?,
                    x.get(6)?,
                    x.get(7)?,
                ))
            })?;
        let audiences = audiences
            .query_map([r], |x| {
                Ok(ChannelAudience {
                    platform: x.get(0)?,
                    audience: x.get::<_, i64>(1)?.max(0) as u64,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        out.push(PersonWork {
            id,
            cadence: cadence_state(last.as_deref(), cold.as_deref(), &now),
            last_contact_at: last,
            next_followup_at: next,
            audience: audience.map(|a| a.max(0) as u64),
            audiences,
            topics: json_list(topics)?,
            languages: languages
                .query_map([r], |x| x.get(0))?
                .collect::<rusqlite::Result<_>>()?,
            lists: lists
                .query_map([r], |x| x.get(0))?
                .collect::<rusqlite::Result<_>>()?,
            source,
            created_at,
        });
    }
    Ok(out)
}
