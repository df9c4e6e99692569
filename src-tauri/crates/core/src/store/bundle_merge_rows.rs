//! The SQL a bundle merge runs that no single table's file owns: weighing a record against ours by id, and copying an event's, meetup's or attendance's stored columns as the bundle carries them.

use crate::error::Result;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};

/// How many records the book holds, the share a merge may change is measured against.
pub(crate) fn book_size(tx: &Connection) -> Result<u64> {
    Ok(tx.query_row(
        "SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM interactions)
              + (SELECT count(*) FROM notes) + (SELECT count(*) FROM followups)
              + (SELECT count(*) FROM events) + (SELECT count(*) FROM meetups)",
        [],
        |r| r.get::<_, i64>(0),
    )? as u64)
}

/// Our rowid and last change for the record `id` of `table`, if we have it.
pub(crate) fn stamp(tx: &Connection, table: &str, id: &str) -> Result<Option<(i64, String)>> {
    Ok(tx
        .prepare_cached(&format!(
            "SELECT rowid, updated_at FROM {table} WHERE id = ?1"
        ))?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// The columns of `table` as the schema has them, in order.
pub(crate) fn columns(tx: &Connection, table: &str) -> Result<Vec<String>> {
    let mut st = tx.prepare_cached(&format!("SELECT name FROM pragma_table_info('{table}')"))?;
    let v = st
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// Inserts a row of `table` from its named columns' values; the new rowid.
pub(crate) fn insert_columns(
    tx: &Connection,
    table: &str,
    cols: &[String],
    vals: &[Value],
) -> Result<i64> {
    let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
    tx.execute(
        &format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            cols.join(", "),
            marks.join(", ")
        ),
        params_from_iter(vals.iter()),
    )?;
    Ok(tx.last_insert_rowid())
}

/// Overwrites the named columns of `table`'s row `rowid` with `vals`.
pub(crate) fn update_columns(
    tx: &Connection,
    table: &str,
    rowid: i64,
    cols: &[String],
    vals: Vec<Value>,
) -> Result<()> {
    let sets: Vec<String> = cols
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c} = ?{}", i + 2))
        .collect();
    let mut all = vec![Value::Integer(rowid)];
    all.extend(vals);
    tx.execute(
        &format!("UPDATE {table} SET {} WHERE rowid = ?1", sets.join(", ")),
        params_from_iter(all.iter()),
    )?;
    Ok(())
}

/// When the person's attendance at the event last changed, if they attend it.
pub(crate) fn attendee_updated_at(
    tx: &Connection,
    event: i64,
    person: i64,
) -> Result<Option<String>> {
    Ok(tx
        .prepare_cached(
            "SELECT updated_at FROM event_attendees WHERE event_rowid = ?1 AND person_rowid = ?2",
        )?
        .query_row([event, person], |r| r.get(0))
        .optional()?)
}

/// Writes (or replaces) an attendance: `vals` holds the event and person rowids, then `cols`' values.
pub(crate) fn replace_attendee(tx: &Connection, cols: &[String], vals: &[Value]) -> Result<()> {
    let marks: Vec<String> = (1..=cols.len() + 2).map(|i| format!("?{i}")).collect();
    tx.execute(
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

/// Takes everyone off a meetup, before its bundled people are put back.
pub(crate) fn clear_meetup_people(tx: &Connection, meetup: i64) -> Result<()> {
    tx.prepare_cached("DELETE FROM meetup_people WHERE meetup_rowid = ?1")?
        .execute([meetup])?;
    Ok(())
}

/// Puts a person on a meetup (nothing when they are on it).
pub(crate) fn add_meetup_person(tx: &Connection, meetup: i64, person: i64) -> Result<()> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO meetup_people (meetup_rowid, person_rowid) VALUES (?1, ?2)",
    )?
    .execute([meetup, person])?;
    Ok(())
}

/// Our rowid for an event id, if the event is here.
pub(crate) fn event_rowid(tx: &Connection, id: &str) -> Result<Option<i64>> {
    Ok(tx
        .prepare_cached("SELECT rowid FROM events WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// Sets a merged person's archive flag and stamps to the bundle's, which the typed writes do not take.
pub(crate) fn set_person_stamps(
    tx: &Connection,
    rowid: i64,
    archived: bool,
    created_at: &str,
    updated_at: &str,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE people SET archived = ?2, created_at = ?3, updated_at = ?4 WHERE rowid = ?1",
    )?
    .execute(params![rowid, archived, created_at, updated_at])?;
    Ok(())
}

/// Gives the person's channel at `position` the bundle's id and stamps (kept when the id is taken).
pub(crate) fn set_channel_stamps(
    tx: &Connection,
    person: i64,
    position: i64,
    id: &str,
    created_at: &str,
    updated_at: &str,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE OR IGNORE channels SET id = ?3, created_at = ?4, updated_at = ?5
                     WHERE person_rowid = ?1 AND position = ?2",
    )?
    .execute(params![person, position, id, created_at, updated_at])?;
    Ok(())
}
