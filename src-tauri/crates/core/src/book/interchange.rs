//! The import and export half of the `Book` API: thin entries into `crate::interchange`, with the clock and the store.

use super::Book;
use crate::error::{Error, Result};
use crate::interchange::csv_import::{self, CsvPreview};
use crate::domain::person::Person;
use crate::interchange::{import_people, vcard, vcard_out};
use crate::interchange::{ColumnMap, ImportOptions, ImportReport, Progress};
use crate::store::{bulk, people_rows};
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

    /// Imports the cards of a vCard file (2.1, 3.0 or 4.0) with the same merge and
    /// all-or-nothing rules as CSV.
    pub fn vcard_import(
        &self,
        bytes: &[u8],
        opts: &ImportOptions,
        progress: &Progress,
    ) -> Result<ImportReport> {
        let rows = vcard::read(bytes)?;
        import_people(&self.db, &self.now(), rows, opts, progress, &vcard::label)
    }

    /// vCard 4.0 of the given people (all of them when `ids` is `None`).
    pub fn vcard_export(&self, ids: Option<&[String]>) -> Result<String> {
        let people = self.people_for_export(ids)?;
        Ok(vcard_out::write(&people))
    }

    /// Whole people by id (in the order given), or everyone in the book.
    pub(crate) fn people_for_export(&self, ids: Option<&[String]>) -> Result<Vec<Person>> {
        self.db.read(|c| match ids {
            None => Ok(bulk::people(c, None)?.into_iter().map(|(_, p)| p).collect()),
            Some(ids) => ids.iter().map(|id| Ok(people_rows::load(c, id)?.1)).collect(),
        })
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
