//! The request and reply shapes of the app's commands, one `<Noun><Verb>Req` each, shared with the UI.

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
