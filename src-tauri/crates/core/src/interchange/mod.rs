//! Files in and out of the book — CSV and workbooks, vCard, JSON bundles, iCalendar, dossiers — and what they share: options, reports, progress.
//!
//! Every import is one transaction: it writes all its rows or none. A long import or export
//! reports progress and can be cancelled through a [`Progress`] the caller shares with the core.

pub mod bundle;
pub mod calendar;
pub mod csv;
pub mod decode;
pub mod dossier;
pub mod export;
pub(crate) mod people_import;
pub(crate) mod sniff;
pub mod vcard;
pub(crate) mod workbook;

use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use ts_rs::TS;

pub use csv::guess::{ColumnMap, CsvField};
pub use people_import::MergeKey;

/// The link that opens a person in the desktop app (`liaison://person/<id>`), carried by the
/// dossiers and the calendar so a printed or shared sheet leads back to the person.
pub fn person_link(id: &str) -> String {
    format!("liaison://person/{id}")
}
pub(crate) use people_import::{import_people, Incoming, Rows};

/// How many row errors a report carries; the count says how many there were in all.
pub const MAX_REPORTED_ERRORS: usize = 100;

/// Shared between the caller (a UI bar, a CLI spinner) and the core doing the work.
///
/// The core sets `total` once it knows it, bumps `done` as it goes, and checks `cancel` every
/// few hundred rows; a cancelled import rolls its transaction back and returns
/// `Error::Cancelled`. Poll it from another thread (`snapshot`), cancel with `cancel()`.
#[derive(Debug, Default)]
pub struct Progress {
    cancelled: AtomicBool,
    done: AtomicU64,
    total: AtomicU64,
}

/// What a progress bar shows: `done` of `total` units (rows or records).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProgressSnapshot {
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
    pub cancelled: bool,
}

impl Progress {
    pub fn new() -> Progress {
        Progress::default()
    }
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
    pub fn snapshot(&self) -> ProgressSnapshot {
        ProgressSnapshot {
            done: self.done.load(Ordering::Relaxed),
            total: self.total.load(Ordering::Relaxed),
            cancelled: self.is_cancelled(),
        }
    }
    pub(crate) fn start(&self, total: u64) {
        self.total.store(total, Ordering::Relaxed);
        self.done.store(0, Ordering::Relaxed);
    }
    pub(crate) fn set_done(&self, done: u64) {
        self.done.store(done, Ordering::Relaxed);
    }
    /// `Err(Cancelled)` once the user asked to stop; the caller's transaction then rolls back.
    pub(crate) fn check(&self) -> crate::Result<()> {
        if self.is_cancelled() {
            Err(crate::Error::Cancelled)
        } else {
            Ok(())
        }
    }
}

/// Choices the user makes for a CSV or vCard import.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct ImportOptions {
    /// On a duplicate, replace the stored values by the file's (default: only fill empty fields).
    pub overwrite: bool,
    /// Import the valid rows and skip the invalid ones (default: any invalid row stops it all).
    pub valid_only: bool,
    /// Report what would happen, write nothing.
    pub dry_run: bool,
    /// Go ahead even when an `overwrite` import would change more than half of the people in
    /// the book (otherwise: `confirm_required`, nothing written).
    pub force: bool,
    /// The file being imported, recorded with every person it creates or changes. Set by the
    /// shell and the CLI from the file they open (never by the UI), and its format by each
    /// import entry.
    #[serde(skip)]
    #[ts(skip)]
    pub source: crate::domain::provenance::ImportSource,
}

/// The fail-safe before an import replaces half the book: more than half of `total` existing
/// records changed or deleted, and at least two (a one-person book is not "half the book").
pub(crate) fn check_share(
    what: &'static str,
    unit: &'static str,
    changed: u64,
    total: u64,
    force: bool,
) -> crate::Result<()> {
    if !force && changed >= 2 && changed * 2 > total {
        return Err(crate::Error::ConfirmRequired {
            what,
            unit,
            changed,
            total,
        });
    }
    Ok(())
}

/// One problem in a file: the physical line where its record starts, the column or property,
/// and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RowError {
    pub line: u32,
    pub field: String,
    pub message: String,
}

/// What an import did (or, when `written` is false, would have done).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportReport {
    /// New people.
    pub created: u32,
    /// Rows that added something to a person already in the book or earlier in the file.
    pub merged: u32,
    /// Rows not written: invalid ones under `valid_only`, and duplicates that added nothing.
    pub skipped: u32,
    /// The first 100 problems, in file order.
    pub errors: Vec<RowError>,
    /// How many problems there were in all.
    pub error_count: u32,
    /// False for a dry run, and when invalid rows stopped the import (nothing was written).
    pub written: bool,
    /// The first 100 values kept as written instead of placed (a country no one knows, a date
    /// that cannot be read): the row imported, the value is in a note on the person.
    pub warnings: Vec<RowError>,
    /// How many warnings there were in all.
    pub warning_count: u32,
    /// The first 100 rows found to be someone already met, and by what.
    pub merges: Vec<MergeNote>,
    /// How many rows were someone already met, in all.
    pub merge_count: u32,
    /// Lines of notes before the header row that were skipped (LinkedIn's); 0 for a file whose
    /// header is its first line, a vCard or a bundle.
    pub skipped_lines: u32,
    /// Photos given as web addresses (Google's `Photo` column, a vCard's `PHOTO;VALUE=uri`):
    /// kept as links in the people's notes, since Liaison works offline and downloads nothing.
    pub photo_links: u32,
}

/// A row that was someone already met: in the book (`person_id`) or earlier in the file
/// (`with_line`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MergeNote {
    /// The row's line.
    pub line: u32,
    /// The person's name as the book (or the earlier row) has it.
    pub name: String,
    pub person_id: Option<String>,
    pub with_line: Option<u32>,
    /// What the two had in common.
    pub by: MergeKey,
}

/// "Export everything about this person": the bundle (data a program can read back) and the
/// dossier (what a person reads), for a right-of-access request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PersonExport {
    /// A JSON bundle of scope `person`.
    pub bundle: String,
    /// The printable HTML dossier.
    pub dossier: String,
}
