//! Bulk changes: one change to many people at once (chosen by id or by a filter), in one transaction, and its undo.

use crate::domain::person::{PersonKind, Stage};
use crate::store::filter::PersonFilter;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Who a bulk change is for: people picked by hand, or everyone a filter matches — resolved inside
/// the change's transaction, so "all 100 000 matching" never travels as a list of ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
// One per request: the filter's size (it grew with the work-list filters) costs nothing worth a Box.
#[allow(clippy::large_enum_variant)]
pub enum BulkTarget {
    Ids { ids: Vec<String> },
    Matching { filter: PersonFilter },
}

impl Default for BulkTarget {
    fn default() -> Self {
        BulkTarget::Ids { ids: Vec::new() }
    }
}

/// One change a bulk action makes to each person. `delete` erases (with tombstones, as a single
/// delete does) and cannot be undone; it is never combined with other changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BulkChange {
    AddTag {
        tag: String,
    },
    RemoveTag {
        tag: String,
    },
    SetStage {
        stage: Stage,
    },
    SetKind {
        person_kind: PersonKind,
    },
    /// `None` clears the person's own cadence (the stage's default applies again).
    SetCadence {
        days: Option<u32>,
    },
    AddToList {
        list_id: String,
    },
    RemoveFromList {
        list_id: String,
    },
    Archive,
    Unarchive,
    Delete,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct PersonBulkReq {
    pub target: BulkTarget,
    /// Applied in order, all in one transaction, undone together.
    pub changes: Vec<BulkChange>,
    /// Count who would change, write nothing.
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct BulkOutcome {
    /// People the target holds.
    pub matched: u32,
    /// People the changes change (or would, in a dry run): someone who already has the tag, the
    /// stage or the membership is not counted.
    pub changed: u32,
    pub dry_run: bool,
    /// What `undo` takes to put it back; absent for a dry run, a change that changed no one, and
    /// a delete (erasing cannot be undone).
    pub undo_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct UndoReq {
    /// A bulk change's `undo_id`; the latest one not undone yet when absent.
    pub id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct UndoOutcome {
    pub id: String,
    pub changes: Vec<BulkChange>,
    /// People put back as they were.
    pub restored: u32,
    /// People the change reached whose changed field was changed again since (or who were
    /// erased): they keep what they have now.
    pub kept: u32,
}
