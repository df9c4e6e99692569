//! The request and reply shapes of the app's commands, one `<Noun><Verb>Req` each, shared with the UI.

use crate::domain::followup::FollowupInput;
use crate::domain::interaction::{Interaction, InteractionInput, NoteInput};
use crate::domain::person::{PersonInput, PersonPatch};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonCreateReq {
    pub input: PersonInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonGetReq {
    pub id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonUpdateReq {
    pub id: String,
    pub patch: PersonPatch,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonArchiveReq {
    pub id: String,
    pub archived: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonDeleteReq {
    pub id: String,
}

/// Adds the bundled sample people, for a first look at the app.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct SampleLoadReq {
    /// Defaults to 40.
    #[ts(optional)]
    pub count: Option<u32>,
}

/// What the first screen needs to know about the book.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AppInfo {
    pub version: String,
    pub db_path: String,
    #[ts(type = "number")]
    pub person_count: u64,
}

// --- The relationship: timeline, notes, follow-ups, Today (issue 3) ---

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
pub struct PersonInsightsReq {
    pub person_id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct TakersListReq {
    /// Defaults to 50.
    #[ts(optional)]
    pub limit: Option<u32>,
}

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

/// Interactions and notes whose text matches every term (3+ letters each).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct TextSearchReq {
    pub query: String,
    /// Defaults to 20.
    #[ts(optional)]
    pub limit: Option<u32>,
}

/// The user's settings that live in the book (the UI keeps its language itself).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Settings {
    /// IANA zone follow-ups are due in; set from the system on first start.
    pub time_zone: String,
}

/// A link from a rendered note, to open in the system browser once the user confirmed it.
/// Only `http://`, `https://` and `mailto:` links are opened.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct LinkOpenReq {
    pub url: String,
}
