//! Issue 16's graph view: a person's network two hops out, a list's people and their ties, the cap that says how much is left out, and the person page that no longer searches introduction paths unless asked.

use crate::support::{book, TestBook};
use liaison_core::{
    ColleagueInput, ConnectionInput, ConnectionKind, GraphEdgeKind, GraphNodeKind, GraphScope,
    InteractionInput, InteractionKind, ListInput, NetworkGraph, OrganizationInput,
};
use std::collections::BTreeSet;

fn tie(tb: &TestBook, from: &str, to: &str, kind: ConnectionKind) {
    tb.book
        .connect(ConnectionInput {
            from: from.into(),
            to: to.into(),
            kind,
            note: String::new(),
            since: None,
        })
        .expect("a valid connection");
}

fn labels(g: &NetworkGraph, hop: u8) -> BTreeSet<(String, GraphNodeKind)> {
    g.nodes
        .iter()
        .filter(|n| n.hop == hop)
        .map(|n| (n.label.clone(), n.kind))
        .collect()
}

fn edge_kinds(g: &NetworkGraph) -> BTreeSet<String> {
    let name: std::collections::HashMap<&str, &str> = g
        .nodes
        .iter()
        .map(|n| (n.key.as_str(), n.label.as_str()))
        .collect();
    g.edges
        .iter()
        .map(|e| {
            format!(
                "{} -{:?}-> {}",
                name[e.source.as_str()],
                e.kind,
                name[e.target.as_str()]
            )
        })
        .collect()
}

/// Amara (centre) knows Bertrand, who represents Chloé; Amara works at Ogilvy, where Dmitri also
/// works; Dmitri knows Eve (three hops: left out). Our colleague Sam wrote to Amara twice.
#[test]
fn a_persons_graph_holds_two_hops_of_people_organizations_and_colleagues() {
    let tb = book();
    let [amara, bertrand, chloe, dmitri, eve] = [
        "Amara Mensah",
        "Bertrand Lefèvre",
        "Chloé Martin",
        "Dmitri Ivanov",
        "Eve Adams",
    ]
    .map(|n| tb.person(n));
    tie(&tb, &amara, &bertrand, ConnectionKind::Knows);
    tie(&tb, &bertrand, &chloe, ConnectionKind::Represents);
    tie(&tb, &dmitri, &eve, ConnectionKind::Knows);
    let ogilvy = tb
        .book
        .org_create(OrganizationInput {
            name: "Ogilvy".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    for (p, role) in [(&amara, "Creator"), (&dmitri, "Producer")] {
        tb.book
            .membership_set(p, &ogilvy, role, None, None, false)
            .unwrap();
    }
    let sam = tb
        .book
        .colleague_create(ColleagueInput {
            name: "Sam Okafor".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    for at in ["2026-11-01T10:00:00Z", "2026-11-20T10:00:00Z"] {
        tb.book
            .interaction_create(InteractionInput {
                kind: InteractionKind::Email,
                occurred_at: Some(at.into()),
                people: vec![amara.clone()],
                colleague_id: Some(sam.clone()),
                ..Default::default()
            })
            .unwrap();
    }

    let g = tb
        .book
        .network_graph(&GraphScope::Person(amara.clone()), None)
        .unwrap();
    assert_eq!(
        labels(&g, 0),
        BTreeSet::from([("Amara Mensah".into(), GraphNodeKind::Person)]),
        "the person is the centre"
    );
    assert_eq!(
        labels(&g, 1),
        BTreeSet::from([
            ("Bertrand Lefèvre".into(), GraphNodeKind::Person),
            ("Ogilvy".into(), GraphNodeKind::Organization),
            ("Sam Okafor".into(), GraphNodeKind::Colleague),
        ]),
        "one hop: whom they know, where they work, which of us dealt with them"
    );
    assert_eq!(
        labels(&g, 2),
        BTreeSet::from([
            ("Chloé Martin".into(), GraphNodeKind::Person),
            ("Dmitri Ivanov".into(), GraphNodeKind::Person),
        ]),
        "two hops: the person Bertrand represents, Amara's co-worker; not Eve, three hops out"
    );
    assert_eq!(
        edge_kinds(&g),
        BTreeSet::from([
            "Amara Mensah -Knows-> Bertrand Lefèvre".to_string(),
            "Bertrand Lefèvre -Represents-> Chloé Martin".to_string(),
            "Amara Mensah -Member-> Ogilvy".to_string(),
            "Dmitri Ivanov -Member-> Ogilvy".to_string(),
            "Sam Okafor -Touchpoint-> Amara Mensah".to_string(),
        ]),
        "each tie is an edge with its kind, read in its direction (Bertrand represents Chloé)"
    );
    let touch = g
        .edges
        .iter()
        .find(|e| e.kind == GraphEdgeKind::Touchpoint)
        .unwrap();
    assert_eq!(
        (touch.count, touch.date.as_deref()),
        (2, Some("2026-11-20T10:00:00.000Z")),
        "a touchpoint says how often and when last"
    );
    assert_eq!((g.hidden_nodes, g.hidden_edges), (0, 0), "nothing left out");
    let member = g.nodes.iter().find(|n| n.label == "Ogilvy").unwrap();
    assert_eq!(member.id, ogilvy, "a node carries the id its page opens by");

    let capped = tb
        .book
        .network_graph(&GraphScope::Person(amara.clone()), Some(3))
        .unwrap();
    assert_eq!(capped.nodes.len(), 3, "the cap holds");
    assert_eq!(
        capped.hidden_nodes, 3,
        "the three nodes over the cap are counted for “3 more not shown”"
    );
    assert!(
        capped.nodes.iter().any(|n| n.hop == 0),
        "the nearest come first: the centre is never the one left out"
    );
    assert!(
        capped
            .edges
            .iter()
            .all(|e| capped.nodes.iter().any(|n| n.key == e.source)
                && capped.nodes.iter().any(|n| n.key == e.target)),
        "no edge points at a node not shown"
    );
}

#[test]
fn a_lists_graph_shows_its_members_and_what_they_are_tied_to() {
    let tb = book();
    let [amara, bertrand, chloe] =
        ["Amara Mensah", "Bertrand Lefèvre", "Chloé Martin"].map(|n| tb.person(n));
    tie(&tb, &amara, &bertrand, ConnectionKind::Family);
    tie(&tb, &bertrand, &chloe, ConnectionKind::Knows);
    let list = tb
        .book
        .list_create(ListInput {
            name: "Paris shortlist".into(),
            description: String::new(),
        })
        .unwrap()
        .id;
    tb.book
        .list_add(&list, &[amara.clone(), bertrand.clone()])
        .unwrap();
    let g = tb
        .book
        .network_graph(&GraphScope::List(list), None)
        .unwrap();
    assert_eq!(
        labels(&g, 0),
        BTreeSet::from([
            ("Amara Mensah".into(), GraphNodeKind::Person),
            ("Bertrand Lefèvre".into(), GraphNodeKind::Person),
        ]),
        "the members are the centre"
    );
    assert_eq!(
        labels(&g, 1),
        BTreeSet::from([("Chloé Martin".into(), GraphNodeKind::Person)]),
        "one hop out: whom the members know"
    );
    assert_eq!(
        g.edges.len(),
        2,
        "the tie between two members is drawn once: {g:?}"
    );
}

#[test]
fn the_person_page_searches_introduction_paths_only_when_asked_and_connect_answers_the_new_tie() {
    let tb = book();
    let [amara, xavier] = ["Amara Mensah", "Xavier Dupont"].map(|n| tb.person(n));
    crate::support::raw(tb.book.path())
        .execute(
            "UPDATE people SET stage = 'engaged' WHERE id = ?1",
            [&amara],
        )
        .unwrap();
    let made = tb
        .book
        .connect(ConnectionInput {
            from: xavier.clone(),
            to: amara.clone(),
            kind: ConnectionKind::Introduced,
            note: "met at VivaTech".into(),
            since: None,
        })
        .unwrap();
    assert_eq!(
        (made.other_name.as_str(), made.outgoing, made.note.as_str()),
        ("Amara Mensah", true, "met at VivaTech"),
        "connect answers the tie as the first person sees it"
    );
    let quick = tb.book.person_network(&xavier, false).unwrap();
    assert_eq!(quick.connections.len(), 1);
    assert!(
        quick.intro_paths.is_empty(),
        "opening the page does not search paths"
    );
    let asked = tb.book.person_network(&xavier, true).unwrap();
    assert_eq!(
        asked.intro_paths.len(),
        1,
        "asked for, the paths are there: Amara can introduce us to Xavier"
    );
}

/// Amara works at Ogilvy (her employer, as Creator), Bertrand represents her, and our colleague
/// Sam wrote to her twice: the dossier says so, in English and in French.
#[test]
fn the_dossier_shows_organizations_connections_and_touchpoints_in_english_and_french() {
    let tb = book();
    let [amara, bertrand] = ["Amara Mensah", "Bertrand Lefèvre"].map(|n| tb.person(n));
    // A profile row, so the dossier has its Profile heading (a name alone gets none).
    tb.book
        .person_update(
            &amara,
            liaison_core::PersonPatch {
                bio: Some("Tech creator".into()),
                ..Default::default()
            },
        )
        .unwrap();
    tie(&tb, &bertrand, &amara, ConnectionKind::Represents);
    let ogilvy = tb
        .book
        .org_create(OrganizationInput {
            name: "Ogilvy".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    tb.book
        .membership_set(&amara, &ogilvy, "Creator", Some("2024-03-01"), None, true)
        .unwrap();
    let sam = tb
        .book
        .colleague_create(ColleagueInput {
            name: "Sam Okafor".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    for at in ["2026-11-01T10:00:00Z", "2026-11-20T10:00:00Z"] {
        tb.book
            .interaction_create(InteractionInput {
                kind: InteractionKind::Email,
                occurred_at: Some(at.into()),
                people: vec![amara.clone()],
                colleague_id: Some(sam.clone()),
                ..Default::default()
            })
            .unwrap();
    }
    let en = tb
        .book
        .person_dossier_in(&amara, liaison_core::DossierLang::En)
        .unwrap();
    for expected in [
        "<html lang=\"en\">",
        "<h2>Organizations</h2>",
        "<td>Ogilvy</td><td>Creator · employer</td><td class=\"date\">2024-03-01 → now</td>",
        "<h2>Connections</h2>",
        ">Bertrand Lefèvre</a></td><td>represented by</td>",
        "<h2>Our touchpoints</h2>",
        "<td>Sam Okafor</td><td class=\"num\">2</td><td class=\"date\">2026-11-20</td>",
    ] {
        assert!(
            en.contains(expected),
            "the English dossier shows {expected:?} (where she works, who represents her, \
             which of us dealt with her, how often, last when):\n{en}"
        );
    }
    let fr = tb
        .book
        .person_dossier_in(&amara, liaison_core::DossierLang::Fr)
        .unwrap();
    for expected in [
        "<html lang=\"fr\">",
        "<h2>Organisations</h2>",
        "<td>Creator · employeur</td><td class=\"date\">2024-03-01 → aujourd’hui</td>",
        "<h2>Relations</h2>",
        "<td>représenté par</td>",
        "<h2>Nos échanges</h2>",
        "<h2>Profil</h2>",
    ] {
        assert!(
            fr.contains(expected),
            "the French dossier shows {expected:?}:\n{fr}"
        );
    }
    assert!(
        !fr.contains("<h2>Connections</h2>"),
        "no English heading is left in the French dossier"
    );
}
