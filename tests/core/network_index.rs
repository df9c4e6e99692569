//! Issue 16's speed work: the network is walked in memory, so a capped graph must still count everything it leaves out, and the graph and the introduction paths must follow every write (this process's, and another program's on the same file).

use crate::support::{book, raw, TestBook};
use liaison_core::{
    ColleagueInput, ConnectionInput, ConnectionKind, GraphScope, InteractionInput, InteractionKind,
    NetworkGraph, OrganizationInput,
};
use std::collections::BTreeSet;

fn tie(tb: &TestBook, from: &str, to: &str, kind: ConnectionKind) -> String {
    tb.book
        .connect(ConnectionInput {
            from: from.into(),
            to: to.into(),
            kind,
            note: String::new(),
            since: None,
        })
        .expect("a valid connection")
        .id
}

fn graph(tb: &TestBook, id: &str, cap: Option<u32>) -> NetworkGraph {
    tb.book
        .network_graph(&GraphScope::Person(id.to_string()), cap)
        .unwrap()
}

fn labels(g: &NetworkGraph) -> BTreeSet<String> {
    g.nodes.iter().map(|n| n.label.clone()).collect()
}

fn from_names(tb: &TestBook, target: &str) -> Vec<String> {
    tb.book
        .intro_paths(target, 5)
        .unwrap()
        .into_iter()
        .map(|p| p.from_name)
        .collect()
}

/// Centre knows five people who each know two more; the centre works at Ogilvy with three
/// others; our colleague Sam wrote to the first friend. Every cap from 1 to the whole graph.
#[test]
fn a_capped_graph_shows_the_nearest_and_counts_every_node_and_edge_left_out() {
    let tb = book();
    let centre = tb.person("Centre Person");
    let ogilvy = tb
        .book
        .org_create(OrganizationInput {
            name: "Ogilvy".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    tb.book
        .membership_set(&centre, &ogilvy, "Creator", None, None, true)
        .unwrap();
    for m in 1..=3 {
        let p = tb.person(&format!("Member {m}"));
        tb.book
            .membership_set(&p, &ogilvy, "Staff", None, None, false)
            .unwrap();
    }
    let mut friends = Vec::new();
    for f in 1..=5 {
        let friend = tb.person(&format!("Friend {f}"));
        tie(&tb, &centre, &friend, ConnectionKind::Knows);
        for q in 1..=2 {
            let far = tb.person(&format!("Far {f}.{q}"));
            tie(&tb, &friend, &far, ConnectionKind::WorksWith);
        }
        friends.push(friend);
    }
    // Two friends who know each other: one edge, met from both sides.
    tie(&tb, &friends[0], &friends[1], ConnectionKind::Family);
    let sam = tb
        .book
        .colleague_create(ColleagueInput {
            name: "Sam Okafor".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    tb.book
        .interaction_create(InteractionInput {
            kind: InteractionKind::Email,
            occurred_at: Some("2026-11-20T10:00:00Z".into()),
            people: vec![friends[0].clone()],
            colleague_id: Some(sam),
            ..Default::default()
        })
        .unwrap();

    let whole = graph(&tb, &centre, None);
    // Centre, Ogilvy, 3 members, 5 friends, 10 far, Sam.
    assert_eq!(whole.nodes.len(), 21, "{:?}", labels(&whole));
    assert_eq!((whole.hidden_nodes, whole.hidden_edges), (0, 0));
    let all_edges: BTreeSet<String> = whole.edges.iter().map(|e| e.id.clone()).collect();
    assert_eq!(
        all_edges.len(),
        whole.edges.len(),
        "each edge once, even a tie met from both of its people"
    );
    for cap in 1..=whole.nodes.len() {
        let g = graph(&tb, &centre, Some(cap as u32));
        let shown: Vec<&str> = g.nodes.iter().map(|n| n.key.as_str()).collect();
        let first: Vec<&str> = whole.nodes[..cap].iter().map(|n| n.key.as_str()).collect();
        assert_eq!(
            shown, first,
            "cap {cap}: the nearest nodes, in the order the whole graph has them"
        );
        assert_eq!(
            g.nodes.len() + g.hidden_nodes as usize,
            whole.nodes.len(),
            "cap {cap}: shown + “more not shown” is the whole graph, friends past the cap \
             counted with the people they know"
        );
        let expected: BTreeSet<String> = whole
            .edges
            .iter()
            .filter(|e| shown.contains(&e.source.as_str()) && shown.contains(&e.target.as_str()))
            .map(|e| e.id.clone())
            .collect();
        let edges: BTreeSet<String> = g.edges.iter().map(|e| e.id.clone()).collect();
        assert_eq!(
            edges, expected,
            "cap {cap}: every edge between two shown nodes"
        );
        assert_eq!(
            g.edges.len() + g.hidden_edges as usize,
            whole.edges.len(),
            "cap {cap}: shown edges + hidden edges is every edge"
        );
    }
}

#[test]
fn the_graph_and_introduction_paths_follow_every_write_here_and_from_another_program() {
    let tb = book();
    let [amara, xavier] = ["Amara Mensah", "Xavier Dupont"].map(|n| tb.person(n));
    raw(tb.book.path())
        .execute(
            "UPDATE people SET stage = 'engaged' WHERE id = ?1",
            [&amara],
        )
        .unwrap();
    assert!(from_names(&tb, &xavier).is_empty());
    assert_eq!(graph(&tb, &xavier, None).nodes.len(), 1);

    let t = tie(&tb, &amara, &xavier, ConnectionKind::Knows);
    assert_eq!(
        from_names(&tb, &xavier),
        ["Amara Mensah"],
        "a new tie is seen at once"
    );
    assert!(labels(&graph(&tb, &xavier, None)).contains("Amara Mensah"));
    tb.book.disconnect(&t).unwrap();
    assert!(from_names(&tb, &xavier).is_empty(), "a removed tie is gone");
    assert_eq!(graph(&tb, &xavier, None).nodes.len(), 1);

    // Another program (the CLI while the app is open) writes to the same file.
    let other = raw(tb.book.path());
    tie(&tb, &amara, &xavier, ConnectionKind::Family);
    assert_eq!(from_names(&tb, &xavier), ["Amara Mensah"]);
    other.execute("DELETE FROM connections", []).unwrap();
    assert!(
        from_names(&tb, &xavier).is_empty(),
        "a tie another program removed is gone"
    );
    assert_eq!(graph(&tb, &xavier, None).nodes.len(), 1);

    let ogilvy = tb
        .book
        .org_create(OrganizationInput {
            name: "Ogilvy".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    tb.book
        .membership_set(&xavier, &ogilvy, "Creator", None, None, false)
        .unwrap();
    assert!(labels(&graph(&tb, &xavier, None)).contains("Ogilvy"));
    tb.book.org_delete(&ogilvy).unwrap();
    assert_eq!(
        graph(&tb, &xavier, None).nodes.len(),
        1,
        "a deleted organization leaves the graph with its memberships"
    );

    let sam = tb
        .book
        .colleague_create(ColleagueInput {
            name: "Sam Okafor".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    tb.book
        .interaction_create(InteractionInput {
            kind: InteractionKind::Email,
            occurred_at: Some("2026-11-20T10:00:00Z".into()),
            people: vec![xavier.clone()],
            colleague_id: Some(sam.clone()),
            ..Default::default()
        })
        .unwrap();
    assert!(
        labels(&graph(&tb, &xavier, None)).contains("Sam Okafor"),
        "a message logged just now is a touchpoint at once"
    );
    tb.book.colleague_delete(&sam).unwrap();
    assert_eq!(graph(&tb, &xavier, None).nodes.len(), 1);

    tie(&tb, &amara, &xavier, ConnectionKind::Knows);
    assert_eq!(graph(&tb, &xavier, None).nodes.len(), 2);
    tb.book.person_delete(&amara).unwrap();
    assert_eq!(
        graph(&tb, &xavier, None).nodes.len(),
        1,
        "a deleted person leaves the graph with their ties"
    );
    assert!(from_names(&tb, &xavier).is_empty());
}

/// Seven people we are close to, each one weak tie from the target: the five first by name.
#[test]
fn equally_warm_paths_are_cut_at_the_limit_by_name() {
    let tb = book();
    let target = tb.person("Xavier Dupont");
    let names = ["Gus", "Bea", "Fay", "Ann", "Eve", "Cal", "Dan"];
    for n in names {
        let p = tb.person(n);
        raw(tb.book.path())
            .execute("UPDATE people SET stage = 'ambassador' WHERE id = ?1", [&p])
            .unwrap();
        tie(&tb, &p, &target, ConnectionKind::Knows);
    }
    // A warmer path, two strong ties through someone not close: cost 2 beats 3.
    let agent = tb.person("Zoe Agent");
    let far = tb.person("Yan Close");
    raw(tb.book.path())
        .execute("UPDATE people SET stage = 'engaged' WHERE id = ?1", [&far])
        .unwrap();
    tie(&tb, &agent, &target, ConnectionKind::Represents);
    tie(&tb, &far, &agent, ConnectionKind::Family);
    assert_eq!(
        from_names(&tb, &target),
        ["Yan Close", "Ann", "Bea", "Cal", "Dan"],
        "the cheapest first (two strong ties, cost 2), then the weak ties (cost 3) by name, five"
    );
}
