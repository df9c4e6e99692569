//! Import commands: a CSV preview for the mapping screen, CSV, vCard and bundle imports as cancellable jobs with progress events, and `import_cancel`.

use super::file_pick::FilePicker;
use super::with_book;
use crate::error::IpcError;
use crate::jobs::{Jobs, IMPORT_PROGRESS};
use crate::state::BookState;
use liaison_core::{
    BundleImportReq, BundleReport, CsvImportReq, CsvPreview, CsvPreviewReq, ImportReport,
    JobCancelReq, VcardImportReq,
};
use std::path::Path;
use tauri::{AppHandle, Runtime, State};

/// Rows the mapping screen shows when the request does not say.
const PREVIEW_ROWS: u32 = 20;

fn read(path: &Path) -> Result<Vec<u8>, IpcError> {
    std::fs::read(path).map_err(|source| {
        liaison_core::Error::Io {
            path: path.display().to_string(),
            source,
        }
        .into()
    })
}

/// What the file holds, how its columns would map, and the first rows with their problems.
#[tauri::command]
pub async fn import_csv_preview(
    state: State<'_, BookState>,
    picker: State<'_, FilePicker>,
    req: CsvPreviewReq,
) -> Result<CsvPreview, IpcError> {
    let path = picker.allowed(&req.path)?;
    let rows = req.rows.unwrap_or(PREVIEW_ROWS) as usize;
    with_book(&state, move |book| book.csv_preview_file(&path, rows)).await
}

/// Imports people from a CSV file, all or nothing; `import-progress` events name `req.job`.
#[tauri::command]
pub async fn import_csv<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, BookState>,
    picker: State<'_, FilePicker>,
    jobs: State<'_, Jobs>,
    req: CsvImportReq,
) -> Result<ImportReport, IpcError> {
    let path = picker.allowed(&req.path)?;
    let state = state.inner().clone();
    jobs.run(app, IMPORT_PROGRESS, req.job, move |progress| {
        let bytes = read(&path)?;
        let book = state.book()?;
        Ok(book.csv_import(&bytes, req.mapping, &req.options, progress)?)
    })
    .await
}

/// Imports the cards of a vCard file (2.1, 3.0 or 4.0) with the same rules as CSV.
#[tauri::command]
pub async fn import_vcard<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, BookState>,
    picker: State<'_, FilePicker>,
    jobs: State<'_, Jobs>,
    req: VcardImportReq,
) -> Result<ImportReport, IpcError> {
    let path = picker.allowed(&req.path)?;
    let state = state.inner().clone();
    jobs.run(app, IMPORT_PROGRESS, req.job, move |progress| {
        let bytes = read(&path)?;
        let book = state.book()?;
        Ok(book.vcard_import(&bytes, &req.options, progress)?)
    })
    .await
}

/// Merges a teammate's bundle; `confirm_required` when it would replace or delete more than
/// half of the book, until the request says `force`.
#[tauri::command]
pub async fn import_bundle<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, BookState>,
    picker: State<'_, FilePicker>,
    jobs: State<'_, Jobs>,
    req: BundleImportReq,
) -> Result<BundleReport, IpcError> {
    let path = picker.allowed(&req.path)?;
    let state = state.inner().clone();
    jobs.run(app, IMPORT_PROGRESS, req.job, move |progress| {
        let bytes = read(&path)?;
        let book = state.book()?;
        Ok(book.bundle_import(&bytes, req.dry_run, req.force, progress)?)
    })
    .await
}

/// Stops an import (or a bundle export) by its job name; it answers `cancelled` with nothing
/// written. True when the job was running; a job not started yet starts cancelled.
#[tauri::command]
pub async fn import_cancel(jobs: State<'_, Jobs>, req: JobCancelReq) -> Result<bool, IpcError> {
    Ok(jobs.cancel(&req.job))
}
