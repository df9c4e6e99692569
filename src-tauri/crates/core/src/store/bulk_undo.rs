//! Undoing a bulk change from the previous values it kept, set-based like the change itself.
//!
//! The rule when someone was changed again after the bulk change: a field goes back only while it
//! still holds what the bulk change put there (the stage it set, the tag it added, the membership
//! it added with its own `added_at`, the tag or membership it took away still absent). Anything
//! done since — by hand or by a later bulk change — is kept, and counted as kept.

use super::bulk_changes::{after_change, forget_member_stones, record_member_stones, Step, KEPT};
use super::lists;
use crate::api::{BulkChange, UndoOutcome};
use crate::error::{Error, FieldError, Result};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};

/// Opens the undo record of a bulk change (its steps are kept by `bulk_changes::apply`).
pub(crate) fn open(conn: &Connection, id: &str, changes: &[BulkChange], now: &str) -> Result<i64> {
    let text = serde_json::to_string(changes)
        .map_err(|e| Error::Corrupt(format!("a bulk change: {e}")))?;
    conn.prepare_cached(
        "INSERT INTO bulk_changes (id, changes, applied_at, changed) VALUES (?1, ?2, ?3, 0)",
    )?
    .execute(params![id, text, now])?;
    Ok(conn.last_insert_rowid())
}

/// Closes it with the number of people changed; a change that changed no one keeps no record.
/// Answers that number.
pub(crate) fn close(conn: &Connection, bulk: i64) -> Result<u32> {
    let changed: u32 = conn.query_row(
        "SELECT count(DISTINCT person_rowid) FROM bulk_before WHERE bulk_rowid = ?1",
        [bulk],
        |r| r.get(0),
    )?;
    if changed == 0 {
        conn.execute("DELETE FROM bulk_changes WHERE rowid = ?1", [bulk])?;
        return Ok(0);
    }
    conn.execute(
        "UPDATE bulk_changes SET changed = ?2 WHERE rowid = ?1",
        params![bulk, changed],
    )?;
    // Only the latest few can be undone: older records go with their rows.
    let old = format!("SELECT rowid FROM bulk_changes ORDER BY rowid DESC LIMIT -1 OFFSET {KEPT}");
    conn.execute(
        &format!("DELETE FROM bulk_before WHERE bulk_rowid IN ({old})"),
        [],
    )?;
    conn.execute(
        &format!("DELETE FROM bulk_changes WHERE rowid IN ({old})"),
        [],
    )?;
    Ok(changed)
}

/// Undoes bulk change `id`, or the latest one not undone yet.
pub(crate) fn undo(conn: &Connection, id: Option<&str>, now: &str) -> Result<UndoOutcome> {
    let found: Option<(i64, String, String, String, Option<String>)> = match id {
        Some(id) => conn
            .prepare_cached(
                "SELECT rowid, id, changes, applied_at, undone_at FROM bulk_changes WHERE id = ?1",
            )?
            .query_row([id], row)
            .optional()?,
        None => conn
            .prepare_cached(
                "SELECT rowid, id, changes, applied_at, undone_at FROM bulk_changes
                 WHERE undone_at IS NULL ORDER BY rowid DESC LIMIT 1",
            )?
            .query_row([], row)
            .optional()?,
    };
    let (bulk, id, text, applied_at, undone_at) = match (found, id) {
        (Some(f), _) => f,
        (None, Some(id)) => {
            return Err(Error::NotFound {
                what: "bulk change",
                id: id.to_string(),
            })
        }
        (None, None) => {
            return Err(Error::Validation(vec![FieldError::new(
                "id",
                "there is no bulk change left to undo",
            )]))
        }
    };
    if let Some(at) = undone_at {
        return Err(Error::Validation(vec![FieldError::new(
            "id",
            format!("bulk change {id} was already undone at {at}"),
        )]));
    }
    let changes: Vec<BulkChange> = serde_json::from_str(&text)
        .map_err(|e| Error::Corrupt(format!("bulk change {id}: {e}")))?;
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS bulk_step (rowid INTEGER PRIMARY KEY);
         CREATE TEMP TABLE IF NOT EXISTS bulk_done (rowid INTEGER PRIMARY KEY);
         DELETE FROM temp.bulk_done;",
    )?;
    for (i, c) in changes.iter().enumerate().rev() {
        // A list erased since: its memberships are gone with it, nothing to put back.
        let step = match c {
            BulkChange::AddToList { list_id } | BulkChange::RemoveFromList { list_id } => {
                match lists::find(conn, list_id)? {
                    Some(rowid) => list_step(c, rowid, list_id),
                    None => continue,
                }
            }
            _ => super::bulk_changes::resolve(conn, c)?,
        };
        undo_step(conn, bulk, i, &step, &applied_at, now)?;
    }
    let restored: u32 = conn.query_row("SELECT count(*) FROM temp.bulk_done", [], |r| r.get(0))?;
    let reached: u32 = conn.query_row(
        "SELECT count(DISTINCT person_rowid) FROM bulk_before WHERE bulk_rowid = ?1",
        [bulk],
        |r| r.get(0),
    )?;
    conn.execute("DELETE FROM bulk_before WHERE bulk_rowid = ?1", [bulk])?;
    conn.execute(
        "UPDATE bulk_changes SET undone_at = ?2 WHERE rowid = ?1",
        params![bulk, now],
    )?;
    Ok(UndoOutcome {
        id,
        changes,
        restored,
        kept: reached.saturating_sub(restored),
    })
}

type Found = (i64, String, String, String, Option<String>);

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Found> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

fn list_step(c: &BulkChange, rowid: i64, id: &str) -> Step {
    let id = id.to_string();
    match c {
        BulkChange::AddToList { .. } => Step::AddToList { rowid, id },
        _ => Step::RemoveFromList { rowid, id },
    }
}

fn undo_step(
    conn: &Connection,
    bulk: i64,
    step: usize,
    s: &Step,
    applied_at: &str,
    now: &str,
) -> Result<()> {
    // Who still holds what the step put there (and is still in the book).
    let mut params: Vec<Value> = vec![Value::Integer(bulk), Value::Integer(step as i64)];
    let still = match s {
        Step::AddTag { .. } | Step::RemoveTag { .. } | Step::Column { .. } => {
            format!("NOT ({})", s.would_change(&mut params))
        }
        Step::AddToList { rowid, .. } => {
            params.push(Value::Integer(*rowid));
            params.push(Value::Text(applied_at.to_string()));
            "EXISTS (SELECT 1 FROM list_members m WHERE m.list_rowid = ?3
               AND m.person_rowid = p.rowid AND m.added_at = ?4)"
                .to_string()
        }
        Step::RemoveFromList { .. } => format!("NOT ({})", s.would_change(&mut params)),
        Step::Delete => return Ok(()),
    };
    conn.execute("DELETE FROM temp.bulk_step", [])?;
    conn.execute(
        &format!(
            "INSERT INTO temp.bulk_step SELECT b.person_rowid FROM bulk_before b
             JOIN people p ON p.rowid = b.person_rowid
             WHERE b.bulk_rowid = ?1 AND b.step = ?2 AND {still}"
        ),
        params_from_iter(params.iter()),
    )?;
    let set = "SELECT rowid FROM temp.bulk_step";
    match s {
        Step::AddTag { key, .. } => {
            conn.execute(
                &format!("DELETE FROM person_tags WHERE tag = ?1 AND person_rowid IN ({set})"),
                [key],
            )?;
        }
        Step::RemoveTag { key } => {
            conn.execute(
                &format!(
                    "INSERT INTO person_tags (tag, person_rowid, label)
                     SELECT ?1, person_rowid, value FROM bulk_before WHERE bulk_rowid = {bulk}
                       AND step = {step} AND person_rowid IN ({set})"
                ),
                [key],
            )?;
        }
        Step::Column { column, .. } => {
            conn.execute(
                &format!(
                    "UPDATE people SET {column} = b.value FROM bulk_before b
                     WHERE b.bulk_rowid = {bulk} AND b.step = {step} AND b.person_rowid = people.rowid
                       AND people.rowid IN ({set})"
                ),
                [],
            )?;
        }
        Step::AddToList { rowid, id } => {
            conn.execute(
                &format!(
                    "DELETE FROM list_members WHERE list_rowid = ?1 AND person_rowid IN ({set})"
                ),
                [rowid],
            )?;
            record_member_stones(conn, id, set, now)?;
        }
        Step::RemoveFromList { rowid, id } => {
            conn.execute(
                &format!(
                    "INSERT INTO list_members (list_rowid, person_rowid, added_at)
                     SELECT ?1, person_rowid, value FROM bulk_before WHERE bulk_rowid = {bulk}
                       AND step = {step} AND person_rowid IN ({set})"
                ),
                [rowid],
            )?;
            forget_member_stones(conn, id, set)?;
        }
        Step::Delete => {}
    }
    after_change(conn, s, set, now)?;
    conn.execute(&format!("INSERT OR IGNORE INTO temp.bulk_done {set}"), [])?;
    Ok(())
}
