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

/// Issue 14: a teammate's bundle cut short in transit is refused in the reader's language, with
/// the section it stops in and how far it got; nothing is written.
#[test]
fn a_bundle_cut_short_is_refused_in_french() {
    let a = shell();
    a.ok(&[
        "person",
        "add",
        "--name",
        "Inès Martin",
        "--email",
        "ines@example.org",
    ]);
    let whole = a.ok(&["export", "json"]);
    let cut = &whole[..whole
        .find("\"interactions\":[")
        .expect("a bundle has interactions")
        + 16];
    let b = shell();
    let path = b.dir.path().join("équipe.json");
    std::fs::write(&path, cut).unwrap();
    let out = b
        .bare()
        .env("LANG", "fr_FR.UTF-8")
        .args(["--db"])
        .arg(&b.db)
        .args(["import", "bundle"])
        .arg(&path)
        .output()
        .expect("the liaison binary starts");
    assert_eq!(out.status.code(), Some(7), "a bad file exits 7");
    assert_eq!(
        stderr(&out).lines().next().unwrap_or(""),
        format!(
            "error: L’export est incomplet\u{a0}: il s’arrête dans sa section échanges, après {}\u{a0}octets. Le fichier a été tronqué\u{a0}; demandez-le de nouveau à votre collègue.",
            french_number(cut.len())
        ),
        "LANG=fr_FR says where the bundle stops, in French"
    );
    let out = b.run(&["import", "bundle", &path.display().to_string(), "--json"]);
    let body = error_body(&out);
    assert_eq!(
        body["problem"],
        serde_json::json!({"kind": "bundle_incomplete", "section": "interactions", "found": cut.len()}),
        "scripts get the problem as the UI does"
    );
    let list = b.run(&["person", "list", "--json"]);
    assert_eq!(String::from_utf8_lossy(&list.stdout).trim(), "[]");
}

/// A byte count as French writes it (narrow no-break space between thousands).
fn french_number(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202f}');
        }
        out.push(d);
    }
    out
}
