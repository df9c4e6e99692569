//! Duplicates and merges: the scan (a job with progress), "not a duplicate", a merge and its undo.

use crate::domain::duplicates::MergeChoices;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A duplicate scan; `job` names it for progress events and `import_cancel`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct DuplicatesFindReq {
    pub job: Option<String>,
}

/// Two people who are not the same person.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct DuplicatesDismissReq {
    pub a: String,
    pub b: String,
}

/// Merge `other` into `survivor`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonMergeReq {
    pub survivor: String,
    pub other: String,
    #[serde(default)]
    pub choices: MergeChoices,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct MergeUndoReq {
    pub merge_id: String,
}
