//! Lists, the hand-picked groups of people: create, change, fill, read.

use crate::domain::list::{ListInput, ListPatch};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct ListCreateReq {
    pub input: ListInput,
}

/// Rename and/or describe.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct ListUpdateReq {
    pub id: String,
    pub patch: ListPatch,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct ListDeleteReq {
    pub id: String,
}

/// The list with its members.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct ListDetailReq {
    pub id: String,
}

/// Puts people on a list (`list_add`) or takes them off (`list_remove`); both are idempotent.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct ListMembersReq {
    pub id: String,
    pub person_ids: Vec<String>,
}

/// The lists a person is on.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonListsReq {
    pub person_id: String,
}
