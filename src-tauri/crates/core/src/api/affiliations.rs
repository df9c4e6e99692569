//! The brands' requests: a person's affiliations, ending and removing them, the conflict check a form runs before saving, and marking a brand as ours or a competitor's.

use crate::domain::affiliation::{AffiliationInput, BrandSide, ConflictAction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct AffiliationAddReq {
    pub input: AffiliationInput,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct AffiliationUpdateReq {
    pub id: String,
    pub input: AffiliationInput,
}

/// Ends an affiliation on `on` (YYYY-MM-DD), today when absent.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct AffiliationEndReq {
    pub id: String,
    #[serde(default)]
    #[ts(optional)]
    pub on: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct AffiliationRemoveReq {
    pub id: String,
}

/// A person's affiliations and conflicts.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonAffiliationsReq {
    pub person_id: String,
}

/// Before adding people to a list or an event, planning a follow-up or logging: their conflicts
/// that matter to it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ConflictCheckReq {
    pub people: Vec<String>,
    pub action: ConflictAction,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct OrgBrandSideReq {
    pub id: String,
    pub side: BrandSide,
}
