//! The import engine shared by CSV, workbooks and vCard: validate every row, fold duplicates (in the book or earlier in the file) into one person, write it all in one transaction.
//!
//! Duplicate detection runs in memory: the book's e-mails and handles are read once into hash
//! maps, and each row adds its own, so a 100k-row file costs 100k hash probes, not 200k queries.
//!
//! The rows are read twice and never held all at once: the first reading checks them and
//! decides who each row is (`plan`), keeping a few numbers per row; the second maps them again,
//! merges those that are one person and hands each person on to be written as soon as no later
//! row can change them (`assemble`), on another thread while this one writes (`write`).

mod assemble;
mod carried;
mod derived;
pub(crate) use derived::Derived;
pub(crate) mod keys;
mod merge;
mod orgs;
mod plan;
mod write;

pub(super) use carried::{Carried, Extras};
pub(crate) use merge::merge_into;

use crate::domain::person::PersonInput;
use crate::domain::photo::Photo;
use crate::error::Result;
use crate::interchange::{ImportOptions, ImportReport, Progress, RowError};
pub use keys::MergeKey;
use merge::add_note;

/// One record of a file, mapped to a person, with problems already found in its cells.
#[derive(Default, Clone)]
pub(crate) struct Incoming {
    pub line: u32,
    pub person: PersonInput,
    pub note: Option<String>,
    /// A checked photo (a vCard's PHOTO): kept unless the person already has one.
    pub photo: Option<Photo>,
    /// When the relationship began in that source (LinkedIn's `Connected On`), `YYYY-MM-DD`:
    /// recorded in the person's history of imports.
    pub since: Option<String>,
    pub errors: Vec<RowError>,
    /// Values kept as written in the note instead of placed: reported, never blocking.
    pub warnings: Vec<RowError>,
}

/// A file's rows, mapped afresh each time they are read; the engine reads them twice.
pub(crate) trait Rows: Sync {
    fn len(&self) -> usize;
    /// Hands `each` every row in file order; stops at the first error `each` returns.
    fn each(&self, each: &mut dyn FnMut(Incoming) -> Result<()>) -> Result<()>;
}

/// Rows already mapped (a vCard file's cards), handed out as copies.
impl Rows for Vec<Incoming> {
    fn len(&self) -> usize {
        self.len()
    }

    fn each(&self, each: &mut dyn FnMut(Incoming) -> Result<()>) -> Result<()> {
        self.iter().try_for_each(|r| each(r.clone()))
    }
}

/// Rows between two progress updates and cancel checks.
pub(super) const STEP: usize = 512;

/// Validates, merges and (unless dry run or invalid rows) writes. `label` names a person field
/// path (`emails.0`) the way the file does (`Courriel`), for error reports.
pub(crate) fn import_people(
    db: &crate::store::Db,
    now: &str,
    rows: &dyn Rows,
    opts: &ImportOptions,
    progress: &Progress,
    label: &dyn Fn(&str) -> String,
) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    progress.start(rows.len() as u64 * 2);
    db.write(|tx| {
        let matched = plan::plan(tx, rows, progress, label, &mut report)?;
        if report.error_count > 0 && !opts.valid_only {
            report.skipped = 0;
            return Ok(());
        }
        let old = assemble::load_old(tx, &matched.old_order)?;
        if opts.dry_run {
            assemble::assemble(
                rows,
                &matched,
                old,
                opts,
                progress,
                &mut report,
                &mut |_| Ok(()),
            )?;
            return Ok(());
        }
        write::write(tx, now, rows, &matched, old, opts, &mut report, progress)?;
        report.written = true;
        Ok(())
    })?;
    progress.set_done(rows.len() as u64 * 2);
    Ok(report)
}
