//! `liaison import csv` on broken and mistaken files: the sentence with line and column in the reader's language, exit status 7, the named problem in `--json`, nothing written; the notes skipped above a header are reported.

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
        "error: Line 3, column 2: a quoted cell starts in this record and its quote never closes, so the rest of the file would be swallowed into it. Close the quote (a quote inside a cell is written twice: \"\") and import again.",
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

/// Issue 14: the command line says a refused file in French to a French reader, with the same
/// words as the mapping screen (both come from the core's catalogue).
#[test]
fn a_french_reader_gets_the_problem_in_french() {
    let sh = shell();
    let out = sh
        .bare()
        .env("LANG", "fr_FR.UTF-8")
        .args(["--db"])
        .arg(&sh.db)
        .args(["import", "csv", &bad("too_many_fields.csv")])
        .output()
        .expect("the liaison binary starts");
    assert_eq!(out.status.code(), Some(7), "a bad file exits 7");
    assert_eq!(
        stderr(&out).lines().next().unwrap_or(""),
        "error: Ligne 4, colonne 5\u{a0}: cette ligne a 5 champs mais la ligne d’en-tête en a 4. Un séparateur ou un guillemet manque ou est en trop dans cette ligne.",
        "LANG=fr_FR gives the mapping screen's French sentence, line and column first"
    );
}

/// Issue 14: LinkedIn's notes above its header are skipped, and the import says how many.
#[test]
fn the_notes_above_linkedins_header_are_counted() {
    let sh = shell();
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sources/linkedin_connections.csv");
    let out = sh.run(&["import", "csv", &file.display().to_string()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("3 lines of notes before the header row were skipped."),
        "the report names the skipped lines: {}",
        stderr(&out)
    );
}
