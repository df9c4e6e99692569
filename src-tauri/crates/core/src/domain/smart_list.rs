//! Smart lists ("French beauty creators over 100k not contacted in 60 days"): a filter and a sort saved under a name; the members are whoever matches now.

use crate::api::PersonSort;
use crate::domain::list::NAME_MAX;
use crate::error::{Error, Result};
use crate::store::filter::PersonFilter;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A smart list as the sidebar shows it, with how many people match now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SmartList {
    pub id: String,
    pub name: String,
    pub filter: PersonFilter,
    pub sort: PersonSort,
    pub descending: bool,
    /// Matching now (archived people only if the filter asks for them).
    pub count: u32,
    pub created_at: String,
    pub updated_at: String,
}

/// What a smart list is made of: a name, a filter, a sort.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct SmartListInput {
    pub name: String,
    pub filter: PersonFilter,
    pub sort: PersonSort,
    pub descending: bool,
}

/// Trims the name and checks it and the filter.
pub fn clean(mut input: SmartListInput) -> Result<SmartListInput> {
    input.name = input.name.trim().to_string();
    if input.name.is_empty() {
        return Err(Error::invalid("name", "a smart list needs a name"));
    }
    if input.name.chars().count() > NAME_MAX {
        return Err(Error::invalid(
            "name",
            format!("at most {NAME_MAX} characters"),
        ));
    }
    input.filter.check()?;
    input.filter.as_of = None;
    Ok(input)
}
