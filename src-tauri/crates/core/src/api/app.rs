//! What the first screen shows, the settings kept in the book, sample people, a note's link to open.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Adds sample people, for a first look at the app: the first time, the demo book (people with
/// their timelines, notes, follow-ups, events and lists), then generated people.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct SampleLoadReq {
    /// How many people to add, at most 10 000; defaults to 40. The demo is added with the first
    /// load of 9 or more.
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

/// The user's settings that live in the book (the UI keeps its language itself).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Settings {
    /// IANA zone follow-ups are due in; set from the system on first start.
    pub time_zone: String,
    /// Two colleagues contacting one person within this many days is a message collision
    /// (always given back; when saving, absent keeps the stored value).
    #[serde(default)]
    #[ts(optional)]
    pub collision_days: Option<u32>,
}

/// A link from a rendered note, to open in the system browser once the user confirmed it.
/// Only `http://`, `https://` and `mailto:` links are opened.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct LinkOpenReq {
    pub url: String,
}
