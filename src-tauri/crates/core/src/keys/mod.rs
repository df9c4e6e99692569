//! The database key: what it is, how a person writes it down, where it is kept, and how a book is
//! unlocked — the same decisions for the app and the CLI.

mod recovery;
mod store;

pub use recovery::RecoveryKey;
pub use store::{KeyStore, KeyStoreError, KeyringStore, MemoryKeyStore};

use crate::error::{Error, Result};

/// The shortest passphrase a new book may be given. A short one falls to a guessing attack on a
/// stolen file however slow the key stretching.
pub const MIN_NEW_PASSPHRASE: usize = 8;
use std::path::Path;

/// The key SQLCipher opens a book with. `Debug` never shows it; nothing writes it in plain text.
#[derive(Clone, PartialEq, Eq)]
pub enum DbKey {
    /// 256 random bits, kept in the OS keychain; used as the cipher key directly (no KDF).
    Raw([u8; 32]),
    /// A person's passphrase, stretched by SQLCipher's PBKDF2; remembered nowhere.
    Passphrase(String),
}

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DbKey::Raw(_) => f.write_str("DbKey::Raw(<redacted>)"),
            DbKey::Passphrase(_) => f.write_str("DbKey::Passphrase(<redacted>)"),
        }
    }
}

impl DbKey {
    /// A fresh random raw key from the operating system's generator.
    pub fn generate() -> Result<DbKey> {
        let mut k = [0u8; 32];
        getrandom::fill(&mut k).map_err(|e| Error::Key(format!("no random numbers: {e}")))?;
        Ok(DbKey::Raw(k))
    }

    /// The value of `PRAGMA key` / `ATTACH … KEY`: `x'…'` tells SQLCipher a raw key follows.
    /// Always bound or quoted by rusqlite, never pasted into SQL text.
    pub(crate) fn sql_value(&self) -> String {
        match self {
            DbKey::Raw(k) => format!("x'{}'", hex(k)),
            DbKey::Passphrase(p) => p.clone(),
        }
    }

    /// The printable form of a raw key, to write down once; a passphrase has none.
    pub fn recovery_key(&self) -> Option<RecoveryKey> {
        match self {
            DbKey::Raw(k) => Some(RecoveryKey::from_raw(k)),
            DbKey::Passphrase(_) => None,
        }
    }

    /// What a person typed or a script passed: a recovery key (the raw key written down) when it
    /// has that shape, otherwise a passphrase. A recovery key with a typo is refused, not taken as
    /// a passphrase that would only fail later with a vaguer "wrong key".
    pub fn from_secret(secret: &str) -> Result<DbKey> {
        let secret = secret.trim_end_matches(['\n', '\r']);
        if secret.trim().is_empty() {
            return Err(Error::invalid("passphrase", "the passphrase is empty"));
        }
        if RecoveryKey::looks_like(secret) {
            return RecoveryKey::parse(secret).map(|r| DbKey::Raw(r.raw()));
        }
        Ok(DbKey::Passphrase(secret.to_string()))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

/// Where the key of an opened book came from; the app shows the recovery key only when `Created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    /// A new key was just made and stored in the keychain.
    Created,
    /// Read from the keychain.
    Keychain,
    /// Given by the person or a script (passphrase or recovery key).
    Given,
}

/// The result of `unlock`: the key to open the book with, and the recovery key to show once.
#[derive(Debug)]
pub struct Unlocked {
    pub key: DbKey,
    pub source: KeySource,
    /// Set only when the key was just created: show it once, it is never shown again.
    pub recovery_key: Option<RecoveryKey>,
}

/// Whether a book file holds an encrypted database (or nothing yet) rather than plain SQLite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileState {
    /// No file, or an empty one: a new book.
    Missing,
    /// A plain SQLite file from a release before encryption: it will be converted.
    Plain,
    /// Anything else: SQLCipher output looks like random bytes.
    Encrypted,
}

const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";

pub fn file_state(path: &Path) -> Result<FileState> {
    use std::io::Read;
    let mut f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileState::Missing),
        Err(source) => return Err(Error::io(path, source)),
    };
    let mut head = [0u8; 16];
    let mut n = 0;
    while n < head.len() {
        match f.read(&mut head[n..]).map_err(|e| Error::io(path, e))? {
            0 => break,
            k => n += k,
        }
    }
    Ok(match n {
        0 => FileState::Missing,
        16 if &head == PLAIN_HEADER => FileState::Plain,
        _ => FileState::Encrypted,
    })
}

/// Decides the key for the book at `path`. In order: a `secret` given by the person or a script;
/// the key the keychain holds for this file; for a new (or plain, about to be converted) book, a
/// new random key stored in the keychain. When the keychain cannot be used, or holds nothing for
/// an existing encrypted book, the answer is `Error::KeyRequired`: ask for a passphrase.
pub fn unlock(path: &Path, store: &dyn KeyStore, secret: Option<&str>) -> Result<Unlocked> {
    if let Some(secret) = secret {
        // A new book's passphrase is chosen here: the app and the CLI refuse a short one alike.
        if file_state(path)? != FileState::Encrypted && secret.chars().count() < MIN_NEW_PASSPHRASE
        {
            return Err(Error::invalid(
                "secret",
                format!("a new passphrase needs at least {MIN_NEW_PASSPHRASE} characters"),
            ));
        }
        return Ok(Unlocked {
            key: DbKey::from_secret(secret)?,
            source: KeySource::Given,
            recovery_key: None,
        });
    }
    let state = file_state(path)?;
    let required = |reason: String| Error::KeyRequired {
        path: path.display().to_string(),
        reason,
    };
    match store.get(path) {
        Ok(Some(raw)) => {
            return Ok(Unlocked {
                key: DbKey::Raw(raw),
                source: KeySource::Keychain,
                recovery_key: None,
            })
        }
        Ok(None) if state == FileState::Encrypted => {
            return Err(required(
                "the system keychain holds no key for it (it was made with a passphrase, or on another computer)".into(),
            ))
        }
        Ok(None) => {}
        Err(e) => return Err(required(format!("the system keychain cannot be used: {e}"))),
    }
    let key = DbKey::generate()?;
    let DbKey::Raw(raw) = &key else {
        unreachable!("generate makes raw keys")
    };
    store
        .set(path, raw)
        .map_err(|e| required(format!("the system keychain cannot store a new key: {e}")))?;
    Ok(Unlocked {
        recovery_key: key.recovery_key(),
        key,
        source: KeySource::Created,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_prints_the_key() {
        let k = DbKey::Passphrase("hunter2-secret".into());
        assert!(
            !format!("{k:?}").contains("hunter2"),
            "a passphrase must not reach logs"
        );
        let r = DbKey::Raw([0xAB; 32]);
        assert!(
            !format!("{r:?}").to_lowercase().contains("abab"),
            "nor a raw key"
        );
    }

    #[test]
    fn a_new_book_gets_a_keychain_key_and_a_recovery_key_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.db");
        let store = MemoryKeyStore::default();
        let first = unlock(&path, &store, None).unwrap();
        assert_eq!(first.source, KeySource::Created);
        let rk = first
            .recovery_key
            .clone()
            .expect("a new raw key comes with a recovery key");
        assert_eq!(DbKey::from_secret(&rk.to_string()).unwrap(), first.key);
        let again = unlock(&path, &store, None).unwrap();
        assert_eq!(again.source, KeySource::Keychain);
        assert_eq!(again.key, first.key, "the stored key is used the next time");
        assert!(
            again.recovery_key.is_none(),
            "the recovery key is shown only once"
        );
    }

    #[test]
    fn no_keychain_means_asking_for_a_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.db");
        let store = MemoryKeyStore::unavailable();
        let e = unlock(&path, &store, None).unwrap_err();
        assert_eq!(e.code(), crate::ErrorCode::KeyRequired);
        let given = unlock(&path, &store, Some("correct horse battery")).unwrap();
        assert_eq!(given.key, DbKey::Passphrase("correct horse battery".into()));
        assert!(store.is_empty(), "a passphrase book remembers nothing");
    }

    #[test]
    fn an_encrypted_book_without_a_stored_key_asks_for_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.db");
        std::fs::write(&path, [7u8; 4096]).unwrap();
        let e = unlock(&path, &MemoryKeyStore::default(), None).unwrap_err();
        assert_eq!(e.code(), crate::ErrorCode::KeyRequired);
    }

    #[test]
    fn a_recovery_key_with_a_typo_is_refused_not_taken_for_a_passphrase() {
        let rk = DbKey::Raw([3; 32]).recovery_key().unwrap().to_string();
        assert_eq!(
            DbKey::from_secret(&format!("{rk}\n")).unwrap(),
            DbKey::Raw([3; 32])
        );
        let first = rk.chars().next().unwrap();
        let typo = format!("{}{}", if first == 'A' { 'B' } else { 'A' }, &rk[1..]);
        let e = DbKey::from_secret(&typo).unwrap_err();
        assert!(e.to_string().contains("typo"), "{e}");
        assert_eq!(
            DbKey::from_secret("  spaces count \n").unwrap(),
            DbKey::Passphrase("  spaces count ".into()),
            "only the line ending is trimmed"
        );
        assert_eq!(
            DbKey::from_secret(" \n").unwrap_err().code(),
            crate::ErrorCode::Validation
        );
    }

    #[test]
    fn a_plain_book_from_an_older_release_gets_a_new_keychain_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        std::fs::write(&path, b"SQLite format 3\0 and the rest of the file").unwrap();
        let store = MemoryKeyStore::default();
        let u = unlock(&path, &store, None).unwrap();
        assert_eq!(
            u.source,
            KeySource::Created,
            "it is about to be encrypted with a new key"
        );
        assert!(!store.is_empty());
    }

    #[test]
    fn file_states_are_told_apart() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x");
        assert_eq!(file_state(&p).unwrap(), FileState::Missing);
        std::fs::write(&p, b"").unwrap();
        assert_eq!(file_state(&p).unwrap(), FileState::Missing);
        std::fs::write(&p, b"SQLite format 3\0rest").unwrap();
        assert_eq!(file_state(&p).unwrap(), FileState::Plain);
        std::fs::write(&p, [1u8; 100]).unwrap();
        assert_eq!(file_state(&p).unwrap(), FileState::Encrypted);
    }
}
