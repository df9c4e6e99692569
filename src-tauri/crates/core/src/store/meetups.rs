//! Meetups in SQLite: planned at or around an event or in a city, with who is coming and the outcome.

use crate::domain::event::Meetup;
use crate::error::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension, Row};

/// A cleaned meetup, ready to write.
pub struct MeetupRow<'a> {
    pub title: &'a str,
    pub event: Option<i64>,
    pub time_zone: &'a str,
    pub start_local: &'a str,
    pub start_at: &'a str,
    pub minutes: u32,
    pub place: &'a str,
    pub city: &'a str,
    pub city_key: &'a str,
    pub country: &'a str,
    pub notes: &'a str,
    pub people: &'a [i64],
}

pub fn insert(conn: &Connection, id: &str, m: &MeetupRow<'_>, now: &str) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO meetups (id, title, event_rowid, time_zone, start_local, start_at, minutes,
            place, city, city_key, country, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
    )?
    .execute(params![
        id,
        m.title,
        m.event,
        m.time_zone,
        m.start_local,
        m.start_at,
        m.minutes,
        m.place,
        m.city,
        m.city_key,
        m.country,
        m.notes,
        now
    ])?;
    let rowid = conn.last_insert_rowid();
    set_people(conn, rowid, m.people)?;
    Ok(rowid)
}

pub fn update(conn: &Connection, rowid: i64, m: &MeetupRow<'_>, now: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE meetups SET title = ?2, event_rowid = ?3, time_zone = ?4, start_local = ?5,
            start_at = ?6, minutes = ?7, place = ?8, city = ?9, city_key = ?10, country = ?11,
            notes = ?12, updated_at = ?13
         WHERE rowid = ?1",
    )?
    .execute(params![
        rowid,
        m.title,
        m.event,
        m.time_zone,
        m.start_local,
        m.start_at,
        m.minutes,
        m.place,
        m.city,
        m.city_key,
        m.country,
        m.notes,
        now
    ])?;
    conn.prepare_cached("DELETE FROM meetup_people WHERE meetup_rowid = ?1")?
        .execute([rowid])?;
    set_people(conn, rowid, m.people)
}

fn set_people(conn: &Connection, rowid: i64, people: &[i64]) -> Result<()> {
    let mut st = conn.prepare_cached(
        "INSERT OR IGNORE INTO meetup_people (meetup_rowid, person_rowid) VALUES (?1, ?2)",
    )?;
    for p in people {
        st.execute([rowid, *p])?;
    }
    Ok(())
}

pub fn set_outcome(conn: &Connection, rowid: i64, outcome: &str, now: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE meetups SET outcome = ?2, outcome_at = ?3, updated_at = ?3 WHERE rowid = ?1",
    )?
    .execute(params![rowid, outcome, now])?;
    Ok(())
}

pub fn delete(conn: &Connection, rowid: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM meetups WHERE rowid = ?1")?
        .execute([rowid])?;
    Ok(())
}

const MEETUP_COLS: &str = "m.rowid, m.id, m.title, e.id, e.name, m.time_zone, m.start_local, \
    m.start_at, m.minutes, m.place, m.city, m.country, m.notes, m.outcome, m.outcome_at, \
    m.created_at, m.updated_at, m.event_rowid";
const MEETUP_FROM: &str = "meetups m LEFT JOIN events e ON e.rowid = m.event_rowid";

/// The row and the event rowid it belongs to (if any).
pub struct LoadedMeetup {
    pub rowid: i64,
    pub event: Option<i64>,
    pub meetup: Meetup,
}

fn meetup_from_row(r: &Row<'_>) -> rusqlite::Result<LoadedMeetup> {
    Ok(LoadedMeetup {
        rowid: r.get(0)?,
        event: r.get(17)?,
        meetup: Meetup {
            id: r.get(1)?,
            title: r.get(2)?,
            event_id: r.get(3)?,
            event_name: r.get(4)?,
            time_zone: r.get(5)?,
            start_local: r.get(6)?,
            start_at: r.get(7)?,
            minutes: r.get(8)?,
            place: r.get(9)?,
            city: r.get(10)?,
            country: r.get(11)?,
            notes: r.get(12)?,
            outcome: r.get(13)?,
            outcome_at: r.get(14)?,
            created_at: r.get(15)?,
            updated_at: r.get(16)?,
            people: Vec::new(),
            person_names: Vec::new(),
        },
    })
}

fn fill(conn: &Connection, mut l: LoadedMeetup) -> Result<LoadedMeetup> {
    let mut st = conn.prepare_cached(
        "SELECT p.id, p.display_name FROM meetup_people mp JOIN people p ON p.rowid = mp.person_rowid
         WHERE mp.meetup_rowid = ?1 ORDER BY p.sort_name",
    )?;
    let people: Vec<(String, String)> = st
        .query_map([l.rowid], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    (l.meetup.people, l.meetup.person_names) = people.into_iter().unzip();
    Ok(l)
}

pub fn load(conn: &Connection, id: &str) -> Result<LoadedMeetup> {
    let l = conn
        .prepare_cached(&format!(
            "SELECT {MEETUP_COLS} FROM {MEETUP_FROM} WHERE m.id = ?1"
        ))?
        .query_row([id], meetup_from_row)
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "meetup",
            id: id.to_string(),
        })?;
    fill(conn, l)
}

/// Person rowids planned for a meetup.
pub fn person_rowids(conn: &Connection, rowid: i64) -> Result<Vec<i64>> {
    let mut st =
        conn.prepare_cached("SELECT person_rowid FROM meetup_people WHERE meetup_rowid = ?1")?;
    let rows = st.query_map([rowid], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Meetups filtered by event, city and time; `from`/`until` bound `start_at` (either may be open).
pub struct MeetupQuery<'a> {
    pub event: Option<i64>,
    pub city_key: Option<&'a str>,
    pub from: Option<&'a str>,
    pub until: Option<&'a str>,
    pub newest_first: bool,
    pub limit: u32,
}

pub fn query(conn: &Connection, q: &MeetupQuery<'_>) -> Result<Vec<Meetup>> {
    let order = if q.newest_first { "DESC" } else { "" };
    let sql = format!(
        "SELECT {MEETUP_COLS} FROM {MEETUP_FROM}
         WHERE (?1 IS NULL OR m.event_rowid = ?1) AND (?2 IS NULL OR m.city_key = ?2)
           AND (?3 IS NULL OR m.start_at >= ?3) AND (?4 IS NULL OR m.start_at < ?4)
         ORDER BY m.start_at {order} LIMIT ?5"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows: Vec<LoadedMeetup> = st
        .query_map(
            params![q.event, q.city_key, q.from, q.until, q.limit],
            meetup_from_row,
        )?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter()
        .map(|l| fill(conn, l).map(|l| l.meetup))
        .collect()
}

/// Takes everyone off a meetup, before its bundled people are put back.
pub(crate) fn clear_people(conn: &Connection, meetup: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM meetup_people WHERE meetup_rowid = ?1")?
        .execute([meetup])?;
    Ok(())
}

/// Puts a person on a meetup (nothing when they are on it).
pub(crate) fn add_person(conn: &Connection, meetup: i64, person: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO meetup_people (meetup_rowid, person_rowid) VALUES (?1, ?2)",
    )?
    .execute([meetup, person])?;
    Ok(())
}
