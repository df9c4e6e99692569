//! Our side of each relationship: the colleagues on the team, who of them dealt with a person (touchpoints), who owns the relationship, and when two of them wrote to the same person too close together (a message collision).

use crate::domain::interaction::InteractionKind;
use crate::error::{Error, FieldError, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub const NAME_MAX: usize = 80;
pub const FIELD_MAX: usize = 120;
/// Two colleagues writing to one person within this many days collide, until the setting says
/// otherwise: the seeds' "conflicting messages in a short window" is a week.
pub const COLLISION_DAYS_DEFAULT: u32 = 7;
/// The longest window the setting takes: beyond a quarter, two contacts are not one message.
pub const COLLISION_DAYS_MAX: u32 = 90;

/// A colleague on our side, with what they did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Colleague {
    pub id: String,
    pub name: String,
    pub role: String,
    pub region: String,
    pub email: String,
    /// Interactions they had, in all.
    pub interaction_count: u32,
    /// People whose owner they are.
    pub owned_count: u32,
    /// Their latest interaction (UTC, RFC 3339).
    #[ts(optional)]
    pub last_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct ColleagueInput {
    pub name: String,
    pub role: String,
    pub region: String,
    pub email: String,
}

/// One colleague's dealings with one person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Touchpoint {
    pub colleague_id: String,
    pub colleague_name: String,
    pub count: u32,
    /// Their latest interaction with the person (UTC, RFC 3339).
    pub last_at: String,
}

/// One contact that is part of a collision: who on our side, when, how.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CollisionContact {
    pub colleague_id: String,
    pub colleague_name: String,
    pub interaction_id: String,
    pub kind: InteractionKind,
    /// UTC, RFC 3339.
    pub occurred_at: String,
}

/// Two or more colleagues contacted the same person within the window: the contacts, oldest
/// first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Collision {
    pub person_id: String,
    pub person_name: String,
    pub window_days: u32,
    pub contacts: Vec<CollisionContact>,
}

/// What a person page's "our side" section shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PersonTeam {
    #[ts(optional)]
    pub owner_id: Option<String>,
    #[ts(optional)]
    pub owner_name: Option<String>,
    /// Most recent first.
    pub touchpoints: Vec<Touchpoint>,
    /// Set when two or more colleagues contacted them in the last `window_days` days.
    #[ts(optional)]
    pub collision: Option<Collision>,
    pub window_days: u32,
}

/// The key colleagues are unique by, as the migration computed it (SQLite's ASCII `lower()`).
pub fn colleague_key(name: &str) -> String {
    name.trim().to_ascii_lowercase()
}

/// Trims and checks a colleague; every problem is reported at once.
pub fn clean_colleague(input: ColleagueInput) -> Result<ColleagueInput> {
    let c = ColleagueInput {
        name: input.name.trim().to_string(),
        role: input.role.trim().to_string(),
        region: input.region.trim().to_string(),
        email: input.email.trim().to_string(),
    };
    let mut errors = Vec::new();
    if c.name.is_empty() {
        errors.push(FieldError::new("name", "a colleague needs a name"));
    } else if c.name.chars().count() > NAME_MAX {
        errors.push(FieldError::new(
            "name",
            format!("at most {NAME_MAX} characters"),
        ));
    }
    for (field, value) in [("role", &c.role), ("region", &c.region)] {
        if value.chars().count() > FIELD_MAX {
            errors.push(FieldError::new(
                field,
                format!("at most {FIELD_MAX} characters"),
            ));
        }
    }
    if !c.email.is_empty() && !crate::domain::validate::is_email(&c.email) {
        errors.push(FieldError::new(
            "email",
            "an e-mail address such as lea@example.com",
        ));
    }
    match errors.is_empty() {
        true => Ok(c),
        false => Err(Error::Validation(errors)),
    }
}

/// Checks the collision window a user typed.
pub fn clean_window(days: u32) -> Result<u32> {
    match days {
        1..=COLLISION_DAYS_MAX => Ok(days),
        _ => Err(Error::invalid(
            "collision_days",
            format!("a number of days from 1 to {COLLISION_DAYS_MAX}"),
        )),
    }
}
