//! Smart lists, the saved filters: save, change, delete, read with live counts.

use crate::domain::smart_list::SmartListInput;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct SmartListCreateReq {
    pub input: SmartListInput,
}

/// Replaces the name, filter and sort.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct SmartListUpdateReq {
    pub id: String,
    pub input: SmartListInput,
}

/// Deletes (`smart_list_delete`) or reads (`smart_list_get`) one smart list.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct SmartListIdReq {
    pub id: String,
}
