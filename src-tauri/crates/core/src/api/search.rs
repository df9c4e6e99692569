//! Search: people as you type, and words in interactions and notes.

use crate::store::filter::PersonFilter;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct SearchReq {
    pub query: String,
    pub filter: PersonFilter,
    /// Defaults to 50, at most 500.
    pub limit: Option<u32>,
}

/// Interactions and notes whose text matches every term (3+ letters each).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct TextSearchReq {
    pub query: String,
    /// Defaults to 20.
    #[ts(optional)]
    pub limit: Option<u32>,
}
