//! Bundles that must not be merged as they are: newer formats, altered bytes, dry runs, and a merge that would delete most of the book.

use crate::bundle::{export, populate};
use crate::support::book;
use liaison_core::{BundleScope, ErrorCode, Progress};
use serde_json::Value;

#[test]
fn newer_formats_and_schemas_are_refused_with_a_clear_message() {
    let a = book();
    populate(&a.book, 2);
    let bytes = export(&a.book, BundleScope::All);
    for (key, word) in [
        ("format_version", "bundle format"),
        ("schema_version", "schema"),
    ] {
        let mut v: Value = serde_json::from_slice(&bytes).unwrap();
        v["manifest"][key] = Value::from(99);
        let err = a
            .book
            .bundle_import(
                serde_json::to_string(&v).unwrap().as_bytes(),
                false,
                false,
                &Progress::new(),
            )
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::FileTooNew, "{key}");
        let msg = err.to_string();
        assert!(
            msg.contains(word) && msg.contains("99") && msg.contains("update"),
            "{msg}"
        );
    }
}

#[test]
fn an_altered_bundle_is_refused_and_nothing_is_written() {
    let a = book();
    let ids = populate(&a.book, 9);
    let name = a.book.person_get(&ids[0]).unwrap().display_name;
    let text = String::from_utf8(export(&a.book, BundleScope::All)).unwrap();
    let altered = text.replacen(&name, "Someone Else", 1);
    let b = book();
    let err = b
        .book
        .bundle_import(altered.as_bytes(), false, false, &Progress::new())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::BadFile);
    assert!(
        err.to_string()
            .contains("people do not match their checksum"),
        "{err}"
    );
    assert_eq!(b.book.person_count().unwrap(), 0);
    let err = b
        .book
        .bundle_import(b"{\"not\": 1}", false, false, &Progress::new())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::BadFile, "{err}");
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let a = book();
    populate(&a.book, 4);
    let b = book();
    let r = b
        .book
        .bundle_import(
            &export(&a.book, BundleScope::All),
            true,
            false,
            &Progress::new(),
        )
        .unwrap();
    assert!(r.added > 20 && !r.written, "{r:?}");
    assert_eq!(b.book.person_count().unwrap(), 0);
}

#[test]
fn a_merge_that_would_delete_half_the_book_asks_first() {
    let a = book();
    let ids: Vec<String> = ["Un", "Deux", "Trois", "Quatre"]
        .iter()
        .map(|n| {
            a.book
                .person_create(crate::support::named(n))
                .unwrap()
                .person
                .id
        })
        .collect();
    let b = book();
    b.book
        .bundle_import(
            &export(&a.book, BundleScope::All),
            false,
            false,
            &Progress::new(),
        )
        .unwrap();
    a.clock.advance(chrono::Duration::minutes(1));
    for id in &ids[..3] {
        a.book.person_delete(id).unwrap();
    }
    let bytes = export(&a.book, BundleScope::All);
    let err = b
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::ConfirmRequired);
    assert!(err.to_string().contains("3 of the 4"), "{err}");
    assert_eq!(b.book.person_count().unwrap(), 4, "nothing was written");
    let r = b
        .book
        .bundle_import(&bytes, false, true, &Progress::new())
        .unwrap();
    assert_eq!(r.deleted, 3, "after the user confirmed");
    assert_eq!(b.book.person_count().unwrap(), 1);
}
