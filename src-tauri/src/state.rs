//! The book the window works on, opened at start-up. A book that cannot be opened (a file from
//! a newer Liaison, a folder it may not write, a lock held by the CLI) is kept as its error
//! instead of crashing, so the window still opens and every command reports why; the next
//! command tries again, so the UI's "Try again" works once the cause is fixed.

use crate::error::IpcError;
use liaison_core::{
    file_state, resolve_db_path, unlock, warn_redacted, Book, ErrorCode, FileState, KeyReason,
    KeyStore, KeyringStore, LockState, RecoveryKey, SystemClock, UnlockStatus, MIN_NEW_PASSPHRASE,
};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Managed by Tauri. Cheap to clone, so a command can carry it onto a blocking thread.
#[derive(Debug, Clone)]
pub struct BookState(Arc<Slot>);

#[derive(Debug)]
struct Slot {
    explicit: Option<PathBuf>,
    keys: Arc<dyn KeyStore>,
    book: Mutex<Result<Arc<Book>, IpcError>>,
    /// The recovery key of a key created at this start, until the UI has shown it once.
    recovery: Mutex<Option<RecoveryKey>>,
}

impl BookState {
    /// Opens the book at `explicit`, else at `LIAISON_DB`, else in the user's data folder, with
    /// its key from the system keychain.
    pub fn open(explicit: Option<PathBuf>) -> Self {
        BookState::open_with_keys(explicit, Arc::new(KeyringStore))
    }

    /// As `open`, with keys kept in `keys` (tests pass an in-memory store).
    pub fn open_with_keys(explicit: Option<PathBuf>, keys: Arc<dyn KeyStore>) -> Self {
        let state = BookState::with_slot(explicit, keys);
        let slot = &*state.0;
        let opened = open_book(slot.explicit.clone(), &*slot.keys, None, &slot.recovery);
        *slot.book.lock().unwrap_or_else(|p| p.into_inner()) = opened;
        state
    }

    /// A state whose book opens on first use (`book()`): the app's second launch must hand over
    /// to the first before it unlocks, migrates or backs up anything.
    pub fn unopened(explicit: Option<PathBuf>) -> Self {
        BookState::with_slot(explicit, Arc::new(KeyringStore))
    }

    fn with_slot(explicit: Option<PathBuf>, keys: Arc<dyn KeyStore>) -> Self {
        BookState(Arc::new(Slot {
            explicit,
            keys,
            book: Mutex::new(Err(IpcError::internal("the book is not open yet"))),
            recovery: Mutex::new(None),
        }))
    }

    /// Where the book is (or would be): the single-instance lock is per book.
    pub fn path(&self) -> Result<PathBuf, IpcError> {
        Ok(resolve_db_path(self.0.explicit.clone())?)
    }

    /// Opens the book with a passphrase or recovery key the person typed, after the book
    /// answered `key_required` or `wrong_key`. An open book is left as it is (a second open
    /// would be a second writer), and a book that fails for another reason (a newer schema, a
    /// lock) keeps that error: a typed secret cannot fix it, and must not be tried on the file.
    pub fn unlock_with(&self, secret: &str) -> Result<Arc<Book>, IpcError> {
        let mut slot = self.0.book.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_err() {
            *slot = open_book(
                self.0.explicit.clone(),
                &*self.0.keys,
                None,
                &self.0.recovery,
            );
        }
        match &*slot {
            Ok(book) => return Ok(Arc::clone(book)),
            Err(e) if !needs_key(e) => return Err(e.clone()),
            Err(_) => {}
        }
        let opened = open_book(
            self.0.explicit.clone(),
            &*self.0.keys,
            Some(secret),
            &self.0.recovery,
        );
        // A refused secret (too short for a new book) leaves the question as it was asked.
        if let Err(e) = &opened {
            if e.code() == ErrorCode::Validation {
                return Err(e.clone());
            }
        }
        *slot = opened;
        slot.clone()
    }

    /// Whether the book is open or which key question to ask; any other failure is the error.
    pub fn unlock_status(&self) -> Result<UnlockStatus, IpcError> {
        let e = match self.book() {
            Ok(_) => {
                return Ok(UnlockStatus {
                    state: LockState::Open,
                    new_book: false,
                    reason: None,
                    message: String::new(),
                    min_new_passphrase: MIN_NEW_PASSPHRASE as u32,
                })
            }
            Err(e) if needs_key(&e) => e,
            Err(e) => return Err(e),
        };
        let path = resolve_db_path(self.0.explicit.clone())?;
        let (state, reason) = if e.code() == ErrorCode::WrongKey {
            (LockState::WrongKey, KeyReason::StoredKeyRefused)
        } else if self.0.keys.get(&path).is_err() {
            (LockState::KeyRequired, KeyReason::NoKeychain)
        } else {
            (LockState::KeyRequired, KeyReason::NoStoredKey)
        };
        Ok(UnlockStatus {
            state,
            new_book: file_state(&path)? != FileState::Encrypted,
            reason: Some(reason),
            message: e.0.message,
            min_new_passphrase: MIN_NEW_PASSPHRASE as u32,
        })
    }

    /// The recovery key of a key created at this start, once: the UI shows it and it is gone.
    pub fn take_recovery_key(&self) -> Option<RecoveryKey> {
        self.0
            .recovery
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
    }

    /// The open book's recovery key again, after the check `Book::recovery_key_again` makes
    /// with this state's keychain.
    pub fn recovery_key_again(&self, secret: Option<&str>) -> Result<String, IpcError> {
        let book = self.book()?;
        Ok(book.recovery_key_again(&*self.0.keys, secret)?.to_string())
    }

    /// The open book, or why it cannot be opened. Blocks (it may retry the open, which can
    /// wait on a lock): call it from a blocking thread, never on the async runtime.
    pub fn book(&self) -> Result<Arc<Book>, IpcError> {
        // A poisoned lock only means a retry panicked; the slot still holds a whole value.
        let mut slot = self.0.book.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_err() {
            *slot = open_book(
                self.0.explicit.clone(),
                &*self.0.keys,
                None,
                &self.0.recovery,
            );
        }
        slot.clone()
    }

    /// The book if it is open, without retrying a failed open: for background work, which
    /// should not wait on a lock or log the same failure every half minute.
    pub fn book_if_open(&self) -> Option<Arc<Book>> {
        let slot = self.0.book.lock().unwrap_or_else(|p| p.into_inner());
        slot.as_ref().ok().cloned()
    }
}

/// A failure a passphrase or recovery key can fix.
fn needs_key(e: &IpcError) -> bool {
    matches!(e.code(), ErrorCode::KeyRequired | ErrorCode::WrongKey)
}

fn open_book(
    explicit: Option<PathBuf>,
    store: &dyn KeyStore,
    secret: Option<&str>,
    recovery: &Mutex<Option<RecoveryKey>>,
) -> Result<Arc<Book>, IpcError> {
    let path = resolve_db_path(explicit)?;
    let unlocked = unlock(&path, store, secret).inspect_err(|e| {
        warn_redacted(&format!("cannot unlock \"{}\"", path.display()), e);
    })?;
    crate::startmarks::mark("book-key");
    match Book::open(&path, Arc::new(SystemClock), &unlocked.key) {
        Ok(book) => {
            // First start: follow-ups are due in the computer's zone until the user picks one.
            // Not fatal: the book stays usable in UTC, and the next start tries again.
            if let Err(e) = book.init_time_zone_from_system() {
                warn_redacted("the time zone stays UTC for now", &e);
            }
            if let Some(rk) = unlocked.recovery_key {
                *recovery.lock().unwrap_or_else(|p| p.into_inner()) = Some(rk);
            }
            Ok(Arc::new(book))
        }
        Err(e) => {
            // The UI shows the message; the log also names the file, for a bug report.
            warn_redacted(&format!("cannot open \"{}\"", path.display()), &e);
            Err(e.into())
        }
    }
}
