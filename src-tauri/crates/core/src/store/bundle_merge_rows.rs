//! The SQL a bundle merge runs that no single table's file owns: weighing a record of any table against ours by id, the book's size, and copying an event's or meetup's stored columns as the bundle carries them.

use crate::error::Result;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use std::collections::HashMap;

/// How many records the book holds, the share a merge may change is measured against.
pub(crate) fn book_size(tx: &Connection) -> Result<u64> {
    Ok(tx.query_row(
        "SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM interactions)
              + (SELECT count(*) FROM notes) + (SELECT count(*) FROM followups)
              + (SELECT count(*) FROM events) + (SELECT count(*) FROM meetups)
              + (SELECT count(*) FROM colleagues) + (SELECT count(*) FROM organizations)
              + (SELECT count(*) FROM memberships) + (SELECT count(*) FROM connections)",
        [],
        |r| r.get::<_, i64>(0),
    )? as u64)
}

/// SQLite's own size of FTS5's pending-terms buffer.
pub(crate) const FTS_PENDING_DEFAULT: i64 = 1 << 20;

/// Sets how many bytes of new terms FTS5 holds before writing them out as a segment, for the
/// interactions' and notes' full text. A setting of the table, kept in the book.
pub(crate) fn fts_pending(tx: &Connection, bytes: i64) -> Result<()> {
    for t in ["interaction_fts", "note_fts"] {
        tx.execute(
            &format!("INSERT INTO {t} ({t}, rank) VALUES ('hashsize', ?1)"),
            [bytes],
        )?;
    }
    Ok(())
}

/// Whether the book has no interaction and no interaction's tombstone: then a bundle's
/// interaction can only meet itself (the bundle naming it twice).
pub(crate) fn no_interactions_yet(tx: &Connection) -> Result<bool> {
    Ok(tx.query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM interactions)
            AND NOT EXISTS (SELECT 1 FROM tombstones WHERE kind = 'interaction')",
        [],
        |r| r.get(0),
    )?)
}

/// Whether the book has anyone at all.
pub(crate) fn has_people(tx: &Connection) -> Result<bool> {
    Ok(tx.query_row("SELECT EXISTS (SELECT 1 FROM people)", [], |r| r.get(0))?)
}

/// Person ids to rowids, hashed with foldhash: SipHash was 2% of merging a million interactions.
pub(crate) type PeopleIds = HashMap<Box<str>, i64, foldhash::fast::RandomState>;

/// Every person's id and rowid, for resolving a bundle's references without a query each.
pub(crate) fn people_ids(tx: &Connection) -> Result<PeopleIds> {
    let mut st = tx.prepare("SELECT id, rowid FROM people")?;
    let rows = st.query_map([], |r| {
        Ok((r.get::<_, String>(0)?.into_boxed_str(), r.get(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
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
