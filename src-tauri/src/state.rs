//! The book the window works on, opened at start-up. A book that cannot be opened (a file from
//! a newer Liaison, a folder it may not write, a lock held by the CLI) is kept as its error
//! instead of crashing, so the window still opens and every command reports why; the next
//! command tries again, so the UI's "Try again" works once the cause is fixed.

use crate::error::IpcError;
use liaison_core::store::resolve_db_path;
use liaison_core::{Book, SystemClock};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Managed by Tauri. Cheap to clone, so a command can carry it onto a blocking thread.
#[derive(Debug, Clone)]
pub struct BookState(Arc<Slot>);

#[derive(Debug)]
struct Slot {
    explicit: Option<PathBuf>,
    book: Mutex<Result<Arc<Book>, IpcError>>,
}

impl BookState {
    /// Opens the book at `explicit`, else at `LIAISON_DB`, else in the user's data folder.
    pub fn open(explicit: Option<PathBuf>) -> Self {
        let book = Mutex::new(open_book(explicit.clone()));
        BookState(Arc::new(Slot { explicit, book }))
    }

    /// The open book, or why it cannot be opened. Blocks (it may retry the open, which can
    /// wait on a lock): call it from a blocking thread, never on the async runtime.
    pub fn book(&self) -> Result<Arc<Book>, IpcError> {
        // A poisoned lock only means a retry panicked; the slot still holds a whole value.
        let mut slot = self.0.book.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_err() {
            *slot = open_book(self.0.explicit.clone());
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

fn open_book(explicit: Option<PathBuf>) -> Result<Arc<Book>, IpcError> {
    let path = resolve_db_path(explicit)?;
    match Book::open(&path, Arc::new(SystemClock)) {
        Ok(book) => {
            // First start: follow-ups are due in the computer's zone until the user picks one.
            // Not fatal: the book stays usable in UTC, and the next start tries again.
            if let Err(e) = book.init_time_zone_from_system() {
                eprintln!("liaison: the time zone stays UTC for now: {e}");
            }
            Ok(Arc::new(book))
        }
        Err(e) => {
            // The UI shows the message; the log also names the file, for a bug report.
            eprintln!("liaison: cannot open {}: {e}", path.display());
            Err(e.into())
        }
    }
}
