//! People: create, read, change, archive, erase, and page through them in a stable order.

use crate::domain::person::{PersonInput, PersonPatch, PersonSummary};
use crate::domain::photo::Photo;
use crate::store::filter::PersonFilter;
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
    /// Defaults to 100, at most 1000.
    pub limit: Option<u32>,
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
