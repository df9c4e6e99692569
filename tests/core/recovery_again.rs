//! The recovery key shown again: after the keychain's key or a typed secret is proven to open the book, never for a wrong one.

use crate::support::{book, key};
use liaison_core::{Book, DbKey, ErrorCode, FixedClock, KeyStore, MemoryKeyStore, RecoveryKey};
use std::sync::Arc;

#[test]
fn the_keychain_key_gives_the_recovery_key_again() {
    let tb = book();
    let keys = MemoryKeyStore::default();
    let err = tb.book.recovery_key_again(&keys, None).unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::KeyRequired,
        "an empty keychain asks for the recovery key or passphrase"
    );
    keys.set(tb.book.path(), &[0x5A; 32]).unwrap();
    let shown = tb.book.recovery_key_again(&keys, None).unwrap();
    assert_eq!(
        shown,
        key().recovery_key().unwrap(),
        "the key the book opens with, written down"
    );
    let typed = tb
        .book
        .recovery_key_again(&MemoryKeyStore::unavailable(), Some(&shown.to_string()))
        .unwrap();
    assert_eq!(
        typed, shown,
        "a typed recovery key that opens the book is shown back"
    );

    keys.set(tb.book.path(), &[0x11; 32]).unwrap();
    let err = tb.book.recovery_key_again(&keys, None).unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::WrongKey,
        "a keychain key that does not open this file shows nothing"
    );
    let other = RecoveryKey::from_raw(&[0x22; 32]).to_string();
    let err = tb.book.recovery_key_again(&keys, Some(&other)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::WrongKey);
    assert_eq!(
        tb.book.person_count().unwrap(),
        0,
        "the open book still works after the checks"
    );
}

#[test]
fn a_passphrase_book_has_no_recovery_key_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("liaison.db");
    let pass = DbKey::Passphrase("correct horse battery".into());
    let b = Book::open(
        &path,
        Arc::new(FixedClock::at("2026-11-22T10:00:00Z")),
        &pass,
    )
    .unwrap();
    let keys = MemoryKeyStore::unavailable();
    let err = b
        .recovery_key_again(&keys, Some("correct horse battery"))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert!(
        err.to_string().contains("passphrase is its key"),
        "said in words: {err}"
    );
    let err = b
        .recovery_key_again(&keys, Some("wrong horse battery"))
        .unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::WrongKey,
        "a wrong passphrase is refused"
    );
}
