//! The book under a hostile system: a full disk, a read-only file system and a lock held by
//! another process give clear errors, write nothing half-way and leave the book sound.

use crate::support::{error_body, liaison_bin, shell, stderr, Shell};
use serde_json::Value;
use std::process::{Command, Output};

/// `sh -c SCRIPT` with the sealed environment of `Shell::bare`; the script runs `"$LIAISON" …`.
fn sh_c(sh: &Shell, script: &str) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(script)
        .env_remove("LIAISON_DB")
        .envs(sh.sealed_env())
        .env("LIAISON", liaison_bin())
        .env("DB", &sh.db)
        .current_dir(sh.dir.path());
    cmd
}

fn count(sh: &Shell) -> usize {
    sh.json(&["person", "list", "--json"])
        .as_array()
        .expect("a list")
        .len()
}

fn sound(sh: &Shell) {
    let out = sh.run(&["check"]);
    assert!(
        out.status.success(),
        "`liaison check` passes: {}{}",
        String::from_utf8_lossy(&out.stdout),
        stderr(&out)
    );
}

fn big_csv(sh: &Shell, rows: usize) -> String {
    let mut csv = String::from("Name,Email,City\n");
    for i in 0..rows {
        csv.push_str(&format!("Person {i},p{i}@example.fr,Paris\n"));
    }
    let path = sh.dir.path().join("big.csv");
    std::fs::write(&path, csv).unwrap();
    path.display().to_string()
}

fn code(out: &Output) -> String {
    error_body(out)["code"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_full_disk_stops_an_import_with_disk_full_and_nothing_written() {
    let sh = shell();
    sh.add(&["--name", "Amélie Dubois", "--email", "amelie@example.fr"]);
    let csv = big_csv(&sh, 20_000);
    let kib = std::fs::metadata(&sh.db).unwrap().len() / 1024;
    // A small file system of its own (tmpfs in a private mount namespace) holds a copy of the
    // book: room for the book and the two backups the import's open takes (the day's, and the
    // one before the import), not for the import. Sized by the book, not by a fixed margin: a
    // schema with more tables (0007) made the second backup overflow a 2x margin.
    let small = sh.dir.path().join("small");
    std::fs::create_dir(&small).unwrap();
    let script = format!(
        r#"exec unshare -rm sh -c '
        mount -t tmpfs -o size={size}k none "{small}" || exit 90
        cp "$DB" "{small}/x.db"
        "$LIAISON" --db "{small}/x.db" --json import csv "{csv}" 2>"$HOME/import.err"; echo $? >"$HOME/import.rc"
        "$LIAISON" --db "{small}/x.db" check >"$HOME/check.out" 2>&1; echo $? >"$HOME/check.rc"
        "$LIAISON" --db "{small}/x.db" person list --json >"$HOME/list.json"'"#,
        size = 3 * kib + 384,
        small = small.display(),
    );
    let out = sh_c(&sh, &script).output().unwrap();
    assert!(
        out.status.success(),
        "this test needs `unshare -rm` and tmpfs: {}",
        stderr(&out)
    );
    let read = |name: &str| std::fs::read_to_string(sh.dir.path().join(name)).unwrap();
    let err = read("import.err");
    assert_eq!(read("import.rc").trim(), "6", "exit 6: {err}");
    let body: Value = serde_json::from_str(err.lines().last().unwrap()).unwrap();
    assert_eq!(body["code"], "disk_full", "{err}");
    assert!(
        err.to_lowercase().contains("full"),
        "the message says the disk is full: {err}"
    );
    assert_eq!(
        read("check.rc").trim(),
        "0",
        "the book is sound: {}",
        read("check.out")
    );
    let list: Value = serde_json::from_str(&read("list.json")).unwrap();
    assert_eq!(
        list.as_array().map(Vec::len),
        Some(1),
        "all or nothing: not one row of the import"
    );
}

#[test]
fn a_read_only_file_system_gives_read_only_and_changes_nothing() {
    let sh = shell();
    sh.add(&["--name", "Amélie Dubois"]);
    let before = std::fs::read(&sh.db).unwrap();
    // A private mount namespace where the book's folder is bound read-only, as on a locked USB
    // stick or a remounted disk. `unshare` needs no privileges beyond the test's own.
    let dir = sh.dir.path().display().to_string();
    let out = sh_c(
        &sh,
        &format!(
            r#"exec unshare -rm sh -c 'mount --bind -o ro "{dir}" "{dir}" && exec "$LIAISON" --db "$DB" --json person add --name "Basile Roux"'"#
        ),
    )
    .output()
    .unwrap();
    let err = stderr(&out);
    assert!(
        !err.contains("unshare:") && !err.contains("mount:"),
        "this test needs `unshare -rm` (user and mount namespaces): {err}"
    );
    assert_eq!(out.status.code(), Some(6), "exit 6: {err}");
    assert_eq!(code(&out), "read_only", "{err}");
    assert!(
        err.to_lowercase().contains("read-only") || err.to_lowercase().contains("read only"),
        "the message says why: {err}"
    );
    assert_eq!(
        std::fs::read(&sh.db).unwrap(),
        before,
        "the file is byte for byte as it was"
    );
    assert_eq!(count(&sh), 1);
    sound(&sh);
}

#[test]
fn a_book_locked_by_another_process_gives_database_locked_and_loses_nothing() {
    let sh = shell();
    sh.add(&["--name", "Amélie Dubois"]);
    // This test process is the other writer: it holds the book's write lock while the CLI
    // tries to add someone; the CLI waits its busy timeout (5 s), then gives up cleanly.
    let holder = rusqlite::Connection::open(&sh.db).unwrap();
    holder
        .pragma_update(None, "key", format!("x'{}'", "5A".repeat(32)))
        .unwrap();
    holder
        .execute_batch("BEGIN IMMEDIATE; UPDATE people SET bio = bio;")
        .unwrap();
    let out = sh.run(&["--json", "person", "add", "--name", "Basile Roux"]);
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    assert_eq!(out.status.code(), Some(4), "exit 4: {}", stderr(&out));
    assert_eq!(code(&out), "database_locked", "{}", stderr(&out));
    assert!(
        stderr(&out).contains("try again"),
        "the hint says what to do: {}",
        stderr(&out)
    );
    assert_eq!(count(&sh), 1, "the refused add wrote nothing");
    sound(&sh);
    sh.add(&["--name", "Basile Roux"]);
    assert_eq!(count(&sh), 2, "once the lock is gone, writing works again");
}
