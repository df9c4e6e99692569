//! Events, their attendees and meetups in SQLite: rows in, typed values out.

use crate::domain::event::{AttendeeRole, AttendeeStatus, Event, EventKind, EventWhen};
use crate::error::{Error, Result};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};

/// A cleaned event, ready to write.
pub struct EventRow<'a> {
    pub name: &'a str,
    pub kind: EventKind,
    pub time_zone: &'a str,
    pub start_local: &'a str,
    pub end_local: &'a str,
    pub start_at: &'a str,
    pub end_at: &'a str,
    pub city: &'a str,
    pub city_key: &'a str,
    pub country: &'a str,
    pub venue: &'a str,
    pub booth: &'a str,
    pub url: &'a str,
    pub notes: &'a str,
}

pub fn insert(conn: &Connection, id: &str, e: &EventRow<'_>, now: &str) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO events (id, name, kind, time_zone, start_local, end_local, start_at, end_at,
            city, city_key, country, venue, booth, url, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
    )?
    .execute(params![
        id,
        e.name,
        e.kind.as_str(),
        e.time_zone,
        e.start_local,
        e.end_local,
        e.start_at,
        e.end_at,
        e.city,
        e.city_key,
        e.country,
        e.venue,
        e.booth,
        e.url,
        e.notes,
        now
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn update(conn: &Connection, rowid: i64, e: &EventRow<'_>, now: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE events SET name = ?2, kind = ?3, time_zone = ?4, start_local = ?5, end_local = ?6,
            start_at = ?7, end_at = ?8, city = ?9, city_key = ?10, country = ?11, venue = ?12,
            booth = ?13, url = ?14, notes = ?15, updated_at = ?16
         WHERE rowid = ?1",
    )?
    .execute(params![
        rowid,
        e.name,
        e.kind.as_str(),
        e.time_zone,
        e.start_local,
        e.end_local,
        e.start_at,
        e.end_at,
        e.city,
        e.city_key,
        e.country,
        e.venue,
        e.booth,
        e.url,
        e.notes,
        now
    ])?;
    Ok(())
}

/// Deletes the event; attendees go by cascade, meetups stay (unlinked), interactions keep their
/// text but lose the link, since the event they point at no longer exists.
pub fn delete(conn: &Connection, rowid: i64, id: &str) -> Result<()> {
    conn.prepare_cached("UPDATE interactions SET event_id = NULL WHERE event_id = ?1")?
        .execute([id])?;
    conn.prepare_cached("DELETE FROM events WHERE rowid = ?1")?
        .execute([rowid])?;
    Ok(())
}

const EVENT_COLS: &str = "e.rowid, e.id, e.name, e.kind, e.time_zone, e.start_local, e.end_local, \
    e.start_at, e.end_at, e.city, e.country, e.venue, e.booth, e.url, e.notes, e.created_at, \
    e.updated_at, (SELECT count(*) FROM event_attendees a WHERE a.event_rowid = e.rowid)";

fn corrupt(what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("unknown {what} '{value}' in the store").into(),
    )
}

fn event_from_row(r: &Row<'_>) -> rusqlite::Result<(i64, Event)> {
    let kind: String = r.get(3)?;
    Ok((
        r.get(0)?,
        Event {
            id: r.get(1)?,
            name: r.get(2)?,
            kind: EventKind::parse(&kind).ok_or_else(|| corrupt("event kind", &kind))?,
            time_zone: r.get(4)?,
            start_local: r.get(5)?,
            end_local: r.get(6)?,
            start_at: r.get(7)?,
            end_at: r.get(8)?,
            city: r.get(9)?,
            country: r.get(10)?,
            venue: r.get(11)?,
            booth: r.get(12)?,
            url: r.get(13)?,
            notes: r.get(14)?,
            created_at: r.get(15)?,
            updated_at: r.get(16)?,
            attendee_count: r.get(17)?,
        },
    ))
}

pub fn load(conn: &Connection, id: &str) -> Result<(i64, Event)> {
    conn.prepare_cached(&format!(
        "SELECT {EVENT_COLS} FROM events e WHERE e.id = ?1"
    ))?
    .query_row([id], event_from_row)
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: "event",
        id: id.to_string(),
    })
}

pub fn rowid_of(conn: &Connection, id: &str) -> Result<i64> {
    conn.prepare_cached("SELECT rowid FROM events WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "event",
            id: id.to_string(),
        })
}

/// Events by time: upcoming = not over at `now` (soonest first), past = over (latest first).
pub fn list(
    conn: &Connection,
    when: EventWhen,
    city_key: Option<&str>,
    now: &str,
    limit: u32,
) -> Result<Vec<Event>> {
    let (cond, order) = match when {
        EventWhen::Upcoming => ("e.end_at >= ?1", "e.start_at"),
        EventWhen::Past => ("e.end_at < ?1", "e.start_at DESC"),
        EventWhen::All => ("?1 IS NOT NULL", "e.start_at DESC"),
    };
    let sql = format!(
        "SELECT {EVENT_COLS} FROM events e WHERE {cond} AND (?2 IS NULL OR e.city_key = ?2)
         ORDER BY {order} LIMIT ?3"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map(params![now, city_key, limit], |r| {
        event_from_row(r).map(|x| x.1)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Events under way at `now` (started, not ended), the latest started first: "the current event".
pub fn current(conn: &Connection, now: &str) -> Result<Vec<Event>> {
    let sql = format!(
        "SELECT {EVENT_COLS} FROM events e WHERE e.start_at <= ?1 AND e.end_at >= ?1
         ORDER BY e.start_at DESC LIMIT 20"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map([now], |r| event_from_row(r).map(|x| x.1))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Events overlapping [from, until), soonest first.
pub fn overlapping(conn: &Connection, from: &str, until: &str, limit: u32) -> Result<Vec<Event>> {
    let sql = format!(
        "SELECT {EVENT_COLS} FROM events e WHERE e.end_at >= ?1 AND e.start_at < ?2
         ORDER BY e.start_at LIMIT ?3"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map(params![from, until, limit], |r| {
        event_from_row(r).map(|x| x.1)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Inserts or updates one attendance; `None` keeps the stored value (or the default when new).
pub fn attend(
    conn: &Connection,
    event: i64,
    person: i64,
    role: Option<AttendeeRole>,
    status: Option<AttendeeStatus>,
    why: Option<&str>,
    now: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO event_attendees (event_rowid, person_rowid, role, status, why, created_at, updated_at)
         VALUES (?1, ?2, coalesce(?3, 'attendee'), coalesce(?4, 'invited'), coalesce(?5, ''), ?6, ?6)
         ON CONFLICT (event_rowid, person_rowid) DO UPDATE SET
           role = coalesce(?3, role), status = coalesce(?4, status), why = coalesce(?5, why),
           updated_at = ?6",
    )?
    .execute(params![
        event,
        person,
        role.map(|r| r.as_str()),
        status.map(|s| s.as_str()),
        why,
        now
    ])?;
    Ok(())
}

/// True when the person was attending and no longer is.
pub fn unattend(conn: &Connection, event: i64, person: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM event_attendees WHERE event_rowid = ?1 AND person_rowid = ?2")?
        .execute([event, person])?
        > 0)
}

/// One attendance as stored: person rowid, role, status, why, and what "who's here" adds.
pub struct AttendanceRow {
    pub person: i64,
    pub role: AttendeeRole,
    pub status: AttendeeStatus,
    pub why: String,
    pub last_interaction_at: Option<String>,
    pub open_followups: u32,
    pub topics: Vec<String>,
}

pub fn attendances(conn: &Connection, event: i64) -> Result<Vec<AttendanceRow>> {
    let mut st = conn.prepare_cached(
        "SELECT a.person_rowid, a.role, a.status, a.why, p.last_interaction_at, p.topics,
           (SELECT count(*) FROM followup_people fp JOIN followups f ON f.rowid = fp.followup_rowid
             WHERE fp.person_rowid = a.person_rowid AND f.done_at IS NULL)
         FROM event_attendees a JOIN people p ON p.rowid = a.person_rowid
         WHERE a.event_rowid = ?1 ORDER BY p.sort_name",
    )?;
    let rows = st.query_map([event], |r| {
        let role: String = r.get(1)?;
        let status: String = r.get(2)?;
        let topics: String = r.get(5)?;
        Ok(AttendanceRow {
            person: r.get(0)?,
            role: AttendeeRole::parse(&role).ok_or_else(|| corrupt("role", &role))?,
            status: AttendeeStatus::parse(&status).ok_or_else(|| corrupt("status", &status))?,
            why: r.get(3)?,
            last_interaction_at: r.get(4)?,
            topics: serde_json::from_str(&topics).map_err(|e| corrupt("topics", &e.to_string()))?,
            open_followups: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Our rowid for an event id, if the event is here.
pub(crate) fn find(conn: &Connection, id: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT rowid FROM events WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// When the person's attendance at the event last changed, if they attend it.
pub(crate) fn attendance_updated_at(
    conn: &Connection,
    event: i64,
    person: i64,
) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT updated_at FROM event_attendees WHERE event_rowid = ?1 AND person_rowid = ?2",
        )?
        .query_row([event, person], |r| r.get(0))
        .optional()?)
}

/// Writes (or replaces) an attendance: `vals` holds the event and person rowids, then `cols`' values.
pub(crate) fn replace_attendance(conn: &Connection, cols: &[String], vals: &[Value]) -> Result<()> {
    let marks: Vec<String> = (1..=cols.len() + 2).map(|i| format!("?{i}")).collect();
    conn.execute(
        &format!(
            "INSERT OR REPLACE INTO event_attendees (event_rowid, person_rowid{}{}) VALUES ({})",
            if cols.is_empty() { "" } else { ", " },
            cols.join(", "),
            marks.join(", ")
        ),
        params_from_iter(vals.iter()),
    )?;
    Ok(())
}
