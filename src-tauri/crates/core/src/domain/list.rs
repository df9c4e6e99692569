//! Hand-picked lists of people ("Paris Fashion Week shortlist"): their shape and the rules a name and a description follow.

use crate::domain::person::PersonSummary;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Long enough for "Paris Fashion Week 2027 — beauty micro-influencers", short enough for a sidebar.
pub const NAME_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 300;

/// A list as the lists screen shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct List {
    pub id: String,
    pub name: String,
    /// One line; may be empty.
    pub description: String,
    pub member_count: u32,
    pub created_at: String,
    pub updated_at: String,
}

/// A list with its members, in the order they were added, as the same rows the people list uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ListDetail {
    pub list: List,
    pub members: Vec<PersonSummary>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ListInput {
    pub name: String,
    #[serde(default)]
    #[ts(optional, as = "Option<String>")]
    pub description: String,
}

/// A rename and/or a new description; what is absent stays.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ListPatch {
    #[ts(optional)]
    pub name: Option<String>,
    #[ts(optional)]
    pub description: Option<String>,
}

/// The key names are unique by: "PFW shortlist" and "pfw Shortlist" are the same list to a person.
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Trims and checks a list's name and description; every problem is reported at once.
pub fn clean(input: ListInput) -> Result<ListInput> {
    let name = input.name.trim().to_string();
    // A description is one line: pasted text with line breaks is joined rather than refused.
    let description = input
        .description
        .split(['\r', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut errors = Vec::new();
    if name.is_empty() {
        errors.push(("name", "a list needs a name".to_string()));
    } else if name.chars().count() > NAME_MAX {
        errors.push(("name", format!("at most {NAME_MAX} characters")));
    }
    if description.chars().count() > DESCRIPTION_MAX {
        errors.push((
            "description",
            format!("at most {DESCRIPTION_MAX} characters"),
        ));
    }
    if errors.is_empty() {
        return Ok(ListInput { name, description });
    }
    Err(Error::Validation(
        errors
            .into_iter()
            .map(|(f, m)| crate::error::FieldError::new(f, m))
            .collect(),
    ))
}
