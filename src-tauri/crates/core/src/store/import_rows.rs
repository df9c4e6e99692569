//! The SQL a people import runs around the typed writes: the book's e-mails, handles and phones read once to match rows against, a large import's index drop, and a note's duplicate check.

use crate::error::Result;
use rusqlite::{params, Connection, OptionalExtension};

/// Hands `each` every e-mail of the book (normalised) with its person's rowid.
pub(crate) fn each_email(tx: &Connection, mut each: impl FnMut(String, i64)) -> Result<()> {
    let mut st = tx.prepare("SELECT email_norm, person_rowid FROM person_emails")?;
    for r in st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
        let (e, p) = r?;
        each(e, p);
    }
    Ok(())
}

/// Hands `each` every channel of the book as its platform, handle and person's rowid.
pub(crate) fn each_handle(
    tx: &Connection,
    mut each: impl FnMut(String, String, i64),
) -> Result<()> {
    let mut st = tx.prepare("SELECT platform, handle, person_rowid FROM channels")?;
    for r in st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })? {
        let (pl, h, p) = r?;
        each(pl, h, p);
    }
    Ok(())
}

/// Hands `each` every phone number of the book with its person's country and rowid.
pub(crate) fn each_phone(tx: &Connection, mut each: impl FnMut(String, String, i64)) -> Result<()> {
    let mut st = tx.prepare("SELECT phones, country, rowid FROM people WHERE phones <> '[]'")?;
    for r in st.query_map([], |r| {
        Ok((
            crate::store::people_rows::json_list(r.get(0)?)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })? {
        let (phones, country, p) = r?;
        for phone in phones {
            each(phone, country.clone(), p);
        }
    }
    Ok(())
}

/// Drops the indexes named in `names` (an SQL list of quoted names) and returns the SQL that
/// recreates them exactly as the migrations wrote them (same text, so the schema is unchanged
/// afterwards).
pub(crate) fn drop_indexes(tx: &Connection, names: &str) -> Result<Vec<String>> {
    let found: Vec<(String, String)> = tx
        .prepare(&format!(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
             AND name IN ({names})"
        ))?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &found {
        tx.execute_batch(&format!("DROP INDEX \"{name}\""))?;
    }
    Ok(found.into_iter().map(|(_, sql)| sql).collect())
}

/// Drops the triggers named in `names` (an SQL list of quoted names) and returns the SQL that
/// creates them again, as `drop_indexes` does for indexes.
pub(crate) fn drop_triggers(tx: &Connection, names: &str) -> Result<Vec<String>> {
    let found: Vec<(String, String)> = tx
        .prepare(&format!(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN ({names})"
        ))?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &found {
        tx.execute_batch(&format!("DROP TRIGGER \"{name}\""))?;
    }
    Ok(found.into_iter().map(|(_, sql)| sql).collect())
}

/// What the facets triggers (migration 0014) would have written for the people from rowid
/// `from` on: their copy for the People table's counts, in one statement. A bulk write drops
/// those triggers with the audience one: a trigger on `people` makes each insert open a
/// statement journal, and FTS5 flushes its pending terms at each one.
pub(crate) fn set_facets_from(tx: &Connection, from: i64) -> Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO person_facets (rowid, archived, kind, stage, country,
            last_interaction_at, next_followup_at, cold_at, audience_max, given_count,
            received_count)
         SELECT rowid, archived, kind, stage, country, last_interaction_at, next_followup_at,
            cold_at, audience_max, given_count, received_count
         FROM people WHERE rowid >= ?1",
        [from],
    )?;
    Ok(())
}

/// Builds again the indexes `drop_indexes` dropped (or the triggers `drop_triggers` dropped),
/// from the SQL it returned.
pub(crate) fn recreate_indexes(tx: &Connection, deferred: &[String]) -> Result<()> {
    for sql in deferred {
        tx.execute_batch(sql)?;
    }
    Ok(())
}

/// Whether the person already has a note with exactly this text.
pub(crate) fn has_note(tx: &Connection, person_rowid: i64, body: &str) -> Result<bool> {
    Ok(tx
        .prepare_cached("SELECT 1 FROM notes WHERE person_rowid = ?1 AND body = ?2")?
        .query_row(params![person_rowid, body], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The rowid SQLite gives the next person inserted without one.
pub(crate) fn next_rowid(tx: &Connection) -> Result<i64> {
    Ok(
        tx.query_row("SELECT coalesce(max(rowid), 0) + 1 FROM people", [], |r| {
            r.get(0)
        })?,
    )
}
