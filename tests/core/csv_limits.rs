//! Limits that stop a CSV import with a clear error instead of a surprise: too many columns, a cell too large, a name too long.

use crate::support::book;
use liaison_core::{ErrorCode, FileProblemKind as K, ImportOptions, Progress};

fn import(bytes: &[u8]) -> liaison_core::Result<liaison_core::ImportReport> {
    let t = book();
    let r = t
        .book
        .csv_import(bytes, None, &ImportOptions::default(), &Progress::new());
    if r.is_err() {
        assert_eq!(t.book.person_count().unwrap(), 0, "nothing written");
    }
    r
}

#[test]
fn a_file_with_too_many_columns_is_refused() {
    let header: Vec<String> = (0..5_000).map(|i| format!("c{i}")).collect();
    let text = format!("Name,{}\nAna,1\n", header.join(","));
    let err = import(text.as_bytes()).unwrap_err();
    let p = err.file_problem().expect("a named problem");
    assert_eq!(
        (p.kind, p.line, p.limit),
        (K::TooManyColumns, Some(1), Some(1000))
    );
    assert_eq!(
        err.to_string(),
        "Line 1: the file has more than 1,000 columns, more than a table of people holds. Check it is the right file and that it was saved with its own separator."
    );
}

#[test]
fn a_cell_over_a_megabyte_is_refused_where_it_is() {
    for quoted in [false, true] {
        let big = "x".repeat(1_000_001);
        let cell = if quoted { format!("\"{big}\"") } else { big };
        let text = format!("Name,Bio\nAna,short\nBen,{cell}\n");
        let err = import(text.as_bytes()).unwrap_err();
        assert_eq!(err.code(), ErrorCode::BadFile);
        let p = err.file_problem().expect("a named problem");
        assert_eq!(
            (p.kind, p.line, p.column),
            (K::CellTooLarge, Some(3), Some(2)),
            "quoted: {quoted}"
        );
        assert!(err
            .to_string()
            .starts_with("Line 3, column 2: a cell holds more than 1 MB"));
    }
    let just = format!("Name,Bio\nAna,{}\n", "y".repeat(1_000_000));
    assert_eq!(
        import(just.as_bytes()).unwrap().created,
        1,
        "1 MB itself is allowed"
    );
}

#[test]
fn a_name_over_300_characters_is_a_row_error() {
    let long = "N".repeat(301);
    let text = format!("Nom,Prénom\nDubois,Amélie\n{long},Zoé\n");
    let r = import(text.as_bytes()).unwrap();
    assert!(!r.written, "an invalid row stops the import: {r:?}");
    assert_eq!(r.error_count, 1);
    assert_eq!(r.errors[0].line, 3);
    assert_eq!(r.errors[0].message, "a name holds at most 300 characters");
    let ok = format!("Nom,Prénom\n{},Zoé\n", "N".repeat(300));
    assert_eq!(import(ok.as_bytes()).unwrap().created, 1, "300 is allowed");
}
