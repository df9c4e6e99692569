//! The real system keychain (Secret Service, gnome-keyring under `dbus-run-session` in
//! scripts/test.sh): a key made by `unlock` is stored there, read back, and opens the book.

use crate::support::amelie;
use liaison_core::{unlock, Book, FixedClock, KeySource, KeyStore, KeyringStore};
use std::sync::Arc;

/// Without a D-Bus session there is no Secret Service to talk to; anywhere else the test runs,
/// and scripts/test.sh always starts one.
fn session_bus() -> bool {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty()) {
        return true;
    }
    eprintln!(
        "SKIPPED keychain test: no D-Bus session (DBUS_SESSION_BUS_ADDRESS unset); \
         scripts/test.sh runs it under dbus-run-session with gnome-keyring"
    );
    false
}

#[test]
fn a_key_round_trips_through_the_secret_service_and_opens_the_book() {
    if !session_bus() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("liaison.db");
    let store = KeyringStore;
    assert_eq!(
        store.get(&path),
        Ok(None),
        "a new book has no key in the keychain yet"
    );

    let first = unlock(&path, &store, None).expect(
        "with a D-Bus session the Secret Service (gnome-keyring, unlocked) must store a key",
    );
    assert_eq!(first.source, KeySource::Created);
    let clock = Arc::new(FixedClock::at("2026-11-22T10:00:00Z"));
    let book = Book::open(&path, clock.clone(), &first.key).unwrap();
    book.person_create(amelie()).unwrap();
    drop(book);

    let again = unlock(&path, &store, None).unwrap();
    assert_eq!(
        again.source,
        KeySource::Keychain,
        "the second start reads the keychain"
    );
    assert_eq!(
        again.key, first.key,
        "the keychain gives back the very same 32 bytes"
    );
    let book = Book::open(&path, clock.clone(), &again.key).expect("the stored key opens the book");
    assert_eq!(book.person_count().unwrap(), 1);
    drop(book);

    store.delete(&path).unwrap();
    assert_eq!(store.get(&path), Ok(None), "deleted from the keychain");
    let e = unlock(&path, &store, None).unwrap_err();
    assert_eq!(e.code(), liaison_core::ErrorCode::KeyRequired, "{e}");
    let rk = first
        .recovery_key
        .expect("a created key comes with its recovery key")
        .to_string();
    let by_hand = unlock(&path, &store, Some(&rk)).unwrap();
    let book = Book::open(&path, clock, &by_hand.key).expect("the recovery key opens the book");
    assert_eq!(book.person_count().unwrap(), 1);
}
