//! `liaison import` and `liaison export` on real files: the fixtures, a mapping file, invalid rows, the fail-safe, bundles between two books, and Ctrl+C.

use crate::support::{error_body, liaison_bin, shell, stderr, stdout, Shell};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;

fn fixture(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/import")
        .join(name);
    assert!(p.exists(), "fixture {}", p.display());
    p.display().to_string()
}

fn people(sh: &Shell) -> Vec<Value> {
    sh.json(&["person", "list", "--json"])
        .as_array()
        .expect("a list")
        .clone()
}

fn write(sh: &Shell, name: &str, text: &str) -> String {
    let p: PathBuf = sh.dir.path().join(name);
    std::fs::write(&p, text).expect("temp file");
    p.display().to_string()
}

#[test]
fn a_csv_imports_with_a_json_summary() {
    let sh = shell();
    let r = sh.json(&["import", "csv", &fixture("fr_excel_cp1252.csv"), "--json"]);
    assert_eq!(
        (&r["created"], &r["merged"], &r["skipped"]),
        (&5.into(), &2.into(), &0.into()),
        "{r}"
    );
    assert_eq!(r["errors"], Value::Array(vec![]));
    assert_eq!(people(&sh).len(), 5, "the first import creates the book");
    let id = people(&sh)[0]["id"].as_str().expect("an id").to_string();
    let person = sh.json(&["person", "show", &id, "--json"]);
    let source = person["source"].as_str().unwrap_or_default();
    assert!(
        source.starts_with("CSV fr_excel_cp1252.csv, 20"),
        "the person says which file they came from, without its folder: {source:?}"
    );

    let again = sh.ok(&["import", "csv", &fixture("fr_excel_cp1252.csv")]);
    assert!(
        again.starts_with("imported: 0 created"),
        "a second import duplicates nobody: {again}"
    );
}

#[test]
fn a_contact_export_says_what_was_kept_as_written_and_who_was_already_known() {
    let sh = shell();
    let google = fixture("../sources/google_contacts.csv");
    sh.ok(&["import", "csv", &google]);
    let out = sh.run(&["import", "vcard", &fixture("../sources/mac_contacts.vcf")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("line 1: same person as Amara Mensah, by phone number")
            && err.contains("line 12: same person as Noi Kanya Srisuk, by e-mail"),
        "the merges, by what: {err}"
    );
    let fresh = shell();
    let out = fresh.run(&["import", "csv", &google]);
    assert!(
        stderr(&out).contains("kept as written: line 10, Address 1 - Country:"),
        "Atlantis is reported, not refused: {}",
        stderr(&out)
    );
}

#[test]
fn invalid_rows_exit_2_with_line_and_column_and_write_nothing() {
    let sh = shell();
    let out = sh.run(&["import", "csv", &fixture("invalid_rows.csv")]);
    assert_eq!(out.status.code(), Some(2), "invalid input exits 2");
    let err = stderr(&out);
    for want in ["line 5, E-mail:", "line 6, Abonnés:", "line 7, Nom:"] {
        assert!(
            err.contains(want),
            "each problem on its own line ({want}): {err}"
        );
    }
    assert!(
        !err.contains("line 6, Pays:"),
        "an unknown country (Atlantide) is kept as written in a note, not a problem: {err}"
    );
    assert!(err.contains("nothing was written"), "{err}");
    assert!(people(&sh).is_empty(), "all or nothing");

    let out = sh.run(&["import", "csv", &fixture("invalid_rows.csv"), "--json"]);
    assert_eq!(out.status.code(), Some(2));
    let report: Value = serde_json::from_str(&stdout(&out)).expect("the report on stdout");
    assert_eq!(report["errors"][0]["line"], 5);
    assert_eq!(report["errors"][0]["field"], "E-mail");
    assert!(report["errors"][0]["message"].is_string());
    assert_eq!(
        error_body(&out)["code"],
        "validation",
        "scripts branch on the code"
    );

    let r = sh.json(&[
        "import",
        "csv",
        &fixture("invalid_rows.csv"),
        "--valid-only",
        "--json",
    ]);
    assert_eq!(
        (&r["created"], &r["skipped"]),
        (&3.into(), &3.into()),
        "{r}"
    );
    assert_eq!(people(&sh).len(), 3);
}

#[test]
fn a_mapping_file_names_the_columns() {
    let sh = shell();
    let csv = write(
        &sh,
        "odd.csv",
        "Col A,Col B,Col C\nAmélie Dubois,amelie@example.fr,x\n",
    );
    let map = write(
        &sh,
        "map.json",
        r#"{ "Col A": "display_name", "Col B": "email" }"#,
    );
    let dry = sh.ok(&["import", "csv", &csv, "--mapping", &map, "--dry-run"]);
    assert!(
        dry.contains("1 created") && dry.contains("nothing written"),
        "{dry}"
    );
    assert!(people(&sh).is_empty(), "a dry run writes nothing");
    sh.ok(&["import", "csv", &csv, "--mapping", &map]);
    let all = people(&sh);
    assert_eq!(all[0]["display_name"], "Amélie Dubois");
    let id = all[0]["id"].as_str().unwrap();
    let shown = sh.json(&["person", "show", id, "--json"]);
    assert_eq!(
        shown["emails"][0], "amelie@example.fr",
        "Col B was mapped to email: {shown}"
    );

    let wrong = write(&sh, "wrong.json", r#"{ "Col Z": "email" }"#);
    let out = sh.run(&["import", "csv", &csv, "--mapping", &wrong]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no column \"Col Z\""),
        "{}",
        stderr(&out)
    );
    let field = write(&sh, "field.json", r#"{ "Col B": "mail" }"#);
    let out = sh.run(&["import", "csv", &csv, "--mapping", &field]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown field is refused: {}",
        stderr(&out)
    );
}

#[test]
fn an_overwrite_of_most_of_the_book_exits_9_until_forced() {
    let sh = shell();
    sh.add(&[
        "--name",
        "Amélie",
        "--email",
        "a@example.fr",
        "--city",
        "Paris",
    ]);
    sh.add(&[
        "--name",
        "Loïc",
        "--email",
        "l@example.fr",
        "--city",
        "Paris",
    ]);
    let csv = write(
        &sh,
        "moved.csv",
        "Name,Email,City\nAmélie,a@example.fr,Lyon\nLoïc,l@example.fr,Lyon\n",
    );
    let out = sh.run(&["import", "csv", &csv, "--overwrite", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(9),
        "confirm_required has its own exit status"
    );
    let body = error_body(&out);
    assert_eq!(body["code"], "confirm_required");
    assert!(
        body["message"].as_str().unwrap().contains("2 of the 2"),
        "{body}"
    );
    let cities: Vec<Value> = people(&sh).iter().map(|p| p["city"].clone()).collect();
    assert_eq!(cities, ["Paris", "Paris"], "nothing was overwritten");

    sh.ok(&["import", "csv", &csv, "--overwrite", "--force"]);
    let cities: Vec<Value> = people(&sh).iter().map(|p| p["city"].clone()).collect();
    assert_eq!(cities, ["Lyon", "Lyon"]);
}

#[test]
fn a_bundle_goes_from_one_book_to_another_and_vcards_come_in() {
    let a = shell();
    a.ok(&["import", "vcard", &fixture("contacts_v30.vcf")]);
    let count = people(&a).len();
    assert!(count >= 1);
    let out = a.dir.path().join("all.json").display().to_string();
    a.ok(&["export", "json", "--out", &out]);
    let piped = a.ok(&["export", "json"]);
    let piped: Value = serde_json::from_str(&piped).expect("a bundle on stdout is JSON");
    assert_eq!(piped["manifest"]["format"], "liaison-bundle");

    // The vCards' ORG became organizations and memberships (issue 16), which travel too.
    let counts = &piped["manifest"]["counts"];
    let network = ["organizations", "memberships"]
        .iter()
        .map(|s| counts[s].as_u64().unwrap_or(0))
        .sum::<u64>();
    assert!(network >= 2, "the card's company travels: {counts}");
    let b = shell();
    let r = b.json(&["import", "bundle", &out, "--json"]);
    assert_eq!(
        (&r["added"], &r["written"]),
        (&Value::from(count as u64 + network), &true.into()),
        "{r}"
    );
    assert_eq!(people(&b).len(), count, "the teammate's people arrive");
    let again = b.ok(&["import", "bundle", &out]);
    assert!(
        again.contains("0 added, 0 updated"),
        "twice changes nothing: {again}"
    );
}

#[test]
fn exports_write_csv_for_excel_calendars_and_dossiers() {
    let sh = shell();
    let id = sh.add(&["--name", "Amélie Dubois", "--email", "a@example.fr"]);
    let out = sh.run(&["export", "csv", "--bom", "--semicolon"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        out.stdout.starts_with("\u{feff}".as_bytes()),
        "the BOM is written as bytes"
    );
    assert!(stdout(&out).lines().next().unwrap().contains(';'));

    // Without the flags, plain UTF-8 with commas even on a French machine: the same bytes
    // everywhere for scripts; interactions streamed into the file, dated at the user's clock.
    sh.ok(&["settings", "--tz", "Europe/Paris"]);
    sh.ok(&[
        "log",
        &id,
        "--kind",
        "email",
        "--at",
        "2026-11-20 14:30",
        "--body",
        "a, b; c",
    ]);
    let path = sh.dir.path().join("interactions.csv");
    let out = sh
        .bare()
        .env("LANG", "fr_FR.UTF-8")
        .args(["--db", &sh.db.display().to_string(), "export", "csv"])
        .args([
            "--what",
            "interactions",
            "--out",
            &path.display().to_string(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = std::fs::read_to_string(&path).unwrap();
    assert!(csv.starts_with("Id,Date,Kind,"), "{csv}");
    assert!(
        csv.contains(",2026-11-20 14:30,email,") && csv.contains(",\"a, b; c\"\r\n"),
        "the date as spreadsheets read it, CRLF records: {csv:?}"
    );

    let ics = sh.ok(&["export", "ics"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
    let html = sh.ok(&["export", "dossier", "--person", &id]);
    assert!(html.contains("Amélie Dubois"));
    let vcf = sh.ok(&["export", "vcard", "--person", &id]);
    assert!(vcf.contains("FN:Amélie Dubois"), "{vcf}");

    let out = sh.run(&["export", "json", "--list", "vip"]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "an unknown list is not found: {}",
        stderr(&out)
    );
}

#[test]
fn ctrl_c_cancels_an_import_with_nothing_written() {
    let sh = shell();
    let mut csv = String::from("Name,Email,City\n");
    for i in 0..300_000 {
        csv.push_str(&format!("Person {i},p{i}@example.fr,Paris\n"));
    }
    let path = write(&sh, "big.csv", &csv);
    let mut child = std::process::Command::new(liaison_bin())
        .env_remove("LIAISON_DB")
        .envs(sh.sealed_env())
        .args(["--db", &sh.db.display().to_string(), "import", "csv", &path])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("liaison starts");
    // A job longer than a second says so on stderr: then it is running, with its handler set.
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut first = Vec::new();
    for line in lines.by_ref().map_while(Result::ok).take(10) {
        let found = line.contains("Ctrl+C cancels");
        first.push(line);
        if found {
            break;
        }
    }
    assert!(
        first.iter().any(|l| l.contains("Ctrl+C cancels")),
        "a long import says how to stop it; stderr began: {first:?}"
    );
    let pid = child.id().to_string();
    let killed = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .unwrap();
    assert!(killed.success());
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(8), "cancelled exits 8: {rest:?}");
    assert!(rest.join("\n").contains("nothing was written"), "{rest:?}");
    assert!(people(&sh).is_empty(), "a cancelled import writes nothing");
}
