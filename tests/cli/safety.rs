//! The command line and the key, backups and `check`: wrong or missing keys say what to do and
//! exit 10; backups list, take and restore; check exits 5 on a damaged book.

use crate::support::{error_body, shell, stderr, stdout};
use rusqlite::Connection;
use serde_json::Value;
use std::path::Path;

/// A plain connection to a CLI test book, keyed like `test_recovery_key`.
fn raw(path: &Path) -> Connection {
    let c = Connection::open(path).unwrap();
    c.pragma_update(None, "key", format!("x'{}'", "5A".repeat(32)))
        .unwrap();
    c
}

#[test]
fn a_wrong_passphrase_exits_7_with_a_clear_message_and_changes_nothing() {
    let sh = shell();
    sh.add(&["--name", "Amélie Dubois", "--email", "amelie@example.fr"]);
    let before = std::fs::read(&sh.db).unwrap();
    let out = sh
        .bare()
        .env("LIAISON_PASSPHRASE", "not the key")
        .args(["--db", sh.db.to_str().unwrap(), "person", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(10),
        "a wrong key has its own exit status"
    );
    let body = error_body(&out);
    assert_eq!(body["code"], "wrong_key");
    let err = stderr(&out);
    assert!(
        err.contains("x.db") && err.contains("--passphrase-file"),
        "{err}"
    );
    assert!(
        !err.contains("not the key"),
        "the secret is never echoed: {err}"
    );
    assert_eq!(
        std::fs::read(&sh.db).unwrap(),
        before,
        "the file is left as it was"
    );
}

#[test]
fn without_keychain_or_passphrase_the_cli_says_how_to_give_one() {
    let sh = shell();
    let out = sh
        .bare()
        .env_remove("LIAISON_PASSPHRASE")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("DISPLAY")
        .env("XDG_RUNTIME_DIR", sh.dir.path())
        .args([
            "--db",
            sh.db.to_str().unwrap(),
            "person",
            "add",
            "--name",
            "X",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(10), "{}", stderr(&out));
    assert_eq!(error_body(&out)["code"], "key_required");
    let err = stderr(&out);
    assert!(
        err.contains("--passphrase-file") && err.contains("LIAISON_PASSPHRASE"),
        "{err}"
    );
    assert!(!sh.db.exists(), "nothing is created without a key");
}

#[test]
fn a_passphrase_file_and_the_variable_open_the_same_book() {
    let sh = shell();
    let file = sh.dir.path().join("pass.txt");
    std::fs::write(&file, "  my long passphrase \n").unwrap();
    let out = sh
        .bare()
        .env_remove("LIAISON_PASSPHRASE")
        .args([
            "--db",
            sh.db.to_str().unwrap(),
            "--passphrase-file",
            file.to_str().unwrap(),
        ])
        .args(["person", "add", "--name", "Amélie Dubois"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = sh
        .bare()
        .env("LIAISON_PASSPHRASE", "  my long passphrase ")
        .args(["--db", sh.db.to_str().unwrap(), "person", "list", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "only the final newline is trimmed: {}",
        stderr(&out)
    );
    assert!(stdout(&out).contains("Amélie Dubois"));
}

#[test]
fn backups_are_listed_taken_and_restored() {
    let sh = shell();
    let id = sh.add(&["--name", "Amélie Dubois"]);
    let made: Value = sh.json(&["backup", "create", "--reason", "before-cleanup", "--json"]);
    let name = made["name"].as_str().unwrap().to_string();
    assert_eq!(made["reason"], "before-cleanup");
    sh.ok(&["person", "delete", &id, "--yes"]);
    let list = sh.json(&["backup", "list", "--json"]);
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|b| b["name"] == name.as_str()),
        "the backup is listed: {list}"
    );
    let out = sh.run(&["backup", "restore", &name]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("before-restore"),
        "says how to undo: {}",
        stderr(&out)
    );
    assert!(
        sh.ok(&["person", "show", &id]).contains("Amélie Dubois"),
        "she is back"
    );
    let out = sh.run(&["backup", "restore", "no-such-backup.db", "--json"]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(error_body(&out)["code"], "not_found");
}

#[test]
fn check_passes_on_a_sound_book_and_exits_5_on_a_damaged_one() {
    let sh = shell();
    let id = sh.add(&["--name", "Amélie Dubois"]);
    let report = sh.json(&["check", "--json"]);
    assert_eq!(report["ok"], true, "{report}");
    assert_eq!(
        sh.ok(&["check"]),
        "ok: structure, search, interactions, figures, followups\n",
        "the quick check by default"
    );
    assert_eq!(
        sh.ok(&["check", "--full"]),
        "ok: integrity, foreign_keys, search, interactions, figures, followups\n",
        "--full adds SQLite's integrity and reference checks"
    );
    raw(&sh.db)
        .execute("UPDATE people SET received_count = 3 WHERE id = ?1", [&id])
        .unwrap();
    let out = sh.run(&["check"]);
    assert_eq!(out.status.code(), Some(5), "problems make a non-zero exit");
    let text = stdout(&out);
    assert!(
        text.contains("figures: Amélie Dubois"),
        "the problem is named: {text}"
    );
    assert!(stderr(&out).contains("1 problem"), "{}", stderr(&out));
}

#[test]
fn with_a_keychain_the_cli_needs_no_passphrase_and_shows_the_recovery_key_once() {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none_or(|v| v.is_empty()) {
        eprintln!("SKIPPED: no D-Bus session; scripts/test.sh runs this under dbus-run-session");
        return;
    }
    let sh = shell();
    let run = |args: &[&str]| {
        sh.bare()
            .env_remove("LIAISON_PASSPHRASE")
            .arg("--db")
            .arg(&sh.db)
            .args(args)
            .output()
            .unwrap()
    };
    let first = run(&["person", "add", "--name", "Amélie Dubois"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let err = stderr(&first);
    let rk = err
        .lines()
        .map(str::trim)
        .find(|l| liaison_core::RecoveryKey::looks_like(l))
        .unwrap_or_else(|| panic!("the first run shows a recovery key: {err}"))
        .to_string();
    let second = run(&["person", "list"]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(
        !stderr(&second).contains(&rk),
        "the recovery key is shown only once"
    );
    let by_key = sh
        .bare()
        .env("LIAISON_PASSPHRASE", &rk)
        .args(["--db", sh.db.to_str().unwrap(), "person", "list"])
        .output()
        .unwrap();
    assert!(
        stdout(&by_key).contains("Amélie Dubois"),
        "the recovery key opens the book"
    );
}
