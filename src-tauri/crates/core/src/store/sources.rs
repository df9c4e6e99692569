//! The history of where each person came from: one row per import that created or changed them.

use crate::domain::provenance::{ImportSource, PersonSource, SourceAction, SourceFormat};
use crate::error::Result;
use crate::store::people_rows::corrupt;
use rusqlite::{params, Connection};

/// Records that the import of `source` at `at` created or changed the person at `rowid`.
pub(crate) fn insert(
    conn: &Connection,
    rowid: i64,
    source: &ImportSource,
    action: SourceAction,
    since: &str,
    at: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO person_sources (person_rowid, at, file_name, format, layout, action, since)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        rowid,
        at,
        source.file_name,
        source.format.as_str(),
        source.layout,
        action.as_str(),
        since
    ])?;
    Ok(())
}

/// The person's history, oldest first.
pub fn list(conn: &Connection, rowid: i64) -> Result<Vec<PersonSource>> {
    let mut st = conn.prepare_cached(
        "SELECT at, file_name, format, layout, action, since FROM person_sources
         WHERE person_rowid = ?1 ORDER BY at, rowid",
    )?;
    let rows = st.query_map([rowid], |r| {
        let format: String = r.get(2)?;
        let action: String = r.get(4)?;
        Ok(PersonSource {
            at: r.get(0)?,
            file_name: r.get(1)?,
            format: SourceFormat::parse(&format).ok_or_else(|| corrupt("format", &format))?,
            layout: r.get(3)?,
            action: SourceAction::parse(&action).ok_or_else(|| corrupt("action", &action))?,
            since: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
