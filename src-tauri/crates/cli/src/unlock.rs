//! The key a command opens the book with: `--passphrase-file`, else `LIAISON_PASSPHRASE`, else
//! the system keychain — the same keychain entry the desktop app uses.

use crate::fail::{Failure, Outcome};
use crate::output::note;
use liaison_core::{unlock, DbKey, ErrorCode, KeySource, KeyringStore};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Set once by `main` from `--passphrase-file`, so the many `book::open` calls need no new argument.
static PASSPHRASE_FILE: OnceLock<Option<PathBuf>> = OnceLock::new();

pub fn set_passphrase_file(file: Option<PathBuf>) {
    let _ = PASSPHRASE_FILE.set(file.filter(|p| !p.as_os_str().is_empty()));
}

/// The passphrase or recovery key given for this run, if any. Never echoed anywhere.
pub fn given_secret() -> Outcome<Option<String>> {
    if let Some(file) = PASSPHRASE_FILE.get().and_then(|f| f.as_ref()) {
        let text = std::fs::read_to_string(file).map_err(|e| {
            Failure::new(
                ErrorCode::Io,
                format!("could not read the passphrase file {}: {e}", file.display()),
            )
        })?;
        // Only the line ending an editor adds goes; inner and leading spaces are the passphrase's.
        return Ok(Some(text.trim_end_matches(['\n', '\r']).to_string()));
    }
    Ok(std::env::var("LIAISON_PASSPHRASE")
        .ok()
        .filter(|s| !s.is_empty()))
}

/// Decides the key for the book at `path`; a key just created is announced with its recovery key.
pub fn key_for(path: &Path) -> Outcome<DbKey> {
    let secret = given_secret()?;
    let unlocked = unlock(path, &KeyringStore, secret.as_deref())?;
    if unlocked.source == KeySource::Created {
        if let Some(rk) = &unlocked.recovery_key {
            note(&format!(
                "Liaison encrypts this book ({}); its key is in your system keychain.\n\
                 Recovery key — write it down and keep it safe, it is shown only this once:\n\n    {rk}\n\n\
                 Without the keychain entry, `LIAISON_PASSPHRASE='{rk}'` opens the book.",
                path.display()
            ));
        }
    }
    Ok(unlocked.key)
}
