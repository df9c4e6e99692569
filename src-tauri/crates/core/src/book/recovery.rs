//! Showing the recovery key again, once the person has shown they may see it: the key the
//! keychain holds (the system may ask for the session's password), or the secret they type.

use super::Book;
use crate::error::{Error, Result};
use crate::keys::{DbKey, KeyStore, RecoveryKey};
use crate::store::open_keyed;
use rusqlite::OpenFlags;

impl Book {
    /// This book's recovery key, printable, after a check that the key it comes from opens
    /// this very file: the keychain's key when `secret` is `None`, else what the person typed
    /// (a recovery key written down earlier, or the passphrase). A book made with a
    /// passphrase has no recovery key: its passphrase is its key, and it is said so.
    pub fn recovery_key_again(
        &self,
        store: &dyn KeyStore,
        secret: Option<&str>,
    ) -> Result<RecoveryKey> {
        let path = self.path();
        let key = match secret.filter(|s| !s.trim().is_empty()) {
            Some(s) => DbKey::from_secret(s)?,
            None => match store.get(path) {
                Ok(Some(raw)) => DbKey::Raw(raw),
                Ok(None) => {
                    return Err(Error::KeyRequired {
                        path: path.display().to_string(),
                        reason: "the system keychain holds no key for it: type its recovery key or passphrase".into(),
                    })
                }
                Err(e) => {
                    return Err(Error::KeyRequired {
                        path: path.display().to_string(),
                        reason: format!("the system keychain cannot be used: {e}"),
                    })
                }
            },
        };
        // Proven on a read-only connection of its own: a wrong key answers `wrong_key` and
        // the open book is not touched.
        drop(open_keyed(path, &key, OpenFlags::SQLITE_OPEN_READ_ONLY)?);
        key.recovery_key().ok_or_else(|| {
            Error::invalid(
                "secret",
                "this book is opened with a passphrase: it has no recovery key, the passphrase is its key",
            )
        })
    }
}
