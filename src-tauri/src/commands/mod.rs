//! The IPC surface: one `#[tauri::command]` per action, named `<noun>_<verb>`, taking one `req`.

pub mod affiliations;
pub mod app;
pub mod bulk;
pub mod desktop;
pub mod duplicates;
pub mod events;
pub mod exports;
pub mod file_pick;
pub mod files;
pub mod followups;
pub mod imports;
pub mod lists;
pub mod network;
pub mod people;
pub mod person_extras;
pub mod safety;
pub mod settings;
pub mod smart_lists;
pub mod team;
pub mod timeline;

use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::Book;

/// Runs `f` on the book on a blocking thread: SQLite calls block (a write, or re-opening a book
/// that failed to open, may wait up to the busy timeout for the CLI), and the async runtime's
/// few workers must stay free for IPC.
async fn with_book<T, F>(state: &BookState, f: F) -> Result<T, IpcError>
where
    T: Send + 'static,
    F: FnOnce(&Book) -> liaison_core::Result<T> + Send + 'static,
{
    let state = state.clone();
    tauri::async_runtime::spawn_blocking(move || -> Result<T, IpcError> {
        let book = state.book()?;
        Ok(f(&book)?)
    })
    .await
    .map_err(|e| IpcError::internal(format!("the operation stopped unexpectedly: {e}")))?
}
