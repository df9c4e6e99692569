//! The import and export half of the `Book` API: thin entries into `crate::interchange`, with the clock and the store.

use super::Book;
use crate::domain::person::Person;
use crate::domain::provenance::{ImportSource, SourceFormat};
use crate::error::{Error, Result};
use crate::interchange::bundle::merge::BundleReport;
use crate::interchange::bundle::out::{FileSink, Sink};
use crate::interchange::bundle::stream::Input;
use crate::interchange::bundle::{self, BundleScope};
use crate::interchange::csv::{self, CsvPreview};
use crate::interchange::vcard::write::VcardVersion;
use crate::interchange::{import_people, vcard};
use crate::interchange::{ColumnMap, ImportOptions, ImportReport, Progress, MAX_REPORTED_ERRORS};
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
    /// What a CSV file (or a workbook's first sheet holding anything) holds and how its
    /// columns would map; writes nothing.
    pub fn csv_preview(&self, bytes: &[u8], rows: usize) -> Result<CsvPreview> {
        self.csv_preview_sheet(bytes, None, rows)
    }

    /// The same for `sheet` of an Excel or LibreOffice workbook (`None`: as `csv_preview`).
    pub fn csv_preview_sheet(
        &self,
        bytes: &[u8],
        sheet: Option<&str>,
        rows: usize,
    ) -> Result<CsvPreview> {
        csv::import::preview(&self.db, bytes, sheet, rows)
    }

    /// Imports people from a CSV file (or a workbook's first sheet holding anything) in one
    /// transaction. `mapping` (one entry per column) defaults to the one remembered for these
    /// headers, else the guesses.
    pub fn csv_import(
        &self,
        bytes: &[u8],
        mapping: Option<Vec<ColumnMap>>,
        opts: &ImportOptions,
        progress: &Progress,
    ) -> Result<ImportReport> {
        self.csv_import_sheet(bytes, None, mapping, opts, progress)
    }

    /// The same for `sheet` of an Excel or LibreOffice workbook; errors name its row numbers.
    pub fn csv_import_sheet(
        &self,
        bytes: &[u8],
        sheet: Option<&str>,
        mapping: Option<Vec<ColumnMap>>,
        opts: &ImportOptions,
        progress: &Progress,
    ) -> Result<ImportReport> {
        self.backup_before_import(opts.dry_run)?;
        let format = match crate::interchange::workbook::sniff(bytes) {
            Some(_) => SourceFormat::Workbook,
            None => SourceFormat::Csv,
        };
        let opts = &with_format(opts, format);
        csv::import::import(&self.db, &self.now(), bytes, sheet, mapping, opts, progress)
    }

    /// Imports the cards of a vCard file (2.1, 3.0 or 4.0) with the same merge and
    /// all-or-nothing rules as CSV. Company and group cards are not people: they count as
    /// skipped.
    pub fn vcard_import(
        &self,
        bytes: &[u8],
        opts: &ImportOptions,
        progress: &Progress,
    ) -> Result<ImportReport> {
        let file = vcard::read(bytes)?;
        self.backup_before_import(opts.dry_run)?;
        let opts = &with_format(opts, SourceFormat::Vcard);
        let mut report = import_people(
            &self.db,
            &self.now(),
            &file.rows,
            opts,
            progress,
            &vcard::label,
        )?;
        // Company and group cards are skipped, and said among the warnings in file order.
        report.photo_links = file.photo_links;
        report.skipped += file.not_people.len() as u32;
        report.warning_count += file.not_people.len() as u32;
        report.warnings.extend(file.not_people);
        report.warnings.sort_by_key(|w| w.line);
        report.warnings.truncate(MAX_REPORTED_ERRORS);
        Ok(report)
    }

    /// The vCard of the given people (all of them when `ids` is `None`), in memory.
    pub fn vcard_export(&self, ids: Option<&[String]>, version: VcardVersion) -> Result<String> {
        let people = self.people_for_export(ids)?;
        Ok(vcard::write::write(&people, version))
    }

    /// Writes the vCard of the given people at `path` card by card, through
    /// `files::replace_file` (no half file left on failure); answers the bytes written.
    pub fn vcard_export_file(
        &self,
        ids: Option<&[String]>,
        version: VcardVersion,
        path: &Path,
    ) -> Result<u64> {
        // Card by card from blocks of the book, so a whole book's cards (and photos) are never
        // held at once.
        self.db.read(|c| {
            crate::files::replace_file(
                path,
                |w| {
                    let mut card = String::new();
                    crate::store::export_rows::each_person(c, ids, |p| {
                        vcard::write::write_one(&mut card, &p, version, w)
                            .map_err(|e| Error::io(path, e))
                    })
                },
                |e| Error::io(path, e),
            )
        })
    }

    /// Whole people by id (in the order given), or everyone in the book.
    pub(crate) fn people_for_export(&self, ids: Option<&[String]>) -> Result<Vec<Person>> {
        self.db.read(|c| match ids {
            None => Ok(bulk::people(c, None)?.into_iter().map(|(_, p)| p).collect()),
            Some(ids) => ids
                .iter()
                .map(|id| Ok(people_rows::load(c, id)?.1))
                .collect(),
        })
    }

    /// This install's id, written into the bundles it makes (created on first use).
    pub fn install_id(&self) -> Result<String> {
        let now = self.now();
        self.db.write(|tx| bundle::origin(tx, &now))
    }

    /// A JSON bundle of `scope` (everything, one person, one event) for a teammate.
    pub fn bundle_export(&self, scope: &BundleScope, progress: &Progress) -> Result<Vec<u8>> {
        let mut bytes = Vec::new();
        self.bundle_export_into(scope, progress, &mut bytes)?;
        Ok(bytes)
    }

    /// Writes the bundle of `scope` to `path` as it is made, so a whole book is never held in
    /// memory (half a gigabyte at 100k people and 1M interactions); answers the bytes written.
    /// Through `files::replace_file`: a failure, a cancel or a crash never leaves half a bundle
    /// where the person expects one, nor replaces an older one.
    pub fn bundle_export_file(
        &self,
        scope: &BundleScope,
        path: &Path,
        progress: &Progress,
    ) -> Result<u64> {
        crate::files::replace_file(
            path,
            |file| {
                // Errors name the file the person chose, not its temporary `.part` name.
                let mut sink = FileSink { file, path };
                self.bundle_export_into(scope, progress, &mut sink)
            },
            |e| Error::io(path, e),
        )
    }

    fn bundle_export_into(
        &self,
        scope: &BundleScope,
        progress: &Progress,
        sink: &mut dyn Sink,
    ) -> Result<()> {
        let origin = self.install_id()?;
        let now = self.now();
        match scope {
            // The whole book reads its interactions on a second connection and thread.
            BundleScope::All => self.db.read_pair(|c, second| {
                let second = bundle::export(c, Some(second), scope, &now, &origin, progress, sink)?;
                Ok((
                    (),
                    second.expect("the whole-book export hands its reader back"),
                ))
            }),
            _ => self
                .db
                .read(|c| bundle::export(c, None, scope, &now, &origin, progress, sink).map(drop)),
        }
    }

    /// Merges a teammate's bundle; `dry_run` reports what would change and writes nothing.
    /// A merge that would overwrite or delete more than half of the book's records stops with
    /// `confirm_required` (nothing written) unless `force`. For bytes already in memory (the dev
    /// backend, tests); a file is merged with `bundle_import_file`, which never holds it whole.
    pub fn bundle_import(
        &self,
        bytes: &[u8],
        dry_run: bool,
        force: bool,
        progress: &Progress,
    ) -> Result<BundleReport> {
        let source = ImportSource {
            format: SourceFormat::Bundle,
            ..Default::default()
        };
        self.bundle_merge(Input::Bytes(bytes), &source, dry_run, force, progress)
    }

    /// Merges the bundle at `path` like `bundle_import`, reading it as a stream: once to verify
    /// its checksums, then section by section into the merge, so memory does not grow with the
    /// number of interactions. The file's name goes into the history of each person it creates
    /// or changes.
    pub fn bundle_import_file(
        &self,
        path: &Path,
        dry_run: bool,
        force: bool,
        progress: &Progress,
    ) -> Result<BundleReport> {
        let source = ImportSource::file(path, SourceFormat::Bundle);
        self.bundle_merge(Input::File(path), &source, dry_run, force, progress)
    }

    fn bundle_merge(
        &self,
        input: Input<'_>,
        source: &ImportSource,
        dry_run: bool,
        force: bool,
        progress: &Progress,
    ) -> Result<BundleReport> {
        // A file refused for its checksums needs no backup: verified before the backup is made.
        let verified = bundle::read::verify(input)?;
        self.backup_before_import(dry_run)?;
        let now = self.now();
        bundle::merge::import(
            &self.db,
            &now,
            (input, &verified),
            source,
            dry_run,
            force,
            progress,
        )
    }

    /// A backup before anything an import writes, so a merge the person regrets can be undone
    /// from Settings or `liaison backup restore`. A dry run writes nothing and needs none. A
    /// backup that fails stops the import: importing without the promised safety net would be
    /// worse than asking the person to free some disk.
    fn backup_before_import(&self, dry_run: bool) -> Result<()> {
        if dry_run {
            return Ok(());
        }
        self.backup_create("before-import").map(|_| ())
    }

    pub fn csv_preview_file(
        &self,
        path: &Path,
        sheet: Option<&str>,
        rows: usize,
    ) -> Result<CsvPreview> {
        self.csv_preview_sheet(&read_file(path)?, sheet, rows)
    }

    /// Imports a CSV file; its name is recorded with each person it creates or changes, unless
    /// the caller named the source already.
    pub fn csv_import_file(
        &self,
        path: &Path,
        mapping: Option<Vec<ColumnMap>>,
        opts: &ImportOptions,
        progress: &Progress,
    ) -> Result<ImportReport> {
        let opts = &with_file_name(opts, path);
        self.csv_import(&read_file(path)?, mapping, opts, progress)
    }

    /// Imports a vCard file, its name recorded like `csv_import_file`'s.
    pub fn vcard_import_file(
        &self,
        path: &Path,
        opts: &ImportOptions,
        progress: &Progress,
    ) -> Result<ImportReport> {
        let opts = &with_file_name(opts, path);
        self.vcard_import(&read_file(path)?, opts, progress)
    }
}

/// The options with the import entry's format, which the caller cannot get wrong.
fn with_format(opts: &ImportOptions, format: SourceFormat) -> ImportOptions {
    let mut o = opts.clone();
    o.source.format = format;
    o
}

/// The options with the name of the file at `path`, unless the caller gave one.
fn with_file_name(opts: &ImportOptions, path: &Path) -> ImportOptions {
    let mut o = opts.clone();
    if o.source.file_name.is_empty() {
        o.source.file_name = ImportSource::file(path, o.source.format).file_name;
    }
    o
}
