//! What a bundle merge reports: records added, updated, kept, deleted and merged, and the conflicts met, the first of them in detail.

use serde::{Deserialize, Serialize};
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
    /// Merges of two people made in the teammate's book and made here too (the merged-away
    /// person's records went to the survivor), so both books hold one person.
    #[serde(default)]
    pub merges_applied: u32,
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
