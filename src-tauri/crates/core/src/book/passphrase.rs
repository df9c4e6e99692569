//! Changing the passphrase of a book opened with one: the current passphrase proves the person
//! may, and the file is re-encrypted crash-safely (see `store::rekey`).

use super::Book;
use crate::error::{Error, Result};
use crate::keys::{DbKey, MIN_NEW_PASSPHRASE};
pub use crate::store::rekey::RekeyStep;

impl Book {
    /// Re-encrypts the book under `new`, once `current` is shown to be its passphrase. A book
    /// whose key is in the system keychain has no passphrase to change. Backups taken before
    /// keep the passphrase they were made with.
    pub fn passphrase_change(&self, current: &str, new: &str) -> Result<()> {
        self.passphrase_change_with(current, new, &|_| Ok(()))
    }

    /// As `passphrase_change`, calling `hook` after each step (the crash tests stop there).
    #[doc(hidden)]
    pub fn passphrase_change_with(
        &self,
        current: &str,
        new: &str,
        hook: &dyn Fn(RekeyStep) -> Result<()>,
    ) -> Result<()> {
        let DbKey::Passphrase(held) = self.db.key() else {
            return Err(Error::invalid(
                "key",
                "this book's key is kept in the system keychain: it has no passphrase to change",
            ));
        };
        if current.trim_end_matches(['\n', '\r']) != held {
            return Err(Error::invalid(
                "current",
                "this is not the book's current passphrase",
            ));
        }
        let new = new.trim_end_matches(['\n', '\r']);
        if new.chars().count() < MIN_NEW_PASSPHRASE {
            return Err(Error::invalid(
                "new",
                format!("a new passphrase needs at least {MIN_NEW_PASSPHRASE} characters"),
            ));
        }
        let key = DbKey::from_secret(new)?;
        if !matches!(key, DbKey::Passphrase(_)) {
            return Err(Error::invalid(
                "new",
                "this has the shape of a recovery key: choose words you can remember",
            ));
        }
        if new == held {
            return Err(Error::invalid(
                "new",
                "the new passphrase is the current one",
            ));
        }
        self.db.rekey_with(&key, hook)
    }
}
