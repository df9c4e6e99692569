//! The rows a merge moves and how it is undone exactly: every column that names a person (a foreign key to `people`, found in the schema, so a table added later moves too), dumped before the merge and put back on undo.
//!
//! Moving is `UPDATE OR IGNORE … SET column = survivor`: a row the survivor already has (both at
//! one event, on one list, in one interaction, a pair of them dismissed) stays with the other
//! person and goes with them. Earlier merges' undo records are the exception (`merges` is
//! bookkeeping of this module): they follow the survivor and come back on undo. Undo is refused once the survivor changed after the merge (a digest of their rows
//! is kept): putting the old rows back would throw that later work away.

use crate::error::{Error, FieldError, Result};
use base64::Engine;
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use sha2::{Digest, Sha256};

/// One table's rows of one person (those whose `column` names them).
#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub(crate) struct TableRows {
    pub table: String,
    #[serde(default = "person_rowid")]
    pub column: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Json>>,
}

/// Both people as they were before a merge.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Before {
    pub survivor_rowid: i64,
    pub other_rowid: i64,
    pub other_id: String,
    pub survivor: Vec<TableRows>,
    pub other: Vec<TableRows>,
    /// Earlier merges into the other person, handed to the survivor by this one.
    #[serde(default)]
    pub earlier_merges: Vec<String>,
}

fn person_rowid() -> String {
    "person_rowid".into()
}

/// Every (table, column) whose column is a foreign key to a person, but for `merges`, and the
/// word keys, which name a person without a foreign key since migration 0015 (the look-ups
/// slowed bulk writes): in the same order as when they had one, so the digests kept by earlier
/// merges still match.
pub(crate) fn person_columns(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut st = conn.prepare_cached(
        "SELECT m.name, f.\"from\" FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table' AND f.\"table\" = 'people' AND m.name <> 'merges'
         UNION SELECT 'person_keys', 'person_rowid'
         ORDER BY 1, 2",
    )?;
    let v = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// The person's row and every row naming them, each table's rows in one order.
pub(crate) fn dump(conn: &Connection, rowid: i64) -> Result<Vec<TableRows>> {
    let mut out = vec![rows_of(conn, "people", "rowid", rowid)?];
    for (t, c) in person_columns(conn)? {
        out.push(rows_of(conn, &t, &c, rowid)?);
    }
    Ok(out)
}

fn rows_of(conn: &Connection, table: &str, column: &str, rowid: i64) -> Result<TableRows> {
    // `rowid` named explicitly: `*` leaves out an implicit one (people declares it, so it is there).
    let mut st = conn.prepare(&format!("SELECT * FROM \"{table}\" WHERE {column} = ?1"))?;
    let columns: Vec<String> = st.column_names().map(|c| c.to_string()).collect();
    let n = columns.len();
    let mut rows: Vec<Vec<Json>> = st
        .query_map([rowid], |r| {
            (0..n).map(|i| r.get::<_, Value>(i).map(to_json)).collect()
        })?
        .collect::<rusqlite::Result<_>>()?;
    rows.sort_by_cached_key(|r| serde_json::to_string(r).unwrap_or_default());
    Ok(TableRows {
        table: table.to_string(),
        column: column.to_string(),
        columns,
        rows,
    })
}

fn to_json(v: Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Integer(i) => Json::from(i),
        Value::Real(f) => Json::from(f),
        Value::Text(s) => Json::String(s),
        Value::Blob(b) => serde_json::json!({
            "blob": base64::engine::general_purpose::STANDARD.encode(b)
        }),
    }
}

fn from_json(v: &Json) -> Result<Value> {
    Ok(match v {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Integer(i64::from(*b)),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64().unwrap_or_default()),
        },
        Json::String(s) => Value::Text(s.clone()),
        Json::Object(o) => {
            let b64 = o.get("blob").and_then(Json::as_str).unwrap_or_default();
            Value::Blob(
                base64::engine::general_purpose::STANDARD
                    .decode(b64)
                    .map_err(|e| Error::Corrupt(format!("a merge's saved photo: {e}")))?,
            )
        }
        Json::Array(_) => return Err(Error::Corrupt("a merge's saved row".into())),
    })
}

/// SHA-256 of the person's rows as they are now.
pub(crate) fn digest(conn: &Connection, rowid: i64) -> Result<String> {
    let text = serde_json::to_string(&dump(conn, rowid)?)
        .map_err(|e| Error::Corrupt(format!("a person's rows: {e}")))?;
    Ok(format!("{:x}", Sha256::digest(text.as_bytes())))
}

/// Hands the other person's rows to the survivor, but for those the survivor already has (or
/// that a constraint refuses, as a pair dismissed between the two); answers the ids of earlier
/// merges into the other person, which now follow the survivor.
pub(crate) fn move_rows(conn: &Connection, survivor: i64, other: i64) -> Result<Vec<String>> {
    for (t, c) in person_columns(conn)? {
        conn.execute(
            &format!("UPDATE OR IGNORE \"{t}\" SET \"{c}\" = ?1 WHERE \"{c}\" = ?2"),
            params![survivor, other],
        )?;
    }
    let earlier: Vec<String> = conn
        .prepare_cached("SELECT id FROM merges WHERE survivor_rowid = ?1 ORDER BY id")?
        .query_map([other], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    conn.prepare_cached("UPDATE merges SET survivor_rowid = ?1 WHERE survivor_rowid = ?2")?
        .execute(params![survivor, other])?;
    Ok(earlier)
}

pub(crate) fn record(
    conn: &Connection,
    id: &str,
    before: &Before,
    after_digest: &str,
    now: &str,
) -> Result<()> {
    let text = serde_json::to_string(before)
        .map_err(|e| Error::Corrupt(format!("a merge's saved rows: {e}")))?;
    conn.prepare_cached(
        "INSERT INTO merges (id, survivor_rowid, other_id, merged_at, before, after_digest)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id,
        before.survivor_rowid,
        before.other_id,
        now,
        text,
        after_digest
    ])?;
    Ok(())
}

/// Puts both people's rows back as they were before merge `id`; returns (survivor, other) rowids.
pub(crate) fn restore(conn: &Connection, id: &str) -> Result<(i64, i64)> {
    let found: Option<(String, String)> = conn
        .prepare_cached("SELECT before, after_digest FROM merges WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (text, after) = found.ok_or_else(|| Error::NotFound {
        what: "merge",
        id: id.to_string(),
    })?;
    let before: Before = serde_json::from_str(&text)
        .map_err(|e| Error::Corrupt(format!("merge {id}'s saved rows: {e}")))?;
    let s = before.survivor_rowid;
    if digest(conn, s)? != after {
        return Err(Error::Validation(vec![FieldError::new(
            "merge_id",
            "the merged person changed after this merge (an edit, a note, an interaction or \
             another merge); undoing it now would lose that, so it was not undone",
        )]));
    }
    if super::people::find(conn, &before.other_id)?.is_some() {
        return Err(Error::Validation(vec![FieldError::new(
            "merge_id",
            format!(
                "person {} is in the book again: the merge cannot be undone",
                before.other_id
            ),
        )]));
    }
    for (t, c) in person_columns(conn)? {
        conn.execute(&format!("DELETE FROM \"{t}\" WHERE \"{c}\" = ?1"), [s])?;
    }
    // The other person's rowid may have gone to someone created since: then they get a new one.
    let taken: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM people WHERE rowid = ?1)")?
        .query_row([before.other_rowid], |r| r.get(0))?;
    let o = put_person(conn, &before.other, None, taken)?;
    put_person(conn, &before.survivor, Some(s), false)?;
    for (dump, old, new) in [
        (&before.survivor, s, s),
        (&before.other, before.other_rowid, o),
    ] {
        for t in dump.iter().filter(|t| t.table != "people") {
            insert_rows(conn, t, old, new)?;
        }
    }
    for earlier in &before.earlier_merges {
        conn.prepare_cached("UPDATE merges SET survivor_rowid = ?1 WHERE id = ?2")?
            .execute(params![o, earlier])?;
    }
    conn.prepare_cached("DELETE FROM merges WHERE id = ?1")?
        .execute([id])?;
    Ok((s, o))
}

/// Writes back a person's `people` row: over the survivor's (`update`), or as a new row.
fn put_person(
    conn: &Connection,
    dump: &[TableRows],
    update: Option<i64>,
    new_rowid: bool,
) -> Result<i64> {
    let t = dump
        .iter()
        .find(|t| t.table == "people")
        .filter(|t| t.rows.len() == 1)
        .ok_or_else(|| Error::Corrupt("a merge's saved person".into()))?;
    let values: Vec<Value> = t.rows[0].iter().map(from_json).collect::<Result<_>>()?;
    if let Some(rowid) = update {
        let sets: Vec<String> = t
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| *c != "rowid")
            .map(|(i, c)| format!("\"{c}\" = ?{}", i + 1))
            .collect();
        let at = t.columns.len() + 1;
        let mut vals = values.clone();
        vals.push(Value::Integer(rowid));
        conn.execute(
            &format!("UPDATE people SET {} WHERE rowid = ?{at}", sets.join(", ")),
            rusqlite::params_from_iter(vals),
        )?;
        return Ok(rowid);
    }
    let keep: Vec<usize> = (0..t.columns.len())
        .filter(|&i| !(new_rowid && t.columns[i] == "rowid"))
        .collect();
    insert(conn, "people", &t.columns, &values, &keep, false)?;
    Ok(conn.last_insert_rowid())
}

fn insert_rows(conn: &Connection, t: &TableRows, old: i64, new: i64) -> Result<()> {
    let person = t.columns.iter().position(|c| *c == t.column);
    let all: Vec<usize> = (0..t.columns.len()).collect();
    for row in &t.rows {
        let mut values: Vec<Value> = row.iter().map(from_json).collect::<Result<_>>()?;
        if let Some(p) = person {
            if values[p] == Value::Integer(old) {
                values[p] = Value::Integer(new);
            }
        }
        // A row between the two people (a dismissed pair) is in both dumps: it goes back once.
        insert(conn, &t.table, &t.columns, &values, &all, true)?;
    }
    Ok(())
}

fn insert(
    conn: &Connection,
    table: &str,
    columns: &[String],
    values: &[Value],
    keep: &[usize],
    or_ignore: bool,
) -> Result<()> {
    let names: Vec<String> = keep
        .iter()
        .map(|&i| format!("\"{}\"", columns[i]))
        .collect();
    let marks: Vec<String> = (1..=keep.len()).map(|i| format!("?{i}")).collect();
    conn.prepare_cached(&format!(
        "INSERT {}INTO \"{table}\" ({}) VALUES ({})",
        if or_ignore { "OR IGNORE " } else { "" },
        names.join(", "),
        marks.join(", ")
    ))?
    .execute(rusqlite::params_from_iter(
        keep.iter().map(|&i| values[i].clone()),
    ))?;
    Ok(())
}
