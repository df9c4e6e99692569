//! Events and meetups: where relations managers meet influencers face to face, and who is there.

use super::affiliation::Conflict;
use super::person::{str_enum, PersonSummary};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    #[default]
    Conference,
    TradeShow,
    Meetup,
    CityTrip,
    Dinner,
    Webinar,
}

str_enum!(EventKind {
    Conference => "conference",
    TradeShow => "trade_show",
    Meetup => "meetup",
    CityTrip => "city_trip",
    Dinner => "dinner",
    Webinar => "webinar",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum AttendeeRole {
    Speaker,
    Exhibitor,
    #[default]
    Attendee,
    Host,
    Press,
}

str_enum!(AttendeeRole {
    Speaker => "speaker",
    Exhibitor => "exhibitor",
    Attendee => "attendee",
    Host => "host",
    Press => "press",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum AttendeeStatus {
    #[default]
    Invited,
    Confirmed,
    Declined,
    Met,
    NoShow,
}

str_enum!(AttendeeStatus {
    Invited => "invited",
    Confirmed => "confirmed",
    Declined => "declined",
    Met => "met",
    NoShow => "no_show",
});

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Event {
    pub id: String,
    pub name: String,
    pub kind: EventKind,
    /// The venue's IANA zone; the local times below are wall times there.
    pub time_zone: String,
    /// `YYYY-MM-DDTHH:MM`, at the venue.
    pub start_local: String,
    pub end_local: String,
    /// The same instants in UTC, RFC 3339.
    pub start_at: String,
    pub end_at: String,
    pub city: String,
    pub country: String,
    pub venue: String,
    /// Hall / booth.
    pub booth: String,
    pub url: String,
    pub notes: String,
    pub attendee_count: u32,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct EventInput {
    pub name: String,
    pub kind: EventKind,
    /// The venue's zone; defaults to the user's.
    pub time_zone: Option<String>,
    /// `YYYY-MM-DD` (the whole day from 00:00) or `YYYY-MM-DDTHH:MM`.
    pub start_local: String,
    /// Same forms; a date alone means the end of that day; empty means the end of the start day.
    pub end_local: String,
    pub city: String,
    pub country: String,
    pub venue: String,
    pub booth: String,
    pub url: String,
    pub notes: String,
}

/// Which events a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum EventWhen {
    /// Not over yet (ongoing or to come), soonest first.
    #[default]
    Upcoming,
    /// Over, most recent first.
    Past,
    All,
}

/// One line of "who's here": the person, their part in the event, and what to know before saying hello.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Attendee {
    pub person: PersonSummary,
    pub role: AttendeeRole,
    pub status: AttendeeStatus,
    /// One line: why they matter at this event.
    pub why: String,
    pub last_interaction_at: Option<String>,
    pub open_followups: u32,
    pub topics: Vec<String>,
    /// Their conflicts today ("do not contact" first, then a competitor's affiliation, an
    /// exclusivity not ended), as the person page says them: flagged on the sheet before the
    /// event, where saying hello to them is a risk.
    #[serde(default)]
    pub conflicts: Vec<Conflict>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum AttendeeSort {
    #[default]
    Name,
    Role,
    Status,
    /// Longest without contact first: who to catch up with.
    LastContact,
    /// Most open follow-ups first.
    Followups,
}

/// An event's page: the event, who is there, and the meetups planned at it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct EventDetail {
    pub event: Event,
    pub attendees: Vec<Attendee>,
    pub meetups: Vec<Meetup>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Meetup {
    pub id: String,
    pub title: String,
    pub event_id: Option<String>,
    pub event_name: Option<String>,
    pub time_zone: String,
    /// `YYYY-MM-DDTHH:MM`, where it happens.
    pub start_local: String,
    /// UTC, RFC 3339.
    pub start_at: String,
    pub minutes: u32,
    pub place: String,
    pub city: String,
    pub country: String,
    pub notes: String,
    pub people: Vec<String>,
    /// Display names, in the order of `people`.
    pub person_names: Vec<String>,
    /// Markdown, set once the outcome was logged.
    pub outcome: Option<String>,
    pub outcome_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct MeetupInput {
    pub title: String,
    /// The event it is planned at or around, if any: its city, country and zone are the defaults.
    pub event_id: Option<String>,
    /// Defaults to the event's zone, else the user's.
    pub time_zone: Option<String>,
    /// `YYYY-MM-DDTHH:MM` (a date alone means 09:00).
    pub start_local: String,
    /// Defaults to 60.
    pub minutes: Option<u32>,
    pub place: String,
    pub city: String,
    pub country: String,
    pub notes: String,
    pub people: Vec<String>,
}

/// Planning a trip: who lives there or near, and what is on there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CityView {
    pub city: String,
    pub country: String,
    /// People whose city is this one.
    pub people_in: Vec<PersonSummary>,
    /// People elsewhere in the same country and time zone: a train ride, not a flight.
    pub people_near: Vec<PersonSummary>,
    pub events: Vec<Event>,
    pub meetups: Vec<Meetup>,
}
