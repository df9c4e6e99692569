//! Follow-ups: create, change, done, snooze, delete, list.

use crate::domain::followup::{FollowupInput, FollowupStatus};
use crate::domain::recurrence::Snooze;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FollowupCreateReq {
    pub input: FollowupInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FollowupUpdateReq {
    pub id: String,
    pub input: FollowupInput,
}

/// Done: a one-off closes, a recurring one moves to its next occurrence.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FollowupDoneReq {
    pub id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FollowupDeleteReq {
    pub id: String,
}

/// Either a preset or an exact RFC 3339 instant.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct SnoozeReq {
    pub id: String,
    pub preset: Option<Snooze>,
    pub until: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct FollowupListReq {
    pub person_id: Option<String>,
    pub status: FollowupStatus,
    /// Defaults to 100, at most 1000.
    pub limit: Option<u32>,
}
