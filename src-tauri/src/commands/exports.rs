//! `export_save`: makes an export (a bundle, CSV lists, vCard, iCalendar, dossiers) and writes it straight to the file the user picks in the save dialog, so large files never cross IPC as text.

use super::files::FileSaver;
use crate::error::IpcError;
use crate::jobs::{Jobs, EXPORT_PROGRESS};
use crate::state::BookState;
use liaison_core::ExportSaveReq;
use tauri::{AppHandle, Runtime, State, WebviewWindow};

/// Makes the export the core names, asks where it goes (suggesting that name), writes it there;
/// answers the path, or `null` when the user cancels the dialog. A bundle is made after the
/// dialog, straight into the file, and reports `export-progress` under `req.job`.
#[tauri::command]
pub async fn export_save<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, BookState>,
    saver: State<'_, FileSaver>,
    jobs: State<'_, Jobs>,
    req: ExportSaveReq,
) -> Result<Option<String>, IpcError> {
    req.spec()?;
    let saver = saver.inner().clone();
    let job = req.job.clone();
    let mut req = req;
    jobs.on_book(app, &state, EXPORT_PROGRESS, job, move |book, progress| {
        // "All N matching": the people the filter matches now, as the bulk actions read it.
        if let Some(filter) = req.person_filter.take() {
            req.person_ids = Some(book.person_ids_matching(&filter)?);
        }
        let export = book.export(&req.spec()?)?;
        let Some(path) = saver.pick(&window, &export.file_name)? else {
            return Ok(None);
        };
        book.export_write(&export, &path, progress)?;
        Ok(Some(path.display().to_string()))
    })
    .await
}
