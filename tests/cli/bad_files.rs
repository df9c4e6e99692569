//! `liaison import csv` on broken and mistaken files: the English sentence with line and column, exit status 7, the named problem in `--json`, nothing written.

use crate::support::{error_body, shell, stderr};
use std::path::Path;

fn bad(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/bad")
        .join(name);
    assert!(p.exists(), "fixture {}", p.display());
    p.display().to_string()
}

#[test]
fn a_broken_csv_names_its_line_and_column_and_writes_nothing() {
    let sh = shell();
    let out = sh.run(&["import", "csv", &bad("unclosed_quote_mid.csv")]);
    assert_eq!(out.status.code(), Some(7), "a bad file exits 7");
    assert_eq!(
        stderr(&out).lines().next().unwrap_or(""),
        "error: line 3, column 2: a quoted cell starts in this record and its quote never closes, so the rest of the file would be swallowed into it; close the quote (a quote inside a cell is written twice: \"\") and import again",
        "the same sentence as the app's, with line and column"
    );
    let out = sh.run(&["import", "csv", &bad("too_many_fields.csv"), "--json"]);
    let body = error_body(&out);
    assert_eq!(body["code"], "bad_file");
    assert_eq!(
        body["problem"],
        serde_json::json!({"kind": "too_many_fields", "line": 4, "column": 5, "found": 5, "limit": 4}),
        "scripts get the problem as the UI does"
    );
    let list = sh.run(&["person", "list", "--json"]);
    assert_eq!(
        String::from_utf8_lossy(&list.stdout).trim(),
        "[]",
        "nothing written"
    );
}

/// Issue 14: a workbook given to `import csv` is read as one, where it used to be refused with
/// "import it as a workbook".
#[test]
fn a_workbook_given_as_csv_is_read_as_one() {
    let sh = shell();
    let out = sh.run(&["import", "csv", &bad("contacts.xlsx")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("imported: 2 created"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
