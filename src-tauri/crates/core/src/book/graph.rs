//! The graph half of the `Book` API: a person's network two hops out, or a list's or an event's people one hop out, as nodes and edges for the graph view, capped with the rest counted.

use super::net_index::{self, Ties, Touches};
use super::Book;
use crate::domain::graph::{
    GraphEdge, GraphEdgeKind, GraphNode, GraphNodeKind, GraphScope, NetworkGraph,
    GRAPH_NODES_DEFAULT, GRAPH_NODES_MAX,
};
use crate::domain::network::ConnectionKind;
use crate::error::{Error, Result};
use crate::store::graph;
use crate::store::{events, lists, net_scan, people};
use rusqlite::Connection;

impl Book {
    /// The graph of `scope`, the nearest nodes first: for a person, them (hop 0), the people,
    /// organizations and colleagues they are tied to (1), and what those people and
    /// organizations are tied to (2); for a list or an event, its people (0) and what they are
    /// tied to (1). Past `max_nodes` nodes (2,000 unless said, 10,000 at most) the rest are
    /// counted, not shown: the whole graph is walked in memory (`net_index`), only the nodes
    /// and edges shown are read from the book.
    pub fn network_graph(
        &self,
        scope: &GraphScope,
        max_nodes: Option<u32>,
    ) -> Result<NetworkGraph> {
        let cap = max_nodes
            .unwrap_or(GRAPH_NODES_DEFAULT)
            .clamp(1, GRAPH_NODES_MAX) as usize;
        let before = net_index::before(&self.db);
        self.db.read(|c| {
            // The first read takes the snapshot the index is then checked against.
            let centre: Vec<i64> = match scope {
                GraphScope::Person(id) => vec![people::rowid_of(c, id)?],
                GraphScope::List(id) => graph::list_people(c, lists::rowid_of(c, id)?)?,
                GraphScope::Event(id) => graph::event_people(c, events::rowid_of(c, id)?)?,
            };
            let ties = self.net.ties(&self.db, c, before[0])?;
            let touches = self.net.touches(&self.db, c, before[1])?;
            let mut w = Walk::new(cap, &ties, &touches);
            match scope {
                GraphScope::Person(_) => {
                    let me = centre[0];
                    w.node(Node::Person(me), 0);
                    let (near, orgs) = w.expand(me, 0);
                    for p in near {
                        w.expand(p, 1);
                    }
                    for o in orgs {
                        for &(p, m) in ties.members_of(o) {
                            w.member(p, o, m, 2);
                        }
                    }
                }
                _ => {
                    let new: Vec<i64> = centre
                        .into_iter()
                        .filter(|&p| w.node(Node::Person(p), 0))
                        .collect();
                    for p in new {
                        w.expand(p, 0);
                    }
                }
            }
            w.read(c)
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Node {
    Person(i64),
    Org(i64),
    Colleague(i64),
}

enum Edge<'a> {
    Tie(i64, i64, i64, ConnectionKind),
    Member(i64, i64, i64),
    Touch(i64, i64, u32, &'a str),
}

/// Rowids met, as bits: a hub's two hops are tens of thousands of people, which hash sets
/// took milliseconds to remember. A rowid SQLite did not hand out itself (negative, or past
/// four billion) goes to a set instead of a bitmap that size.
#[derive(Default)]
struct Bits(Vec<u64>, std::collections::HashSet<i64>);

const BITS_MAX: i64 = 1 << 32;

impl Bits {
    /// Sets the bit; true when it was not set.
    fn insert(&mut self, r: i64) -> bool {
        if !(0..BITS_MAX).contains(&r) {
            return self.1.insert(r);
        }
        let (w, b) = ((r / 64) as usize, r % 64);
        if w >= self.0.len() {
            self.0.resize(w + 1, 0);
        }
        let new = self.0[w] & (1 << b) == 0;
        self.0[w] |= 1 << b;
        new
    }

    fn contains(&self, r: i64) -> bool {
        if !(0..BITS_MAX).contains(&r) {
            return self.1.contains(&r);
        }
        let (w, b) = ((r / 64) as usize, r % 64);
        self.0.get(w).is_some_and(|x| x & (1 << b) != 0)
    }
}

/// Walks the whole graph by rowid, in the order nodes are met; the first `cap` nodes are shown,
/// an edge is shown when both its ends are, the rest only counted.
struct Walk<'a> {
    cap: usize,
    ties: &'a Ties,
    touches: &'a Touches,
    /// Every node met, by kind (people, organizations, colleagues), and those shown.
    seen: [Bits; 3],
    shown_bits: [Bits; 3],
    met: usize,
    shown: Vec<(Node, u8)>,
    /// People whose ties were walked: a tie or a membership met again from its other side.
    expanded: Bits,
    edges: Vec<Edge<'a>>,
    hidden_edges: u32,
}

impl Node {
    fn split(self) -> (usize, i64) {
        match self {
            Node::Person(r) => (0, r),
            Node::Org(r) => (1, r),
            Node::Colleague(r) => (2, r),
        }
    }
}

impl<'a> Walk<'a> {
    fn new(cap: usize, ties: &'a Ties, touches: &'a Touches) -> Self {
        Walk {
            cap,
            ties,
            touches,
            seen: Default::default(),
            shown_bits: Default::default(),
            met: 0,
            shown: Vec::new(),
            expanded: Bits::default(),
            edges: Vec::new(),
            hidden_edges: 0,
        }
    }

    /// Meets a node at `hop`; true when it is new (so worth expanding, shown or not: what is
    /// past the cap is counted as truly as what is shown).
    fn node(&mut self, n: Node, hop: u8) -> bool {
        let (k, r) = n.split();
        if !self.seen[k].insert(r) {
            return false;
        }
        self.met += 1;
        if self.shown.len() < self.cap {
            self.shown_bits[k].insert(r);
            self.shown.push((n, hop));
        }
        true
    }

    fn is_shown(&self, n: Node) -> bool {
        let (k, r) = n.split();
        self.shown_bits[k].contains(r)
    }

    fn edge(&mut self, ends: (Node, Node), e: Edge<'a>) {
        if self.is_shown(ends.0) && self.is_shown(ends.1) {
            self.edges.push(e);
        } else {
            self.hidden_edges += 1;
        }
    }

    /// A membership seen from either side; the side not yet there comes in at `hop`. Returns
    /// whether the organization is new.
    fn membership(&mut self, person: i64, org: i64, m: i64, hop: u8) -> bool {
        self.node(Node::Person(person), hop);
        let org_new = self.node(Node::Org(org), hop);
        let e = Edge::Member(m, person, org);
        self.edge((Node::Person(person), Node::Org(org)), e);
        org_new
    }

    /// An organization's member brought in at `hop`, unless their own walk met the membership.
    fn member(&mut self, person: i64, org: i64, m: i64, hop: u8) {
        if !self.expanded.contains(person) {
            self.membership(person, org, m, hop);
        }
    }

    /// Everything a person (at `hop`) is tied to, brought in at `hop + 1`: returns the people
    /// and organizations that are new, for the next hop.
    fn expand(&mut self, me: i64, hop: u8) -> (Vec<i64>, Vec<i64>) {
        let (mut near, mut orgs) = (Vec::new(), Vec::new());
        let (ties, touches) = (self.ties, self.touches);
        self.expanded.insert(me);
        for t in ties.of(me) {
            if self.node(Node::Person(t.other), hop + 1) {
                near.push(t.other);
            }
            if self.expanded.contains(t.other) {
                continue; // met when the other was walked
            }
            let (from, to) = match t.outgoing {
                true => (me, t.other),
                false => (t.other, me),
            };
            let ends = (Node::Person(from), Node::Person(to));
            self.edge(ends, Edge::Tie(t.conn, from, to, t.kind));
        }
        for &(o, m) in ties.orgs_of(me) {
            if self.membership(me, o, m, hop + 1) {
                orgs.push(o);
            }
        }
        for t in touches.of(me) {
            self.node(Node::Colleague(t.colleague), hop + 1);
            // A person is walked once, so each touchpoint edge is met once.
            let ends = (Node::Colleague(t.colleague), Node::Person(me));
            self.edge(ends, Edge::Touch(t.colleague, me, t.count, &t.last));
        }
        (near, orgs)
    }

    /// Reads what the shown nodes and edges say (names, ids, notes) in a few bulk reads.
    fn read(self, c: &Connection) -> Result<NetworkGraph> {
        let mut rowids: [Vec<i64>; 3] = Default::default();
        for (n, _) in &self.shown {
            match *n {
                Node::Person(r) => rowids[0].push(r),
                Node::Org(r) => rowids[1].push(r),
                Node::Colleague(r) => rowids[2].push(r),
            }
        }
        let (mut conns, mut members) = (Vec::new(), Vec::new());
        for e in &self.edges {
            match *e {
                Edge::Tie(r, ..) => conns.push(r),
                Edge::Member(r, ..) => members.push(r),
                Edge::Touch(..) => {}
            }
        }
        let ppl = net_scan::people(c, &rowids[0])?;
        let orgs = net_scan::orgs(c, &rowids[1])?;
        let cols = net_scan::colleagues(c, &rowids[2])?;
        let conns = net_scan::connections(c, &conns)?;
        let members = net_scan::memberships(c, &members)?;
        // The index and the book are the same snapshot: a row missing here is a bug, said so.
        let missing = |what: &'static str, r: i64| Error::NotFound {
            what,
            id: r.to_string(),
        };
        let node = |n: Node| -> Result<(GraphNodeKind, &(String, String, String))> {
            Ok(match n {
                Node::Person(r) => (
                    GraphNodeKind::Person,
                    ppl.get(&r).ok_or_else(|| missing("person", r))?,
                ),
                Node::Org(r) => (
                    GraphNodeKind::Organization,
                    orgs.get(&r).ok_or_else(|| missing("organization", r))?,
                ),
                Node::Colleague(r) => (
                    GraphNodeKind::Colleague,
                    cols.get(&r).ok_or_else(|| missing("colleague", r))?,
                ),
            })
        };
        let mut out = NetworkGraph::default();
        for &(n, hop) in &self.shown {
            let (kind, (id, label, detail)) = node(n)?;
            out.nodes.push(GraphNode {
                key: key(kind, id),
                id: id.clone(),
                kind,
                label: label.clone(),
                hop,
                detail: detail.clone(),
            });
        }
        let id_of = |n: Node| node(n).map(|(kind, d)| key(kind, &d.0));
        for e in &self.edges {
            out.edges.push(match *e {
                Edge::Tie(r, from, to, kind) => {
                    let (id, note, since) =
                        conns.get(&r).ok_or_else(|| missing("connection", r))?;
                    GraphEdge {
                        id: id.clone(),
                        kind: kind.into(),
                        source: id_of(Node::Person(from))?,
                        target: id_of(Node::Person(to))?,
                        label: note.clone(),
                        count: 1,
                        date: since.clone(),
                    }
                }
                Edge::Member(r, p, o) => {
                    let (id, role, since) =
                        members.get(&r).ok_or_else(|| missing("membership", r))?;
                    GraphEdge {
                        id: id.clone(),
                        kind: GraphEdgeKind::Member,
                        source: id_of(Node::Person(p))?,
                        target: id_of(Node::Org(o))?,
                        label: role.clone(),
                        count: 1,
                        date: since.clone(),
                    }
                }
                Edge::Touch(col, p, count, last) => {
                    let colleague = &node(Node::Colleague(col))?.1 .0;
                    let person = &node(Node::Person(p))?.1 .0;
                    GraphEdge {
                        id: format!("t:{colleague}:{person}"),
                        kind: GraphEdgeKind::Touchpoint,
                        source: key(GraphNodeKind::Colleague, colleague),
                        target: key(GraphNodeKind::Person, person),
                        label: String::new(),
                        count,
                        date: Some(last.to_string()),
                    }
                }
            });
        }
        out.hidden_nodes = (self.met - self.shown.len()) as u32;
        out.hidden_edges = self.hidden_edges;
        Ok(out)
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
