//! Follow-ups: what to do next, for whom, and when — in the user's own time zone.

use super::person::PersonSummary;
use super::recurrence::Recurrence;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Followup {
    pub id: String,
    pub title: String,
    pub body: String,
    /// Ids of the people it is about.
    pub people: Vec<String>,
    /// Their display names, in the same order as `people`.
    pub person_names: Vec<String>,
    /// IANA zone the due time is meant in.
    pub time_zone: String,
    /// Wall time of the current occurrence, `YYYY-MM-DDTHH:MM`.
    pub due_local: String,
    /// When it is due, UTC (later than `due_local` when snoozed).
    pub due_at: String,
    pub recurrence: Option<Recurrence>,
    pub done_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct FollowupInput {
    pub title: String,
    pub body: String,
    pub people: Vec<String>,
    /// Wall time, `YYYY-MM-DDTHH:MM` (or a date alone, meaning 09:00).
    pub due_local: String,
    /// Defaults to the user's time zone setting.
    pub time_zone: Option<String>,
    pub recurrence: Option<Recurrence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum FollowupStatus {
    #[default]
    Open,
    Done,
    All,
}

/// A person whose last interaction is older than their cadence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ColdPerson {
    pub person: PersonSummary,
    pub last_interaction_at: String,
    pub cold_since: String,
    pub days_late: u32,
}

/// The start screen once data exists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Today {
    /// The user's local date, `YYYY-MM-DD`.
    pub date: String,
    pub time_zone: String,
    pub overdue: Vec<Followup>,
    pub due_today: Vec<Followup>,
    pub going_cold: Vec<ColdPerson>,
    /// People with a relationship to keep (not paused, not do-not-contact, not archived) with
    /// whom nothing was ever written down, longest in the book first: shown after the overdue
    /// ones, so "going cold" never reads as "everyone is fine" while they wait.
    pub never_contacted: Vec<super::person::PersonSummary>,
    /// All of them, when `never_contacted` shows only the first.
    pub never_contacted_count: u32,
    /// Events under way or starting within two weeks, soonest first.
    pub events: Vec<super::event::Event>,
    /// Meetups starting today (the user's day), earliest first.
    pub meetups: Vec<super::event::Meetup>,
    /// The next seven days after today, only the days with something planned, in order: a
    /// morning's look ahead, so Friday's follow-up is not a surprise on Friday.
    pub week: Vec<WeekDay>,
    /// People two or more colleagues contacted within the collision window, the latest first.
    pub collisions: Vec<super::team::Collision>,
}

/// One of the coming days on Today: the open follow-ups and meetups that fall on it in the
/// user's zone, earliest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct WeekDay {
    /// The user's local date, `YYYY-MM-DD`.
    pub date: String,
    pub followups: Vec<Followup>,
    pub meetups: Vec<super::event::Meetup>,
}
