//! Events and meetups: create, change, attend, list, and a city's people and plans.

use crate::domain::event::{
    AttendeeRole, AttendeeSort, AttendeeStatus, EventInput, EventWhen, MeetupInput,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct EventCreateReq {
    pub input: EventInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct EventUpdateReq {
    pub id: String,
    pub input: EventInput,
}

/// `event_get`, `event_detail` and `event_delete` take an id.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct EventIdReq {
    pub id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct MeetupCreateReq {
    pub input: MeetupInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct MeetupUpdateReq {
    pub id: String,
    pub input: MeetupInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct MeetupDeleteReq {
    pub id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct EventListReq {
    pub when: EventWhen,
    /// Only events in this city (accents and case ignored).
    pub city: Option<String>,
    /// Defaults to 100, at most 1000.
    pub limit: Option<u32>,
}

/// Adds a person to an event or changes their part; fields left out keep their value
/// (or the defaults `attendee` / `invited` for a new attendee).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct AttendReq {
    pub event_id: String,
    pub person_id: String,
    pub role: Option<AttendeeRole>,
    pub status: Option<AttendeeStatus>,
    pub why: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct UnattendReq {
    pub event_id: String,
    pub person_id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct AttendeeListReq {
    pub event_id: String,
    pub sort: AttendeeSort,
    pub role: Option<AttendeeRole>,
    pub status: Option<AttendeeStatus>,
    /// Keeps attendees whose name, handle, topics or "why" contain every word (folded).
    pub query: Option<String>,
}

/// After a meetup: what came of it. One interaction is logged per person met.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct MeetupOutcomeReq {
    pub id: String,
    /// Markdown.
    pub outcome: String,
    /// Who actually came; defaults to everyone planned.
    pub met: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct MeetupListReq {
    pub event_id: Option<String>,
    pub when: EventWhen,
    /// Defaults to 100, at most 1000.
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct CityViewReq {
    pub city: String,
    /// ISO code; narrows "in the city" and defines "near" (same country).
    pub country: Option<String>,
}
