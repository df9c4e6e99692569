//! Where raw database keys are kept between runs: the OS keychain for people, memory for tests.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The keychain service name every Liaison key is filed under.
pub const SERVICE: &str = "Liaison";

/// Why the keychain could not answer; `Unavailable` is the normal "ask for a passphrase" case.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyStoreError {
    #[error("no keychain is available ({0})")]
    Unavailable(String),
    #[error("the keychain failed: {0}")]
    Failed(String),
}

/// A place for one raw key per database file.
pub trait KeyStore: Send + Sync + std::fmt::Debug {
    fn get(&self, db: &Path) -> Result<Option<[u8; 32]>, KeyStoreError>;
    fn set(&self, db: &Path, key: &[u8; 32]) -> Result<(), KeyStoreError>;
    fn delete(&self, db: &Path) -> Result<(), KeyStoreError>;
}

/// The keychain account of a database: its canonical path, so `./x.db` and `/home/me/x.db` are
/// one book. A file not yet created is named by its canonical folder.
pub fn account(db: &Path) -> String {
    let canonical = std::fs::canonicalize(db).unwrap_or_else(|_| {
        let abs = std::path::absolute(db).unwrap_or_else(|_| db.to_path_buf());
        match (abs.parent(), abs.file_name()) {
            (Some(dir), Some(name)) => std::fs::canonicalize(dir)
                .map(|d| d.join(name))
                .unwrap_or(abs.clone()),
            _ => abs,
        }
    });
    format!("database:{}", canonical.display())
}

/// The OS keychain through the `keyring` crate (Secret Service on Linux).
#[derive(Debug, Default, Clone, Copy)]
pub struct KeyringStore;

impl KeyringStore {
    fn entry(db: &Path) -> Result<keyring::Entry, KeyStoreError> {
        keyring::Entry::new(SERVICE, &account(db)).map_err(classify)
    }
}

fn classify(e: keyring::Error) -> KeyStoreError {
    use keyring::Error as K;
    match e {
        K::NoStorageAccess(_) | K::PlatformFailure(_) => KeyStoreError::Unavailable(e.to_string()),
        other => KeyStoreError::Failed(other.to_string()),
    }
}

impl KeyStore for KeyringStore {
    fn get(&self, db: &Path) -> Result<Option<[u8; 32]>, KeyStoreError> {
        match Self::entry(db)?.get_secret() {
            Ok(bytes) => <[u8; 32]>::try_from(bytes.as_slice())
                .map(Some)
                .map_err(|_| {
                    KeyStoreError::Failed(format!(
                        "the keychain entry for {} is not a Liaison key",
                        db.display()
                    ))
                }),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(classify(e)),
        }
    }

    fn set(&self, db: &Path, key: &[u8; 32]) -> Result<(), KeyStoreError> {
        Self::entry(db)?.set_secret(key).map_err(classify)
    }

    fn delete(&self, db: &Path) -> Result<(), KeyStoreError> {
        match Self::entry(db)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(classify(e)),
        }
    }
}

/// Keys in memory, for unit tests; `unavailable()` behaves like a locked or absent keychain.
#[derive(Debug, Default)]
pub struct MemoryKeyStore {
    keys: Mutex<HashMap<PathBuf, [u8; 32]>>,
    unavailable: bool,
}

impl MemoryKeyStore {
    pub fn unavailable() -> Self {
        MemoryKeyStore {
            unavailable: true,
            ..Default::default()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.lock().is_empty()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<PathBuf, [u8; 32]>> {
        self.keys.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn check(&self) -> Result<(), KeyStoreError> {
        if self.unavailable {
            return Err(KeyStoreError::Unavailable("test store is locked".into()));
        }
        Ok(())
    }
}

impl KeyStore for MemoryKeyStore {
    fn get(&self, db: &Path) -> Result<Option<[u8; 32]>, KeyStoreError> {
        self.check()?;
        Ok(self.lock().get(&PathBuf::from(account(db))).copied())
    }

    fn set(&self, db: &Path, key: &[u8; 32]) -> Result<(), KeyStoreError> {
        self.check()?;
        self.lock().insert(PathBuf::from(account(db)), *key);
        Ok(())
    }

    fn delete(&self, db: &Path) -> Result<(), KeyStoreError> {
        self.check()?;
        self.lock().remove(&PathBuf::from(account(db)));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_and_absolute_paths_are_one_account() {
        let dir = tempfile::tempdir().unwrap();
        let abs = dir.path().join("x.db");
        let dotted = dir.path().join(".").join("x.db");
        assert_eq!(account(&abs), account(&dotted));
        std::fs::write(&abs, b"").unwrap();
        assert_eq!(
            account(&abs),
            account(&dotted),
            "before and after the file exists"
        );
    }
}
