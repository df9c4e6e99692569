//! The malformed-file corpus (tests/fixtures/bad, written by make_bad.py): each file gets its people or its exact error, with the line where the broken record starts, and a refused file writes nothing.

use crate::support::book;
use liaison_core::{
    Error, ErrorBody, ErrorCode, FileProblemKind as K, ImportOptions, PersonListReq, Progress,
};

fn bad(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/bad")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}

/// The import's error for the fixture `file`, after checking it wrote nothing.
fn refusal(file: &str) -> Error {
    let bytes = &bad(file);
    let t = book();
    let err = match t
        .book
        .csv_import(bytes, None, &ImportOptions::default(), &Progress::new())
    {
        Err(e) => e,
        Ok(r) => panic!("{file} is refused, not imported: {r:?}"),
    };
    assert_eq!(err.code(), ErrorCode::BadFile, "{file}: {err}");
    assert_eq!(
        t.book.person_count().unwrap(),
        0,
        "a refused file writes nothing"
    );
    let preview = t
        .book
        .csv_preview(bytes, 20)
        .expect_err("the preview refuses it too");
    assert_eq!(
        preview.to_string(),
        err.to_string(),
        "the mapping screen says the same"
    );
    err
}

/// (kind, line, column) of a refusal.
fn placed(err: &Error) -> (K, Option<u32>, Option<u32>) {
    let p = err
        .file_problem()
        .unwrap_or_else(|| panic!("a named problem: {err}"));
    (p.kind, p.line, p.column)
}

fn names(t: &crate::support::TestBook) -> Vec<String> {
    let mut n: Vec<String> = t
        .book
        .person_list(&PersonListReq::default())
        .unwrap()
        .items
        .into_iter()
        .map(|p| p.display_name)
        .collect();
    n.sort();
    n
}

#[test]
fn broken_quotes_and_wide_rows_name_the_line_where_the_record_starts() {
    let cases = [
        // The quote opens on line 3; a lenient reader swallowed lines 3 to 5 into one cell.
        (
            "unclosed_quote_mid.csv",
            (K::UnclosedQuote, Some(3), Some(2)),
        ),
        (
            "unclosed_quote_end.csv",
            (K::UnclosedQuote, Some(3), Some(4)),
        ),
        (
            "text_after_quote.csv",
            (K::TextAfterQuote, Some(4), Some(1)),
        ),
        ("too_many_fields.csv", (K::TooManyFields, Some(4), Some(5))),
        // Line 2's quoted note spans two lines: the wide row is physical line 5.
        (
            "too_many_fields_after_note.csv",
            (K::TooManyFields, Some(5), Some(4)),
        ),
    ];
    for (file, want) in cases {
        let err = refusal(file);
        assert_eq!(placed(&err), want, "{file}: {err}");
    }
    assert_eq!(
        refusal("unclosed_quote_mid.csv").to_string(),
        "Line 3, column 2: a quoted cell starts in this record and its quote never closes, so the rest of the file would be swallowed into it. Close the quote (a quote inside a cell is written twice: \"\") and import again."
    );
    let err = refusal("too_many_fields.csv");
    assert_eq!(
        err.to_string(),
        "Line 4, column 5: this row has 5 fields but the header row has 4. A separator or a quote is missing or extra in this row."
    );
    let p = err.file_problem().unwrap();
    assert_eq!(
        (p.found, p.limit),
        (Some(5), Some(4)),
        "the numbers the UI says"
    );
}

#[test]
fn short_rows_trailing_separators_and_quoted_line_breaks_import() {
    let cases: [(&str, &[&str]); 3] = [
        (
            "fewer_fields.csv",
            &["Amélie Dubois", "Jo Martin", "Zoé Garçon"],
        ),
        ("trailing_separators.csv", &["Amélie Dubois", "Zoé Garçon"]),
        ("quoted_line_breaks.csv", &["Ana Lima", "Ben Osei"]),
    ];
    for (file, want) in cases {
        let t = book();
        let r = t
            .book
            .csv_import(
                &bad(file),
                None,
                &ImportOptions::default(),
                &Progress::new(),
            )
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(r.written && r.errors.is_empty(), "{file}: {r:?}");
        assert_eq!(names(&t), want, "{file}");
    }
    let t = book();
    let p = t
        .book
        .csv_preview(&bad("quoted_line_breaks.csv"), 5)
        .unwrap();
    let lines: Vec<u32> = p.rows.iter().map(|r| r.line).collect();
    assert_eq!(
        lines,
        [2, 5],
        "a quoted line break keeps the next record on its own physical line"
    );
    assert_eq!(
        p.rows[0].cells[2],
        "Met at the fair,\nwants \"co-created\" content\n"
    );
}

#[test]
fn linkedin_notes_before_the_header_are_skipped_and_counted() {
    for file in ["linkedin_connections.csv", "linkedin_unquoted_notes.csv"] {
        let t = book();
        let p = t.book.csv_preview(&bad(file), 5).unwrap();
        assert_eq!(
            p.skipped_lines, 3,
            "{file}: Notes:, the sentence and the blank line"
        );
        assert_eq!(p.headers[0], "First Name", "{file}");
        assert_eq!(p.headers.len(), 7, "{file}");
        let lines: Vec<u32> = p.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [5, 6, 7], "{file}: rows keep their physical lines");
        assert_eq!(p.total_rows, 3);
        let r = t
            .book
            .csv_import(
                &bad(file),
                None,
                &ImportOptions::default(),
                &Progress::new(),
            )
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(r.written && r.errors.is_empty(), "{file}: {r:?}");
        assert_eq!(
            names(&t),
            ["Amélie Dubois", "Kwame Mensah", "Thao Nguyen"],
            "{file}: no mapping by hand"
        );
    }
    let t = book();
    let p = t.book.csv_preview(&bad("fewer_fields.csv"), 5).unwrap();
    assert_eq!(p.skipped_lines, 0, "a header on line 1 skips nothing");
}

#[test]
fn files_that_are_not_csv_say_what_they_are() {
    let cases = [
        ("contacts.png", K::Image, Some("png")),
        ("contacts.jpg", K::Image, Some("jpg")),
        ("contacts.gif", K::Image, Some("gif")),
        ("contacts.pdf", K::Pdf, None),
        ("contacts.zip", K::Zip, None),
        ("utf16le_no_bom.csv", K::Utf16NoBom, None),
        ("binary.csv", K::NotText, None),
        ("empty.csv", K::Empty, None),
        ("blank_lines.csv", K::Empty, None),
    ];
    for (file, kind, format) in cases {
        let err = refusal(file);
        let p = err
            .file_problem()
            .unwrap_or_else(|| panic!("{file}: {err}"));
        assert_eq!(
            (p.kind, p.format.as_deref()),
            (kind, format),
            "{file}: {err}"
        );
    }
    assert_eq!(
        refusal("contacts.png").to_string(),
        "This is a PNG image, not a table of people. Choose the CSV or vCard file itself."
    );
}

/// A workbook handed to the CSV import is read as one (issue 14), where it used to be refused
/// with "import it as a workbook".
#[test]
fn workbooks_given_to_the_csv_import_are_read_as_workbooks() {
    for file in ["contacts.xlsx", "contacts.ods", "contacts.xls"] {
        let t = book();
        let r = t
            .book
            .csv_import(
                &bad(file),
                None,
                &ImportOptions::default(),
                &Progress::new(),
            )
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!((r.created, r.error_count), (2, 0), "{file}: {r:?}");
        assert_eq!(names(&t), ["Amélie Dubois", "Zoé Garçon"], "{file}");
    }
}

#[test]
fn the_error_body_carries_the_problem_for_the_ui() {
    let err = refusal("unclosed_quote_end.csv");
    let body = serde_json::to_value(ErrorBody::from(&err)).unwrap();
    assert_eq!(body["code"], "bad_file");
    assert_eq!(
        body["problem"],
        serde_json::json!({"kind": "unclosed_quote", "line": 3, "column": 4}),
        "the UI translates from kind, line and column"
    );
    let other = ErrorBody::from(&Error::invalid("mapping", "no"));
    assert!(
        serde_json::to_value(other)
            .unwrap()
            .get("problem")
            .is_none(),
        "other errors carry no problem"
    );
}

#[test]
fn vcard_and_bundle_readers_name_the_same_files() {
    let t = book();
    let err = t
        .book
        .vcard_import(
            &bad("contacts.png"),
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap_err();
    assert_eq!(err.file_problem().map(|p| p.kind), Some(K::Image), "{err}");
    let err = t
        .book
        .bundle_import(&bad("contacts.zip"), false, false, &Progress::new())
        .unwrap_err();
    assert_eq!(err.file_problem().map(|p| p.kind), Some(K::Zip), "{err}");
}
