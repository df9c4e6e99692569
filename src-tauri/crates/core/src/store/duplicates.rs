//! The rows the duplicate finder reads in three passes, the pairs the user said are not duplicates, and the old ids that lead to a merged person.

use crate::domain::channel::Platform;
use crate::domain::duplicates::find::ScanPerson;
use crate::error::Result;
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::{HashMap, HashSet};

/// Every person with what the finder keys them by (archived people too: they can be duplicates).
pub(crate) fn scan_people(conn: &Connection) -> Result<Vec<ScanPerson>> {
    let mut people = Vec::new();
    let mut at: HashMap<i64, usize> = HashMap::new();
    let mut st = conn.prepare(
        "SELECT rowid, display_name, first_name, last_name, country, phones FROM people ORDER BY rowid",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let phones: String = r.get(5)?;
        let rowid: i64 = r.get(0)?;
        at.insert(rowid, people.len());
        people.push(ScanPerson {
            rowid,
            display_name: r.get(1)?,
            first_name: r.get(2)?,
            last_name: r.get(3)?,
            country: r.get(4)?,
            phones: if phones == "[]" {
                Vec::new()
            } else {
                super::people_rows::json_list(phones)?
            },
            ..ScanPerson::default()
        });
    }
    let mut st = conn.prepare("SELECT person_rowid, email_norm FROM person_emails")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = at.get(&r.get::<_, i64>(0)?) {
            people[i].emails.push(r.get(1)?);
        }
    }
    let mut st = conn.prepare("SELECT person_rowid, platform, handle FROM channels")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let platform: String = r.get(1)?;
        if let (Some(&i), Some(pl)) = (at.get(&r.get::<_, i64>(0)?), Platform::parse(&platform)) {
            people[i].handles.push((pl, r.get(2)?));
        }
    }
    Ok(people)
}

/// The pairs dismissed as "not a duplicate", smaller rowid first.
pub(crate) fn dismissed(conn: &Connection) -> Result<HashSet<(i64, i64)>> {
    let mut st = conn.prepare("SELECT a_rowid, b_rowid FROM duplicate_dismissals")?;
    let v = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

pub(crate) fn dismiss(conn: &Connection, a: i64, b: i64, now: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO duplicate_dismissals (a_rowid, b_rowid, dismissed_at) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![a.min(b), a.max(b), now])?;
    Ok(())
}

/// The id of the person `alias` was merged into, if it is an old id.
pub(crate) fn alias_target(conn: &Connection, alias: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT p.id FROM person_aliases a JOIN people p ON p.rowid = a.person_rowid
             WHERE a.alias_id = ?1",
        )?
        .query_row([alias], |r| r.get(0))
        .optional()?)
}

/// `id` itself when it is a person's, else the survivor it is an alias of, else `id` unchanged
/// (the caller's own lookup then says "not found").
pub(crate) fn resolve(conn: &Connection, id: &str) -> Result<String> {
    if super::people::find(conn, id)?.is_some() {
        return Ok(id.to_string());
    }
    Ok(alias_target(conn, id)?.unwrap_or_else(|| id.to_string()))
}

pub(crate) fn add_alias(
    conn: &Connection,
    alias: &str,
    person_rowid: i64,
    merge_id: &str,
    now: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO person_aliases (alias_id, person_rowid, merge_id, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (alias_id) DO UPDATE SET person_rowid = ?2, merge_id = ?3, created_at = ?4",
    )?
    .execute(params![alias, person_rowid, merge_id, now])?;
    Ok(())
}
