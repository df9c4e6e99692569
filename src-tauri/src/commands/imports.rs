//! Import commands: a CSV or workbook preview for the mapping screen, CSV (and workbook), vCard and bundle imports as cancellable jobs with progress events, and `import_cancel`.

use super::file_pick::FilePicker;
use super::with_book;
use crate::error::IpcError;
use crate::jobs::{Jobs, IMPORT_PROGRESS};
use crate::state::BookState;
use liaison_core::Book;
use liaison_core::BundleReport;
use liaison_core::CsvPreview;
use liaison_core::Progress;
use liaison_core::{
    BundleImportReq, CsvImportReq, CsvMappingCheckReq, CsvPreviewReq, JobCancelReq, MappingCheck,
    VcardImportReq,
};
use liaison_core::{ImportOptions, ImportReport, ImportSource};
use std::path::Path;
use tauri::{AppHandle, Manager, Runtime, State};

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
    let sheet = req.sheet;
    with_book(&state, move |book| {
        book.csv_preview_file(&path, sheet.as_deref(), rows)
    })
    .await
}

/// The core's rule for a mapping (a name column, one column per single-valued field), asked as
/// the person picks fields; the import checks the same rule again.
#[tauri::command]
pub fn csv_mapping_check(req: CsvMappingCheckReq) -> MappingCheck {
    liaison_core::check_mapping(&req.mapping)
}

/// Reads the picked file and imports it with `import` as a job that reports `import-progress`
/// under `job`: the scaffolding every import shares. The book, the picked paths and the jobs
/// are the app's managed state.
async fn import_job<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    (path, job): (String, Option<String>),
    import: impl FnOnce(&Book, &[u8], &Progress) -> liaison_core::Result<T> + Send + 'static,
) -> Result<T, IpcError> {
    let path = app.state::<FilePicker>().allowed(&path)?;
    let (state, jobs) = (app.state::<BookState>(), app.state::<Jobs>());
    let (state, jobs) = (state.inner().clone(), jobs.inner().clone());
    jobs.on_book(app, &state, IMPORT_PROGRESS, job, move |book, progress| {
        let bytes = read(&path)?;
        Ok(import(book, &bytes, progress)?)
    })
    .await
}

/// The options with the picked file's name, recorded with each person the import creates or
/// changes (the format is the import entry's).
fn named(mut options: ImportOptions, path: &str) -> ImportOptions {
    options.source = ImportSource::file(Path::new(path), options.source.format);
    options
}

/// Imports people from a CSV file or a workbook's sheet, all or nothing; `import-progress`
/// events name `req.job`.
#[tauri::command]
pub async fn import_csv<R: Runtime>(
    app: AppHandle<R>,
    req: CsvImportReq,
) -> Result<ImportReport, IpcError> {
    let (mapping, sheet) = (req.mapping, req.sheet);
    let options = named(req.options, &req.path);
    import_job(app, (req.path, req.job), move |book, bytes, p| {
        book.csv_import_sheet(bytes, sheet.as_deref(), mapping, &options, p)
    })
    .await
}

/// Imports the cards of a vCard file (2.1, 3.0 or 4.0) with the same rules as CSV.
#[tauri::command]
pub async fn import_vcard<R: Runtime>(
    app: AppHandle<R>,
    req: VcardImportReq,
) -> Result<ImportReport, IpcError> {
    let options = named(req.options, &req.path);
    import_job(app, (req.path, req.job), move |b, bytes, p| {
        b.vcard_import(bytes, &options, p)
    })
    .await
}

/// Merges a teammate's bundle; `confirm_required` when it would replace or delete more than
/// half of the book, until the request says `force`.
#[tauri::command]
pub async fn import_bundle<R: Runtime>(
    app: AppHandle<R>,
    req: BundleImportReq,
) -> Result<BundleReport, IpcError> {
    let (dry_run, force) = (req.dry_run, req.force);
    // Streamed from the file, unlike the other imports: a whole book's bundle is large.
    let path = app.state::<FilePicker>().allowed(&req.path)?;
    let (state, jobs) = (app.state::<BookState>(), app.state::<Jobs>());
    let (state, jobs) = (state.inner().clone(), jobs.inner().clone());
    jobs.on_book(
        app,
        &state,
        IMPORT_PROGRESS,
        req.job,
        move |book, progress| Ok(book.bundle_import_file(&path, dry_run, force, progress)?),
    )
    .await
}

/// Stops an import (or a bundle export) by its job name; it answers `cancelled` with nothing
/// written. True when the job was running; a job not started yet starts cancelled.
#[tauri::command]
pub async fn import_cancel(jobs: State<'_, Jobs>, req: JobCancelReq) -> Result<bool, IpcError> {
    Ok(jobs.cancel(&req.job))
}
