//! People's photos, kept in their own table so that lists and scans of people never read image bytes.

use crate::domain::photo::Photo;
use crate::error::Result;
use rusqlite::{params, Connection, OptionalExtension};

/// The photo of the person at `rowid`, if they have one.
pub fn get(conn: &Connection, rowid: i64) -> Result<Option<Photo>> {
    Ok(conn
        .prepare_cached("SELECT mime, bytes FROM person_photos WHERE person_rowid = ?1")?
        .query_row([rowid], |r| {
            Ok(Photo {
                mime: r.get(0)?,
                data: r.get(1)?,
            })
        })
        .optional()?)
}

/// Sets (or replaces) a checked photo.
pub fn set(conn: &Connection, rowid: i64, photo: &Photo, now: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO person_photos (person_rowid, mime, bytes, updated_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (person_rowid) DO UPDATE SET mime = ?2, bytes = ?3, updated_at = ?4",
    )?
    .execute(params![rowid, photo.mime, photo.data, now])?;
    Ok(())
}

/// Removes the person's photo; whether there was one.
pub fn delete(conn: &Connection, rowid: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM person_photos WHERE person_rowid = ?1")?
        .execute([rowid])?
        > 0)
}
