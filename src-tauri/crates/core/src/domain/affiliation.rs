//! Brands, competitors and exclusivity: a person's ties to brands, which brands are ours or a competitor's, and the conflicts that make reaching out to someone a risk (a competitor's ambassador, an exclusivity still running, a "do not contact").

use crate::domain::person::str_enum;
use crate::error::{Error, FieldError, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub const NOTE_MAX: usize = 2_000;

/// How a person works with a brand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AffiliationKind {
    Ambassador,
    PaidPost,
    Gifted,
    Affiliate,
    /// They promise not to work with the brand's competitors while it runs.
    Exclusive,
}

str_enum!(AffiliationKind {
    Ambassador => "ambassador",
    PaidPost => "paid_post",
    Gifted => "gifted",
    Affiliate => "affiliate",
    Exclusive => "exclusive",
});

/// Whose side a brand is on, for us.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BrandSide {
    #[default]
    None,
    Ours,
    Competitor,
}

str_enum!(BrandSide {
    None => "none",
    Ours => "ours",
    Competitor => "competitor",
});

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Affiliation {
    pub id: String,
    pub person_id: String,
    pub person_name: String,
    pub brand_id: String,
    pub brand_name: String,
    pub brand_side: BrandSide,
    pub kind: AffiliationKind,
    /// YYYY-MM-DD.
    #[ts(optional)]
    pub since: Option<String>,
    /// YYYY-MM-DD; absent while it has not ended.
    #[ts(optional)]
    pub until: Option<String>,
    pub note: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AffiliationInput {
    pub person_id: String,
    /// The brand: an organization's id.
    pub brand_id: String,
    pub kind: AffiliationKind,
    #[serde(default)]
    #[ts(optional)]
    pub since: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub until: Option<String>,
    #[serde(default)]
    #[ts(optional, as = "Option<String>")]
    pub note: String,
}

/// Why reaching out to a person is a risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// A current affiliation to a brand marked as a competitor.
    Competitor,
    /// An exclusivity with a brand not ours that has not ended.
    Exclusive,
    /// Their stage is "do not contact".
    DoNotContact,
}

str_enum!(ConflictKind {
    Competitor => "competitor",
    Exclusive => "exclusive",
    DoNotContact => "do_not_contact",
});

/// One conflict; the brand fields are set for the affiliation kinds, absent for "do not contact".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Conflict {
    pub person_id: String,
    pub person_name: String,
    pub kind: ConflictKind,
    #[ts(optional)]
    pub affiliation_id: Option<String>,
    #[ts(optional)]
    pub affiliation_kind: Option<AffiliationKind>,
    #[ts(optional)]
    pub brand_id: Option<String>,
    #[ts(optional)]
    pub brand_name: Option<String>,
    #[ts(optional)]
    pub since: Option<String>,
    #[ts(optional)]
    pub until: Option<String>,
}

/// What the user is about to do with people: each action warns of the conflicts that matter to
/// it. Adding to a list or an event warns of brand conflicts; planning a follow-up of every
/// conflict; logging an interaction (it already happened) only of "do not contact".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConflictAction {
    List,
    Event,
    Followup,
    Log,
}

impl ConflictAction {
    pub fn warns_of(self, kind: ConflictKind) -> bool {
        match self {
            ConflictAction::List | ConflictAction::Event => kind != ConflictKind::DoNotContact,
            ConflictAction::Followup => true,
            ConflictAction::Log => kind == ConflictKind::DoNotContact,
        }
    }
}

/// A flagged person of a page of the People table: their conflicts' kinds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ConflictFlag {
    pub person_id: String,
    pub kinds: Vec<ConflictKind>,
}

/// What a person page's "Brands" section shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PersonAffiliations {
    pub affiliations: Vec<Affiliation>,
    /// Their conflicts today, "do not contact" first.
    pub conflicts: Vec<Conflict>,
}

/// Which conflict one affiliation is on `today` (YYYY-MM-DD), if any: a competitor's that runs
/// today, or an exclusivity not ours that has not ended (one starting later already binds the
/// person). An affiliation to a competitor that is also exclusive is a competitor conflict.
/// `until` is the day it ended: from that day on it no longer binds, so ending one today lifts
/// its flag at once.
pub fn conflict_of(
    side: BrandSide,
    kind: AffiliationKind,
    since: Option<&str>,
    until: Option<&str>,
    today: &str,
) -> Option<ConflictKind> {
    let not_ended = until.is_none_or(|u| u > today);
    let started = since.is_none_or(|s| s <= today);
    if side == BrandSide::Competitor && started && not_ended {
        Some(ConflictKind::Competitor)
    } else if kind == AffiliationKind::Exclusive && side != BrandSide::Ours && not_ended {
        Some(ConflictKind::Exclusive)
    } else {
        None
    }
}

fn date_ok(d: &Option<String>) -> bool {
    d.as_deref()
        .is_none_or(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
}

/// Trims and checks an affiliation's dates and note; every problem is reported at once. The
/// person and the brand are checked by the store.
pub fn clean(mut input: AffiliationInput) -> Result<AffiliationInput> {
    let blank = |d: Option<String>| {
        d.map(|s| s.trim().to_string())
            .filter(|s: &String| !s.is_empty())
    };
    input.since = blank(input.since);
    input.until = blank(input.until);
    input.note = input.note.trim().to_string();
    let mut errors = Vec::new();
    if !date_ok(&input.since) {
        errors.push(FieldError::new("since", "a date such as 2026-03-12"));
    }
    if !date_ok(&input.until) {
        errors.push(FieldError::new("until", "a date such as 2026-03-12"));
    } else if let (Some(s), Some(u)) = (&input.since, &input.until) {
        if date_ok(&input.since) && u < s {
            errors.push(FieldError::new("until", "it cannot end before it starts"));
        }
    }
    if input.note.chars().count() > NOTE_MAX {
        errors.push(FieldError::new(
            "note",
            format!("at most {NOTE_MAX} characters"),
        ));
    }
    match errors.is_empty() {
        true => Ok(input),
        false => Err(Error::Validation(errors)),
    }
}
