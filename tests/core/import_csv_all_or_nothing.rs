//! CSV imports that must write all or nothing: invalid rows, valid rows only, dry runs, cancelling, and an overwrite of most of the book.

use crate::import_csv::{fixture, import};
use crate::support::book;
use liaison_core::{ErrorCode, ImportOptions, PersonListReq, Progress};

#[test]
fn an_invalid_row_stops_everything_and_names_line_and_column() {
    let t = book();
    let r = import(
        &t.book,
        &fixture("invalid_rows.csv"),
        ImportOptions::default(),
    );
    assert!(!r.written, "nothing is written when a row is invalid");
    assert_eq!(t.book.person_count().unwrap(), 0, "all or nothing");
    let got: Vec<(u32, &str)> = r
        .errors
        .iter()
        .map(|e| (e.line, e.field.as_str()))
        .collect();
    assert_eq!(
        got,
        [(5, "E-mail"), (6, "Abonnés"), (7, "Nom")],
        "physical lines (the quoted line break on line 3 counts) and the file's own headers; \
         the unknown country “Atlantide” is no problem: it would be kept as written in a note"
    );
    assert_eq!(r.error_count, 3);
    assert!(r.errors[0].message.contains("e-mail"), "{:?}", r.errors[0]);
}

#[test]
fn valid_only_imports_the_rest_and_counts_the_skipped() {
    let t = book();
    let opts = ImportOptions {
        valid_only: true,
        ..Default::default()
    };
    let r = import(&t.book, &fixture("invalid_rows.csv"), opts);
    assert_eq!((r.created, r.skipped, r.written), (3, 3, true), "{r:?}");
    assert_eq!(
        r.error_count, 3,
        "the report still lists why rows were skipped"
    );
    assert_eq!(t.book.person_count().unwrap(), 3);
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let t = book();
    let opts = ImportOptions {
        dry_run: true,
        ..Default::default()
    };
    let r = import(&t.book, &fixture("fr_excel_cp1252.csv"), opts);
    assert_eq!((r.created, r.merged, r.written), (5, 2, false));
    assert_eq!(
        t.book.person_count().unwrap(),
        0,
        "a dry run writes nothing"
    );
}

#[test]
fn cancelling_leaves_nothing_written() {
    let t = book();
    let progress = Progress::new();
    progress.cancel();
    let err = t
        .book
        .csv_import(
            &fixture("fr_excel_cp1252.csv"),
            None,
            &ImportOptions::default(),
            &progress,
        )
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Cancelled);
    assert_eq!(t.book.person_count().unwrap(), 0);
}

#[test]
fn an_overwrite_of_most_of_the_book_asks_first() {
    let t = book();
    for (n, e) in [
        ("Un", "un@example.fr"),
        ("Deux", "deux@example.fr"),
        ("Trois", "trois@example.fr"),
    ] {
        let mut p = crate::support::named(n);
        p.emails = vec![e.into()];
        p.city = "Lyon".into();
        t.book.person_create(p).unwrap();
    }
    let csv = "Name;Email;City\nUn;un@example.fr;Paris\nDeux;deux@example.fr;Paris\n";
    let opts = ImportOptions {
        overwrite: true,
        ..Default::default()
    };
    let err = t
        .book
        .csv_import(csv.as_bytes(), None, &opts, &Progress::new())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::ConfirmRequired, "{err}");
    let cities: Vec<String> = t
        .book
        .person_list(&PersonListReq::default())
        .unwrap()
        .items
        .iter()
        .map(|s| s.city.clone())
        .collect();
    assert_eq!(cities, ["Lyon", "Lyon", "Lyon"], "nothing was overwritten");
    let forced = ImportOptions {
        force: true,
        ..opts
    };
    let r = t
        .book
        .csv_import(csv.as_bytes(), None, &forced, &Progress::new())
        .unwrap();
    assert_eq!(r.merged, 2);
    let fill = t
        .book
        .csv_import(
            csv.as_bytes(),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap();
    assert_eq!(fill.skipped, 2, "filling gaps only never asks");
}
