//! The first reading of an import's rows: each one checked, and matched against the book and the rows before it (which person it is, or that it is someone new); only what the second reading needs is kept, a few numbers a row.

use super::keys::{Keys, MergeKey, Target};
use super::{Rows, STEP};
use crate::domain::validate::clean_person;
use crate::error::{Error, Result};
use crate::interchange::{ImportReport, Progress, RowError, MAX_REPORTED_ERRORS};
use rusqlite::Connection;

/// What the first reading decided for one row.
#[derive(Clone, Copy, Debug)]
pub(super) enum Fate {
    /// It has problems: not imported.
    Invalid,
    /// The first row of a new person, the n-th of the file.
    New,
    /// The same person as someone before it, found by that key.
    Into(Target, MergeKey),
}

/// The first reading's decisions, in file order.
pub(super) struct Matched {
    pub fates: Vec<Fate>,
    /// For each new person (in file order), how many later rows merge into them.
    pub joins: Vec<u32>,
    /// The line of each new person's first row.
    pub lines: Vec<u32>,
    /// The book's people that rows merge into, in the order first met.
    pub old_order: Vec<i64>,
}

/// Checks every row (problems into `report`, the first few kept with their count) and decides
/// who each valid row is. The rows are mapped and dropped one at a time.
pub(super) fn plan(
    tx: &Connection,
    rows: &dyn Rows,
    progress: &Progress,
    label: &dyn Fn(&str) -> String,
    report: &mut ImportReport,
) -> Result<Matched> {
    let mut keys = Keys::of_book(tx)?;
    let mut m = Matched {
        fates: Vec::with_capacity(rows.len()),
        joins: Vec::new(),
        lines: Vec::new(),
        old_order: Vec::new(),
    };
    // Only the first few problems are reported; the rest are counted.
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    let (mut error_count, mut warning_count) = (0usize, 0usize);
    let keep = |list: &mut Vec<RowError>, count: &mut usize, new: Vec<RowError>| {
        *count += new.len();
        let room = MAX_REPORTED_ERRORS.saturating_sub(list.len());
        list.extend(new.into_iter().take(room));
    };
    rows.each(&mut |r| {
        let n = m.fates.len();
        if n.is_multiple_of(STEP) {
            progress.check()?;
            progress.set_done(n as u64);
        }
        let mut errs = r.errors;
        if errs.is_empty() {
            keep(&mut warnings, &mut warning_count, r.warnings);
        }
        let fate = match clean_person(r.person) {
            Ok(p) if errs.is_empty() => {
                let (fate, target) = match keys.find(&p) {
                    Some((t, by)) => {
                        match t {
                            Target::Old(rowid) => m.old_order.push(rowid),
                            Target::New(i) => m.joins[i] += 1,
                        }
                        (Fate::Into(t, by), t)
                    }
                    None => {
                        m.joins.push(0);
                        m.lines.push(r.line);
                        (Fate::New, Target::New(m.lines.len() - 1))
                    }
                };
                keys.add(&p, target);
                fate
            }
            Ok(_) => Fate::Invalid,
            Err(Error::Validation(fields)) => {
                errs.extend(fields.into_iter().map(|f| RowError {
                    line: r.line,
                    field: label(&f.field),
                    message: f.message,
                }));
                Fate::Invalid
            }
            Err(e) => return Err(e),
        };
        if !errs.is_empty() {
            report.skipped += 1;
            keep(&mut errors, &mut error_count, errs);
        }
        m.fates.push(fate);
        Ok(())
    })?;
    report.error_count = error_count as u32;
    report.errors = errors;
    report.warning_count = warning_count as u32;
    report.warnings = warnings;
    let mut seen = std::collections::HashSet::new();
    m.old_order.retain(|r| seen.insert(*r));
    Ok(m)
}
