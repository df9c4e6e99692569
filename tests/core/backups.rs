//! Backups: taken at the right moments, encrypted, rotated to 7 daily + 4 weekly, and restorable
//! into a book that keeps working.

use crate::support::{amelie, book, key, named, raw};
use chrono::Duration;
use liaison_core::testing::{migrations, migrations::LATEST};
use liaison_core::{Book, ErrorCode, FixedClock, ImportOptions, Progress};
use rusqlite::Connection;
use std::sync::Arc;

fn reasons(b: &Book) -> Vec<String> {
    b.backup_list()
        .unwrap()
        .into_iter()
        .map(|b| b.reason)
        .collect()
}

#[test]
fn a_book_gets_a_daily_backup_when_opened_a_day_after_the_last() {
    let tb = book();
    tb.book.person_create(amelie()).unwrap();
    assert!(
        reasons(&tb.book).is_empty(),
        "a brand-new book needs no backup"
    );
    let tb = tb.reopen();
    assert_eq!(
        reasons(&tb.book),
        ["daily"],
        "an existing book without backups gets one"
    );
    tb.clock.advance(Duration::hours(23));
    let tb = tb.reopen();
    assert_eq!(
        reasons(&tb.book).len(),
        1,
        "23 hours later the last one is recent enough"
    );
    tb.clock.advance(Duration::hours(2));
    let tb = tb.reopen();
    assert_eq!(
        reasons(&tb.book),
        ["daily", "daily"],
        "past 24 hours a new one is taken"
    );
    let newest = &tb.book.backup_list().unwrap()[0];
    assert_eq!(
        newest.taken_at, "2026-11-23T11:00:00.000Z",
        "named by the book's clock, UTC"
    );
    assert!(
        newest.name.starts_with("liaison-20261123T110000Z-daily"),
        "{}",
        newest.name
    );
}

#[test]
fn an_old_book_is_backed_up_before_it_is_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("liaison.db");
    crate::migrations::old_book(&path, 1);
    let c = Connection::open(&path).unwrap();
    let old = migrations::version(&c).unwrap();
    drop(c);
    assert!(
        old < LATEST,
        "the oldest snapshot predates the latest schema"
    );
    let b = Book::open(
        &path,
        Arc::new(FixedClock::at("2026-11-22T10:00:00Z")),
        &key(),
    )
    .unwrap();
    let list = b.backup_list().unwrap();
    assert_eq!(
        list.len(),
        1,
        "exactly one backup, before the migrations: {list:?}"
    );
    assert_eq!(list[0].reason, "before-migration");
    let copy = raw(&liaison_core::testing::backup_dir(&path).join(&list[0].name));
    assert_eq!(
        migrations::version(&copy).unwrap(),
        old,
        "the backup holds the book as it was before migrating, encrypted with the book's key"
    );
}

#[test]
fn rotation_keeps_seven_daily_four_weekly_and_the_newest_three() {
    let tb = book(); // 2026-11-22T10:00Z, a Sunday
    tb.book.person_create(amelie()).unwrap();
    tb.clock.advance(Duration::days(-21)); // start on Sunday 1 November
    for _ in 0..40 {
        tb.book.backup_create("manual").unwrap();
        tb.clock.advance(Duration::hours(5));
        tb.book.backup_create("manual").unwrap(); // 15:00
        tb.clock.advance(Duration::hours(19));
    }
    let kept: Vec<String> = tb
        .book
        .backup_list()
        .unwrap()
        .into_iter()
        .map(|b| b.taken_at[..13].to_string())
        .collect();
    // The last backup is Thursday 10 December 15:00.
    assert_eq!(
        kept,
        [
            "2026-12-10T15", // newest (also that day's and that week's)
            "2026-12-10T10", // one of the newest three
            "2026-12-09T15", // newest three, and daily
            "2026-12-08T15",
            "2026-12-07T15",
            "2026-12-06T15", // daily, and the newest of the week of 30 November
            "2026-12-05T15",
            "2026-12-04T15", // the seventh day
            "2026-11-29T15", // weekly: week of 23 November
            "2026-11-22T15", // weekly: week of 16 November
        ],
        "7 days + 4 ISO weeks + newest 3, everything else deleted"
    );
    let on_disk = std::fs::read_dir(liaison_core::testing::backup_dir(tb.book.path()))
        .unwrap()
        .count();
    assert_eq!(
        on_disk,
        kept.len(),
        "rotated files are really gone, no .part left"
    );
}

#[test]
fn a_restore_backs_up_first_brings_the_data_back_and_can_be_undone() {
    let tb = book();
    let a = tb.book.person_create(amelie()).unwrap().person;
    let saved = tb.book.backup_create("manual").unwrap();
    tb.clock.advance(Duration::minutes(5));
    tb.book.person_delete(&a.id).unwrap();
    tb.book.person_create(named("Brian Solis")).unwrap();

    tb.clock.advance(Duration::minutes(5));
    let undo = tb.book.backup_restore(&saved.name).unwrap();
    assert_eq!(undo.reason, "before-restore");
    assert_eq!(
        tb.book.person_get(&a.id).unwrap().display_name,
        "Amélie Dubois",
        "she is back"
    );
    assert_eq!(
        tb.book.person_count().unwrap(),
        1,
        "Brian, added after the backup, is gone"
    );
    let found = tb.book.person_search(&liaison_core::SearchReq {
        query: "dubois".into(),
        ..Default::default()
    });
    assert_eq!(
        found.unwrap().len(),
        1,
        "search reads the restored index at once"
    );
    tb.book
        .person_create(named("Chloé Martin"))
        .expect("the restored book takes writes");
    assert!(
        tb.book
            .book_check(
                liaison_core::CheckDepth::Full,
                &liaison_core::Progress::new()
            )
            .unwrap()
            .ok,
        "the restored book passes every check"
    );

    tb.clock.advance(Duration::minutes(5));
    tb.book.backup_restore(&undo.name).unwrap();
    assert_eq!(
        tb.book.person_count().unwrap(),
        1,
        "undoing the restore brings back Brian alone"
    );
    assert_eq!(
        tb.book.person_get(&a.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    let tb = tb.reopen();
    assert_eq!(
        tb.book.person_count().unwrap(),
        1,
        "the restore is durable across a restart"
    );
}

#[test]
fn restoring_an_unknown_backup_changes_nothing() {
    let tb = book();
    tb.book.person_create(amelie()).unwrap();
    for bad in [
        "nope.db",
        "../liaison.db",
        "liaison-20261122T100000Z-manual.db",
    ] {
        let e = tb.book.backup_restore(bad).unwrap_err();
        assert_eq!(e.code(), ErrorCode::NotFound, "{bad}: {e}");
    }
    assert!(
        tb.book.backup_list().unwrap().is_empty(),
        "no safety backup for a refused restore"
    );
    assert_eq!(
        tb.book.backup_create("Not A Slug").unwrap_err().code(),
        ErrorCode::Validation
    );
}

#[test]
fn every_import_that_writes_is_preceded_by_a_backup_and_a_dry_run_is_not() {
    let tb = book();
    tb.book.person_create(amelie()).unwrap();
    let csv = "Nom;E-mail\nBasile Roux;basile@example.com\n".as_bytes();
    let dry = ImportOptions {
        dry_run: true,
        ..ImportOptions::default()
    };
    tb.book
        .csv_import(csv, None, &dry, &Progress::default())
        .unwrap();
    assert!(
        reasons(&tb.book).is_empty(),
        "a dry run writes nothing, backups included"
    );

    tb.book
        .csv_import(csv, None, &ImportOptions::default(), &Progress::default())
        .unwrap();
    let card =
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Chloé Marin\r\nEMAIL:chloe@example.com\r\nEND:VCARD\r\n";
    tb.clock.advance(Duration::seconds(1));
    tb.book
        .vcard_import(
            card.as_bytes(),
            &ImportOptions::default(),
            &Progress::default(),
        )
        .unwrap();
    let bundle = tb
        .book
        .bundle_export(&liaison_core::BundleScope::All, &Progress::default())
        .unwrap();
    tb.clock.advance(Duration::seconds(1));
    tb.book
        .bundle_import(&bundle, false, false, &Progress::default())
        .unwrap();
    assert_eq!(
        reasons(&tb.book),
        ["before-import", "before-import", "before-import"],
        "one backup before each import that writes"
    );

    // The first backup holds the book as it was before the CSV import: Amélie alone.
    let first = tb.book.backup_list().unwrap().pop().unwrap();
    tb.book.backup_restore(&first.name).unwrap();
    assert_eq!(tb.book.person_count().unwrap(), 1);
}
