//! `liaison import csv` on Excel and LibreOffice workbooks: `--sheet`, an unknown sheet, a damaged file, and problems named by sheet and row.

use crate::support::{error_body, shell, stderr};
use std::path::Path;

fn fixture(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/workbooks")
        .join(name);
    assert!(p.exists(), "fixture {}", p.display());
    p.display().to_string()
}

#[test]
fn a_workbook_sheet_imports_by_name() {
    for name in ["people.xlsx", "people.xls", "people.ods"] {
        let sh = shell();
        let r = sh.json(&[
            "import",
            "csv",
            &fixture(name),
            "--sheet",
            "Influenceurs 2024",
            "--json",
        ]);
        assert_eq!(r["created"], 4, "{name}: {r}");
        let people = sh.json(&["person", "list", "--json"]);
        assert_eq!(people.as_array().map(Vec::len), Some(4), "{name}");
    }
}

#[test]
fn an_unknown_sheet_exits_2_listing_the_sheets() {
    let sh = shell();
    let out = sh.run(&[
        "import",
        "workbook",
        &fixture("people.xlsx"),
        "--sheet",
        "Contacts",
        "--json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "invalid input: {}",
        stderr(&out)
    );
    let body = error_body(&out);
    assert_eq!(body["code"], "validation");
    let text = body.to_string();
    assert!(
        text.contains("Notes") && text.contains("Influenceurs 2024"),
        "the sheets there are: {text}"
    );
}

#[test]
fn a_damaged_workbook_exits_7_and_writes_nothing() {
    let sh = shell();
    let out = sh.run(&["import", "csv", &fixture("truncated.xlsx"), "--json"]);
    assert_eq!(out.status.code(), Some(7), "bad file: {}", stderr(&out));
    assert_eq!(error_body(&out)["code"], "bad_file");
    let people = sh.json(&["person", "list", "--json"]);
    assert_eq!(people.as_array().map(Vec::len), Some(0), "nothing written");
}

#[test]
fn problems_name_the_sheet_and_its_row() {
    let sh = shell();
    let out = sh.run(&["import", "csv", &fixture("invalid_rows.xlsx")]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("sheet “Contacts”, line 3, Email:"),
        "the row as Excel numbers it, in its sheet: {err}"
    );
}
