//! Bulk commands: one change to the people picked in the table (or all matching its filter) in one transaction, and its undo from the toast.

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::{BulkOutcome, PersonBulkReq, UndoOutcome, UndoReq};
use tauri::State;

/// All or nothing; `dry_run` only counts. The outcome's `undo_id` is what `bulk_undo` takes.
#[tauri::command]
pub async fn person_bulk(
    state: State<'_, BookState>,
    req: PersonBulkReq,
) -> Result<BulkOutcome, IpcError> {
    with_book(&state, move |book| book.bulk_apply(&req)).await
}

/// Undoes bulk change `id`, or the latest; a field changed again since keeps its newer value.
#[tauri::command]
pub async fn bulk_undo(state: State<'_, BookState>, req: UndoReq) -> Result<UndoOutcome, IpcError> {
    with_book(&state, move |book| book.undo(req.id.as_deref())).await
}
