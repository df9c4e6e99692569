//! Imports and exports through IPC: pick a file, preview and import a CSV with progress events, an invalid file's report, cancel, a bundle from one app into another, and the fail-safe.

use crate::*;
use liaison_app_lib::IMPORT_PROGRESS;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tauri::Listener;

/// Copies a fixture into the harness's temp dir: the tests import real files, never the repo's.
fn fixture(h: &Harness, name: &str) -> PathBuf {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/import")
        .join(name);
    let to = h.dir.path().join(name);
    std::fs::copy(&from, &to).unwrap_or_else(|e| panic!("fixture {}: {e}", from.display()));
    to
}

/// The user picks `path` in the open dialog; answers the path the UI then imports.
fn pick(h: &Harness, path: &Path) -> Value {
    *h.pick.lock().unwrap() = Some(path.to_path_buf());
    let filters = json!({ "filters": [{ "name": "CSV", "extensions": ["csv", "txt"] }] });
    let got = h.ok("file_pick", filters);
    assert_eq!(
        got,
        json!(path.display().to_string()),
        "the picked path comes back"
    );
    got
}

fn total(h: &Harness) -> Value {
    h.ok("person_list", json!({}))["total"].clone()
}

#[test]
fn a_picked_csv_is_previewed_then_imported_with_progress_events() {
    let h = Harness::new();
    let path = pick(&h, &fixture(&h, "fr_excel_cp1252.csv"));

    let preview = h.ok("import_csv_preview", json!({ "path": path, "rows": 3 }));
    assert_eq!(
        (&preview["encoding"], &preview["delimiter"]),
        (&json!("windows-1252"), &json!(";")),
        "French Excel is read as such"
    );
    assert_eq!(preview["rows"].as_array().map(Vec::len), Some(3));
    assert_eq!(preview["headers"][1], "Prénom", "accents decoded");
    assert_eq!(total(&h), 0, "a preview writes nothing");

    let events = Arc::new(Mutex::new(Vec::<Value>::new()));
    let seen = Arc::clone(&events);
    h.app.listen_any(IMPORT_PROGRESS, move |e| {
        seen.lock()
            .unwrap()
            .push(serde_json::from_str(e.payload()).unwrap());
    });
    let mapping = preview["mapping"].clone();
    let report = h.ok(
        "import_csv",
        json!({ "path": path, "mapping": mapping, "options": {}, "job": "job-1" }),
    );
    assert_eq!(
        (&report["created"], &report["merged"], &report["written"]),
        (&json!(5), &json!(2), &json!(true)),
        "{report}"
    );
    assert_eq!(total(&h), 5);
    let someone = h.ok("person_list", json!({}))["items"][0]["id"].clone();
    let history = h.ok("person_sources", json!({ "id": someone }));
    assert_eq!(
        (
            &history[0]["file_name"],
            &history[0]["format"],
            &history[0]["action"]
        ),
        (
            &json!("fr_excel_cp1252.csv"),
            &json!("csv"),
            &json!("created")
        ),
        "the shell records the picked file's name, not its folder: {history}"
    );
    let events = events.lock().unwrap();
    let last = events.last().expect("at least the final progress event");
    assert_eq!(last["job"], "job-1", "events name the job the UI gave");
    assert_eq!(last["done"], last["total"], "the bar ends full: {last}");
    assert!(last["total"].as_u64() > Some(0));
}

#[test]
fn only_a_picked_file_can_be_imported() {
    let h = Harness::new();
    let path = fixture(&h, "fr_excel_cp1252.csv");
    let e = h.err("import_csv", json!({ "path": path }));
    assert_error_body(&e, "validation");
    assert_eq!(fields(&e), BTreeSet::from(["path".to_string()]));
    assert_eq!(
        h.ok("file_pick", json!({})),
        Value::Null,
        "a cancelled dialog answers null"
    );
    assert_eq!(total(&h), 0);
}

#[test]
fn an_invalid_file_reports_lines_and_fields_and_writes_nothing() {
    let h = Harness::new();
    let path = pick(&h, &fixture(&h, "invalid_rows.csv"));
    let report = h.ok("import_csv", json!({ "path": path }));
    assert_eq!(report["written"], false, "all or nothing: {report}");
    let got: Vec<(u64, String)> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["line"].as_u64().unwrap(),
                e["field"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    // Line 6's unknown country (Atlantide) is no problem: it would be kept as written in a note.
    let want = [(5, "E-mail"), (6, "Abonnés"), (7, "Nom")];
    let want: Vec<(u64, String)> = want.iter().map(|(l, f)| (*l, f.to_string())).collect();
    assert_eq!(
        got, want,
        "the physical line and the file's own header name"
    );
    assert_eq!(total(&h), 0, "nothing was written");

    let vcf = pick(&h, &fixture(&h, "invalid.vcf"));
    let r = h.ok(
        "import_vcard",
        json!({ "path": vcf, "options": { "dry_run": true } }),
    );
    assert_eq!(r["written"], false);
    assert!(r["error_count"].as_u64() > Some(0), "{r}");
}

#[test]
fn a_cancelled_import_writes_nothing() {
    let h = Harness::new();
    let path = pick(&h, &fixture(&h, "fr_excel_cp1252.csv"));
    // The UI's Cancel can reach the shell before the job does: the job then starts cancelled.
    assert_eq!(
        h.ok("import_cancel", json!({ "job": "j" })),
        false,
        "not running yet"
    );
    let e = h.err("import_csv", json!({ "path": path, "job": "j" }));
    assert_error_body(&e, "cancelled");
    assert_eq!(total(&h), 0, "nothing was written");
    let r = h.ok("import_csv", json!({ "path": path, "job": "j" }));
    assert_eq!(r["created"], 5, "a cancel stops one run only: {r}");
}

/// Saves a bundle of everything from `h` through the save dialog; answers the file.
fn export_bundle(h: &Harness, name: &str) -> PathBuf {
    let to = h.dir.path().join(name);
    *h.save_to.lock().unwrap() = Some(to.clone());
    let saved = h.ok("export_save", json!({ "kind": "bundle", "job": "exp" }));
    assert_eq!(saved, json!(to.display().to_string()));
    to
}

#[test]
fn a_bundle_saved_in_one_app_merges_into_another_and_a_big_change_asks_first() {
    let a = Harness::new();
    let ids: Vec<Value> = ["Amélie", "Loïc", "Zoé"]
        .iter()
        .map(|n| person(&a, n, "Test"))
        .collect();
    let first = export_bundle(&a, "all.json");
    assert!(
        a.suggested
            .lock()
            .unwrap()
            .contains(&"liaison-bundle.json".to_string()),
        "the dialog suggests a name"
    );

    let b = Harness::new();
    let path = pick(&b, &first);
    let r = b.ok("import_bundle", json!({ "path": path, "job": "imp" }));
    assert_eq!(
        (&r["added"], &r["written"]),
        (&json!(3), &json!(true)),
        "{r}"
    );
    assert_eq!(total(&b), 3);

    for id in &ids[..2] {
        a.ok("person_delete", json!({ "id": id }));
    }
    let second = export_bundle(&a, "after.json");
    let path = pick(&b, &second);
    let e = b.err("import_bundle", json!({ "path": path }));
    assert_error_body(&e, "confirm_required");
    let msg = e["message"].as_str().unwrap();
    assert!(msg.contains("2 of the 3"), "how many of how many: {msg}");
    assert_eq!(total(&b), 3, "nothing deleted before the user confirms");

    let dry = b.ok("import_bundle", json!({ "path": path, "dry_run": true }));
    assert_eq!(
        (&dry["deleted"], &dry["written"]),
        (&json!(2), &json!(false))
    );
    let r = b.ok("import_bundle", json!({ "path": path, "force": true }));
    assert_eq!(r["deleted"], 2, "{r}");
    assert_eq!(total(&b), 1);
}

#[test]
fn exports_go_straight_to_the_chosen_file() {
    let h = Harness::new();
    let id = person(&h, "Amélie", "Dubois");
    let e = h.err("export_save", json!({ "kind": "person_dossier" }));
    assert_eq!(fields(&e), BTreeSet::from(["person_id".to_string()]));
    assert_eq!(
        h.ok("export_save", json!({ "kind": "people_csv" })),
        Value::Null,
        "a cancelled save dialog answers null"
    );

    let csv = h.dir.path().join("people.csv");
    *h.save_to.lock().unwrap() = Some(csv.clone());
    h.ok(
        "export_save",
        json!({ "kind": "people_csv", "bom": true, "semicolon": true }),
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with('\u{feff}'), "a BOM for Excel");
    assert!(
        text.lines().next().unwrap().contains(';'),
        "`;` between columns: {text}"
    );
    assert!(text.contains("Amélie"));

    let all = h.dir.path().join("amelie.json");
    *h.save_to.lock().unwrap() = Some(all.clone());
    h.ok(
        "export_save",
        json!({ "kind": "person_everything", "person_id": id }),
    );
    let bundle: Value = serde_json::from_slice(&std::fs::read(&all).unwrap()).unwrap();
    assert_eq!(
        bundle["people"][0]["id"], id,
        "the bundle at the chosen path"
    );
    let html = std::fs::read_to_string(all.with_extension("html")).unwrap();
    assert!(html.contains("Amélie"), "the dossier beside it");
    assert!(
        !h.dir.path().join("amelie.json.part").exists(),
        "no half file left behind"
    );
}

#[test]
fn the_mapping_screen_asks_the_cores_rule_and_the_import_keeps_it() {
    let h = Harness::new();
    let check = h.ok(
        "csv_mapping_check",
        json!({ "mapping": [{ "field": "email" }, { "field": "city" }, { "field": "city" }] }),
    );
    assert_eq!(
        check,
        json!({ "no_name": true, "clashes": [1, 2] }),
        "no name column, and two columns would fill the city"
    );
    // The import refuses the same mapping, so a script cannot lose a column either.
    let csv = h.dir.path().join("two-cities.csv");
    std::fs::write(&csv, "Nom;Ville;Ville\nDubois;Paris;Lyon\n").expect("write");
    *h.pick.lock().unwrap() = Some(csv.clone());
    let path = h.ok("file_pick", json!({ "filters": [] }));
    let mapping = json!([{ "field": "last_name" }, { "field": "city" }, { "field": "city" }]);
    let e = h.err(
        "import_csv",
        json!({ "path": path, "mapping": mapping, "options": {} }),
    );
    assert_error_body(&e, "validation");
    assert!(
        e["message"].as_str().unwrap_or_default().contains("Ville")
            || e["fields"][0]["message"]
                .as_str()
                .unwrap_or_default()
                .contains("Ville"),
        "the message names the columns: {e}"
    );
    let info = h.ok("app_info", json!({}));
    assert_eq!(info["person_count"], 0, "nothing was imported");
}
