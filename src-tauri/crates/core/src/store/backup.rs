//! Rolling backups beside the book, made with SQLite's online backup API and encrypted with the
//! book's own key: taken daily, before migrations, imports and restores; 7 daily + 4 weekly kept.

use super::{open_keyed, Connection};
use crate::error::{Error, Result};
use crate::keys::DbKey;
use chrono::{DateTime, Datelike, NaiveDateTime, Utc};
use rusqlite::backup::Backup;
use rusqlite::OpenFlags;
use serde::Serialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;
use ts_rs::TS;

/// How many of the newest backups of distinct days, and of distinct ISO weeks, are kept.
pub const KEEP_DAILY: usize = 7;
pub const KEEP_WEEKLY: usize = 4;
/// The newest few are kept whatever their day, so the backup taken just before a restore or an
/// import survives the next one taken the same day.
pub const KEEP_RECENT: usize = 3;
/// A book opened when its newest backup is older than this gets a new one first.
pub const DAILY_EVERY: chrono::Duration = chrono::Duration::hours(24);

const STAMP: &str = "%Y%m%dT%H%M%SZ";

/// One backup file, as listed to the person choosing what to restore.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupInfo {
    /// The file name inside the backups folder; what `restore` takes.
    pub name: String,
    /// When it was taken, UTC, RFC 3339.
    pub taken_at: String,
    /// Why: `daily`, `manual`, `before-migration`, `before-restore`, `before-import` …
    pub reason: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// `<db dir>/backups`.
pub fn dir(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join("backups")
}

/// Backups of different books may share a folder; each file starts with its book's file stem.
fn prefix(db: &Path) -> String {
    let stem = db.file_stem().and_then(|s| s.to_str()).unwrap_or("liaison");
    format!("{stem}-")
}

fn parse_name(db: &Path, name: &str) -> Option<(DateTime<Utc>, String)> {
    let rest = name.strip_prefix(&prefix(db))?.strip_suffix(".db")?;
    let (stamp, reason) = rest.split_at_checked(16)?;
    let reason = reason.strip_prefix('-')?;
    let t = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?.and_utc();
    Some((t, reason.to_string()))
}

/// Every backup of the book at `db`, newest first; other files in the folder are ignored.
pub fn list(db: &Path) -> Result<Vec<BackupInfo>> {
    let folder = dir(db);
    let entries = match std::fs::read_dir(&folder) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&folder, e)),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(&folder, e))?;
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
            continue;
        };
        let Some((t, reason)) = parse_name(db, &name) else {
            continue;
        };
        let bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
        out.push(BackupInfo {
            name,
            taken_at: crate::clock::stamp(t),
            reason,
            bytes,
        });
    }
    out.sort_by(|a, b| b.taken_at.cmp(&a.taken_at).then(b.name.cmp(&a.name)));
    Ok(out)
}

fn valid_reason(reason: &str) -> Result<()> {
    let ok = !reason.is_empty()
        && reason.len() <= 40
        && reason
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(
            "reason",
            "a backup reason is 1 to 40 lower-case letters, digits or dashes",
        ))
    }
}

/// Copies the database behind `src` into a new backup file, then rotates old ones away.
pub fn create(
    src: &Connection,
    db: &Path,
    key: &DbKey,
    now: DateTime<Utc>,
    reason: &str,
) -> Result<BackupInfo> {
    let info = create_unrotated(src, db, key, now, reason)?;
    rotate(db)?;
    Ok(info)
}

/// `create` without the rotation: a restore takes its safety backup with this, because
/// rotating then could delete the very backup about to be restored.
/// Written under a `.part` name and renamed, so a crash never leaves a half backup listed.
pub fn create_unrotated(
    src: &Connection,
    db: &Path,
    key: &DbKey,
    now: DateTime<Utc>,
    reason: &str,
) -> Result<BackupInfo> {
    valid_reason(reason)?;
    let folder = dir(db);
    std::fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, e))?;
    private(&folder)?;
    let stamp = now.format(STAMP).to_string();
    let mut name = format!("{}{stamp}-{reason}.db", prefix(db));
    let mut n = 2;
    while folder.join(&name).exists() {
        name = format!("{}{stamp}-{reason}-{n}.db", prefix(db));
        n += 1;
    }
    let target = folder.join(&name);
    let part = folder.join(format!("{name}.part"));
    let _ = std::fs::remove_file(&part);
    let copied = copy(src, &part, key);
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&part);
        return Err(e);
    }
    std::fs::rename(&part, &target).map_err(|e| Error::io(&target, e))?;
    let bytes = std::fs::metadata(&target).map(|m| m.len()).unwrap_or(0);
    Ok(BackupInfo {
        name,
        taken_at: crate::clock::stamp(
            NaiveDateTime::parse_from_str(&stamp, STAMP).map_or(now, |t| t.and_utc()),
        ),
        reason: reason.to_string(),
        bytes,
    })
}

/// The page cache of the book's own connection while a backup or a restore runs through it, in
/// KiB (SQLite's negative `cache_size`; 2 MiB, SQLite's default).
///
/// A backup reads every page of the book once, through the connection's cache: at its usual
/// 64 MiB (`configure`) the day's first backup of a 700 MB book left that connection holding
/// 64 MiB of pages nobody would ask for again, and the app ~66 MB bigger for the rest of the day
/// (BENCHMARKS.md, 2026-12-08). Pages read once gain nothing from a cache; the copy is as fast.
const COPY_CACHE_KIB: i64 = 2048;

/// Sets `conn`'s page cache to `size` (SQLite's `cache_size`: negative in KiB) and answers the
/// size it had, to put back after (shrinking the cache drops the pages over it at once).
fn set_cache(conn: &Connection, size: i64) -> Result<i64> {
    let was: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
    conn.pragma_update(None, "cache_size", size)?;
    Ok(was)
}

fn copy(src: &Connection, to: &Path, key: &DbKey) -> Result<()> {
    let mut dst = open_keyed(to, key, OpenFlags::default())?;
    let was = set_cache(src, -COPY_CACHE_KIB)?;
    let copied =
        Backup::new(src, &mut dst).and_then(|b| b.run_to_completion(1024, Duration::ZERO, None));
    set_cache(src, was)?;
    copied?;
    // The copy keeps WAL mode from its source page; make it one self-contained file.
    dst.pragma_update(None, "journal_mode", "DELETE")?;
    dst.close().map_err(|(_, e)| Error::Sqlite(e))
}

/// Replaces the content of `dst` (the live book) with the backup `name`.
pub fn restore(dst: &mut Connection, db: &Path, key: &DbKey, name: &str) -> Result<()> {
    if parse_name(db, name).is_none() || name.contains(['/', '\\']) {
        return Err(Error::NotFound {
            what: "backup",
            id: name.to_string(),
        });
    }
    let file = dir(db).join(name);
    if !file.is_file() {
        return Err(Error::NotFound {
            what: "backup",
            id: name.to_string(),
        });
    }
    let src = open_keyed(&file, key, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| match e {
        Error::WrongKey { .. } => Error::Backup(format!(
            "the backup {name} was made with another key or passphrase than the book's"
        )),
        e => e,
    })?;
    let check: String = src.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(Error::Backup(format!(
            "the backup {name} is damaged: {check}"
        )));
    }
    let was = set_cache(dst, -COPY_CACHE_KIB)?;
    let copied =
        Backup::new(&src, dst).and_then(|b| b.run_to_completion(1024, Duration::ZERO, None));
    set_cache(dst, was)?;
    Ok(copied?)
}

/// Deletes the backups no longer kept: all but the newest `KEEP_RECENT`, the newest of each of
/// the `KEEP_DAILY` latest days and the newest of each of the `KEEP_WEEKLY` latest ISO weeks
/// (days and weeks in UTC, as the names are). Returns the names removed.
pub fn rotate(db: &Path) -> Result<Vec<String>> {
    let all = list(db)?; // newest first
    let mut keep: BTreeSet<&str> = all
        .iter()
        .take(KEEP_RECENT)
        .map(|b| b.name.as_str())
        .collect();
    let mut days = Vec::new();
    let mut weeks = Vec::new();
    for b in &all {
        let Some((t, _)) = parse_name(db, &b.name) else {
            continue;
        };
        let day = t.date_naive();
        if !days.contains(&day) && days.len() < KEEP_DAILY {
            days.push(day);
            keep.insert(&b.name);
        }
        let week = (t.iso_week().year(), t.iso_week().week());
        if !weeks.contains(&week) && weeks.len() < KEEP_WEEKLY {
            weeks.push(week);
            keep.insert(&b.name);
        }
    }
    let folder = dir(db);
    let mut removed = Vec::new();
    for b in &all {
        if !keep.contains(b.name.as_str()) {
            let p = folder.join(&b.name);
            std::fs::remove_file(&p).map_err(|e| Error::io(&p, e))?;
            removed.push(b.name.clone());
        }
    }
    Ok(removed)
}

/// The backup due when a book opens: before a migration of an existing book, else a daily one
/// when the newest is older than a day. A new, empty book needs none.
pub fn at_open(
    conn: &Connection,
    db: &Path,
    key: &DbKey,
    found_version: i64,
    now: DateTime<Utc>,
) -> Result<Option<BackupInfo>> {
    if found_version == 0 {
        return Ok(None);
    }
    if found_version < super::migrations::LATEST {
        return create(conn, db, key, now, "before-migration").map(Some);
    }
    let newest = list(db)?
        .into_iter()
        .find_map(|b| parse_name(db, &b.name).map(|p| p.0));
    match newest {
        Some(t) if now - t < DAILY_EVERY => Ok(None),
        _ => create(conn, db, key, now, "daily").map(Some),
    }
}

/// Backups hold the same personal data as the book: only their owner may list the folder.
#[cfg(unix)]
fn private(folder: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o700))
        .map_err(|e| Error::io(folder, e))
}

#[cfg(not(unix))]
fn private(_folder: &Path) -> Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Db;

    /// A backup and a restore, which run through the book's own connection with a small cache,
    /// give it its own size back after (what the small cache saves is a memory figure, in
    /// BENCHMARKS.md).
    #[test]
    fn a_backup_and_a_restore_give_the_connection_its_cache_size_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("book.db");
        let key = DbKey::Raw([7; 32]);
        let db = Db::open_with(&path, &key, |_, _| Ok(())).unwrap();
        db.with_writer(|conn| {
            let own: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
            assert_eq!(own, -65536);
            conn.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (42);")?;
            let now = Utc::now();
            let b = create_unrotated(conn, &path, &key, now, "manual")?;
            let size = |c: &Connection| -> i64 {
                c.query_row("PRAGMA cache_size", [], |r| r.get(0)).unwrap()
            };
            assert_eq!(size(conn), own);
            // A cache size of the connection's own choosing is given back as it was.
            conn.pragma_update(None, "cache_size", -1000)?;
            conn.execute("DELETE FROM t", [])?;
            restore(conn, &path, &key, &b.name)?;
            assert_eq!(size(conn), -1000);
            let x: i64 = conn.query_row("SELECT x FROM t", [], |r| r.get(0))?;
            assert_eq!(x, 42);
            Ok(())
        })
        .unwrap();
    }
}
