//! Schema versions in `PRAGMA user_version`; each released migration is frozen, new ones are appended.
//!
//! A dozen lines of our own instead of `rusqlite_migration`: no release of that crate builds
//! against the rusqlite 0.41 this registry can serve (they pin another libsqlite3-sys).

use crate::error::{Error, Result};
use rusqlite::Connection;

/// In order; the index + 1 is the schema version the migration produces.
const MIGRATIONS: &[(&str, Option<Step>)] = &[
    (include_str!("../../migrations/0001_init.sql"), None),
    (include_str!("../../migrations/0002_relationship.sql"), None),
    (include_str!("../../migrations/0003_events.sql"), None),
    (include_str!("../../migrations/0004_interchange.sql"), None),
    (include_str!("../../migrations/0005_lists.sql"), None),
    (
        include_str!("../../migrations/0006_person_fields.sql"),
        None,
    ),
    (include_str!("../../migrations/0007_duplicates.sql"), None),
    (include_str!("../../migrations/0008_network.sql"), None),
    (
        include_str!("../../migrations/0009_search_contacts.sql"),
        Some(super::reindex::person_fts),
    ),
    (include_str!("../../migrations/0010_bulk_undo.sql"), None),
    (include_str!("../../migrations/0011_team.sql"), None),
    (include_str!("../../migrations/0012_worklist.sql"), None),
    (include_str!("../../migrations/0013_affiliations.sql"), None),
    (
        include_str!("../../migrations/0014_person_facets.sql"),
        None,
    ),
    (
        include_str!("../../migrations/0015_word_keys_unreferenced.sql"),
        None,
    ),
    (
        include_str!("../../migrations/0016_links_unreferenced.sql"),
        None,
    ),
    (include_str!("../../migrations/0017_today_lists.sql"), None),
];

/// Rust run after a migration's SQL, in its transaction: what SQL cannot compute (folded text).
type Step = fn(&Connection) -> Result<()>;

/// The schema version this build writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

/// Applies every pending migration, each in its own transaction with its version bump, so a
/// crash between two leaves the file at a clean earlier version.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    let found = version(conn)?;
    if found > LATEST {
        return Err(Error::DatabaseTooNew {
            found,
            known: LATEST,
        });
    }
    for (i, (sql, step)) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        if let Some(step) = step {
            step(&tx)?;
        }
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// Runs all migrations on a scratch in-memory database: a broken migration fails a test, not a user.
pub fn validate() -> Result<()> {
    let mut conn = Connection::open_in_memory()?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    migrate(&mut conn)?;
    conn.pragma_query(None, "foreign_key_check", |_| {
        Err(rusqlite::Error::ExecuteReturnedResults)
    })?;
    Ok(())
}

/// The schema as comparable text (sorted DDL), for the upgrade-equals-fresh test.
pub fn schema_fingerprint(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema
         WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
