//! People: create, read, change, archive, erase, and page through them in a stable order.

use crate::domain::person::{PersonInput, PersonPatch, PersonSummary};
use crate::domain::photo::Photo;
use crate::store::filter::PersonFilter;
use crate::store::filter_relation::CadenceState;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonCreateReq {
    pub input: PersonInput,
    /// Who introduced them (a person's id): an "introduced" connection made with them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub introduced_by: Option<String>,
}

/// "Already in your book?": the person about to be created or saved, for `person_existing`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonExistingReq {
    pub input: PersonInput,
    /// The person being edited, when the form edits someone: never offered as themselves.
    #[serde(default)]
    #[ts(optional)]
    pub except: Option<String>,
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

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonInsightsReq {
    pub person_id: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum PersonSort {
    #[default]
    Name,
    Created,
    Updated,
    /// Oldest contact first (the never contacted before all); descending: most recent first.
    LastContact,
    /// Soonest open follow-up first, those with none last.
    NextFollowup,
    /// Smallest largest-audience first (none known before all); descending: the biggest first.
    Audience,
    /// Longest gone cold first (by going-cold date), those without a cadence last.
    Cadence,
}

impl PersonSort {
    pub fn as_str(self) -> &'static str {
        match self {
            PersonSort::Name => "name",
            PersonSort::Created => "created",
            PersonSort::Updated => "updated",
            PersonSort::LastContact => "last_contact",
            PersonSort::NextFollowup => "next_followup",
            PersonSort::Audience => "audience",
            PersonSort::Cadence => "cadence",
        }
    }

    pub fn parse(s: &str) -> Option<PersonSort> {
        [
            PersonSort::Name,
            PersonSort::Created,
            PersonSort::Updated,
            PersonSort::LastContact,
            PersonSort::NextFollowup,
            PersonSort::Audience,
            PersonSort::Cadence,
        ]
        .into_iter()
        .find(|x| x.as_str() == s.trim().to_ascii_lowercase().replace('-', "_"))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct PersonListReq {
    pub filter: PersonFilter,
    pub sort: PersonSort,
    pub descending: bool,
    /// From a previous page's `next_cursor`.
    pub cursor: Option<String>,
    /// For jumping into the middle of a long list (a dragged scrollbar); ignored with a cursor.
    pub offset: Option<u32>,
    /// Defaults to 100, at most 1000. 0: the total only, no rows (the search box's total,
    /// which needs no page: finding a first row of a one-letter query cost it 10–30 ms).
    pub limit: Option<u32>,
    /// When set, `total` stops counting past this many: it is then `count_cap + 1`, read as
    /// "more than `count_cap`". For the search box, which shows a total at every keystroke:
    /// counting every match of a one- or two-letter query takes 30–100 ms at 100k people.
    pub count_cap: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PersonPage {
    pub items: Vec<PersonSummary>,
    /// Absent on the last page.
    pub next_cursor: Option<String>,
    /// How many people match the filter in all.
    pub total: u32,
    /// The country the filter's country box was read as (ISO alpha-2), for the box to show what
    /// it understood; absent when the box is empty or names no country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub country: Option<String>,
    /// What the work list shows of each of `items`, in the same order.
    pub work: Vec<PersonWork>,
    /// The people of `items` with a conflict (brands, "do not contact"), in the same order;
    /// read for the whole page at once.
    #[serde(default)]
    pub conflicts: Vec<crate::domain::affiliation::ConflictFlag>,
}

/// The columns a relations manager works by, for one person of a page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PersonWork {
    pub id: String,
    /// Counted no later than it was written down; absent when never contacted.
    pub last_contact_at: Option<String>,
    /// The earliest open follow-up's due time (UTC).
    pub next_followup_at: Option<String>,
    pub cadence: CadenceState,
    /// The largest audience known, any platform.
    #[ts(type = "number | null")]
    pub audience: Option<u64>,
    /// Each channel's audience, as known, largest first.
    pub audiences: Vec<ChannelAudience>,
    pub topics: Vec<String>,
    pub languages: Vec<String>,
    /// The names of the hand-picked lists they are on.
    pub lists: Vec<String>,
    pub source: String,
    /// When they were added to the book.
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ChannelAudience {
    pub platform: String,
    #[ts(type = "number")]
    pub audience: u64,
}

/// The photos of the people a list shows (those with `has_photo`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonPhotosReq {
    pub ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PersonPhoto {
    pub person_id: String,
    pub photo: Photo,
}

/// A new photo for a person: the image's bytes in base64 (its type is read from them).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonPhotoSetReq {
    pub id: String,
    pub data: String,
}

/// Where a person came from: the imports that created or changed them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonSourcesReq {
    pub id: String,
}
