//! Follow-ups and settings in SQLite: open ones are indexed by due time, done ones keep their date.

use crate::domain::followup::{Followup, FollowupStatus};
use crate::domain::recurrence::Recurrence;
use crate::error::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension, Row};

pub struct FollowupRow<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub time_zone: &'a str,
    pub anchor_local: &'a str,
    pub due_local: &'a str,
    pub due_at: &'a str,
    pub recurrence: Option<&'a Recurrence>,
    pub people: &'a [i64],
}

fn rule_json(r: Option<&Recurrence>) -> Option<String> {
    r.map(|r| serde_json::to_string(r).expect("a recurrence rule always serialises"))
}

pub fn insert(conn: &Connection, id: &str, f: &FollowupRow<'_>, now: &str) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO followups (id, title, body, time_zone, anchor_local, due_local, due_at, recurrence,
            created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
    )?
    .execute(params![id, f.title, f.body, f.time_zone, f.anchor_local, f.due_local, f.due_at, rule_json(f.recurrence), now])?;
    let rowid = conn.last_insert_rowid();
    link(conn, rowid, f.people)?;
    Ok(rowid)
}

/// Rewrites the definition; an edited due time starts a fresh schedule (new anchor, not done,
/// notification to be shown again).
pub fn update(conn: &Connection, rowid: i64, f: &FollowupRow<'_>, now: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE followups SET title = ?2, body = ?3, time_zone = ?4, anchor_local = ?5, due_local = ?6,
            due_at = ?7, recurrence = ?8, done_at = NULL, notified_at = NULL, updated_at = ?9 WHERE rowid = ?1",
    )?
    .execute(params![rowid, f.title, f.body, f.time_zone, f.anchor_local, f.due_local, f.due_at, rule_json(f.recurrence), now])?;
    conn.prepare_cached("DELETE FROM followup_people WHERE followup_rowid = ?1")?
        .execute([rowid])?;
    link(conn, rowid, f.people)
}

fn link(conn: &Connection, rowid: i64, people: &[i64]) -> Result<()> {
    let mut st = conn.prepare_cached(
        "INSERT OR IGNORE INTO followup_people (followup_rowid, person_rowid) VALUES (?1, ?2)",
    )?;
    for p in people {
        st.execute(params![rowid, p])?;
    }
    Ok(())
}

/// Moves to the next occurrence (recurring) — a new due time, not yet notified.
pub fn reschedule(
    conn: &Connection,
    rowid: i64,
    due_local: &str,
    due_at: &str,
    now: &str,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE followups SET due_local = ?2, due_at = ?3, notified_at = NULL, updated_at = ?4 WHERE rowid = ?1",
    )?
    .execute(params![rowid, due_local, due_at, now])?;
    Ok(())
}

pub fn snooze(conn: &Connection, rowid: i64, due_at: &str, now: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE followups SET due_at = ?2, notified_at = NULL, updated_at = ?3 WHERE rowid = ?1",
    )?
    .execute(params![rowid, due_at, now])?;
    Ok(())
}

pub fn mark_done(conn: &Connection, rowid: i64, now: &str) -> Result<()> {
    conn.prepare_cached("UPDATE followups SET done_at = ?2, updated_at = ?2 WHERE rowid = ?1")?
        .execute(params![rowid, now])?;
    Ok(())
}

pub fn mark_notified(conn: &Connection, ids: &[String], now: &str) -> Result<()> {
    let mut st = conn.prepare_cached(
        "UPDATE followups SET notified_at = ?2 WHERE id = ?1 AND notified_at IS NULL",
    )?;
    for id in ids {
        st.execute(params![id, now])?;
    }
    Ok(())
}

pub fn delete(conn: &Connection, rowid: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM followups WHERE rowid = ?1")?
        .execute([rowid])?;
    Ok(())
}

const COLS: &str =
    "f.rowid, f.id, f.title, f.body, f.time_zone, f.anchor_local, f.due_local, f.due_at, \
    f.recurrence, f.done_at, f.created_at, f.updated_at";

/// The stored row plus the anchor, which callers need to compute the next occurrence.
pub struct Loaded {
    pub rowid: i64,
    pub anchor_local: String,
    pub followup: Followup,
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Loaded> {
    let rule: Option<String> = r.get(8)?;
    let recurrence = match rule {
        Some(j) => Some(serde_json::from_str(&j).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(8, rusqlite::types::Type::Text, Box::new(e))
        })?),
        None => None,
    };
    Ok(Loaded {
        rowid: r.get(0)?,
        anchor_local: r.get(5)?,
        followup: Followup {
            id: r.get(1)?,
            title: r.get(2)?,
            body: r.get(3)?,
            people: Vec::new(),
            person_names: Vec::new(),
            time_zone: r.get(4)?,
            due_local: r.get(6)?,
            due_at: r.get(7)?,
            recurrence,
            done_at: r.get(9)?,
            created_at: r.get(10)?,
            updated_at: r.get(11)?,
        },
    })
}

fn fill(conn: &Connection, mut l: Loaded) -> Result<Loaded> {
    let mut st = conn.prepare_cached(
        "SELECT p.id, p.display_name FROM followup_people fp JOIN people p ON p.rowid = fp.person_rowid
         WHERE fp.followup_rowid = ?1 ORDER BY p.sort_name",
    )?;
    let people: Vec<(String, String)> = st
        .query_map([l.rowid], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    (l.followup.people, l.followup.person_names) = people.into_iter().unzip();
    Ok(l)
}

pub fn load(conn: &Connection, id: &str) -> Result<Loaded> {
    let l = conn
        .prepare_cached(&format!("SELECT {COLS} FROM followups f WHERE f.id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "follow-up",
            id: id.to_string(),
        })?;
    fill(conn, l)
}

fn collect(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> Result<Vec<Followup>> {
    let mut st = conn.prepare_cached(sql)?;
    let rows: Vec<Loaded> = st
        .query_map(p, from_row)?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter()
        .map(|l| fill(conn, l).map(|l| l.followup))
        .collect()
}

/// Open follow-ups due before `until`, soonest first.
pub fn open_due_before(conn: &Connection, until: &str, limit: u32) -> Result<Vec<Followup>> {
    let sql = format!("SELECT {COLS} FROM followups f WHERE f.done_at IS NULL AND f.due_at < ?1 ORDER BY f.due_at LIMIT ?2");
    collect(conn, &sql, params![until, limit])
}

/// Open follow-ups due in [from, until), soonest first.
pub fn open_due_between(
    conn: &Connection,
    from: &str,
    until: &str,
    limit: u32,
) -> Result<Vec<Followup>> {
    let sql = format!(
        "SELECT {COLS} FROM followups f WHERE f.done_at IS NULL AND f.due_at >= ?1 AND f.due_at < ?2
         ORDER BY f.due_at LIMIT ?3"
    );
    collect(conn, &sql, params![from, until, limit])
}

/// Due now and not yet announced: what the desktop notifier shows, once.
pub fn unnotified_due(conn: &Connection, now: &str) -> Result<Vec<Followup>> {
    let sql = format!(
        "SELECT {COLS} FROM followups f WHERE f.done_at IS NULL AND f.due_at <= ?1 AND f.notified_at IS NULL
         ORDER BY f.due_at LIMIT 50"
    );
    collect(conn, &sql, params![now])
}

pub fn list(
    conn: &Connection,
    person: Option<i64>,
    status: FollowupStatus,
    limit: u32,
) -> Result<Vec<Followup>> {
    let state = match status {
        FollowupStatus::Open => "f.done_at IS NULL",
        FollowupStatus::Done => "f.done_at IS NOT NULL",
        FollowupStatus::All => "1",
    };
    let order = if status == FollowupStatus::Done {
        "f.done_at DESC"
    } else {
        "f.due_at"
    };
    let sql = format!(
        "SELECT {COLS} FROM followups f WHERE {state}
           AND (?1 IS NULL OR f.rowid IN (SELECT followup_rowid FROM followup_people WHERE person_rowid = ?1))
         ORDER BY {order} LIMIT ?2"
    );
    collect(conn, &sql, params![person, limit])
}

pub fn setting(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

pub fn set_setting(conn: &Connection, key: &str, value: &str, now: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    )?
    .execute(params![key, value, now])?;
    Ok(())
}

/// Adds a bundle's follow-up with its own id and stamps; the new rowid.
pub(crate) fn insert_bundled(
    conn: &Connection,
    f: &crate::interchange::bundle::BundleFollowup,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO followups (id, title, body, time_zone, anchor_local, due_local, due_at,
                        recurrence, done_at, notified_at, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        f.id,
        f.title,
        f.body,
        f.time_zone,
        f.anchor_local,
        f.due_local,
        f.due_at,
        f.recurrence,
        f.done_at,
        f.notified_at,
        f.created_at,
        f.updated_at
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Overwrites our follow-up `rowid` with a newer bundled one, stamps included.
pub(crate) fn update_bundled(
    conn: &Connection,
    rowid: i64,
    f: &crate::interchange::bundle::BundleFollowup,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE followups SET title = ?2, body = ?3, time_zone = ?4, anchor_local = ?5,
                        due_local = ?6, due_at = ?7, recurrence = ?8, done_at = ?9, notified_at = ?10,
                        updated_at = ?11 WHERE rowid = ?1",
    )?
    .execute(params![
        rowid,
        f.title,
        f.body,
        f.time_zone,
        f.anchor_local,
        f.due_local,
        f.due_at,
        f.recurrence,
        f.done_at,
        f.notified_at,
        f.updated_at
    ])?;
    Ok(())
}

/// Takes everyone off a follow-up, before its bundled people are put back.
pub(crate) fn clear_people(conn: &Connection, rowid: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM followup_people WHERE followup_rowid = ?1")?
        .execute([rowid])?;
    Ok(())
}

/// Puts a person on a follow-up (nothing when they are on it).
pub(crate) fn add_person(conn: &Connection, rowid: i64, person: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO followup_people (followup_rowid, person_rowid) VALUES (?1, ?2)",
    )?
    .execute([rowid, person])?;
    Ok(())
}
