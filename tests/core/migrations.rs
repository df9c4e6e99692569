//! Migrations: they run clean, an old file upgrades to exactly the fresh schema, a newer file is refused.

use crate::support::{book, key, raw};
use liaison_core::store::migrations::{self, schema_fingerprint, LATEST};
use liaison_core::{Book, ErrorCode, SystemClock};
use rusqlite::Connection;
use std::path::Path;
use std::sync::Arc;

#[test]
fn every_migration_applies_to_an_empty_database() {
    migrations::validate().expect("all migrations must apply cleanly in order");
}

/// Every snapshot under fixtures/schema (a database at an older released version, with data) must
/// migrate to a schema identical to a fresh one, keeping its rows.
#[test]
fn old_snapshots_upgrade_to_the_fresh_schema() {
    let fresh = book();
    let fresh_schema = {
        let c = raw(fresh.book.path());
        schema_fingerprint(&c).unwrap()
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/schema");
    let mut snapshots: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    snapshots.sort();
    assert!(
        !snapshots.is_empty(),
        "at least one snapshot must exist or this test checks nothing"
    );
    for snap in snapshots {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("old.db");
        let c = Connection::open(&path).unwrap();
        c.execute_batch(&std::fs::read_to_string(&snap).unwrap())
            .unwrap_or_else(|e| panic!("snapshot {} must load: {e}", snap.display()));
        let people_before: i64 = c
            .query_row("SELECT count(*) FROM people", [], |r| r.get(0))
            .unwrap();
        drop(c);
        let book = Book::open(&path, Arc::new(SystemClock), &key())
            .expect("an old snapshot opens and migrates");
        let c = raw(book.path());
        assert_eq!(
            migrations::version(&c).unwrap(),
            LATEST,
            "{} must reach the latest version",
            snap.display()
        );
        assert_eq!(
            schema_fingerprint(&c).unwrap(),
            fresh_schema,
            "{}: upgraded schema differs from fresh",
            snap.display()
        );
        let people_after: i64 = c
            .query_row("SELECT count(*) FROM people", [], |r| r.get(0))
            .unwrap();
        assert_eq!(
            people_before, people_after,
            "migrating must keep every person"
        );
        assert!(
            people_after > 0,
            "a snapshot with no rows proves nothing about data surviving"
        );
    }
}

#[test]
fn a_database_from_a_newer_version_is_refused_untouched() {
    let tb = book();
    let path = tb.book.path().to_path_buf();
    drop(tb.book);
    let c = raw(&path);
    c.pragma_update(None, "user_version", LATEST + 1).unwrap();
    drop(c);
    let before = std::fs::read(&path).unwrap();
    let err = Book::open(&path, Arc::new(SystemClock), &key())
        .expect_err("a newer schema must not be opened");
    assert_eq!(err.code(), ErrorCode::DatabaseTooNew);
    assert!(
        err.to_string().contains("newer version"),
        "the message tells the user to update: {err}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "refusing must not modify the file"
    );
}

#[test]
fn pragmas_promise_durability() {
    let tb = book();
    let c = raw(tb.book.path());
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        mode, "wal",
        "WAL is persistent in the file and lets reads run beside writes"
    );
}
