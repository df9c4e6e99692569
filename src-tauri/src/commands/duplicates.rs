//! Duplicate commands: the scan as a cancellable job with progress, "not a duplicate", merge and undo.

use super::with_book;
use crate::error::IpcError;
use crate::jobs::{Jobs, SCAN_PROGRESS};
use crate::state::BookState;
use liaison_core::{
    DuplicateReport, DuplicatesDismissReq, DuplicatesFindReq, MergeReport, MergeUndoReq,
    PersonMergeReq, UnmergeReport,
};
use tauri::{AppHandle, Runtime, State};

/// Candidate duplicates, most certain first; `import_cancel` with the job's name stops it.
#[tauri::command]
pub async fn duplicates_find<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, BookState>,
    jobs: State<'_, Jobs>,
    req: DuplicatesFindReq,
) -> Result<DuplicateReport, IpcError> {
    jobs.on_book(app, &state, SCAN_PROGRESS, req.job, |book, progress| {
        Ok(book.duplicates_find(progress)?)
    })
    .await
}

#[tauri::command]
pub async fn duplicates_dismiss(
    state: State<'_, BookState>,
    req: DuplicatesDismissReq,
) -> Result<(), IpcError> {
    with_book(&state, move |book| book.duplicates_dismiss(&req.a, &req.b)).await
}

#[tauri::command]
pub async fn person_merge(
    state: State<'_, BookState>,
    req: PersonMergeReq,
) -> Result<MergeReport, IpcError> {
    with_book(&state, move |book| {
        book.people_merge(&req.survivor, &req.other, &req.choices)
    })
    .await
}

/// Refused (validation) once the survivor changed after the merge.
#[tauri::command]
pub async fn merge_undo(
    state: State<'_, BookState>,
    req: MergeUndoReq,
) -> Result<UnmergeReport, IpcError> {
    with_book(&state, move |book| book.undo_merge(&req.merge_id)).await
}
