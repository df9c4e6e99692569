//! The network around a person: organizations they belong to and the people they know, with the rules their fields follow and how much each kind of tie is worth for an introduction.

use crate::domain::person::str_enum;
use crate::error::{Error, FieldError, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Long enough for "Ogilvy Social.Lab Paris — Influence & Creators", short enough for a chip.
pub const ORG_NAME_MAX: usize = 160;
pub const NOTE_MAX: usize = 2_000;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Agency,
    /// A talent manager or multi-channel network.
    TalentManager,
    /// A media outlet.
    Media,
    Brand,
    #[default]
    Company,
}

str_enum!(OrgKind {
    Agency => "agency",
    TalentManager => "talent_manager",
    Media => "media",
    Brand => "brand",
    Company => "company",
});

/// How two people are tied. `Introduced` and `Represents` read from the first to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConnectionKind {
    Knows,
    /// The first introduced the second (to us, or to the world of this book).
    Introduced,
    WorksWith,
    /// The first is the second's agent or manager.
    Represents,
    /// Family or partner.
    Family,
}

str_enum!(ConnectionKind {
    Knows => "knows",
    Introduced => "introduced",
    WorksWith => "works_with",
    Represents => "represents",
    Family => "family",
});

impl ConnectionKind {
    /// How likely a warm introduction along this tie is, from 1 (weak) to 3 (strong): an agent
    /// answers for their talent, family and close colleagues pass a message on, an acquaintance
    /// may not.
    pub fn strength(self) -> u8 {
        match self {
            ConnectionKind::Represents | ConnectionKind::Family => 3,
            ConnectionKind::WorksWith | ConnectionKind::Introduced => 2,
            ConnectionKind::Knows => 1,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub kind: OrgKind,
    pub website: String,
    /// ISO 3166-1 alpha-2, or empty.
    pub country: String,
    pub notes: String,
    /// People who belong to it (past members too).
    pub member_count: u32,
    /// Whether it is our brand, a competitor's, or neither (migration 0013).
    pub brand_side: crate::domain::affiliation::BrandSide,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct OrganizationInput {
    pub name: String,
    pub kind: OrgKind,
    pub website: String,
    pub country: String,
    pub notes: String,
}

/// An organization with its people, as its page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct OrganizationDetail {
    pub organization: Organization,
    pub members: Vec<Membership>,
    /// The latest interactions with any of its people, newest first (at most 20).
    pub latest: Vec<crate::domain::interaction::Interaction>,
}

/// A person's place in an organization, seen from either side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Membership {
    pub person_id: String,
    pub person_name: String,
    pub organization_id: String,
    pub organization_name: String,
    pub role: String,
    #[ts(optional)]
    pub since: Option<String>,
    #[ts(optional)]
    pub until: Option<String>,
    /// The organization the person's employer field names.
    pub employer: bool,
    /// Where our relationship with the person stands.
    pub person_stage: crate::domain::person::Stage,
}

/// A connection as one person's page shows it: the other person and how they are tied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Connection {
    pub id: String,
    pub kind: ConnectionKind,
    /// True when the person whose connections these are is the first of the pair ("introduced"
    /// them, "represents" them); false when they are the second.
    pub outgoing: bool,
    pub other_id: String,
    pub other_name: String,
    pub note: String,
    #[ts(optional)]
    pub since: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ConnectionInput {
    pub from: String,
    pub to: String,
    pub kind: ConnectionKind,
    #[serde(default)]
    #[ts(optional, as = "Option<String>")]
    pub note: String,
    #[serde(default)]
    #[ts(optional)]
    pub since: Option<String>,
}

/// One step of an introduction path: the person reached and the tie that reaches them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Hop {
    pub person_id: String,
    pub name: String,
    pub kind: ConnectionKind,
    /// 1 (weak) to 3 (strong): `ConnectionKind::strength`.
    pub strength: u8,
}

/// A warm way to someone: from a person we are close to, hop by hop, to the target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct IntroPath {
    /// The person we are close to, where the path starts.
    pub from_id: String,
    pub from_name: String,
    /// In order; the last hop reaches the target.
    pub hops: Vec<Hop>,
}

/// The key organization names are unique by. ASCII case only, as SQLite's `lower()` that
/// migration 0010 used to turn employers into organizations, so a name typed later finds them.
pub fn org_name_key(name: &str) -> String {
    name.trim().to_ascii_lowercase()
}

fn date_ok(d: &Option<String>) -> bool {
    d.as_deref()
        .is_none_or(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
}

/// Trims and checks an organization; every problem is reported at once.
pub fn clean_org(input: OrganizationInput) -> Result<OrganizationInput> {
    let o = OrganizationInput {
        name: input.name.trim().to_string(),
        kind: input.kind,
        website: input.website.trim().to_string(),
        country: input.country.trim().to_ascii_uppercase(),
        notes: input.notes.trim().to_string(),
    };
    let mut errors = Vec::new();
    if o.name.is_empty() {
        errors.push(FieldError::new("name", "an organization needs a name"));
    } else if o.name.chars().count() > ORG_NAME_MAX {
        errors.push(FieldError::new(
            "name",
            format!("at most {ORG_NAME_MAX} characters"),
        ));
    }
    if !o.country.is_empty() && !crate::domain::countries::codes().contains(&o.country.as_str()) {
        errors.push(FieldError::new(
            "country",
            "a country code such as FR, GH or TH",
        ));
    }
    if o.notes.chars().count() > NOTE_MAX {
        errors.push(FieldError::new(
            "notes",
            format!("at most {NOTE_MAX} characters"),
        ));
    }
    match errors.is_empty() {
        true => Ok(o),
        false => Err(Error::Validation(errors)),
    }
}

/// Trims and checks a connection's note and date; the people are checked by the store.
pub fn clean_connection(mut input: ConnectionInput) -> Result<ConnectionInput> {
    input.note = input.note.trim().to_string();
    input.since = input
        .since
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    let mut errors = Vec::new();
    if input.from == input.to {
        errors.push(FieldError::new(
            "to",
            "a person cannot be connected to themselves",
        ));
    }
    if input.note.chars().count() > NOTE_MAX {
        errors.push(FieldError::new(
            "note",
            format!("at most {NOTE_MAX} characters"),
        ));
    }
    if !date_ok(&input.since) {
        errors.push(FieldError::new("since", "a date such as 2024-03-12"));
    }
    match errors.is_empty() {
        true => Ok(input),
        false => Err(Error::Validation(errors)),
    }
}
