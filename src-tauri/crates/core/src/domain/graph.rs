//! The network drawn as a graph: people, organizations and our colleagues as nodes, the ties between them as edges, for the graph view and its text alternative.

use crate::domain::network::ConnectionKind;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Enough for a list or an event of a few thousand people and their ties; the view stays
/// interactive up to about ten thousand nodes, so more would only be noise.
pub const GRAPH_NODES_DEFAULT: u32 = 2_000;
pub const GRAPH_NODES_MAX: u32 = 10_000;

/// Whose network is drawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum GraphScope {
    /// A person and everything two hops from them.
    Person(String),
    /// A list's members and what they are tied to.
    List(String),
    /// An event's attendees and what they are tied to.
    Event(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GraphNodeKind {
    Person,
    Organization,
    /// One of us: a colleague on the team roster.
    Colleague,
}

/// What an edge stands for: a connection of one of the five kinds, a membership of an
/// organization, or a colleague's touchpoint with a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GraphEdgeKind {
    Knows,
    Introduced,
    WorksWith,
    Represents,
    Family,
    Member,
    Touchpoint,
}

impl From<ConnectionKind> for GraphEdgeKind {
    fn from(k: ConnectionKind) -> Self {
        match k {
            ConnectionKind::Knows => GraphEdgeKind::Knows,
            ConnectionKind::Introduced => GraphEdgeKind::Introduced,
            ConnectionKind::WorksWith => GraphEdgeKind::WorksWith,
            ConnectionKind::Represents => GraphEdgeKind::Represents,
            ConnectionKind::Family => GraphEdgeKind::Family,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct GraphNode {
    /// Unique across kinds ("p:", "o:", "c:" and the id): what edges name.
    pub key: String,
    /// The person's, organization's or colleague's own id: a click opens its page.
    pub id: String,
    pub kind: GraphNodeKind,
    pub label: String,
    /// 0 for the centre (the person, or a list's members / an event's attendees), then 1, 2.
    pub hop: u8,
    /// A person's stage, an organization's kind, a colleague's role.
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct GraphEdge {
    pub id: String,
    pub kind: GraphEdgeKind,
    /// A node's key. For a connection, the first of the pair ("introduced", "represents" read
    /// from it); a member; a colleague.
    pub source: String,
    pub target: String,
    /// A member's role, a connection's note, or a touchpoint's count and last date.
    pub label: String,
    /// How many interactions a touchpoint stands for (1 for the other kinds).
    pub count: u32,
    /// The last interaction of a touchpoint (UTC), a connection's since-date, a membership's.
    #[ts(optional)]
    pub date: Option<String>,
}

/// The graph of a scope, the nearest first, with what the cap left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct NetworkGraph {
    pub nodes: Vec<GraphNode>,
    pub edges: Vec<GraphEdge>,
    /// Nodes reached but not shown because the cap was met ("N more not shown").
    pub hidden_nodes: u32,
    /// Edges left out with them.
    pub hidden_edges: u32,
}
