//! The relationship: interactions (with Undo), notes, a person's timeline and figures, takers.

use crate::domain::interaction::{Interaction, InteractionInput, InteractionKind, NoteInput};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct InteractionCreateReq {
    pub input: InteractionInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct InteractionUpdateReq {
    pub id: String,
    pub input: InteractionInput,
}

/// Answered with the deleted interaction, which `interaction_restore` takes back for "Undo".
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct InteractionDeleteReq {
    pub id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct InteractionRestoreReq {
    pub interaction: Interaction,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct NoteCreateReq {
    pub input: NoteInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct NoteUpdateReq {
    pub id: String,
    pub body: String,
    pub pinned: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct NoteDeleteReq {
    pub id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct NoteListReq {
    pub person_id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct TakersListReq {
    /// Defaults to 50.
    #[ts(optional)]
    pub limit: Option<u32>,
}

/// A page of one person's timeline, newest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct TimelineReq {
    pub person_id: String,
    pub kind: Option<InteractionKind>,
    pub cursor: Option<String>,
    /// Defaults to 50, at most 500.
    pub limit: Option<u32>,
}
