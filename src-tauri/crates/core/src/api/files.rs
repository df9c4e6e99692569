//! Files in and out: the imports' requests, and the exported text the UI saves.

use crate::interchange::{ColumnMap, ImportOptions};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

// Files are read and written by the shell or the CLI at `path`; the core works on bytes. Long
// imports and exports report through a `Progress` the shell polls (`ProgressSnapshot`) and cancels.

/// What to export about an event: its attendees as CSV, or its meetups as iCalendar.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct EventExportReq {
    pub id: String,
    /// The attendee CSV: separate with `;` (French Excel; the UI sends its language's choice).
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub semicolon: bool,
}

/// A file's text, for the UI to save where the user chooses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExportedText {
    /// A suggested file name, e.g. `vivatech-2027-attendees.csv`.
    pub file_name: String,
    pub mime: String,
    pub text: String,
}

/// Saves text the core produced (an export) where the user picks, through the system's save dialog.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FileSaveReq {
    /// Suggested name, e.g. `vivatech-2027-attendees.csv`.
    pub file_name: String,
    pub text: String,
}

/// The mapping screen: what the file holds, the guessed (or remembered) mapping, the first rows.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct CsvPreviewReq {
    pub path: String,
    /// Rows to show; defaults to 20.
    #[ts(optional)]
    pub rows: Option<u32>,
    /// A workbook's sheet to read (`CsvPreview.sheets`); absent: its first sheet holding anything.
    #[ts(optional)]
    pub sheet: Option<String>,
}

/// The mapping screen asks the core's rule for the mapping the person is making.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct CsvMappingCheckReq {
    /// One entry per column of the file.
    pub mapping: Vec<crate::ColumnMap>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct CsvImportReq {
    pub path: String,
    /// Names the job for `import-progress` events and `import_cancel`; unique per import.
    #[ts(optional)]
    pub job: Option<String>,
    /// One entry per column; absent means the remembered mapping, else the guesses.
    #[ts(optional)]
    pub mapping: Option<Vec<ColumnMap>>,
    /// A workbook's sheet to import, as the preview named it; absent: as the preview chose.
    #[ts(optional)]
    pub sheet: Option<String>,
    #[serde(default)]
    pub options: ImportOptions,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct VcardImportReq {
    pub path: String,
    #[ts(optional)]
    pub job: Option<String>,
    #[serde(default)]
    pub options: ImportOptions,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct BundleImportReq {
    pub path: String,
    #[serde(default)]
    pub dry_run: bool,
    /// Merge even when it replaces or deletes more than half of the book (after the user
    /// confirmed a `confirm_required` answer).
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub force: bool,
    #[ts(optional)]
    pub job: Option<String>,
}
