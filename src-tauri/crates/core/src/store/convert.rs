//! Turning a plain SQLite book from a release before encryption into an encrypted one, without
//! ever risking it: export into a new file, verify it, swap, and only then drop the plain copy.

use crate::error::{Error, Result};
use crate::keys::DbKey;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// The steps of a conversion, for fault-injection tests: a hook may fail at any of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Exported,
    Verified,
    BeforeSwap,
}

/// `liaison.db` → `liaison.db.encrypting`: the new file while it is being written.
fn encrypting(path: &Path) -> PathBuf {
    sibling(path, "encrypting")
}

/// `liaison.db` → `liaison.db.unencrypted`: the original while the new file takes its name.
pub fn plain_copy(path: &Path) -> PathBuf {
    sibling(path, "unencrypted")
}

pub(super) fn sibling(path: &Path, ext: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".");
    s.push(ext);
    PathBuf::from(s)
}

pub fn encrypt_plain_database(path: &Path, key: &DbKey) -> Result<()> {
    encrypt_plain_database_with(path, key, &|_| Ok(()))
}

/// As `encrypt_plain_database`, calling `hook` after each step; an error from it aborts there.
#[doc(hidden)]
pub fn encrypt_plain_database_with(
    path: &Path,
    key: &DbKey,
    hook: &dyn Fn(Step) -> Result<()>,
) -> Result<()> {
    let tmp = encrypting(path);
    remove_with_sidecars(&tmp)?;
    let result = export_and_verify(path, &tmp, key, hook).and_then(|()| swap(path, &tmp));
    if result.is_err() {
        // The original is untouched; only our half-made file goes.
        let _ = remove_with_sidecars(&tmp);
    }
    result
}

fn export_and_verify(
    path: &Path,
    tmp: &Path,
    key: &DbKey,
    hook: &dyn Fn(Step) -> Result<()>,
) -> Result<()> {
    let plain = Connection::open(path)?;
    plain.pragma_update(None, "cipher_log_level", "NONE")?;
    let version: i64 = plain.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > super::migrations::LATEST {
        // Not ours to rewrite: leave the file exactly as the newer release made it.
        return Err(Error::DatabaseTooNew {
            found: version,
            known: super::migrations::LATEST,
        });
    }
    let before = table_counts(&plain, "main")?;
    let tmp_text = tmp
        .to_str()
        .ok_or_else(|| Error::Corrupt(format!("the path {} is not valid UTF-8", tmp.display())))?;
    plain.execute(
        "ATTACH DATABASE ?1 AS encrypted KEY ?2",
        [tmp_text, key.sql_value().as_str()],
    )?;
    plain.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
    plain.pragma_update(Some("encrypted"), "user_version", version)?;
    plain.execute_batch("DETACH DATABASE encrypted")?;
    // Closing the plain connection checkpoints its WAL, so the original is one whole file again.
    plain.close().map_err(|(_, e)| Error::Sqlite(e))?;
    hook(Step::Exported)?;

    let enc = super::open_keyed(tmp, key, OpenFlags::default())?;
    let check: String = enc.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(Error::Corrupt(format!(
            "the encrypted copy failed its integrity check: {check}"
        )));
    }
    let after = table_counts(&enc, "main")?;
    let enc_version: i64 = enc.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if after != before || enc_version != version {
        return Err(Error::Corrupt(format!(
            "the encrypted copy differs from the original (tables and rows {before:?} vs {after:?}, \
             schema {version} vs {enc_version}); the original was kept"
        )));
    }
    enc.close().map_err(|(_, e)| Error::Sqlite(e))?;
    hook(Step::Verified)?;
    if sidecar(path, "-wal").exists() {
        return Err(Error::Corrupt(format!(
            "{} still has a write-ahead log; another program has it open",
            path.display()
        )));
    }
    hook(Step::BeforeSwap)
}

/// Every real table and its row count (virtual tables are covered by their shadow tables).
pub(super) fn table_counts(conn: &Connection, schema: &str) -> Result<Vec<(String, i64)>> {
    let mut st = conn.prepare(&format!(
        "SELECT name FROM {schema}.sqlite_schema WHERE type = 'table'
         AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
    ))?;
    let names: Vec<String> = st
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    names
        .into_iter()
        .map(|n| {
            let count = conn.query_row(
                &format!(
                    "SELECT count(*) FROM {schema}.\"{}\"",
                    n.replace('"', "\"\"")
                ),
                [],
                |r| r.get(0),
            )?;
            Ok((n, count))
        })
        .collect()
}

/// The original steps aside (kept), the encrypted file takes its name, then the original goes.
/// A crash between the two renames is finished by `finish_interrupted` at the next open.
fn swap(path: &Path, tmp: &Path) -> Result<()> {
    let kept = plain_copy(path);
    std::fs::rename(path, &kept).map_err(|e| Error::io(path, e))?;
    if let Err(e) = std::fs::rename(tmp, path) {
        let _ = std::fs::rename(&kept, path);
        return Err(Error::io(path, e));
    }
    remove_with_sidecars(&kept)
}

/// A conversion cut short between its two renames left the book only under its `.unencrypted`
/// name: put it back, and the conversion runs again.
pub fn finish_interrupted(path: &Path) -> Result<()> {
    let kept = plain_copy(path);
    if !path.exists() && kept.exists() {
        std::fs::rename(&kept, path).map_err(|e| Error::io(path, e))?;
    }
    Ok(())
}

/// A conversion cut short after the swap left the plain original beside the verified encrypted
/// book; once the book has opened with its key, that plain copy of personal data goes.
pub fn drop_plain_copy(path: &Path) -> Result<()> {
    let kept = plain_copy(path);
    if kept.exists() {
        remove_with_sidecars(&kept)?;
    }
    Ok(())
}

pub(super) fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

pub(super) fn remove_with_sidecars(path: &Path) -> Result<()> {
    for p in [
        path.to_path_buf(),
        sidecar(path, "-wal"),
        sidecar(path, "-shm"),
        sidecar(path, "-journal"),
    ] {
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&p, e)),
        }
    }
    Ok(())
}
