//! The SQLite file: opening it safely, one writer and one reader, and transactions that commit only on success.

pub(crate) mod affiliations;
mod alone;
pub(crate) mod backup;
pub(crate) mod bulk;
pub(crate) mod bulk_changes;
pub(crate) mod bulk_undo;
pub(crate) mod bundle_aliases;
pub(crate) mod bundle_export_rows;
pub(crate) mod bundle_merge_rows;
pub(crate) mod bundle_network;
pub(crate) mod bundle_rows;
pub(crate) mod check;
pub(crate) mod convert;
pub(crate) mod duplicates;
pub(crate) mod events;
pub(crate) mod export_rows;
pub(crate) mod filter;
pub(crate) mod filter_relation;
pub(crate) mod followups;
pub(crate) mod graph;
pub(crate) mod import_rows;
pub(crate) mod interactions;
pub(crate) mod list_sheet;
pub(crate) mod lists;
pub(crate) mod meetups;
pub(crate) mod merges;
pub mod migrations;
pub(crate) mod name_match;
pub(crate) mod net_scan;
pub(crate) mod network;
pub(crate) mod people;
pub(crate) mod people_match;
pub(crate) mod people_pages;
pub(crate) mod people_rows;
pub(crate) mod people_work;
pub(crate) mod photos;
pub(crate) mod places;
pub(crate) mod reindex;
pub(crate) mod rekey;
pub(crate) mod relationship;
pub(crate) mod smart_lists;
pub(crate) mod sources;
pub(crate) mod stats;
pub(crate) mod team;
pub(crate) mod tombstones;
pub(crate) mod watch;

use crate::error::{Error, Result};
use crate::keys::{file_state, DbKey, FileState};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// How long a write waits for another process (the CLI during an app session) before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Two connections on one file: WAL lets the reader serve search while the writer commits.
pub struct Db {
    path: PathBuf,
    /// Kept to key backup files the same way; `DbKey`'s `Debug` is redacted. Behind a lock
    /// because a passphrase change replaces it while the book stays open.
    key: Mutex<DbKey>,
    // Fields drop in order: the read-only reader closes first, so the writer is the last
    // connection and its close checkpoints and removes the WAL, leaving one whole file.
    /// Opened on first read: a command that only writes (the CLI's imports) then never pays
    /// its key derivation, which for a passphrase is SQLCipher's PBKDF2 (~0.4 s, a sixth of
    /// the instructions of merging a 110k-record bundle).
    reader: Mutex<Option<Connection>>,
    /// A second reader, opened on first use by an export that reads two tables at once.
    spare: Mutex<Option<Connection>>,
    writer: Mutex<Connection>,
    /// Which parts of the book changed since an in-memory copy was made (see `watch`).
    gens: watch::Generations,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Db {
    /// As `open`, with `before_migrate(writer, found_version)` run once the key is proven and
    /// before any migration: where the pre-migration and daily backups are taken.
    pub(crate) fn open_with(
        path: &Path,
        key: &DbKey,
        before_migrate: impl FnOnce(&Connection, i64) -> Result<()>,
    ) -> Result<Db> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::io(dir, source))?;
        }
        convert::finish_interrupted(path)?;
        rekey::drop_interrupted(path)?;
        if file_state(path)? == FileState::Plain {
            convert::encrypt_plain_database(path, key)?;
        }
        let mut writer = open_keyed(path, key, OpenFlags::default())?;
        convert::drop_plain_copy(path)?;
        configure(&writer)?;
        before_migrate(&writer, migrations::version(&writer)?)?;
        migrations::migrate(&mut writer)?;
        watch::install(&writer)?;
        let gens = watch::Generations::default();
        gens.watch(&mut writer)?;
        gens.note_external(&writer)?;
        Ok(Db {
            path: path.to_path_buf(),
            key: Mutex::new(key.clone()),
            reader: Mutex::new(None),
            spare: Mutex::new(None),
            writer: Mutex::new(writer),
            gens,
        })
    }

    pub(crate) fn key(&self) -> DbKey {
        lock(&self.key).clone()
    }

    /// The writer connection itself, held for the whole of `f`: backups and restores need the
    /// raw connection, and holding the lock keeps this process's writes out meanwhile.
    pub(crate) fn with_writer<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
        let mut conn = lock(&self.writer);
        // A restore replaces everything: every part is stale from now until it is done.
        self.gens.bump([true; 2]);
        let out = f(&mut conn);
        let watched = self
            .gens
            .watch(&mut conn)
            .and_then(|()| watch::install(&conn))
            .and_then(|()| self.gens.note_external(&conn));
        self.gens.bump([true; 2]);
        let out = out?;
        watched?;
        Ok(out)
    }

    /// The generation of a part of the book (`watch::TIES`, `watch::TOUCHES`) as far as this
    /// process knows, `None` when it cannot tell (a write of ours under way): a copy made at a
    /// generation stays right while the generation is the same.
    pub(crate) fn generation(&self, part: usize) -> Option<u64> {
        let conn = match self.writer.try_lock() {
            Ok(c) => c,
            // As `lock`: a panic elsewhere left the connection sound.
            Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner(),
            Err(std::sync::TryLockError::WouldBlock) => return None,
        };
        self.gens.note_external(&conn).ok()?;
        drop(conn);
        self.gens.settled(part)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` in an IMMEDIATE transaction (so it never fails half-way on a lock upgrade) and
    /// commits only when `f` returns `Ok`; an error or a panic rolls everything back.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = lock(&self.writer);
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        self.gens.note_external(&tx)?;
        let out = f(&tx)?;
        let changed = self.gens.before_commit(&tx)?;
        let done = tx.commit();
        self.gens.bump(changed);
        done?;
        Ok(out)
    }

    /// Reads through the writer's connection, outside any transaction: for the one setting a
    /// command reads as it opens the book, so a command that then only writes (the CLI's
    /// imports) never opens the reader (its key derivation is ~0.4 s for a passphrase).
    pub(crate) fn read_on_writer<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        f(&lock(&self.writer))
    }

    /// Reads through the read-only connection; a read never blocks behind a long write.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let mut reader = lock(&self.reader);
        let conn = self.reader_in(&mut reader)?;
        // One snapshot for multi-statement reads, so a page and its count agree.
        conn.execute_batch("BEGIN")?;
        let out = f(conn);
        conn.execute_batch("COMMIT")?;
        out
    }

    /// As `read`, with a second read connection on the very same snapshot, owned by `f` so it
    /// can move to another thread and handed back when done (a connection `f` loses is simply
    /// opened again next time). See `same_snapshot` for how the two are pinned together.
    pub(crate) fn read_pair<T>(
        &self,
        f: impl FnOnce(&Connection, Connection) -> Result<(T, Connection)>,
    ) -> Result<T> {
        let mut reader = lock(&self.reader);
        let conn = self.reader_in(&mut reader)?;
        let mut spare = lock(&self.spare);
        let second = match spare.take() {
            Some(c) => c,
            None => open_reader(&self.path, &self.key())?,
        };
        if let Err(e) = same_snapshot(conn, &second) {
            // `second` closes as it drops; `conn` must not stay in a transaction (it may not be
            // in one, hence the ignored error).
            let _ = conn.execute_batch("ROLLBACK");
            return Err(e);
        }
        let out = f(conn, second);
        conn.execute_batch("COMMIT")?;
        let (value, second) = out?;
        second.execute_batch("COMMIT")?;
        *spare = Some(second);
        Ok(value)
    }
}

impl Db {
    /// The reader held in `slot`, opened now if this is the first read.
    fn reader_in<'a>(&self, slot: &'a mut Option<Connection>) -> Result<&'a Connection> {
        if slot.is_none() {
            *slot = Some(open_reader(&self.path, &self.key())?);
        }
        Ok(slot.as_ref().expect("opened just above"))
    }
}

/// A read-only connection to the book, configured as every connection is.
pub(crate) fn open_reader(path: &Path, key: &DbKey) -> Result<Connection> {
    let c = open_keyed(
        path,
        key,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI,
    )?;
    configure(&c)?;
    Ok(c)
}

/// Starts a read transaction on `a` and `b` that see the same commit. Two `BEGIN`s back to back
/// could straddle a commit (this process's writer or the CLI's), so `b` is started, `a`, then
/// `b` again: `PRAGMA data_version` changes whenever a read transaction finds another
/// connection's commit, so an unchanged value proves nothing landed between `b`'s two starts,
/// and `a`'s, taken in between, is the same snapshot. A checkpoint can also move it, which only
/// costs a retry; after a few, a busy writer makes us give up with SQLite's busy error.
fn same_snapshot(a: &Connection, b: &Connection) -> Result<()> {
    fn start(c: &Connection) -> Result<i64> {
        c.execute_batch("BEGIN")?;
        // BEGIN is deferred: the snapshot is taken by the first read.
        c.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
        Ok(c.query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }
    for _ in 0..20 {
        let before = start(b)?;
        start(a)?;
        b.execute_batch("COMMIT")?;
        if start(b)? == before {
            return Ok(());
        }
        a.execute_batch("COMMIT")?;
        b.execute_batch("COMMIT")?;
        std::thread::sleep(Duration::from_millis(5));
    }
    Err(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
        Some("the book kept changing while an export tried to start".into()),
    )
    .into())
}

/// A poisoned lock only means another thread panicked mid-call; SQLite rolled back its
/// transaction, so the connection is still sound and we keep using it.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Opens `path` and proves `key` with a read before anything can write: a wrong key must leave
/// the file exactly as it was (setting WAL mode alone would rewrite the header).
pub(crate) fn open_keyed(path: &Path, key: &DbKey, flags: OpenFlags) -> Result<Connection> {
    let writable = !flags.contains(OpenFlags::SQLITE_OPEN_READ_ONLY);
    open_proven(path, key, flags).map_err(|e| match e {
        Error::Sqlite(ref s) if writable && cannot_write(s) => why_not_writable(path).unwrap_or(e),
        e => e,
    })
}

fn cannot_write(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::CannotOpen) | Some(rusqlite::ErrorCode::ReadOnly)
    )
}

/// SQLite says only "unable to open database file"; the person needs to know it is the file
/// system that refuses writes (read-only, or not theirs) and where. `None`: no such cause.
fn why_not_writable(path: &Path) -> Option<Error> {
    if path.exists() {
        if let Err(source) = std::fs::OpenOptions::new().append(true).open(path) {
            return Some(Error::io(path, source));
        }
    }
    // The write-ahead log and its index are created beside the book.
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty())?;
    let probe = dir.join(".liaison-write-probe");
    match std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(&probe)
    {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            None
        }
        Err(source) => Some(Error::io(dir, source)),
    }
}

fn open_proven(path: &Path, key: &DbKey, flags: OpenFlags) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, flags)?;
    // A WAL left by a crash or by another open connection would be checkpointed into the file
    // when this connection closes, even after a wrong key: not until the key is proven.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    // Otherwise SQLCipher prints its own ERROR lines on stderr for a wrong key.
    conn.pragma_update(None, "cipher_log_level", "NONE")?;
    conn.pragma_update(None, "key", key.sql_value())?;
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => {
            conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
            Ok(conn)
        }
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            Err(Error::WrongKey {
                path: path.display().to_string(),
            })
        }
        Err(e) => Err(e.into()),
    }
}

pub(crate) fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // journal_mode is persistent in the file; setting it on the reader is a no-op read.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL: a commit the user saw survives a power cut, which is the promise we make.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // A page cache of up to 64 MiB per connection instead of SQLite's 2 MiB: at 100k people a
    // search touches a few MB of index and rows, and each page missed is a read from the WAL or
    // the file (a ranked search went from 5.2 to 2.7 ms). Memory is taken only as pages are read.
    conn.pragma_update(None, "cache_size", -65536)?;
    // rusqlite keeps 16 prepared statements by default; a person write alone uses ~15 and an
    // import adds its own, so statements were evicted and re-parsed on every row (~3% of a
    // 100k-row import went to SQLite's parser).
    conn.set_prepared_statement_cache_capacity(128);
    Ok(())
}

/// Where the data lives: an explicit path, else `LIAISON_DB`, else the OS data directory
/// (`$XDG_DATA_HOME/liaison/liaison.db` on Linux).
pub fn resolve_db_path(explicit: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(p) = explicit {
        return Ok(p);
    }
    if let Some(p) = std::env::var_os("LIAISON_DB").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let base = dirs::data_dir().ok_or_else(|| Error::Io {
        path: "$XDG_DATA_HOME".into(),
        source: std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "no data directory for this user",
        ),
    })?;
    Ok(base.join("liaison").join("liaison.db"))
}
