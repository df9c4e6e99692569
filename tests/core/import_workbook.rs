//! Workbooks through the CSV import: Excel .xlsx and .xls and LibreOffice .ods (fixtures made by openpyxl, xlwt and odfpy: scripts/fixtures/workbooks.py), their sheets, cells read as the spreadsheet shows them, limits and damaged files.

use crate::support::{book, find};
use liaison_core::{CsvField, ErrorCode, FileProblemKind as K, ImportOptions, Platform, Progress};

const PEOPLE: &str = "Influenceurs 2024";

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/workbooks")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}

#[test]
fn a_workbook_opens_on_its_first_sheet_and_lists_them_all() {
    for name in ["people.xlsx", "people.xls", "people.ods"] {
        let t = book();
        let p = t.book.csv_preview(&fixture(name), 10).unwrap();
        assert_eq!(p.sheets, ["Notes", PEOPLE], "{name}: the sheets, in order");
        assert_eq!(
            p.sheet.as_deref(),
            Some("Notes"),
            "{name}: the first sheet by default"
        );
        assert_eq!(p.headers, ["Liste presse — printemps 2024"], "{name}");
    }
}

#[test]
fn the_chosen_sheet_reads_as_the_cells_show() {
    for name in ["people.xlsx", "people.xls", "people.ods"] {
        let t = book();
        let p = t
            .book
            .csv_preview_sheet(&fixture(name), Some(PEOPLE), 10)
            .unwrap();
        assert_eq!(p.sheet.as_deref(), Some(PEOPLE), "{name}");
        assert_eq!(
            p.headers,
            [
                "Prénom",
                "Nom",
                "E-mail",
                "Ville",
                "Pays",
                "Instagram",
                "Abonnés Instagram",
                "Dernier contact",
                "Téléphone"
            ],
            "{name}: accents kept"
        );
        let lines: Vec<u32> = p.rows.iter().map(|r| r.line).collect();
        assert_eq!(
            lines,
            [2, 3, 5, 6],
            "{name}: the sheet's row numbers, the empty row 4 skipped"
        );
        assert_eq!(p.total_rows, 4, "{name}");
        let amelie = &p.rows[0].cells;
        assert_eq!(amelie[6], "12500", "{name}: a whole count has no .0");
        assert_eq!(amelie[7], "2024-03-12", "{name}: a date cell is a date");
        assert_eq!(
            amelie[8], "33612345678",
            "{name}: a long number is not written 3.36E+10"
        );
        assert_eq!(
            p.rows[2].cells[6], "1250",
            "{name}: a float-typed whole count"
        );
        assert_eq!(
            p.rows[3].cells[6], "42500",
            "{name}: a formula reads as the value it shows"
        );
        assert_eq!(p.rows[3].cells[7], "", "{name}: an empty cell is empty");
        let problems: Vec<_> = p.rows.iter().flat_map(|r| &r.problems).collect();
        assert!(problems.is_empty(), "{name}: {problems:?}");
        let field = |h: &str| p.mapping[p.headers.iter().position(|x| x == h).unwrap()].field;
        assert_eq!(
            field("Prénom"),
            CsvField::FirstName,
            "{name}: same guesses as CSV"
        );
        assert_eq!(field("E-mail"), CsvField::Email, "{name}");
        assert_eq!(field("Abonnés Instagram"), CsvField::Followers, "{name}");
    }
}

#[test]
fn a_sheet_imports_its_people_with_numbers_as_numbers() {
    for name in ["people.xlsx", "people.xls", "people.ods"] {
        let t = book();
        let r = t
            .book
            .csv_import_sheet(
                &fixture(name),
                Some(PEOPLE),
                None,
                &ImportOptions::default(),
                &Progress::new(),
            )
            .unwrap();
        assert_eq!((r.created, r.error_count), (4, 0), "{name}: {r:?}");
        let a = find(&t.book, "amelie");
        assert_eq!(a.display_name, "Amélie Dubois", "{name}");
        assert_eq!(a.emails[0], "amelie@example.fr", "{name}");
        let insta = a
            .channels
            .iter()
            .find(|c| c.platform == Platform::Instagram)
            .expect("an Instagram channel");
        assert_eq!(insta.audience, Some(12_500), "{name}: the follower count");
        assert_eq!(
            find(&t.book, "francoise").channels[0].audience,
            Some(42_500),
            "{name}: the formula's value"
        );
        assert_eq!(find(&t.book, "jurgen").city, "München", "{name}");
    }
}

#[test]
fn an_unknown_sheet_is_refused_naming_the_sheets() {
    let t = book();
    let e = t
        .book
        .csv_import_sheet(
            &fixture("people.xlsx"),
            Some("Contacts"),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap_err();
    assert_eq!(e.code(), ErrorCode::Validation);
    let msg = e.to_string();
    assert!(
        msg.contains("“Contacts”") && msg.contains("“Notes”, “Influenceurs 2024”"),
        "the person learns which sheets there are: {msg}"
    );
    assert_eq!(t.book.person_count().unwrap(), 0, "nothing written");
    let e = t
        .book
        .csv_preview_sheet(b"Name;Email\nA;a@example.fr\n", Some("People"), 5)
        .unwrap_err();
    assert_eq!(
        e.code(),
        ErrorCode::Validation,
        "a CSV file has no sheets: {e}"
    );
}

#[test]
fn a_truncated_workbook_is_a_bad_file_and_writes_nothing() {
    let t = book();
    let e = t
        .book
        .csv_import(
            &fixture("truncated.xlsx"),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap_err();
    assert_eq!(e.code(), ErrorCode::BadFile, "{e}");
    let p = e
        .file_problem()
        .expect("a named problem the UI says in EN or FR");
    assert_eq!(
        (p.kind, p.format.as_deref()),
        (K::WorkbookDamaged, Some("xlsx"))
    );
    assert!(
        e.to_string().contains("damaged, incomplete"),
        "says what is wrong, not “no column is mapped to a name”: {e}"
    );
    assert_eq!(t.book.person_count().unwrap(), 0);
}

#[test]
fn a_sheet_spanning_thousands_of_columns_is_refused() {
    let t = book();
    let e = t.book.csv_preview(&fixture("wide.xlsx"), 5).unwrap_err();
    assert_eq!(e.code(), ErrorCode::BadFile, "{e}");
    let p = e.file_problem().expect("a named problem");
    assert_eq!(
        (p.kind, p.sheet.as_deref(), p.found, p.limit),
        (K::SheetTooWide, Some("Contacts"), Some(16_384), Some(1_000)),
        "names the sheet and the columns it spans: {e}"
    );
}

#[test]
fn a_bad_row_stops_the_import_at_its_sheet_row() {
    let t = book();
    let r = t
        .book
        .csv_import(
            &fixture("invalid_rows.xlsx"),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap();
    assert!(!r.written, "all or nothing, as for CSV");
    assert!(!r.errors.is_empty(), "{r:?}");
    assert_eq!(
        (r.errors[0].line, r.errors[0].field.as_str()),
        (3, "Email"),
        "the row number Excel shows, the column header"
    );
    assert_eq!(t.book.person_count().unwrap(), 0);
    let csv = "Name,Email\nAmélie Dubois,amelie@example.fr\nLoïc Lefèvre,loic at example\n";
    let same = t
        .book
        .csv_import(
            csv.as_bytes(),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap();
    assert_eq!(r, same, "the same report as the same rows in a CSV file");
}

/// An .xls whose sheet declares 4 billion rows: calamine would reserve terabytes for it when
/// the file opens, and the process would end on the failed allocation; it is refused first.
#[test]
fn an_xls_declaring_billions_of_rows_is_refused_not_a_crash() {
    let mut bytes = fixture("people.xls");
    // The Dimensions record (type 0x0200, 14 bytes): first row, last row + 1, then columns.
    let at = bytes
        .windows(4)
        .position(|w| w == [0x00, 0x02, 0x0E, 0x00])
        .expect("the fixture has a Dimensions record");
    bytes[at + 8..at + 12].copy_from_slice(&u32::MAX.to_le_bytes());
    let t = book();
    let e = t.book.csv_preview(&bytes, 5).unwrap_err();
    assert_eq!(e.code(), ErrorCode::BadFile, "{e}");
    assert_eq!(
        e.file_problem().map(|p| p.kind),
        Some(K::WorkbookTooLarge),
        "{e}"
    );
}

#[test]
fn a_title_above_the_header_is_skipped_as_in_csv() {
    let t = book();
    let p = t.book.csv_preview(&fixture("titled.xlsx"), 5).unwrap();
    assert_eq!(
        p.headers,
        ["First Name", "Last Name", "Email Address", "Company"],
        "the header is found on row 3"
    );
    assert_eq!(p.skipped_lines, 2, "the title and the empty row under it");
    assert_eq!(p.rows[0].line, 4, "rows keep the sheet's numbers");
    assert_eq!(p.total_rows, 2);
}

#[test]
fn a_sheets_mapping_is_remembered_for_its_headers() {
    let t = book();
    let bytes = fixture("people.ods");
    let mut chosen = t
        .book
        .csv_preview_sheet(&bytes, Some(PEOPLE), 0)
        .unwrap()
        .mapping;
    chosen[3].field = CsvField::Ignore; // Ville: not wanted this time
    t.book
        .csv_import_sheet(
            &bytes,
            Some(PEOPLE),
            Some(chosen.clone()),
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap();
    let again = t
        .book
        .csv_preview_sheet(&fixture("people.xlsx"), Some(PEOPLE), 0)
        .unwrap();
    assert!(again.remembered, "the same headers in another workbook");
    assert_eq!(again.mapping, chosen, "as for CSV, per header set");
}

/// Found by the fuzzer: an .xls whose run of numbers (MulRk) ends before it starts made
/// calamine subtract past zero; it is a damaged file, refused before calamine reads it.
#[test]
fn an_xls_run_of_numbers_ending_before_it_starts_is_damaged() {
    let t = book();
    let e = t
        .book
        .csv_preview(&fixture("fuzz_mulrk_backwards.xls"), 5)
        .unwrap_err();
    assert_eq!(
        e.file_problem().map(|p| p.kind),
        Some(K::WorkbookDamaged),
        "{e}"
    );
}

/// Found by the fuzzer: an .xls whose sector table points past its end makes calamine's own
/// OLE2 reader panic (an index out of range); the reader catches it: a damaged file, no crash.
#[test]
fn an_xls_calamine_stops_on_is_damaged_not_a_crash() {
    let t = book();
    let e = t
        .book
        .csv_preview(&fixture("fuzz_cfb_sector.xls"), 5)
        .unwrap_err();
    assert_eq!(
        e.file_problem().map(|p| p.kind),
        Some(K::WorkbookDamaged),
        "{e}"
    );
}
