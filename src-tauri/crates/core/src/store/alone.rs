//! A large write into a book no other connection has open, committed through a rollback journal instead of the WAL: each page is written once into the file, not into the WAL and again by the checkpoint.
//!
//! Merging a 1M-interaction bundle into an empty book writes ~700 MB at its commit: through the
//! WAL that is every page encrypted into the WAL, then copied into the file by the checkpoint
//! and the WAL's blocks freed (BENCHMARKS.md, issue 14: 1.5–3 s of a ~15 s merge). With a
//! rollback journal the commit writes each page into the file once, and the journal holds only
//! the pages the book had before (for an empty book, its schema). SQLite lets a connection leave
//! WAL only when no other connection has the file open, and refuses at once otherwise (another
//! process, such as the app during a CLI import): the write then goes through the WAL as any
//! other. This process's own readers are kept closed meanwhile (their locks are held, so `f`
//! must not read through them), and another process that opens the book meanwhile is told the
//! file is busy (`database_locked`, "try again in a moment") instead of reading the empty book.
//! A write killed half-way leaves a hot journal, which the next open plays back before
//! `configure` sets WAL again: the book is as before the write (`tests/crash/merge.rs`).

use super::{lock, Db};
use crate::error::Result;
use rusqlite::{Connection, Transaction};

impl Db {
    /// As `write`, through a rollback journal when no other connection has the book open.
    pub(crate) fn write_alone<T>(
        &self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let reader = lock(&self.reader);
        let spare = lock(&self.spare);
        let left = reader.is_none() && spare.is_none() && set_mode(&lock(&self.writer), "delete");
        if !left {
            drop((reader, spare));
            return self.write(f);
        }
        let out = self.write(f);
        if !set_mode(&lock(&self.writer), "wal") {
            // The write is committed (or rolled back) and the book sound either way; only its
            // journal mode is left, which the next open sets again (`configure`).
            log::warn!(target: "liaison", "the book could not go back to WAL after a large write");
        }
        out
    }
}

/// Sets the journal mode; whether SQLite now reports it (it answers with the mode it kept when
/// another connection holds the file, or fails with `SQLITE_BUSY`).
fn set_mode(conn: &Connection, mode: &str) -> bool {
    let now = conn.query_row(&format!("PRAGMA journal_mode = {mode}"), [], |r| {
        r.get::<_, String>(0)
    });
    now.is_ok_and(|m| m.eq_ignore_ascii_case(mode))
}

#[cfg(test)]
mod tests {
    use crate::keys::DbKey;
    use crate::store::Db;

    fn try_open(path: &std::path::Path) -> crate::Result<Db> {
        Db::open_with(path, &DbKey::Raw([7; 32]), |_, _| Ok(()))
    }

    fn open(path: &std::path::Path) -> Db {
        try_open(path).unwrap()
    }

    /// The journal mode a `write_alone` runs in.
    fn mode_inside(db: &Db) -> String {
        let mode = |tx: &rusqlite::Transaction<'_>| {
            Ok(tx.query_row("PRAGMA journal_mode", [], |r| r.get::<_, String>(0))?)
        };
        db.write_alone(mode).unwrap()
    }

    #[test]
    fn leaves_wal_only_alone_and_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let db = open(&dir.path().join("alone.db"));
        assert_eq!(
            mode_inside(&db),
            "delete",
            "alone, the write goes through a rollback journal"
        );
        let after: String = db
            .read_on_writer(|c| Ok(c.query_row("PRAGMA journal_mode", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(after, "wal", "and the book is back in WAL after it");
        // A reader of this process is open: the write stays in WAL.
        db.read(|_| Ok(())).unwrap();
        assert_eq!(
            mode_inside(&db),
            "wal",
            "with a reader open the write goes through the WAL"
        );
    }

    #[test]
    fn another_opening_meanwhile_is_told_the_book_is_busy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("busy.db");
        let db = open(&path);
        let tried = db.write_alone(|_| Ok(try_open(&path).err())).unwrap();
        let code = tried
            .expect("the book cannot be opened during the write")
            .code();
        assert_eq!(code, crate::ErrorCode::DatabaseLocked);
        drop(open(&path));
    }

    #[test]
    fn another_connection_to_the_file_keeps_wal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        let (db, other) = (open(&path), open(&path));
        assert_eq!(
            mode_inside(&db),
            "wal",
            "another connection to the file keeps the write in WAL"
        );
        drop(other);
    }
}
