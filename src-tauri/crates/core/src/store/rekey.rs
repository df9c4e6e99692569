//! Changing the key of an open book without ever leaving a file that neither key opens: the book
//! is copied under the new key beside itself, verified, and renamed over the original.
//!
//! SQLCipher's own `PRAGMA rekey` rewrites the pages in place; in WAL mode, with a reader open,
//! SQLCipher 4 does not support it (rekeying WAL databases arrives in SQLCipher 5), so the copy
//! is the only way whose crash behaviour rests on one thing, the atomic `rename(2)`:
//! - killed before the rename, the book is the untouched original (old key); a leftover copy is
//!   removed at the next open or the next change;
//! - killed after it, the book is the verified copy (new key), a whole file with no WAL.
//!
//! The old connections are closed before the rename, so the original's WAL is checkpointed and
//! gone: a WAL written under the old key must never sit beside the new file.

use super::convert::{remove_with_sidecars, sibling, sidecar, table_counts};
use super::{configure, lock, open_keyed, Db};
use crate::error::{Error, Result};
use crate::keys::DbKey;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// The steps of a key change, for the crash tests: a hook runs after each (an error aborts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RekeyStep {
    /// The copy under the new key is written.
    Exported,
    /// It passed its integrity check and holds the same rows.
    Verified,
    /// The old connections are closed; the rename is next.
    BeforeSwap,
    /// The copy has taken the book's name.
    Swapped,
}

/// `liaison.db` → `liaison.db.rekeying`: the copy under the new key while it is made.
pub(crate) fn rekeying(path: &Path) -> PathBuf {
    sibling(path, "rekeying")
}

/// A change cut short before its rename left its copy: it holds nothing the book does not.
pub(crate) fn drop_interrupted(path: &Path) -> Result<()> {
    remove_with_sidecars(&rekeying(path))
}

impl Db {
    /// Re-encrypts the book under `new`, calling `hook` after each step. This process's reads
    /// and writes wait meanwhile (every connection lock is held); another program with the
    /// book open makes it refuse, before anything is renamed.
    pub(crate) fn rekey_with(
        &self,
        new: &DbKey,
        hook: &dyn Fn(RekeyStep) -> Result<()>,
    ) -> Result<()> {
        let mut writer = lock(&self.writer);
        let mut reader = lock(&self.reader);
        let mut spare = lock(&self.spare);
        let mut key = lock(&self.key);
        let tmp = rekeying(&self.path);
        remove_with_sidecars(&tmp)?;
        if let Err(e) = copy_and_verify(&self.path, &key, &tmp, new, hook) {
            let _ = remove_with_sidecars(&tmp);
            return Err(e);
        }
        // Close every connection of this process; the writer, last, checkpoints the WAL into
        // the original and removes it.
        *spare = None;
        let placeholder = || Connection::open_in_memory().map_err(Error::from);
        *reader = None;
        let old_writer = std::mem::replace(&mut *writer, placeholder()?);
        let closed = old_writer.close().map_err(|(_, e)| Error::Sqlite(e));
        let swapped = closed
            .and_then(|()| no_other_connection(&self.path))
            .and_then(|()| hook(RekeyStep::BeforeSwap))
            .and_then(|()| swap(&tmp, &self.path));
        let now = match swapped {
            Ok(()) => new.clone(),
            Err(_) => {
                let _ = remove_with_sidecars(&tmp);
                key.clone()
            }
        };
        // Reopened under whichever key the file now has, so the book stays usable either way.
        let mut w = reopen(&self.path, &now)?;
        // New connections: whatever this process copied in memory is made again (two steps
        // keep each generation even).
        self.gens.watch(&mut w)?;
        self.gens.note_external(&w)?;
        self.gens.bump([true; 2]);
        self.gens.bump([true; 2]);
        *writer = w;
        *key = now;
        swapped?;
        hook(RekeyStep::Swapped)
    }
}

fn copy_and_verify(
    path: &Path,
    old: &DbKey,
    tmp: &Path,
    new: &DbKey,
    hook: &dyn Fn(RekeyStep) -> Result<()>,
) -> Result<()> {
    // A connection of its own, without `configure`: foreign keys off, as the export copies
    // tables in name order, not parents first.
    let src = open_keyed(path, old, OpenFlags::default())?;
    let version: i64 = src.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let before = table_counts(&src, "main")?;
    let tmp_text = tmp
        .to_str()
        .ok_or_else(|| Error::Corrupt(format!("the path {} is not valid UTF-8", tmp.display())))?;
    src.execute(
        "ATTACH DATABASE ?1 AS rekeyed KEY ?2",
        [tmp_text, new.sql_value().as_str()],
    )?;
    src.query_row("SELECT sqlcipher_export('rekeyed')", [], |_| Ok(()))?;
    src.pragma_update(Some("rekeyed"), "user_version", version)?;
    src.execute_batch("DETACH DATABASE rekeyed")?;
    drop(src);
    hook(RekeyStep::Exported)?;

    let copy = open_keyed(tmp, new, OpenFlags::default())?;
    let check: String = copy.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    let after = table_counts(&copy, "main")?;
    let copy_version: i64 = copy.pragma_query_value(None, "user_version", |r| r.get(0))?;
    copy.close().map_err(|(_, e)| Error::Sqlite(e))?;
    if check != "ok" || after != before || copy_version != version {
        return Err(Error::Corrupt(format!(
            "the copy under the new key differs from the book (check: {check}; tables and rows \
             {before:?} vs {after:?}; schema {version} vs {copy_version}); the book was kept as it was"
        )));
    }
    // Its content on disk before its name can replace the book's.
    std::fs::File::open(tmp)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(tmp, e))?;
    hook(RekeyStep::Verified)
}

/// A WAL still beside the book once this process closed its connections means another program
/// (the CLI, a second app) has it open; renaming now would leave it writing to the old file.
fn no_other_connection(path: &Path) -> Result<()> {
    if sidecar(path, "-wal").exists() {
        return Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            Some(format!(
                "{} is open in another program (a `liaison` command or another window): close it and try again; the passphrase was not changed",
                path.display()
            )),
        )
        .into());
    }
    Ok(())
}

fn swap(tmp: &Path, path: &Path) -> Result<()> {
    std::fs::rename(tmp, path).map_err(|e| Error::io(path, e))?;
    // The rename itself made durable: without it a power cut could bring back the old name.
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| Error::io(dir, e))?;
    }
    Ok(())
}

/// The writer again; the reader opens on the next read.
fn reopen(path: &Path, key: &DbKey) -> Result<Connection> {
    let writer = open_keyed(path, key, OpenFlags::default())?;
    configure(&writer)?;
    super::watch::install(&writer)?;
    Ok(writer)
}
