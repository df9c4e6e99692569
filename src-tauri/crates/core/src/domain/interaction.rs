//! The timeline: what happened with whom, and what was given or received ("give before you receive").

use super::person::str_enum;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum InteractionKind {
    Email,
    Dm,
    Call,
    Meeting,
    Meetup,
    Event,
    ContentPublished,
    Mention,
    Share,
    Gift,
    Payment,
    Introduction,
    #[default]
    Note,
}

str_enum!(InteractionKind {
    Email => "email",
    Dm => "dm",
    Call => "call",
    Meeting => "meeting",
    Meetup => "meetup",
    Event => "event",
    ContentPublished => "content_published",
    Mention => "mention",
    Share => "share",
    Gift => "gift",
    Payment => "payment",
    Introduction => "introduction",
    Note => "note",
});

/// Seen from our side: `given` is what we gave the influencer, `received` what came back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Given,
    Received,
    #[default]
    Neutral,
}

str_enum!(Direction {
    Given => "given",
    Received => "received",
    Neutral => "neutral",
});

/// What was exchanged, in the categories influencers value (co-creation 31 %, exclusive information
/// 28 %, payment 16 %, invitations 12 %, beta access 9 %, gifts 4 %) plus what comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Exchange {
    CoCreation,
    ExclusiveInformation,
    Invitation,
    BetaAccess,
    Gift,
    Payment,
    Content,
    Mention,
    Share,
    Introduction,
}

str_enum!(Exchange {
    CoCreation => "co_creation",
    ExclusiveInformation => "exclusive_information",
    Invitation => "invitation",
    BetaAccess => "beta_access",
    Gift => "gift",
    Payment => "payment",
    Content => "content",
    Mention => "mention",
    Share => "share",
    Introduction => "introduction",
});

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Interaction {
    pub id: String,
    pub kind: InteractionKind,
    pub direction: Direction,
    pub exchange: Option<Exchange>,
    /// UTC, RFC 3339.
    pub occurred_at: String,
    pub channel: String,
    pub our_side: String,
    /// Markdown; the UI renders it sanitised.
    pub body: String,
    /// Ids of the people involved, at least one.
    pub people: Vec<String>,
    /// Their display names, in the same order as `people`.
    pub person_names: Vec<String>,
    pub event_id: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// The colleague who had it, when one of the team roster is named.
    #[serde(default)]
    pub colleague_id: Option<String>,
    #[serde(default)]
    pub colleague_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct InteractionInput {
    pub kind: InteractionKind,
    pub direction: Direction,
    pub exchange: Option<Exchange>,
    /// RFC 3339 with an offset; defaults to now.
    pub occurred_at: Option<String>,
    pub channel: String,
    pub our_side: String,
    pub body: String,
    pub people: Vec<String>,
    pub event_id: Option<String>,
    /// A colleague of the roster who had it; `our_side` takes their name when left empty.
    pub colleague_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Note {
    pub id: String,
    pub person_id: String,
    pub body: String,
    pub pinned: bool,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct NoteInput {
    pub person_id: String,
    pub body: String,
    pub pinned: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TimelinePage {
    pub items: Vec<Interaction>,
    pub next_cursor: Option<String>,
}

/// How many exchanges of one category went each way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExchangeCount {
    /// `None` gathers given/received interactions with no category.
    pub exchange: Option<Exchange>,
    pub given: u32,
    pub received: u32,
}

/// "Give before you receive", in figures: per category, over the last 90 days and all time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Reciprocity {
    pub last_90_days: Vec<ExchangeCount>,
    pub all_time: Vec<ExchangeCount>,
    pub given_total: u32,
    pub received_total: u32,
}

/// One bar of a person's activity chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MonthActivity {
    /// `YYYY-MM` (UTC months).
    pub month: String,
    pub given: u32,
    pub received: u32,
    pub neutral: u32,
}

/// What the person page shows beside the profile: last contact, cadence, give-and-take, activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PersonInsights {
    pub last_interaction_at: Option<String>,
    /// When they go (or went) cold: last interaction + cadence.
    pub cold_at: Option<String>,
    /// Their own cadence, else their stage's default; none when contact is on hold.
    pub cadence_days: Option<u32>,
    pub reciprocity: Reciprocity,
    /// The last 12 months, oldest first.
    pub activity: Vec<MonthActivity>,
}
