//! The `smart_lists` table: one place for its SQL, so the book and the bundle merge agree.

use crate::api::PersonSort;
use crate::domain::list::name_key;
use crate::domain::smart_list::SmartListInput;
use crate::error::{Error, Result};
use crate::store::filter::PersonFilter;
use rusqlite::{params, Connection, OptionalExtension};

/// A stored definition, its filter and sort read back.
pub struct Row {
    pub rowid: i64,
    pub id: String,
    pub input: SmartListInput,
    pub created_at: String,
    pub updated_at: String,
}

const COLS: &str = "rowid, id, name, filter, sort, descending, created_at, updated_at";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    let filter: String = r.get(3)?;
    let sort: String = r.get(4)?;
    let bad = |what: &str, v: &str| super::people_rows::corrupt(what, v);
    Ok(Row {
        rowid: r.get(0)?,
        id: r.get(1)?,
        input: SmartListInput {
            name: r.get(2)?,
            filter: serde_json::from_str::<PersonFilter>(&filter)
                .map_err(|_| bad("smart list filter", &filter))?,
            sort: PersonSort::parse(&sort).ok_or_else(|| bad("sort", &sort))?,
            descending: r.get(5)?,
        },
        created_at: r.get(6)?,
        updated_at: r.get(7)?,
    })
}

fn not_found(id: &str) -> Error {
    Error::NotFound {
        what: "smart list",
        id: id.to_string(),
    }
}

pub fn find(conn: &Connection, id: &str) -> Result<Option<Row>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM smart_lists WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

pub fn get(conn: &Connection, id: &str) -> Result<Row> {
    find(conn, id)?.ok_or_else(|| not_found(id))
}

/// Every smart list by name, case aside.
pub fn all(conn: &Connection) -> Result<Vec<Row>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM smart_lists ORDER BY name_key, rowid"
    ))?;
    let v = st
        .query_map([], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// The smart list already called `name` (any case), other than `except`.
pub fn named(conn: &Connection, name: &str, except: Option<i64>) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT rowid FROM smart_lists WHERE name_key = ?1 AND rowid <> ?2")?
        .query_row(params![name_key(name), except.unwrap_or(-1)], |r| r.get(0))
        .optional()?)
}

/// Names are unique regardless of case, as hand-picked lists' are.
pub fn ensure_free(conn: &Connection, name: &str, except: Option<i64>) -> Result<()> {
    if named(conn, name, except)?.is_some() {
        return Err(Error::invalid(
            "name",
            format!("a smart list named “{}” already exists", name.trim()),
        ));
    }
    Ok(())
}

fn filter_json(f: &PersonFilter) -> String {
    serde_json::to_string(f).expect("a filter serialises")
}

pub fn insert(
    conn: &Connection,
    id: &str,
    s: &SmartListInput,
    created: &str,
    updated: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO smart_lists (id, name, name_key, filter, sort, descending, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        id,
        s.name,
        name_key(&s.name),
        filter_json(&s.filter),
        s.sort.as_str(),
        s.descending,
        created,
        updated
    ])?;
    Ok(())
}

pub fn update(conn: &Connection, rowid: i64, s: &SmartListInput, now: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE smart_lists SET name = ?2, name_key = ?3, filter = ?4, sort = ?5, descending = ?6,
         updated_at = ?7 WHERE rowid = ?1",
    )?
    .execute(params![
        rowid,
        s.name,
        name_key(&s.name),
        filter_json(&s.filter),
        s.sort.as_str(),
        s.descending,
        now
    ])?;
    Ok(())
}

pub fn delete(conn: &Connection, rowid: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM smart_lists WHERE rowid = ?1")?
        .execute([rowid])?;
    Ok(())
}
