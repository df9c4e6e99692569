//! Encryption at rest: names never reach the disk in clear, a wrong key changes nothing, and a
//! plain book from an older release is converted without ever risking it.

use crate::support::{amelie, book, key, raw};
use liaison_core::testing::{encrypt_plain_database_with, plain_copy, Step};
use liaison_core::{Book, DbKey, Error, ErrorCode, FixedClock, SearchReq};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::Arc;

const SECRETS: [&str; 4] = ["Amélie", "Dubois", "amelie@example.fr", "@AmelieD"];

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn with_suffix(p: &Path, s: &str) -> PathBuf {
    let mut o = p.as_os_str().to_owned();
    o.push(s);
    PathBuf::from(o)
}

/// Every file in `dir` (recursively) with its bytes: what a thief of the laptop would get.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    out.sort();
    out
}

/// Compares two snapshots of a folder, reporting names and sizes (never the bytes).
fn assert_same_files(now: &[(PathBuf, Vec<u8>)], before: &[(PathBuf, Vec<u8>)], after: &str) {
    let shape = |v: &[(PathBuf, Vec<u8>)]| -> Vec<(PathBuf, usize)> {
        v.iter().map(|(p, b)| (p.clone(), b.len())).collect()
    };
    assert_eq!(
        shape(now),
        shape(before),
        "{after} must not add, remove or resize any file"
    );
    for ((p, a), (_, b)) in now.iter().zip(before) {
        assert!(
            a == b,
            "{after} must leave {} byte-for-byte as it was",
            p.display()
        );
    }
}

fn assert_no_secrets(dir: &Path, when: &str) {
    let all = files(dir);
    assert!(!all.is_empty(), "{when}: there must be files to look at");
    for (p, bytes) in all {
        assert!(
            !bytes.starts_with(b"SQLite format 3\0"),
            "{when}: {} must not be a plain SQLite file",
            p.display()
        );
        for s in SECRETS {
            assert!(
                !contains(&bytes, s),
                "{when}: {s:?} must not appear in clear in {}",
                p.display()
            );
        }
    }
}

#[test]
fn a_known_name_and_email_never_reach_the_files_in_clear() {
    let tb = book();
    tb.book.person_create(amelie()).unwrap();
    let wal = with_suffix(tb.book.path(), "-wal");
    assert!(
        std::fs::metadata(&wal)
            .map(|m| m.len() > 0)
            .unwrap_or(false),
        "the write is still in the WAL while the book is open, so the WAL is checked too"
    );
    assert_no_secrets(tb.dir.path(), "while open");
    tb.book.backup_create("manual").unwrap();
    assert_no_secrets(tb.dir.path(), "with a backup");
    let tb = tb.reopen();
    let found = tb
        .book
        .person_search(&SearchReq {
            query: "amelie".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(found.len(), 1, "the encrypted book still finds her by name");
    drop(tb.book);
    assert_no_secrets(tb.dir.path(), "after closing");
}

#[test]
fn a_wrong_key_is_refused_and_the_file_is_left_byte_for_byte() {
    let tb = book();
    tb.book.person_create(amelie()).unwrap();
    let path = tb.book.path().to_path_buf();
    // While the book is open elsewhere (the app, during a CLI call) its WAL holds the newest
    // writes: a wrong key must not checkpoint or change them either. The -shm is SQLite's
    // shared-memory index of readers, rewritten by any open, and holds no data.
    let db_and_wal = |dir: &Path| -> Vec<(PathBuf, Vec<u8>)> {
        files(dir)
            .into_iter()
            .filter(|(p, _)| !p.to_string_lossy().ends_with("-shm"))
            .collect()
    };
    let open_before = db_and_wal(tb.dir.path());
    let e = Book::open(
        &path,
        Arc::new(FixedClock::at("2026-11-23T10:00:00Z")),
        &DbKey::Raw([1; 32]),
    )
    .expect_err("a wrong key must not open a book that is open elsewhere");
    assert_eq!(e.code(), ErrorCode::WrongKey);
    assert_same_files(
        &db_and_wal(tb.dir.path()),
        &open_before,
        "a wrong key beside an open book",
    );
    drop(tb.book);
    let before = files(tb.dir.path());
    assert_eq!(
        before.len(),
        1,
        "a cleanly closed book is one file, its WAL folded in"
    );
    for wrong in [
        DbKey::Raw([1; 32]),
        DbKey::Passphrase("not the passphrase".into()),
    ] {
        let e = Book::open(
            &path,
            Arc::new(FixedClock::at("2026-11-23T10:00:00Z")),
            &wrong,
        )
        .expect_err("a wrong key must not open the book");
        assert_eq!(e.code(), ErrorCode::WrongKey, "{e}");
        assert_eq!(e.code().as_str(), "wrong_key");
        assert!(
            e.to_string().contains(&path.display().to_string())
                && e.to_string().contains("not changed"),
            "the message names the file and reassures: {e}"
        );
        assert_same_files(&files(tb.dir.path()), &before, "a wrong key");
    }
    let again = Book::open(
        &path,
        Arc::new(FixedClock::at("2026-11-22T11:00:00Z")),
        &key(),
    )
    .expect("the right key still opens it");
    assert_eq!(again.person_count().unwrap(), 1);
}

#[test]
fn a_passphrase_book_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let clock = Arc::new(FixedClock::at("2026-11-22T10:00:00Z"));
    let pass = DbKey::from_secret("correct horse battery staple").unwrap();
    let b = Book::open(&path, clock.clone(), &pass).unwrap();
    b.person_create(amelie()).unwrap();
    drop(b);
    let e = Book::open(
        &path,
        clock.clone(),
        &DbKey::Passphrase("Correct horse battery staple".into()),
    )
    .unwrap_err();
    assert_eq!(
        e.code(),
        ErrorCode::WrongKey,
        "passphrases are case-sensitive"
    );
    let b = Book::open(&path, clock, &pass).unwrap();
    assert_eq!(b.person_count().unwrap(), 1);
}

/// A plain copy of an encrypted test book, as a release before encryption would have left it.
fn plain_book(dir: &Path) -> PathBuf {
    let tb = book();
    tb.book.person_create(amelie()).unwrap();
    tb.book
        .person_create(crate::support::named("Brian Solis"))
        .unwrap();
    let src = tb.book.path().to_path_buf();
    drop(tb.book);
    let plain = dir.join("old.db");
    let c = raw(&src);
    c.execute(
        "ATTACH DATABASE ?1 AS plain KEY ''",
        [plain.to_str().unwrap()],
    )
    .unwrap();
    c.query_row("SELECT sqlcipher_export('plain')", [], |_| Ok(()))
        .unwrap();
    let v: i64 = c
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    c.pragma_update(Some("plain"), "user_version", v).unwrap();
    c.execute_batch("DETACH DATABASE plain").unwrap();
    let head = std::fs::read(&plain).unwrap();
    assert!(
        head.starts_with(b"SQLite format 3\0"),
        "the fixture is a plain SQLite file"
    );
    plain
}

fn plain_rows(path: &Path) -> i64 {
    let c = Connection::open(path).unwrap();
    c.query_row("SELECT count(*) FROM people", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_plain_book_from_the_previous_release_is_converted_and_stays_searchable() {
    let dir = tempfile::tempdir().unwrap();
    let path = plain_book(dir.path());
    let b = Book::open(
        &path,
        Arc::new(FixedClock::at("2026-11-22T10:00:00Z")),
        &key(),
    )
    .expect("a plain book opens and is converted");
    assert_eq!(
        b.person_count().unwrap(),
        2,
        "every person survives the conversion"
    );
    let found = b
        .person_search(&SearchReq {
            query: "dubois".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        found.len(),
        1,
        "full-text search works on the converted file"
    );
    assert!(
        b.book_check(
            liaison_core::CheckDepth::Full,
            &liaison_core::Progress::new()
        )
        .unwrap()
        .ok,
        "the converted book passes every check"
    );
    drop(b);
    let names: Vec<_> = files(dir.path()).into_iter().map(|(p, _)| p).collect();
    assert!(
        !names.iter().any(|p| {
            let s = p.to_string_lossy();
            s.ends_with(".unencrypted") || s.ends_with(".encrypting")
        }),
        "no plain copy or half-made file is left behind: {names:?}"
    );
    assert_no_secrets(dir.path(), "after conversion");
}

#[test]
fn a_conversion_that_fails_before_the_swap_leaves_the_original_readable() {
    let dir = tempfile::tempdir().unwrap();
    let path = plain_book(dir.path());
    let before = std::fs::read(&path).unwrap();
    for fail_at in [Step::Exported, Step::Verified, Step::BeforeSwap] {
        let e = encrypt_plain_database_with(&path, &key(), &|step| {
            if step == fail_at {
                Err(Error::Corrupt(format!("injected failure at {step:?}")))
            } else {
                Ok(())
            }
        })
        .expect_err("the injected failure stops the conversion");
        assert!(e.to_string().contains("injected"), "{e}");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "{fail_at:?}: the original is untouched"
        );
        assert_eq!(
            plain_rows(&path),
            2,
            "{fail_at:?}: the original still reads in plain"
        );
        let left: Vec<_> = files(dir.path()).into_iter().map(|(p, _)| p).collect();
        assert_eq!(
            left,
            vec![path.clone()],
            "{fail_at:?}: nothing half-made is left"
        );
    }
    let b = Book::open(
        &path,
        Arc::new(FixedClock::at("2026-11-22T10:00:00Z")),
        &key(),
    )
    .expect("after the failures, a normal open still converts it");
    assert_eq!(b.person_count().unwrap(), 2);
}

#[test]
fn a_conversion_cut_between_its_renames_is_finished_at_the_next_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = plain_book(dir.path());
    // As if the power went out after the original stepped aside and before the new file arrived.
    std::fs::rename(&path, plain_copy(&path)).unwrap();
    let b = Book::open(
        &path,
        Arc::new(FixedClock::at("2026-11-22T10:00:00Z")),
        &key(),
    )
    .expect("the book is found under its stepped-aside name and converted");
    assert_eq!(b.person_count().unwrap(), 2);
    assert!(
        !plain_copy(&path).exists(),
        "the plain copy is gone once verified"
    );
}

#[test]
fn a_plain_book_from_a_newer_release_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = plain_book(dir.path());
    let c = Connection::open(&path).unwrap();
    c.pragma_update(None, "user_version", 9999).unwrap();
    drop(c);
    let before = std::fs::read(&path).unwrap();
    let e = Book::open(
        &path,
        Arc::new(FixedClock::at("2026-11-22T10:00:00Z")),
        &key(),
    )
    .unwrap_err();
    assert_eq!(e.code(), ErrorCode::DatabaseTooNew);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "not converted, not changed"
    );
}

#[test]
fn a_plain_book_converts_under_a_passphrase_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = plain_book(dir.path());
    let pass = DbKey::Passphrase("no keychain on this laptop".into());
    let clock = Arc::new(FixedClock::at("2026-11-22T10:00:00Z"));
    let b = Book::open(&path, clock.clone(), &pass).expect("converted with the passphrase");
    assert_eq!(b.person_count().unwrap(), 2);
    drop(b);
    assert_eq!(
        Book::open(&path, clock, &key()).unwrap_err().code(),
        ErrorCode::WrongKey,
        "the converted file needs that passphrase, not another key"
    );
    assert_no_secrets(dir.path(), "after a passphrase conversion");
}

/// The app and the CLI both open books through `unlock`: a new book's passphrase is checked
/// there once, so neither door can make a book a guesser opens in minutes.
#[test]
fn a_new_books_passphrase_is_long_enough_for_every_door() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.db");
    let keys = liaison_core::MemoryKeyStore::unavailable();
    let e = liaison_core::unlock(&path, &keys, Some("short")).expect_err("too short");
    assert_eq!(e.code(), liaison_core::ErrorCode::Validation, "{e}");
    assert_eq!(
        e.fields()[0].field,
        "secret",
        "the Unlock screen marks the field"
    );
    assert!(!path.exists(), "a refused passphrase makes no book");
    liaison_core::unlock(&path, &keys, Some("correct horse battery"))
        .expect("a long enough passphrase is taken");
}
