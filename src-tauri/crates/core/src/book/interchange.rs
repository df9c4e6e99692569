//! The import and export half of the `Book` API: thin entries into `crate::interchange`, with the clock and the store.

use super::Book;
use crate::error::{Error, Result};
use crate::interchange::csv_import::{self, CsvPreview};
use crate::interchange::{ColumnMap, ImportOptions, ImportReport, Progress};
use std::path::Path;

/// Reads a whole file, naming it in the error a person sees.
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })
}

impl Book {
    /// What a CSV file holds and how its columns would map; writes nothing.
    pub fn csv_preview(&self, bytes: &[u8], rows: usize) -> Result<CsvPreview> {
        csv_import::preview(&self.db, bytes, rows)
    }

    /// Imports people from a CSV file in one transaction. `mapping` (one entry per column)
    /// defaults to the one remembered for these headers, else the guesses.
    pub fn csv_import(
        &self,
        bytes: &[u8],
        mapping: Option<Vec<ColumnMap>>,
        opts: &ImportOptions,
        progress: &Progress,
    ) -> Result<ImportReport> {
        csv_import::import(&self.db, &self.now(), bytes, mapping, opts, progress)
    }

    pub fn csv_preview_file(&self, path: &Path, rows: usize) -> Result<CsvPreview> {
        self.csv_preview(&read_file(path)?, rows)
    }

    pub fn csv_import_file(
        &self,
        path: &Path,
        mapping: Option<Vec<ColumnMap>>,
        opts: &ImportOptions,
        progress: &Progress,
    ) -> Result<ImportReport> {
        self.csv_import(&read_file(path)?, mapping, opts, progress)
    }
}
