//! The key and the safety net: unlocking a book the keychain cannot open, showing a new
//! recovery key once, backups and the integrity check.

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::{
    BackupInfo, BackupRestoreReq, CheckReport, PassphraseChangeReq, RecoveryKeyShowReq, UnlockReq,
    UnlockStatus,
};
use tauri::State;

/// Runs `f` with the book state on a blocking thread: unlocking stretches a passphrase
/// (PBKDF2, a good fraction of a second) and may wait on the keychain or a lock.
async fn blocking<T, F>(state: &BookState, f: F) -> Result<T, IpcError>
where
    T: Send + 'static,
    F: FnOnce(&BookState) -> Result<T, IpcError> + Send + 'static,
{
    let state = state.clone();
    tauri::async_runtime::spawn_blocking(move || f(&state))
        .await
        .map_err(|e| IpcError::internal(format!("the operation stopped unexpectedly: {e}")))?
}

/// Open, or which key to ask for and why; a failure no key can fix is the error itself.
#[tauri::command]
pub async fn unlock_status(state: State<'_, BookState>) -> Result<UnlockStatus, IpcError> {
    blocking(&state, |s| s.unlock_status()).await
}

/// Opens the book with the passphrase or recovery key the person typed. A wrong one is
/// `wrong_key` and leaves the file as it was; a new book's passphrase needs a minimum length.
#[tauri::command]
pub async fn unlock(state: State<'_, BookState>, req: UnlockReq) -> Result<(), IpcError> {
    blocking(&state, move |s| s.unlock_with(&req.secret).map(|_| ())).await
}

/// The recovery key of a key made at this start, printable, once: `null` ever after. Through
/// the book, so a book that failed to open says why instead of answering "no key".
#[tauri::command]
pub async fn recovery_key_take(state: State<'_, BookState>) -> Result<Option<String>, IpcError> {
    let state2 = state.inner().clone();
    with_book(&state, move |_| {
        Ok(state2.take_recovery_key().map(|k| k.to_string()))
    })
    .await
}

/// The recovery key again, printable, after the keychain's check (no secret) or once the
/// recovery key or passphrase typed is proven to open the book; `key_required` asks for one.
#[tauri::command]
pub async fn recovery_key_show(
    state: State<'_, BookState>,
    req: RecoveryKeyShowReq,
) -> Result<String, IpcError> {
    blocking(&state, move |s| s.recovery_key_again(req.secret.as_deref())).await
}

/// Re-encrypts the open book under a new passphrase once the current one is proven; the book
/// stays open (it is copied and renamed crash-safely, see `liaison_core::Book::passphrase_change`).
#[tauri::command]
pub async fn passphrase_change(
    state: State<'_, BookState>,
    req: PassphraseChangeReq,
) -> Result<(), IpcError> {
    with_book(&state, move |book| {
        book.passphrase_change(&req.current, &req.new)
    })
    .await
}

/// This book's backups, newest first.
#[tauri::command]
pub async fn backup_list(state: State<'_, BookState>) -> Result<Vec<BackupInfo>, IpcError> {
    with_book(&state, |book| book.backup_list()).await
}

/// A backup taken now, on the person's request.
#[tauri::command]
pub async fn backup_create(state: State<'_, BookState>) -> Result<BackupInfo, IpcError> {
    with_book(&state, |book| book.backup_create("manual")).await
}

/// Puts the backup `name` back; answers the backup of the state it replaced, so it can be undone.
#[tauri::command]
pub async fn backup_restore(
    state: State<'_, BookState>,
    req: BackupRestoreReq,
) -> Result<BackupInfo, IpcError> {
    with_book(&state, move |book| book.backup_restore(&req.name)).await
}

/// SQLite's structure check and Liaison's own invariants: the quick check, which answers in
/// seconds on a big book; the full one (every index entry) is `liaison check --full`.
#[tauri::command]
pub async fn book_check(state: State<'_, BookState>) -> Result<CheckReport, IpcError> {
    with_book(&state, |book| {
        book.book_check(
            liaison_core::CheckDepth::Quick,
            &liaison_core::Progress::new(),
        )
    })
    .await
}
