//! Choosing a file to import through the system's open dialog, shown from Rust; the imports then accept only a path the user picked, so the webview cannot read other files through them.

use crate::error::IpcError;
use liaison_core::{FileFilter, FilePickReq};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tauri::{Runtime, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;

/// Shows the open dialog with `req.filters`; answers the chosen path, or `null` on cancel.
#[tauri::command]
pub async fn file_pick<R: Runtime>(
    window: WebviewWindow<R>,
    picker: State<'_, FilePicker>,
    req: FilePickReq,
) -> Result<Option<String>, IpcError> {
    let picker = picker.inner().clone();
    // The dialog waits for the user: not on one of the async runtime's few workers.
    tauri::async_runtime::spawn_blocking(move || {
        let picked = picker.ask(&window, &req.filters)?;
        Ok(picked.map(|p| {
            picker.remember(&p);
            p.display().to_string()
        }))
    })
    .await
    .map_err(|e| IpcError::internal(format!("the operation stopped unexpectedly: {e}")))?
}

type AskFn = dyn Fn(&[FileFilter]) -> Option<PathBuf> + Send + Sync;

/// How the user picks a file to import, and the files picked so far. Managed state, so the
/// IPC tests answer the dialog themselves instead of opening one.
#[derive(Clone)]
pub struct FilePicker {
    ask: Option<Arc<AskFn>>,
    picked: Arc<Mutex<HashSet<PathBuf>>>,
}

impl FilePicker {
    /// The system's open dialog, over the window that asked.
    pub fn system() -> Self {
        FilePicker {
            ask: None,
            picked: Arc::default(),
        }
    }

    /// Answers for the user: the chosen path, or `None` for "cancelled".
    pub fn chosen(ask: impl Fn(&[FileFilter]) -> Option<PathBuf> + Send + Sync + 'static) -> Self {
        FilePicker {
            ask: Some(Arc::new(ask)),
            picked: Arc::default(),
        }
    }

    fn ask<R: Runtime>(
        &self,
        window: &WebviewWindow<R>,
        filters: &[FileFilter],
    ) -> Result<Option<PathBuf>, IpcError> {
        if let Some(ask) = &self.ask {
            return Ok(ask(filters));
        }
        // The e2e seam: WebDriver cannot drive the native dialog, so the end-to-end tests name
        // the file here. Debug builds only: a release build always asks the user.
        #[cfg(debug_assertions)]
        if let Some(path) = std::env::var_os("LIAISON_E2E_PICK") {
            return Ok(Some(PathBuf::from(path)));
        }
        let mut dialog = window.dialog().file().set_parent(window);
        for f in filters {
            let ext: Vec<&str> = f.extensions.iter().map(String::as_str).collect();
            dialog = dialog.add_filter(&f.name, &ext);
        }
        // Blocking is allowed here: the plugin runs the dialog on the main thread and this
        // (blocking-pool) thread waits for the answer.
        match dialog.blocking_pick_file() {
            None => Ok(None),
            Some(p) => p
                .into_path()
                .map(Some)
                .map_err(|e| IpcError::io(format!("the chosen file is not a file path: {e}"))),
        }
    }

    pub(crate) fn remember(&self, path: &Path) {
        let mut picked = self.picked.lock().unwrap_or_else(|p| p.into_inner());
        picked.insert(path.to_path_buf());
    }

    /// `path` if the user picked it in this session; otherwise a `validation` error on `path`.
    pub fn allowed(&self, path: &str) -> Result<PathBuf, IpcError> {
        let path = PathBuf::from(path);
        let picked = self.picked.lock().unwrap_or_else(|p| p.into_inner());
        if picked.contains(&path) {
            Ok(path)
        } else {
            Err(IpcError::invalid(
                "path",
                "choose the file with file_pick first: only files the user picked can be imported",
            ))
        }
    }
}
