//! The network's requests: organizations and memberships, connections between people, and introduction paths.

use crate::domain::network::{
    Connection, ConnectionInput, IntroPath, Membership, OrganizationInput,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct OrgCreateReq {
    pub input: OrganizationInput,
}

/// Replaces an organization's fields (the page edits its notes, website, country, kind).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct OrgUpdateReq {
    pub id: String,
    pub input: OrganizationInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct OrgDetailReq {
    pub id: String,
}

/// Puts a person in an organization, or changes their role and dates there.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct MembershipSetReq {
    pub person_id: String,
    pub org_id: String,
    #[serde(default)]
    #[ts(optional, as = "Option<String>")]
    pub role: String,
    #[serde(default)]
    #[ts(optional)]
    pub since: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub until: Option<String>,
    /// It is their employer: their employer field takes its name.
    #[serde(default)]
    #[ts(optional, as = "Option<bool>")]
    pub employer: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct MembershipRemoveReq {
    pub person_id: String,
    pub org_id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ConnectReq {
    pub input: ConnectionInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct DisconnectReq {
    pub id: String,
}

/// A person's connections, organizations, and (when asked) who can introduce us to them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonNetworkReq {
    pub person_id: String,
    /// Also search the introduction paths: a search of three hops, asked for by the page's
    /// button rather than run on every page open.
    #[serde(default)]
    #[ts(optional, as = "Option<bool>")]
    pub intro_paths: bool,
}

/// What a person page's network section shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct PersonNetwork {
    pub connections: Vec<Connection>,
    pub memberships: Vec<Membership>,
    /// The warmest ways to them, at most five; empty unless asked for.
    pub intro_paths: Vec<IntroPath>,
}

/// The graph of a person's network, a list's or an event's; `max_nodes` caps it (2,000 unless
/// said, 10,000 at most).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct NetworkGraphReq {
    pub scope: crate::domain::graph::GraphScope,
    #[serde(default)]
    #[ts(optional)]
    pub max_nodes: Option<u32>,
}
