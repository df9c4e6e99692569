//! The book the window works on, opened once at start-up. A book that cannot be opened (a file
//! from a newer Liaison, an unreadable folder) is kept as its error instead of crashing, so the
//! window still opens and every command reports why, for the UI to show a clear screen.

use crate::error::IpcError;
use liaison_core::store::resolve_db_path;
use liaison_core::{Book, SystemClock};
use std::path::PathBuf;
use std::sync::Arc;

/// Managed by Tauri; commands take it as `State<'_, BookState>`.
#[derive(Debug)]
pub struct BookState(Result<Arc<Book>, IpcError>);

impl BookState {
    /// Opens the book at `explicit`, else at `LIAISON_DB`, else in the user's data folder.
    pub fn open(explicit: Option<PathBuf>) -> Self {
        let opened = resolve_db_path(explicit).and_then(|path| {
            Book::open(&path, Arc::new(SystemClock)).map_err(|e| {
                // The UI shows the message; the log also says which file, for a bug report.
                eprintln!("liaison: cannot open {}: {e}", path.display());
                e
            })
        });
        BookState(opened.map(Arc::new).map_err(IpcError::from))
    }

    /// The open book, or the reason it could not be opened (the same error on every call).
    pub fn book(&self) -> Result<Arc<Book>, IpcError> {
        self.0.clone()
    }
}

impl From<Book> for BookState {
    fn from(book: Book) -> Self {
        BookState(Ok(Arc::new(book)))
    }
}
