//! The team's requests: the colleagues on our side, a person's touchpoints and owner, and message collisions.

use crate::domain::team::ColleagueInput;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct ColleagueCreateReq {
    pub input: ColleagueInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct ColleagueUpdateReq {
    pub id: String,
    pub input: ColleagueInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct ColleagueDeleteReq {
    pub id: String,
}

/// A person's owner and touchpoints, and a recent collision.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonTeamReq {
    pub person_id: String,
}

/// Makes a colleague the person's owner; without `owner_id`, the person has none.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonOwnerSetReq {
    pub person_id: String,
    #[serde(default)]
    #[ts(optional)]
    pub owner_id: Option<String>,
}

/// Before logging: who else on our side contacted these people around that time.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct CollisionCheckReq {
    pub people: Vec<String>,
    /// The colleague about to log it.
    pub colleague_id: String,
    /// As the log form sends it (a wall time in the book's zone, or RFC 3339); now when absent.
    #[serde(default)]
    #[ts(optional)]
    pub occurred_at: Option<String>,
    /// The interaction being edited, which does not collide with itself.
    #[serde(default)]
    #[ts(optional)]
    pub except: Option<String>,
}

/// Every recent collision; `days` overrides the setting's window.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct CollisionsReq {
    #[serde(default)]
    #[ts(optional)]
    pub days: Option<u32>,
}
