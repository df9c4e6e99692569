//! The influencer or contact at the centre of every relationship, as callers see it.

use super::channel::{Channel, ChannelInput};
use super::photo::Photo;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The kinds of influencer the domain distinguishes (from the seed articles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum PersonKind {
    /// Consumer advocate or micro-influencer.
    ConsumerAdvocate,
    /// Opinion leader or subject expert.
    OpinionLeader,
    Celebrity,
    EmployeeAmbassador,
    B2bIndependent,
    B2bEmployee,
    Journalist,
    ReporterInfluencer,
    #[default]
    Other,
}

/// Where the relationship stands; `paused` and `do_not_contact` sit outside the progression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    #[default]
    Identified,
    Contacted,
    Engaged,
    Collaborating,
    Ambassador,
    Paused,
    DoNotContact,
}

macro_rules! str_enum {
    ($t:ty { $($v:ident => $s:literal),+ $(,)? }) => {
        impl $t {
            pub const ALL: &'static [$t] = &[$(<$t>::$v),+];
            pub fn as_str(self) -> &'static str {
                match self { $(<$t>::$v => $s),+ }
            }
            pub fn parse(s: &str) -> Option<$t> {
                match s { $($s => Some(<$t>::$v),)+ _ => None }
            }
        }
    };
}
pub(crate) use str_enum;

str_enum!(PersonKind {
    ConsumerAdvocate => "consumer_advocate",
    OpinionLeader => "opinion_leader",
    Celebrity => "celebrity",
    EmployeeAmbassador => "employee_ambassador",
    B2bIndependent => "b2b_independent",
    B2bEmployee => "b2b_employee",
    Journalist => "journalist",
    ReporterInfluencer => "reporter_influencer",
    Other => "other",
});

str_enum!(Stage {
    Identified => "identified",
    Contacted => "contacted",
    Engaged => "engaged",
    Collaborating => "collaborating",
    Ambassador => "ambassador",
    Paused => "paused",
    DoNotContact => "do_not_contact",
});

/// A stored person with everything the app knows about them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Person {
    pub id: String,
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
    pub pronouns: String,
    pub kind: PersonKind,
    pub stage: Stage,
    pub bio: String,
    pub topics: Vec<String>,
    pub languages: Vec<String>,
    pub city: String,
    pub country: String,
    pub time_zone: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub website: String,
    pub employer: String,
    /// Job title, beside the employer. Absent from bundles written before it existed.
    #[serde(default)]
    pub title: String,
    /// `YYYY-MM-DD`, or `--MM-DD` when the year is unknown (as vCard writes it), or empty.
    #[serde(default)]
    pub birthday: String,
    pub motivations: String,
    pub compensation: String,
    pub values_note: String,
    pub objectives: String,
    pub resonance: Option<u8>,
    pub reach: Option<u8>,
    pub relevance: Option<u8>,
    pub cadence_days: Option<u32>,
    /// Where the person came from: typed by hand, or set by an import (format, file, date).
    pub source: String,
    pub consent_note: String,
    pub tags: Vec<String>,
    pub archived: bool,
    pub channels: Vec<Channel>,
    /// The colleague who owns the relationship (their id); absent when no one does, and from
    /// bundles written before owners travelled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub owner_id: Option<String>,
    /// Kept beside the person (its own table); filled when a whole person is read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub photo: Option<Photo>,
    pub created_at: String,
    pub updated_at: String,
}

/// What a caller supplies to create a person. Only a name is required.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct PersonInput {
    pub first_name: String,
    pub last_name: String,
    /// Defaults to "first last" when left empty.
    pub display_name: String,
    pub pronouns: String,
    pub kind: PersonKind,
    pub stage: Stage,
    pub bio: String,
    pub topics: Vec<String>,
    pub languages: Vec<String>,
    pub city: String,
    pub country: String,
    pub time_zone: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub website: String,
    pub employer: String,
    /// Job title.
    pub title: String,
    /// `YYYY-MM-DD`, or `--MM-DD` when the year is unknown.
    pub birthday: String,
    pub motivations: String,
    pub compensation: String,
    pub values_note: String,
    pub objectives: String,
    pub resonance: Option<u8>,
    pub reach: Option<u8>,
    pub relevance: Option<u8>,
    pub cadence_days: Option<u32>,
    pub source: String,
    pub consent_note: String,
    pub tags: Vec<String>,
    pub channels: Vec<ChannelInput>,
}

/// A partial update: absent fields are left alone. For the optional numbers, `null` clears.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct PersonPatch {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub display_name: Option<String>,
    pub pronouns: Option<String>,
    pub kind: Option<PersonKind>,
    pub stage: Option<Stage>,
    pub bio: Option<String>,
    pub topics: Option<Vec<String>>,
    pub languages: Option<Vec<String>>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub time_zone: Option<String>,
    pub emails: Option<Vec<String>>,
    pub phones: Option<Vec<String>>,
    pub website: Option<String>,
    pub employer: Option<String>,
    pub title: Option<String>,
    pub birthday: Option<String>,
    pub motivations: Option<String>,
    pub compensation: Option<String>,
    pub values_note: Option<String>,
    pub objectives: Option<String>,
    #[serde(deserialize_with = "double_option")]
    #[ts(optional)]
    pub resonance: Option<Option<u8>>,
    #[serde(deserialize_with = "double_option")]
    #[ts(optional)]
    pub reach: Option<Option<u8>>,
    #[serde(deserialize_with = "double_option")]
    #[ts(optional)]
    pub relevance: Option<Option<u8>>,
    #[serde(deserialize_with = "double_option")]
    #[ts(optional)]
    pub cadence_days: Option<Option<u32>>,
    pub source: Option<String>,
    pub consent_note: Option<String>,
    pub tags: Option<Vec<String>>,
    /// Replaces the whole channel list; inputs carrying an `id` keep that channel's identity.
    pub channels: Option<Vec<ChannelInput>>,
}

/// Tells "field absent" (outer None) from "field set to null" (Some(None)).
fn double_option<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

impl PersonPatch {
    /// Applies the patch onto the input form of an existing person.
    pub fn apply(self, base: &mut PersonInput) {
        macro_rules! set {
            ($($f:ident),+) => { $( if let Some(v) = self.$f { base.$f = v; } )+ };
        }
        set!(
            first_name,
            last_name,
            display_name,
            pronouns,
            kind,
            stage,
            bio,
            topics,
            languages,
            city,
            country,
            time_zone,
            emails,
            phones,
            website,
            employer,
            title,
            birthday,
            motivations,
            compensation,
            values_note,
            objectives,
            resonance,
            reach,
            relevance,
            cadence_days,
            source,
            consent_note,
            tags,
            channels
        );
    }
}

impl From<&Person> for PersonInput {
    fn from(p: &Person) -> Self {
        PersonInput {
            first_name: p.first_name.clone(),
            last_name: p.last_name.clone(),
            display_name: p.display_name.clone(),
            pronouns: p.pronouns.clone(),
            kind: p.kind,
            stage: p.stage,
            bio: p.bio.clone(),
            topics: p.topics.clone(),
            languages: p.languages.clone(),
            city: p.city.clone(),
            country: p.country.clone(),
            time_zone: p.time_zone.clone(),
            emails: p.emails.clone(),
            phones: p.phones.clone(),
            website: p.website.clone(),
            employer: p.employer.clone(),
            title: p.title.clone(),
            birthday: p.birthday.clone(),
            motivations: p.motivations.clone(),
            compensation: p.compensation.clone(),
            values_note: p.values_note.clone(),
            objectives: p.objectives.clone(),
            resonance: p.resonance,
            reach: p.reach,
            relevance: p.relevance,
            cadence_days: p.cadence_days,
            source: p.source.clone(),
            consent_note: p.consent_note.clone(),
            tags: p.tags.clone(),
            channels: p.channels.iter().map(ChannelInput::from).collect(),
        }
    }
}

/// A row in lists and search results: enough to render a line without loading the whole person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PersonSummary {
    pub id: String,
    pub display_name: String,
    pub kind: PersonKind,
    pub stage: Stage,
    pub city: String,
    pub country: String,
    pub employer: String,
    /// The first channel, as "platform:handle", for a recognisable line in a list.
    pub primary_handle: Option<String>,
    pub archived: bool,
    pub updated_at: String,
    /// Whether a photo is kept for them, so a list asks for the photos it shows and no others.
    pub has_photo: bool,
}

/// A possible duplicate found when saving: a warning, never a refusal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DuplicateWarning {
    /// `email` or `handle`.
    pub on: String,
    pub value: String,
    pub person_id: String,
    pub display_name: String,
}

/// The result of a create or update: the saved person plus any duplicate warnings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PersonSaved {
    pub person: Person,
    pub duplicates: Vec<DuplicateWarning>,
}
