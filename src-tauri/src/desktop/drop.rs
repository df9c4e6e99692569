//! A file dropped on the window goes to the import screen, exactly as if it had been chosen with the file picker (the imports accept it because it is remembered the same way).

use crate::commands::file_pick::FilePicker;
use serde::Serialize;
use std::path::{Path, PathBuf};
use tauri::{DragDropEvent, Emitter, Manager, Runtime, Window, WindowEvent};

/// Sent to the main window with a `FileDropped`; the UI opens the import screen on it.
pub const FILE_DROPPED: &str = "file-dropped";

/// What was dropped, for the import screen: the file and which import reads it, or why not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileDropped {
    /// The dropped file, accepted by the imports from now on; empty when refused.
    pub path: String,
    /// `csv` (CSV or a workbook, told apart by content), `vcard` or `bundle`; `None` when the
    /// drop is refused (`refused` says why).
    pub kind: Option<&'static str>,
    /// `several` (one file at a time), `folder` or `unknown_type`; `None` when accepted.
    pub refused: Option<&'static str>,
}

/// The import a file's extension calls for, as the file picker's filters offer them. Content
/// is checked by the import itself (a `.csv` that is a zip is refused there, with the reason).
pub fn kind_of(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "csv" | "tsv" | "txt" | "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => Some("csv"),
        "vcf" | "vcard" => Some("vcard"),
        "json" | "liaison" => Some("bundle"),
        _ => None,
    }
}

/// Decides what a drop of `paths` means, and remembers an accepted file as picked.
pub fn accept(picker: &FilePicker, paths: &[PathBuf]) -> FileDropped {
    let refuse = |why| FileDropped {
        path: String::new(),
        kind: None,
        refused: Some(why),
    };
    let [path] = paths else {
        return refuse("several");
    };
    if path.is_dir() {
        return refuse("folder");
    }
    let Some(kind) = kind_of(path) else {
        return refuse("unknown_type");
    };
    picker.remember(path);
    FileDropped {
        path: path.display().to_string(),
        kind: Some(kind),
        refused: None,
    }
}

/// The main window's drop handler (Tauri's own drag-and-drop, on by default in the window
/// config, so the page never receives the file itself).
pub fn on_drop<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event else {
        return;
    };
    if window.label() != super::tray::MAIN || paths.is_empty() {
        return;
    }
    let dropped = accept(&window.state::<FilePicker>(), paths);
    if let Err(e) = window.emit_to(super::tray::MAIN, FILE_DROPPED, &dropped) {
        liaison_core::warn_redacted("a dropped file could not be handed to the window", &e);
    }
}
