//! Unlocking without a keychain, the recovery key shown once, backups and the check, through IPC.

use crate::*;
use liaison_core::MemoryKeyStore;
use std::path::{Path, PathBuf};

/// An app on `path` (kept in `data`, which outlives the app: a restart reopens the same file)
/// with its own key store; the harness gets a throwaway dir of its own.
fn app_on(path: &Path, keys: Arc<MemoryKeyStore>) -> Harness {
    let book = BookState::open_with_keys(Some(path.to_path_buf()), keys);
    Harness::with_book(tempfile::tempdir().expect("temp dir"), book)
}

fn data() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("book.db");
    (dir, path)
}

/// The book file and its WAL, byte for byte: what a wrong key must not change.
fn bytes(path: &Path) -> Vec<Vec<u8>> {
    ["", "-wal"]
        .iter()
        .map(|ext| std::fs::read(format!("{}{ext}", path.display())).unwrap_or_default())
        .collect()
}

const PASSPHRASE: &str = "correct horse battery";

#[test]
fn without_a_keychain_a_chosen_passphrase_opens_the_book_and_a_wrong_one_changes_nothing() {
    let (_data, path) = data();
    let keys = Arc::new(MemoryKeyStore::unavailable());
    let h = app_on(&path, Arc::clone(&keys));

    let status = h.call("unlock_status", json!({})).expect("unlock_status");
    assert_eq!(status["state"], "key_required", "{status}");
    assert_eq!(status["reason"], "no_keychain", "the UI says why: {status}");
    assert_eq!(
        status["new_book"], true,
        "nothing on disk yet: choose a passphrase"
    );
    let e = h
        .call("app_info", json!({}))
        .expect_err("no book without a key");
    assert_error_body(&e, "key_required");

    let e = h.err("unlock", json!({ "secret": "short" }));
    assert_error_body(&e, "validation");
    assert_eq!(fields(&e), BTreeSet::from(["secret".to_string()]));
    assert!(!path.exists(), "a refused passphrase creates no book");

    h.ok("unlock", json!({ "secret": PASSPHRASE }));
    assert_eq!(h.call("unlock_status", json!({})).unwrap()["state"], "open");
    person(&h, "Zéphyrine", "Quatremer");
    assert_eq!(
        h.call("recovery_key_take", json!({})).unwrap(),
        Value::Null,
        "a passphrase book has no recovery key to show"
    );
    assert!(keys.is_empty(), "nothing was stored for a passphrase book");
    drop(h);

    // Restarted: the file is there now, so the person is asked for *its* passphrase.
    let h = app_on(&path, Arc::clone(&keys));
    let status = h.call("unlock_status", json!({})).unwrap();
    assert_eq!(status["state"], "key_required");
    assert_eq!(
        status["new_book"], false,
        "an existing book: enter its passphrase"
    );
    let before = bytes(&path);
    let e = h.err("unlock", json!({ "secret": "not the passphrase" }));
    assert_error_body(&e, "wrong_key");
    assert_eq!(
        bytes(&path),
        before,
        "a wrong passphrase leaves the file untouched"
    );
    let e = h
        .call("person_list", json!({ "req": {} }))
        .expect_err("still locked");
    assert_error_body(&e, "key_required");

    h.ok("unlock", json!({ "secret": PASSPHRASE }));
    let page = h.ok("person_list", json!({}));
    assert_eq!(
        page["total"], 1,
        "the right passphrase opens what was saved"
    );
    assert_eq!(page["items"][0]["display_name"], "Zéphyrine Quatremer");
    let raw: Vec<u8> = bytes(&path).concat();
    assert!(
        !raw.windows(9).any(|w| w == b"Quatremer"),
        "the name never reaches the disk in clear"
    );
}

#[test]
fn the_recovery_key_is_given_once_and_opens_the_book_where_the_keychain_cannot() {
    let (_data, path) = data();
    let h = app_on(&path, Arc::new(MemoryKeyStore::default()));
    assert_eq!(h.call("unlock_status", json!({})).unwrap()["state"], "open");
    let rk = h.call("recovery_key_take", json!({})).unwrap();
    let rk = rk
        .as_str()
        .expect("a new key comes with its recovery key")
        .to_string();
    assert!(
        rk.contains('-') || rk.contains(' '),
        "printed in groups: {rk}"
    );
    assert_eq!(
        h.call("recovery_key_take", json!({})).unwrap(),
        Value::Null,
        "shown once, then gone from memory"
    );
    person(&h, "Ottilie", "Brandvoll");
    drop(h);

    // A keychain that has never seen this file: the recovery key is the way in.
    let h = app_on(&path, Arc::new(MemoryKeyStore::default()));
    let status = h.call("unlock_status", json!({})).unwrap();
    assert_eq!(status["state"], "key_required");
    assert_eq!(status["reason"], "no_stored_key", "{status}");
    assert_eq!(status["new_book"], false);
    h.ok("unlock", json!({ "secret": rk }));
    assert_eq!(h.ok("person_list", json!({}))["total"], 1);
    assert_eq!(
        h.call("recovery_key_take", json!({})).unwrap(),
        Value::Null,
        "a given key is not a new one"
    );
    drop(h);

    // A keychain holding some other key for this path (the file was replaced): said as such.
    let keys = Arc::new(MemoryKeyStore::default());
    liaison_core::KeyStore::set(&*keys, &path, &[9; 32]).expect("a key stored");
    let h = app_on(&path, keys);
    let status = h.call("unlock_status", json!({})).unwrap();
    assert_eq!(status["state"], "wrong_key", "{status}");
    assert_eq!(status["reason"], "stored_key_refused");
    h.ok("unlock", json!({ "secret": rk }));
    assert_eq!(h.ok("person_list", json!({}))["total"], 1);
}

#[test]
fn unlock_leaves_an_open_book_as_it_is() {
    let h = Harness::new();
    person(&h, "Ada", "Open");
    h.ok("unlock", json!({ "secret": "anything at all" }));
    assert_eq!(
        h.ok("person_list", json!({}))["total"],
        1,
        "the open book is still the one in use"
    );
}

#[test]
fn restoring_a_backup_brings_back_the_earlier_state_after_saving_the_current_one() {
    let h = Harness::new();
    person(&h, "Before", "Backup");
    let taken = h.call("backup_create", json!({})).expect("backup_create");
    assert_eq!(taken["reason"], "manual");
    assert!(taken["bytes"].as_u64().unwrap() > 0, "{taken}");
    person(&h, "After", "Backup");

    let list = h.call("backup_list", json!({})).unwrap();
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|b| b["name"] == taken["name"]),
        "the new backup is listed: {list}"
    );
    let saved = h.ok("backup_restore", json!({ "name": taken["name"] }));
    assert_eq!(saved["reason"], "before-restore");

    let page = h.ok("person_list", json!({}));
    assert_eq!(
        page["total"], 1,
        "the person added after the backup is gone"
    );
    assert_eq!(page["items"][0]["display_name"], "Before Backup");
    let list = h.call("backup_list", json!({})).unwrap();
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|b| b["name"] == saved["name"]),
        "the state before the restore can be restored in turn: {list}"
    );

    let e = h.err("backup_restore", json!({ "name": "no-such-backup.db" }));
    assert_error_body(&e, "not_found");

    let report = h.call("book_check", json!({})).expect("book_check");
    assert_eq!(
        report["ok"], true,
        "a restored book passes the check: {report}"
    );
    assert!(!report["checks"].as_array().unwrap().is_empty());
}
