//! The graph half of the `Book` API: a person's network two hops out, or a list's or an event's people one hop out, as nodes and edges for the graph view, capped with the rest counted.

use super::Book;
use crate::domain::graph::{
    GraphEdge, GraphEdgeKind, GraphNode, GraphNodeKind, GraphScope, NetworkGraph,
    GRAPH_NODES_DEFAULT, GRAPH_NODES_MAX,
};
use crate::error::Result;
use crate::store::graph::{self, MemberRow, PersonRow};
use crate::store::{events, lists, people};
use rusqlite::Connection;
use std::collections::HashSet;

impl Book {
    /// The graph of `scope`, the nearest nodes first: for a person, them (hop 0), the people,
    /// organizations and colleagues they are tied to (1), and what those people and
    /// organizations are tied to (2); for a list or an event, its people (0) and what they are
    /// tied to (1). Past `max_nodes` nodes (2,000 unless said, 10,000 at most) the rest are
    /// counted, not shown.
    pub fn network_graph(
        &self,
        scope: &GraphScope,
        max_nodes: Option<u32>,
    ) -> Result<NetworkGraph> {
        let cap = max_nodes
            .unwrap_or(GRAPH_NODES_DEFAULT)
            .clamp(1, GRAPH_NODES_MAX) as usize;
        self.db.read(|c| {
            let mut g = Builder::new(cap);
            match scope {
                GraphScope::Person(id) => {
                    let me = graph::person(c, people::rowid_of(c, id)?)?;
                    g.person(&me, 0);
                    let (near, orgs) = g.expand(c, me.0, 0)?;
                    for p in near {
                        g.expand(c, p, 1)?;
                    }
                    for o in orgs {
                        for m in graph::members_of(c, o)? {
                            g.membership(&m, 2);
                        }
                    }
                }
                GraphScope::List(id) => {
                    let centre = graph::list_people(c, lists::rowid_of(c, id)?)?;
                    g.centre(c, &centre)?;
                }
                GraphScope::Event(id) => {
                    let centre = graph::event_people(c, events::rowid_of(c, id)?)?;
                    g.centre(c, &centre)?;
                }
            }
            Ok(g.done())
        })
    }
}

/// Collects nodes up to the cap; keeps edges whose two ends are shown and counts the others.
struct Builder {
    cap: usize,
    out: NetworkGraph,
    shown: HashSet<String>,
    hidden: HashSet<String>,
    edges: HashSet<String>,
}

impl Builder {
    fn new(cap: usize) -> Self {
        Builder {
            cap,
            out: NetworkGraph::default(),
            shown: HashSet::new(),
            hidden: HashSet::new(),
            edges: HashSet::new(),
        }
    }

    /// Adds the node unless it is there; true when it is new and shown (so worth expanding).
    fn node(&mut self, kind: GraphNodeKind, id: &str, label: &str, hop: u8, detail: &str) -> bool {
        let key = key(kind, id);
        if self.shown.contains(&key) || self.hidden.contains(&key) {
            return false;
        }
        if self.out.nodes.len() >= self.cap {
            self.hidden.insert(key);
            return false;
        }
        self.shown.insert(key.clone());
        self.out.nodes.push(GraphNode {
            key,
            id: id.to_string(),
            kind,
            label: label.to_string(),
            hop,
            detail: detail.to_string(),
        });
        true
    }

    fn person(&mut self, p: &PersonRow, hop: u8) -> bool {
        self.node(GraphNodeKind::Person, &p.1, &p.2, hop, &p.3)
    }

    fn edge(&mut self, e: GraphEdge) {
        if !self.edges.insert(e.id.clone()) {
            return;
        }
        if self.shown.contains(&e.source) && self.shown.contains(&e.target) {
            self.out.edges.push(e);
        } else {
            self.out.hidden_edges += 1;
        }
    }

    /// A membership seen from either side; the side not yet there comes in at `hop`. Returns
    /// whether the organization is new.
    fn membership(&mut self, m: &MemberRow, hop: u8) -> bool {
        self.person(&m.person, hop);
        let org_new = self.node(
            GraphNodeKind::Organization,
            &m.org.1,
            &m.org.2,
            hop,
            &m.org.3,
        );
        self.edge(GraphEdge {
            id: m.id.clone(),
            kind: GraphEdgeKind::Member,
            source: key(GraphNodeKind::Person, &m.person.1),
            target: key(GraphNodeKind::Organization, &m.org.1),
            label: m.role.clone(),
            count: 1,
            date: m.since.clone(),
        });
        org_new
    }

    /// Everything a person (at `hop`) is tied to, brought in at `hop + 1`: returns the people
    /// and organizations that are new, for the next hop.
    fn expand(&mut self, c: &Connection, rowid: i64, hop: u8) -> Result<(Vec<i64>, Vec<i64>)> {
        let me = graph::person(c, rowid)?;
        let mine = key(GraphNodeKind::Person, &me.1);
        let (mut near, mut orgs) = (Vec::new(), Vec::new());
        for t in graph::ties_of(c, rowid)? {
            if self.person(&t.other, hop + 1) {
                near.push(t.other.0);
            }
            let other = key(GraphNodeKind::Person, &t.other.1);
            let (source, target) = match t.outgoing {
                true => (mine.clone(), other),
                false => (other, mine.clone()),
            };
            self.edge(GraphEdge {
                id: t.id,
                kind: t.kind.into(),
                source,
                target,
                label: t.note,
                count: 1,
                date: t.since,
            });
        }
        for m in graph::orgs_of(c, rowid)? {
            if self.membership(&m, hop + 1) {
                orgs.push(m.org.0);
            }
        }
        for (id, name, role, count, last) in graph::touches_of(c, rowid)? {
            self.node(GraphNodeKind::Colleague, &id, &name, hop + 1, &role);
            self.edge(GraphEdge {
                id: format!("t:{id}:{}", me.1),
                kind: GraphEdgeKind::Touchpoint,
                source: key(GraphNodeKind::Colleague, &id),
                target: mine.clone(),
                label: String::new(),
                count,
                date: Some(last),
            });
        }
        Ok((near, orgs))
    }

    /// A list's or an event's people at hop 0, then what each is tied to.
    fn centre(&mut self, c: &Connection, centre: &[PersonRow]) -> Result<()> {
        let shown: Vec<i64> = centre
            .iter()
            .filter(|p| self.person(p, 0))
            .map(|p| p.0)
            .collect();
        for rowid in shown {
            self.expand(c, rowid, 0)?;
        }
        Ok(())
    }

    fn done(mut self) -> NetworkGraph {
        self.out.hidden_nodes = self.hidden.len() as u32;
        self.out
    }
}

fn key(kind: GraphNodeKind, id: &str) -> String {
    let tag = match kind {
        GraphNodeKind::Person => "p",
        GraphNodeKind::Organization => "o",
        GraphNodeKind::Colleague => "c",
    };
    format!("{tag}:{id}")
}
