//! The `lists` and `list_members` tables: one place for their SQL, so the book, the bundle merge and exports agree.

use crate::domain::list::{name_key, List, ListInput};
use crate::domain::person::PersonSummary;
use crate::error::{Error, Result};
use crate::store::people_rows::{summary_from_row, SUMMARY_COLS};
use rusqlite::{params, Connection, OptionalExtension};

const LIST_COLS: &str = "l.id, l.name, l.description, \
    (SELECT count(*) FROM list_members m WHERE m.list_rowid = l.rowid), l.created_at, l.updated_at";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<List> {
    Ok(List {
        id: r.get(0)?,
        name: r.get(1)?,
        description: r.get(2)?,
        member_count: r.get(3)?,
        created_at: r.get(4)?,
        updated_at: r.get(5)?,
    })
}

fn not_found(id: &str) -> Error {
    Error::NotFound {
        what: "list",
        id: id.to_string(),
    }
}

pub fn rowid_of(conn: &Connection, id: &str) -> Result<i64> {
    find(conn, id)?.ok_or_else(|| not_found(id))
}

pub fn find(conn: &Connection, id: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT rowid FROM lists WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// The list already called `name` (any case), other than `except`.
pub fn named(conn: &Connection, name: &str, except: Option<i64>) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT rowid FROM lists WHERE name_key = ?1 AND rowid <> ?2")?
        .query_row(params![name_key(name), except.unwrap_or(-1)], |r| r.get(0))
        .optional()?)
}

/// Names are unique regardless of case: two "PFW shortlist"s would be a trap when adding someone.
pub fn ensure_free(conn: &Connection, name: &str, except: Option<i64>) -> Result<()> {
    if named(conn, name, except)?.is_some() {
        return Err(Error::invalid(
            "name",
            format!("a list named “{}” already exists", name.trim()),
        ));
    }
    Ok(())
}

pub fn insert(
    conn: &Connection,
    id: &str,
    l: &ListInput,
    created: &str,
    updated: &str,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO lists (id, name, name_key, description, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id,
        l.name,
        name_key(&l.name),
        l.description,
        created,
        updated
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn update(conn: &Connection, rowid: i64, l: &ListInput, now: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE lists SET name = ?2, name_key = ?3, description = ?4, updated_at = ?5 WHERE rowid = ?1",
    )?
    .execute(params![rowid, l.name, name_key(&l.name), l.description, now])?;
    Ok(())
}

/// Members go with the list (ON DELETE CASCADE); the people stay.
pub fn delete(conn: &Connection, rowid: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM lists WHERE rowid = ?1")?
        .execute([rowid])?;
    Ok(())
}

pub fn get(conn: &Connection, id: &str) -> Result<List> {
    conn.prepare_cached(&format!("SELECT {LIST_COLS} FROM lists l WHERE l.id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| not_found(id))
}

/// Every list by name (accent and case as typed, compared case-free), with its member count.
pub fn all(conn: &Connection) -> Result<Vec<List>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {LIST_COLS} FROM lists l ORDER BY l.name_key, l.rowid"
    ))?;
    let v = st
        .query_map([], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// The lists a person is on, by name.
pub fn of_person(conn: &Connection, person_rowid: i64) -> Result<Vec<List>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {LIST_COLS} FROM lists l JOIN list_members lm ON lm.list_rowid = l.rowid
         WHERE lm.person_rowid = ?1 ORDER BY l.name_key, l.rowid"
    ))?;
    let v = st
        .query_map([person_rowid], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// Members in the order they were added (ties, as from one "add these five", by when they were created).
pub fn members(conn: &Connection, list_rowid: i64) -> Result<Vec<PersonSummary>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLS} FROM list_members lm JOIN people p ON p.rowid = lm.person_rowid
         WHERE lm.list_rowid = ?1 ORDER BY lm.added_at, p.rowid"
    ))?;
    let v = st
        .query_map([list_rowid], summary_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

pub fn member_ids(conn: &Connection, list_rowid: i64) -> Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT p.id FROM list_members lm JOIN people p ON p.rowid = lm.person_rowid
         WHERE lm.list_rowid = ?1 ORDER BY lm.added_at, p.rowid",
    )?;
    let v = st
        .query_map([list_rowid], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// When the person joined the list, if they are on it.
pub fn added_at(conn: &Connection, list_rowid: i64, person_rowid: i64) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT added_at FROM list_members WHERE list_rowid = ?1 AND person_rowid = ?2",
        )?
        .query_row([list_rowid, person_rowid], |r| r.get(0))
        .optional()?)
}

/// Adds a member; `false` when they were already on the list (their place is kept).
pub fn add(conn: &Connection, list_rowid: i64, person_rowid: i64, at: &str) -> Result<bool> {
    let n = conn
        .prepare_cached(
            "INSERT INTO list_members (list_rowid, person_rowid, added_at) VALUES (?1, ?2, ?3)
             ON CONFLICT DO NOTHING",
        )?
        .execute(params![list_rowid, person_rowid, at])?;
    Ok(n > 0)
}

/// Removes a member; `false` when they were not on the list.
pub fn remove(conn: &Connection, list_rowid: i64, person_rowid: i64) -> Result<bool> {
    let n = conn
        .prepare_cached("DELETE FROM list_members WHERE list_rowid = ?1 AND person_rowid = ?2")?
        .execute([list_rowid, person_rowid])?;
    Ok(n > 0)
}

/// The tombstone id of a removed membership: both ids, so a teammate's book finds the same pair.
pub fn member_stone(list_id: &str, person_id: &str) -> String {
    format!("{list_id}:{person_id}")
}

/// Our list's rowid and last change for an id, to weigh a bundled list against.
pub fn stamp(conn: &Connection, id: &str) -> Result<Option<(i64, String)>> {
    Ok(conn
        .prepare_cached("SELECT rowid, updated_at FROM lists WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// The id of the list at `rowid`.
pub fn id_at(conn: &Connection, rowid: i64) -> Result<String> {
    Ok(
        conn.query_row("SELECT id FROM lists WHERE rowid = ?1", [rowid], |r| {
            r.get(0)
        })?,
    )
}

/// The lists a bundle carries (every list, or `only` the one with that id), in the order they
/// were made.
pub(crate) fn bundled(
    conn: &Connection,
    only: Option<&str>,
) -> Result<Vec<crate::interchange::bundle::lists::BundleList>> {
    let (filter, arg) = bundle_filter(only);
    let mut st = conn.prepare(&format!(
        "SELECT l.id, l.name, l.description, l.created_at, l.updated_at FROM lists l
         WHERE {filter} ORDER BY l.rowid"
    ))?;
    let ls = st
        .query_map(rusqlite::params_from_iter(&arg), |r| {
            Ok(crate::interchange::bundle::lists::BundleList {
                id: r.get(0)?,
                name: r.get(1)?,
                description: r.get(2)?,
                created_at: r.get(3)?,
                updated_at: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ls)
}

/// The memberships of the lists a bundle carries (of every list, or `only` of that one), by list
/// and then by when each joined.
pub(crate) fn bundled_members(
    conn: &Connection,
    only: Option<&str>,
) -> Result<Vec<crate::interchange::bundle::lists::BundleListMember>> {
    let (filter, arg) = bundle_filter(only);
    let mut st = conn.prepare(&format!(
        "SELECT l.id, p.id, lm.added_at FROM list_members lm
         JOIN lists l ON l.rowid = lm.list_rowid JOIN people p ON p.rowid = lm.person_rowid
         WHERE {filter} ORDER BY lm.list_rowid, lm.added_at, p.rowid"
    ))?;
    let members = st
        .query_map(rusqlite::params_from_iter(&arg), |r| {
            Ok(crate::interchange::bundle::lists::BundleListMember {
                list_id: r.get(0)?,
                person_id: r.get(1)?,
                added_at: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(members)
}

/// The `WHERE` clause on `l` (lists) and its argument for `bundled` and `bundled_members`.
fn bundle_filter(only: Option<&str>) -> (&'static str, Vec<&str>) {
    match only {
        None => ("1", Vec::new()),
        Some(id) => ("l.id = ?1", vec![id]),
    }
}
