//! Merging a teammate's bundle: new records are added, the same id with a newer `updated_at` wins per record, tombstones delete what was not edited since, and a second import changes nothing.
//!
//! The whole bundle is checked first (format and schema versions, every section's checksum,
//! every record parsed), then applied in one transaction. A record that cannot be applied (an
//! interaction none of whose people exist here, an invalid person) is listed, not fatal.

mod records;
mod rows;

use crate::error::Result;
pub use crate::interchange::bundle::read::check;
use crate::interchange::bundle::read::parse;
use crate::interchange::Progress;
use crate::store::bundle_merge_rows;
use crate::store::stats;
use crate::store::tombstones;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use ts_rs::TS;

/// What merging a bundle did (or, for a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundleReport {
    pub added: u32,
    /// Records whose bundled version was newer and replaced ours.
    pub updated: u32,
    /// Records identical in both, or newer here (kept).
    pub unchanged: u32,
    /// Records removed by the bundle's tombstones.
    pub deleted: u32,
    /// People new to this book by id but matching someone here by e-mail or handle: merged into
    /// that person (empty fields filled, lists completed) instead of duplicated.
    pub merged: u32,
    /// Records that differed, and which side was kept; the first 100.
    pub conflicts: Vec<BundleConflict>,
    pub conflict_count: u32,
    /// The install that wrote the bundle.
    pub origin: String,
    pub written: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundleConflict {
    /// person, interaction, note, followup, event, attendee, meetup, list, list_member
    pub kind: String,
    pub id: String,
    /// `ours` or `theirs`.
    pub kept: String,
    pub reason: String,
}

impl BundleReport {
    /// Counts a conflict and keeps its details, up to what a report shows.
    pub(crate) fn conflict(&mut self, kind: &str, id: &str, kept: &str, reason: &str) {
        self.conflict_count += 1;
        if self.conflicts.len() < crate::interchange::MAX_REPORTED_ERRORS {
            self.conflicts.push(BundleConflict {
                kind: kind.into(),
                id: id.into(),
                kept: kept.into(),
                reason: reason.into(),
            });
        }
    }
}

/// Where a record stands against ours.
enum Side {
    Add,
    Theirs(i64),
    Same,
}

struct Merge<'a> {
    tx: &'a Connection,
    now: &'a str,
    /// Their person id → our rowid, for people merged into someone already here.
    alias: std::collections::HashMap<String, i64>,
    /// People this import inserted.
    inserted: std::collections::HashSet<i64>,
    report: BundleReport,
    touched: BTreeSet<i64>,
    /// The bundle comes from a book that keeps photos: a person without one has none.
    photos_travel: bool,
}

/// The first schema with people's photos (migration 0006): older bundles say nothing of them.
const PHOTOS_FROM_SCHEMA: i64 = 6;

impl Merge<'_> {
    fn conflict(&mut self, kind: &str, id: &str, kept: &str, reason: &str) {
        self.report.conflict(kind, id, kept, reason);
    }

    /// Newest `updated_at` wins; a record deleted here stays deleted.
    fn side(&mut self, kind: &str, table: &str, id: &str, theirs: &str) -> Result<Option<Side>> {
        let ours: Option<(i64, String)> = bundle_merge_rows::stamp(self.tx, table, id)?;
        Ok(Some(match ours {
            None => {
                if let Some(at) = tombstones::deleted_at(self.tx, id)? {
                    self.report.unchanged += 1;
                    if theirs > at.as_str() {
                        self.conflict(
                            kind,
                            id,
                            "ours",
                            "edited there after it was deleted here; it stays deleted",
                        );
                    }
                    return Ok(None);
                }
                self.report.added += 1;
                Side::Add
            }
            Some((rowid, ours)) if theirs > ours.as_str() => {
                self.report.updated += 1;
                self.conflict(kind, id, "theirs", "changed on both sides; theirs is newer");
                Side::Theirs(rowid)
            }
            Some((_, ours)) => {
                self.report.unchanged += 1;
                if theirs < ours.as_str() {
                    self.conflict(kind, id, "ours", "changed on both sides; ours is newer");
                }
                Side::Same
            }
        }))
    }
}

/// Merges a bundle into the book in one transaction (rolled back at the end for a dry run).
pub(crate) fn import(
    db: &crate::store::Db,
    now: &str,
    bytes: &[u8],
    dry_run: bool,
    force: bool,
    progress: &Progress,
) -> Result<BundleReport> {
    let b = parse(bytes)?;
    let total = b.people.len()
        + b.interactions.len()
        + b.notes.len()
        + b.followups.len()
        + b.events.len()
        + b.attendees.len()
        + b.meetups.len()
        + b.tombstones.len()
        + b.lists.len()
        + b.list_members.len();
    progress.start(total as u64);
    db.write(|tx| {
        let book_size: u64 = bundle_merge_rows::book_size(tx)?;
        tx.execute_batch("SAVEPOINT bundle")?;
        let mut m = Merge {
            tx,
            now,
            alias: Default::default(),
            inserted: Default::default(),
            report: BundleReport {
                origin: b.manifest.origin.clone(),
                ..Default::default()
            },
            touched: BTreeSet::new(),
            photos_travel: b.manifest.schema_version >= PHOTOS_FROM_SCHEMA,
        };
        let mut done = 0u64;
        let mut tick = |n: usize| -> Result<()> {
            done += n as u64;
            progress.set_done(done);
            progress.check()
        };
        for p in &b.people {
            m.person(p)?;
        }
        tick(b.people.len())?;
        for e in &b.events {
            m.raw("event", "events", e)?;
        }
        for (i, x) in b.interactions.iter().enumerate() {
            m.interaction(x)?;
            if i % 4096 == 0 {
                tick(0)?;
            }
        }
        tick(b.events.len() + b.interactions.len())?;
        for n in &b.notes {
            m.note(n)?;
        }
        for f in &b.followups {
            m.followup(f)?;
        }
        for a in &b.attendees {
            m.attendee(a)?;
        }
        for x in &b.meetups {
            m.raw("meetup", "meetups", x)?;
        }
        // A person's tombstone also takes the interactions, notes and follow-ups that were theirs
        // alone: the fail-safe below counts what disappeared, not just the tombstones applied.
        let (size_before, deleted_before) = (bundle_merge_rows::book_size(tx)?, m.report.deleted);
        for t in &b.tombstones {
            m.tombstone(t)?;
        }
        let gone = size_before.saturating_sub(bundle_merge_rows::book_size(tx)?);
        let cascaded = gone.saturating_sub(u64::from(m.report.deleted - deleted_before));
        // After people and their tombstones, so members resolve to who is (still) here.
        crate::interchange::bundle::lists::ListMerge::new(tx, &m.alias, &mut m.report).run(
            &b.lists,
            &b.list_members,
            &b.tombstones,
        )?;
        let touched: Vec<i64> = m.touched.iter().copied().collect();
        stats::refresh_all(tx, &touched)?;
        let mut report = m.report;
        let changed = u64::from(report.updated + report.deleted) + cascaded;
        if let Err(e) = crate::interchange::check_share(
            "bundle merge",
            "records",
            changed,
            book_size,
            force || dry_run,
        ) {
            tx.execute_batch("ROLLBACK TO bundle; RELEASE bundle")?;
            return Err(e);
        }
        if dry_run {
            tx.execute_batch("ROLLBACK TO bundle; RELEASE bundle")?;
        } else {
            tx.execute_batch("RELEASE bundle")?;
            report.written = true;
        }
        Ok(report)
    })
}
