//! Saving an export where the user chooses, through the system's save dialog, so the webview
//! never needs file-system or dialog permissions of its own.

use crate::error::IpcError;
use liaison_core::safe_file_name;
use liaison_core::FileSaveReq;
use std::path::PathBuf;
use std::sync::Arc;
use tauri::{Runtime, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;

/// Shows the save dialog for `req.file_name`, writes `req.text` there and answers with the
/// path, or with `null` when the user cancels.
#[tauri::command]
pub async fn file_save<R: Runtime>(
    window: WebviewWindow<R>,
    saver: State<'_, FileSaver>,
    req: FileSaveReq,
) -> Result<Option<String>, IpcError> {
    let name = safe_file_name(&req.file_name);
    let saver = saver.inner().clone();
    // The dialog waits for the user and the write touches the disk: neither may hold one of the
    // async runtime's few workers.
    tauri::async_runtime::spawn_blocking(move || {
        let Some(path) = saver.pick(&window, &name)? else {
            return Ok(None);
        };
        std::fs::write(&path, req.text.as_bytes()).map_err(|e| {
            IpcError::io(format!(
                "the file could not be written to {}: {e}",
                path.display()
            ))
        })?;
        Ok(Some(path.display().to_string()))
    })
    .await
    .map_err(|e| IpcError::internal(format!("the operation stopped unexpectedly: {e}")))?
}

/// How the user picks where a file goes. Managed state, so the IPC tests answer the dialog
/// themselves instead of opening one.
#[derive(Clone)]
pub enum FileSaver {
    /// The system's save dialog, over the window that asked.
    System,
    /// Answers for the user: the chosen path, or `None` for "cancelled".
    Chosen(Arc<PickFn>),
}

type PickFn = dyn Fn(&str) -> Option<PathBuf> + Send + Sync;

impl FileSaver {
    pub fn chosen(pick: impl Fn(&str) -> Option<PathBuf> + Send + Sync + 'static) -> Self {
        FileSaver::Chosen(Arc::new(pick))
    }

    pub(crate) fn pick<R: Runtime>(
        &self,
        window: &WebviewWindow<R>,
        name: &str,
    ) -> Result<Option<PathBuf>, IpcError> {
        match self {
            FileSaver::Chosen(pick) => Ok(pick(name)),
            FileSaver::System => {
                // The e2e seam, as `LIAISON_E2E_PICK` for opening: WebDriver cannot drive the
                // native dialog, so the end-to-end tests name a folder and the file lands there
                // under its suggested name. Debug builds only: a release build always asks.
                #[cfg(debug_assertions)]
                if let Some(dir) = std::env::var_os("LIAISON_E2E_SAVE") {
                    return Ok(Some(PathBuf::from(dir).join(name)));
                }
                // Blocking is allowed here: the plugin runs the dialog on the main thread and
                // this (blocking-pool) thread waits for the answer.
                let picked = window
                    .dialog()
                    .file()
                    .set_parent(window)
                    .set_file_name(name)
                    .blocking_save_file();
                match picked {
                    None => Ok(None),
                    Some(p) => p.into_path().map(Some).map_err(|e| {
                        IpcError::io(format!("the chosen place is not a file path: {e}"))
                    }),
                }
            }
        }
    }
}
