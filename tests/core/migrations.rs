//! Migrations: they run clean, an old file upgrades to exactly the fresh schema, a newer file is refused.

use crate::support::{book, key, raw};
use liaison_core::testing::{migrations, migrations::schema_fingerprint, migrations::LATEST};
use liaison_core::{Book, ErrorCode, SystemClock};
use rusqlite::Connection;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[test]
fn every_migration_applies_to_an_empty_database() {
    migrations::validate().expect("all migrations must apply cleanly in order");
}

/// Every released migration's SHA-256 (of its text with `\r\n` read as `\n`, so a Windows
/// checkout agrees). A released migration is never edited: an old book upgrades by running the
/// ones it lacks, so an edit would leave old and new books with different schemas. A new
/// migration gets its line here when it lands, and is frozen from then on.
const RELEASED: &[(&str, &str)] = &[
    (
        "0001_init.sql",
        "a0692f972299514314949f55f02c3f9365f484ac5319388891c151380b2a60bc",
    ),
    (
        "0002_relationship.sql",
        "768a028c6c165672b9a5efdfeb722f0b8ead3e0fef3c840958ea3d9182797e16",
    ),
    (
        "0003_events.sql",
        "8737252c2693a9090005ef4a6bb583880b37b597107f7c473db835920b91cc47",
    ),
    (
        "0004_interchange.sql",
        "f0c82bce2da92948b7e08521ad219531ee68279d634f1d7276eb0094bf7c2e8a",
    ),
    (
        "0005_lists.sql",
        "5bffa3c782f8de6ec04b28d2a02f677404f8ea21d23bc5c1bdfaf06ee4e82138",
    ),
    (
        "0006_person_fields.sql",
        "e235c7637335d391ef7d2c319ce260918bd256d1e162e91547b0b9e42210eba1",
    ),
    (
        "0007_duplicates.sql",
        "fb867a0a382ae5debaea1695bc754b35893729fe24d9a2a3e806e5267d9f5850",
    ),
    (
        "0008_network.sql",
        "6066f2ad21b93e70df1d0983adeee1e31274ac73d67e5939b2c4a3155335db02",
    ),
    (
        "0009_search_contacts.sql",
        "baa3c8ab39bd11ad29bcfd2968ebb0a4394439a52aea26bbae7979e1363f6bae",
    ),
    (
        "0010_bulk_undo.sql",
        "2e361677793b5612b2fac7fea5ac118127740b700ca6e7352f7ed47fc8ecc9d0",
    ),
    (
        "0011_team.sql",
        "01d38c1c81ee6e54c72b2eb3eb0766248a0da45e7970bd87fb2bd246f0747de2",
    ),
    (
        "0012_worklist.sql",
        "ac69df1b5570854510afacc0b76db69b65eca5b8f05241e9a6aeca160908c911",
    ),
    (
        "0013_affiliations.sql",
        "a92b9d14b308d4cca7956be713a2db411a1931ef932af796e347f2152785db31",
    ),
    (
        "0014_person_facets.sql",
        "3636fb82d5b645bd30a7361627adacc06737b38375b28ec7ec02746c9aeeae3e",
    ),
    (
        "0015_word_keys_unreferenced.sql",
        "c66045be5d48d157510a70a5d527a1774267dc548b7fe3ea4bfb8b128b51b06a",
    ),
    (
        "0016_links_unreferenced.sql",
        "a61920164410701d096a81031843c87eda968ee2ed51ecc14df6c72d2c6c68e4",
    ),
    (
        "0017_today_lists.sql",
        "56782521fabe309c05ac6942d2625e58bc2c86e8d5dabf84544f75e4c938d255",
    ),
];

fn migrations_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../src-tauri/crates/core/migrations")
}

/// The migration files in version order, as the core compiles them in.
fn migration_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(migrations_dir())
        .expect("the core's migrations folder")
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    files
}

fn text(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{} must be readable: {e}", path.display()))
        .replace("\r\n", "\n")
}

#[test]
fn released_migrations_are_never_edited() {
    let files = migration_files();
    assert_eq!(
        files.len() as i64,
        LATEST,
        "the folder holds exactly the migrations the core runs"
    );
    for (i, path) in files.iter().enumerate() {
        let name = path.file_name().unwrap().to_string_lossy();
        let Some((released, sum)) = RELEASED.get(i) else {
            panic!("{name} is not recorded: add its SHA-256 to RELEASED when it lands");
        };
        assert_eq!(&name, released, "migration {} is {released}", i + 1);
        let found = format!("{:x}", Sha256::digest(text(path).as_bytes()));
        assert_eq!(
            &found, sum,
            "{name} was released and must never be edited: add a new migration instead"
        );
    }
}

/// A book as an older release left it: migrations 1..=`version` from the (frozen) files, each
/// followed by the rows a book of that version held (fixtures/schema/NNNN_rows.sql, if any, NNNN
/// the migration's number).
pub fn old_book(path: &Path, version: usize) {
    let c = Connection::open(path).unwrap();
    let rows = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/schema");
    for migration in migration_files().iter().take(version) {
        c.execute_batch(&text(migration))
            .unwrap_or_else(|e| panic!("{} must apply: {e}", migration.display()));
        // By the migration's number, not its place: branches land their numbers out of order.
        let number = &migration.file_name().unwrap().to_string_lossy()[..4];
        let data = rows.join(format!("{number}_rows.sql"));
        if data.exists() {
            c.execute_batch(&text(&data))
                .unwrap_or_else(|e| panic!("{} must load: {e}", data.display()));
        }
    }
    c.pragma_update(None, "user_version", version as i64)
        .unwrap();
}

/// A book at every older released version, with data, must migrate to a schema identical to a
/// fresh one, keeping its rows.
#[test]
fn old_books_upgrade_to_the_fresh_schema() {
    let fresh = book();
    let fresh_schema = {
        let c = raw(fresh.book.path());
        schema_fingerprint(&c).unwrap()
    };
    let older: Vec<usize> = (1..LATEST as usize).collect();
    assert!(
        !older.is_empty(),
        "at least one older version must exist or this test checks nothing"
    );
    for version in older {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("old.db");
        old_book(&path, version);
        let c = Connection::open(&path).unwrap();
        let people_before: i64 = c
            .query_row("SELECT count(*) FROM people", [], |r| r.get(0))
            .unwrap();
        let keys = |c: &Connection| -> Vec<(String, String, i64)> {
            c.prepare("SELECT key, sort_name, person_rowid FROM person_keys ORDER BY 1, 2, 3")
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        let keys_before = keys(&c);
        let links = |c: &Connection| -> Vec<(i64, String, i64)> {
            c.prepare(
                "SELECT person_rowid, occurred_at, interaction_rowid FROM interaction_people
                 ORDER BY 1, 2, 3",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
        };
        let links_before = (version >= 2).then(|| links(&c));
        drop(c);
        let book = Book::open(&path, Arc::new(SystemClock), &key())
            .expect("an old book opens and migrates");
        let c = raw(book.path());
        assert_eq!(
            migrations::version(&c).unwrap(),
            LATEST,
            "a version {version} book must reach the latest version"
        );
        assert_eq!(
            schema_fingerprint(&c).unwrap(),
            fresh_schema,
            "version {version}: upgraded schema differs from fresh"
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
            "an old book with no rows proves nothing about data surviving"
        );
        // 0015 copies the word keys into a table without a foreign key: every key survives.
        assert!(
            !keys_before.is_empty(),
            "version {version}: the old book has word keys"
        );
        assert_eq!(
            keys(&c),
            keys_before,
            "version {version}: the word keys are kept"
        );
        // 0016 copies the links into a table without a foreign key to the interaction: every
        // link survives.
        if let Some(before) = links_before {
            assert!(
                !before.is_empty(),
                "version {version}: the old book has links"
            );
            assert_eq!(links(&c), before, "version {version}: the links are kept");
        }
        // 0014 copies each person's facets for the counts: an upgraded book's people have them.
        let copied: i64 = c
            .query_row(
                "SELECT count(*) FROM people p JOIN person_facets f ON f.rowid = p.rowid
                 WHERE f.archived IS p.archived AND f.kind IS p.kind AND f.stage IS p.stage
                   AND f.country IS p.country AND f.last_interaction_at IS p.last_interaction_at
                   AND f.next_followup_at IS p.next_followup_at AND f.cold_at IS p.cold_at
                   AND f.audience_max IS p.audience_max AND f.given_count IS p.given_count
                   AND f.received_count IS p.received_count",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            copied, people_after,
            "version {version}: every person's facets are copied, equal to their row"
        );
        if version >= 12 {
            let audience: Option<i64> = c
                .query_row(
                    "SELECT audience_max FROM person_facets WHERE rowid = 10",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(
                audience,
                Some(125_000),
                "version {version}: the fixture's largest audience reaches the counts' table"
            );
        }
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
