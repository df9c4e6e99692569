//! Unlocking the book (which question the Unlock screen asks) and restoring a backup.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The shortest new passphrase: the rule is the key room's, told to the Unlock screen here.
pub use crate::keys::MIN_NEW_PASSPHRASE;

/// Whether the book is open, or which key question the Unlock screen must ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LockState {
    Open,
    /// No key to try: the person types the passphrase or recovery key.
    KeyRequired,
    /// The key the keychain held does not open the file.
    WrongKey,
}

/// Why a key is asked for, in terms the UI can put into plain words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum KeyReason {
    /// The system keychain cannot be reached (no Secret Service, a locked keyring).
    NoKeychain,
    /// The keychain works but holds no key for this file (a passphrase book, another computer).
    NoStoredKey,
    /// The keychain's key for this file does not open it (the file was replaced or restored).
    StoredKeyRefused,
}

/// What `unlock_status` answers: enough for the Unlock screen to ask the right question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UnlockStatus {
    pub state: LockState,
    /// No encrypted book in the file yet (missing, or plain from an older release): the person
    /// *chooses* a passphrase, typed twice, instead of entering the one it has.
    pub new_book: bool,
    /// Set unless `state` is `open`.
    pub reason: Option<KeyReason>,
    /// The core's own words (English, names the file), for a bug report; empty when open.
    pub message: String,
    /// The shortest new passphrase the core accepts, for the screen's hint: the rule stays here.
    pub min_new_passphrase: u32,
}

/// A passphrase or recovery key the person typed. `Debug` never shows it.
#[derive(Clone, Default, Serialize, Deserialize, TS)]
pub struct UnlockReq {
    pub secret: String,
}
impl std::fmt::Debug for UnlockReq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("UnlockReq { secret: <redacted> }")
    }
}

/// Shows the recovery key again: with no secret, after the system keychain's check; with one,
/// after proving that the recovery key or passphrase typed opens the book. `Debug` never shows it.
#[derive(Clone, Default, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct RecoveryKeyShowReq {
    pub secret: Option<String>,
}
impl std::fmt::Debug for RecoveryKeyShowReq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKeyShowReq { secret: <redacted> }")
    }
}

/// Changes the passphrase of a book opened with one: `current` proves the person may.
/// `Debug` never shows either.
#[derive(Clone, Default, Serialize, Deserialize, TS)]
pub struct PassphraseChangeReq {
    pub current: String,
    pub new: String,
}
impl std::fmt::Debug for PassphraseChangeReq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PassphraseChangeReq { current: <redacted>, new: <redacted> }")
    }
}

/// Restores the backup `name` (as listed by `backup_list`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct BackupRestoreReq {
    pub name: String,
}
