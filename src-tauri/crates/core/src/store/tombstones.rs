//! Tombstones: the ids of deleted records and when they went, so bundles carry deletions and an erased person is not brought back by an older bundle.

use crate::error::Result;
use rusqlite::{params, Connection, OptionalExtension};


pub fn record(conn: &Connection, kind: &str, id: &str, now: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO tombstones (id, kind, deleted_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET deleted_at = excluded.deleted_at",
    )?
    .execute(params![id, kind, now])?;
    Ok(())
}

/// An undo put the record back.
pub fn forget(conn: &Connection, id: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM tombstones WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

pub fn deleted_at(conn: &Connection, id: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT deleted_at FROM tombstones WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// Before a person is erased: tombstones for them and for what goes with them (their notes,
/// and the interactions and follow-ups no one else is part of), the same sets `people::delete` removes.
pub fn record_person_erase(conn: &Connection, person_id: &str, now: &str) -> Result<()> {
    let rowid = super::people::rowid_of(conn, person_id)?;
    record(conn, "person", person_id, now)?;
    for (kind, sql) in [
        ("note", "SELECT id FROM notes WHERE person_rowid = ?1"),
        (
            "interaction",
            "SELECT i.id FROM interaction_people ip JOIN interactions i ON i.rowid = ip.interaction_rowid
             WHERE ip.person_rowid = ?1 AND NOT EXISTS (SELECT 1 FROM interaction_people o
               WHERE o.interaction_rowid = ip.interaction_rowid AND o.person_rowid <> ?1)",
        ),
        (
            "followup",
            "SELECT f.id FROM followup_people fp JOIN followups f ON f.rowid = fp.followup_rowid
             WHERE fp.person_rowid = ?1 AND NOT EXISTS (SELECT 1 FROM followup_people o
               WHERE o.followup_rowid = fp.followup_rowid AND o.person_rowid <> ?1)",
        ),
    ] {
        let ids: Vec<String> = conn
            .prepare(sql)?
            .query_map([rowid], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in ids {
            record(conn, kind, &id, now)?;
        }
    }
    Ok(())
}

/// Every tombstone, oldest first: (id, kind, deleted_at).
pub fn all(conn: &Connection) -> Result<Vec<(String, String, String)>> {
    let mut st = conn.prepare("SELECT id, kind, deleted_at FROM tombstones ORDER BY deleted_at, id")?;
    let v = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}
