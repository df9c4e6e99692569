//! Duplicate people: what the finder reports (pairs, groups, reasons, confidence) and what a merge takes from each side.

pub(crate) mod find;
pub(crate) mod merge;
pub(crate) mod names;

use crate::domain::person::PersonSummary;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Why two people may be one, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DuplicateReason {
    /// The same e-mail address (case aside).
    Email,
    /// The same handle on the same platform (however the profile was written).
    Handle,
    /// The same phone number in its normal form (E.164 where the country is known).
    Phone,
    /// The same name words: any order, case or accents.
    Name,
    /// The same name, one of them written in another script (Олег Иванов / Oleg Ivanov).
    NameOtherScript,
    /// The same last name, and a first name given as its initial (A. Dubois / Amélie Dubois).
    NameInitial,
}

impl DuplicateReason {
    /// How sure the reason alone makes us, out of 100.
    pub fn weight(self) -> u8 {
        match self {
            DuplicateReason::Email => 95,
            DuplicateReason::Handle => 90,
            DuplicateReason::Phone => 80,
            DuplicateReason::Name => 60,
            DuplicateReason::NameOtherScript => 55,
            DuplicateReason::NameInitial => 40,
        }
    }
}

/// One thing two people share: the reason and the value met (the e-mail, `instagram:cam1`, the
/// E.164 number, the folded name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DuplicateMatch {
    pub reason: DuplicateReason,
    pub value: String,
}

/// Two people who may be one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DuplicatePair {
    pub a: String,
    pub b: String,
    /// Strongest first.
    pub matches: Vec<DuplicateMatch>,
    /// Out of 100: the strongest reason's weight, a little more for each other reason.
    pub confidence: u8,
}

/// People linked by candidate pairs (two, or more when one person matches several).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DuplicateGroup {
    pub people: Vec<PersonSummary>,
    pub pairs: Vec<DuplicatePair>,
    /// The group's strongest pair.
    pub confidence: u8,
}

/// What a scan found, most certain groups first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DuplicateReport {
    pub groups: Vec<DuplicateGroup>,
    /// How many people were looked at.
    pub scanned: u32,
}

/// A pair's confidence from what it shares.
pub(crate) fn confidence(matches: &[DuplicateMatch]) -> u8 {
    let best = matches.iter().map(|m| m.reason.weight()).max().unwrap_or(0);
    let more = matches.len().saturating_sub(1).min(4) as u8 * 5;
    best.saturating_add(more).min(99)
}

pub use merge::{MergeChoices, MergeField, MergeReport};

/// `UnmergeReport` is what an undo gives back: both people as they were.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct UnmergeReport {
    pub survivor: crate::domain::person::Person,
    pub restored: crate::domain::person::Person,
}
