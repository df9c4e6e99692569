//! The demo book's first day with the network (issues 16 and 17): the week ahead, a collision, a conflict, touchpoints and a graph with organizations and colleagues.

use crate::demo::{demo, named, titles};
use liaison_core::{
    BrandSide, ConflictAction, ConflictKind, ConnectionKind, GraphEdgeKind, GraphNodeKind,
    GraphScope, OrgKind,
};

fn id_of(b: &liaison_core::Book, name: &str) -> String {
    let found = named(b, name);
    assert_eq!(found.len(), 1, "exactly one {name} in the demo: {found:?}");
    found[0].id.clone()
}

#[test]
fn today_on_the_first_day_has_overdue_work_the_week_ahead_and_a_collision() {
    let tb = demo();
    let today = tb.book.today_get().unwrap();
    assert!(
        today.overdue.len() >= 3,
        "overdue follow-ups to act on: {:?}",
        titles(&today.overdue)
    );
    let week: Vec<(&str, Vec<&str>, Vec<&str>)> = today
        .week
        .iter()
        .map(|d| {
            (
                d.date.as_str(),
                titles(&d.followups),
                d.meetups.iter().map(|m| m.title.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        week,
        [
            ("2026-11-24", vec!["Agree who speaks to Jérôme"], vec![]),
            ("2026-11-25", vec![], vec!["Lunch with Jérôme"]),
            ("2026-11-28", vec!["Monthly check-in"], vec![]),
        ],
        "the coming days show a follow-up, a lunch and the monthly check-in"
    );
    assert!(
        today.events.iter().any(|e| e.name == "VivaTech"),
        "an event under way"
    );

    assert_eq!(
        today.collisions.len(),
        1,
        "one person pitched by two colleagues this week: {:?}",
        today.collisions
    );
    let c = &today.collisions[0];
    assert_eq!(c.person_name, "Jérôme Guérin");
    let mut who: Vec<&str> = c
        .contacts
        .iter()
        .map(|x| x.colleague_name.as_str())
        .collect();
    who.sort_unstable();
    assert_eq!(
        who,
        ["Marc Lefèvre", "Nadia Benali"],
        "Today names the two colleagues who wrote to him"
    );
    let team = tb.book.person_team(&c.person_id).unwrap();
    assert!(
        team.collision.is_some(),
        "his page warns of the collision too"
    );
    assert_eq!(team.owner_name.as_deref(), Some("Marc Lefèvre"));
}

#[test]
fn a_competitors_ambassador_is_flagged_and_amelie_is_not() {
    let tb = demo();
    let theo = id_of(&tb.book, "Théo Haddad");
    let conflicts = tb.book.person_conflicts(&theo).unwrap();
    assert_eq!(
        conflicts.iter().map(|c| c.kind).collect::<Vec<_>>(),
        [ConflictKind::Competitor],
        "Théo is the face of a competitor: {conflicts:?}"
    );
    assert_eq!(conflicts[0].brand_name.as_deref(), Some("Vitesse Apparel"));
    let flags = tb.book.conflict_flags(std::slice::from_ref(&theo)).unwrap();
    assert_eq!(flags.len(), 1, "the table flags him");

    let amelie = id_of(&tb.book, "Amélie Dubois");
    let hers = tb.book.person_affiliations(&amelie).unwrap();
    assert_eq!(
        hers.affiliations.len(),
        2,
        "a gift from our brand, and a competitor's ambassadorship she ended"
    );
    assert!(
        hers.conflicts.is_empty(),
        "an ended tie does not warn: adding Amélie to a list or an event stays quiet"
    );
    assert!(
        tb.book
            .conflict_check(&[amelie], ConflictAction::List)
            .unwrap()
            .is_empty(),
        "no warning before adding her to a list"
    );

    let orgs = tb.book.org_all().unwrap();
    let side = |name: &str| {
        orgs.iter()
            .find(|o| o.name == name)
            .unwrap_or_else(|| panic!("{name} in the demo's organizations"))
            .brand_side
    };
    assert_eq!(side("Atelier Lin"), BrandSide::Ours);
    assert_eq!(side("Vitesse Apparel"), BrandSide::Competitor);
    for kind in [OrgKind::Agency, OrgKind::Media, OrgKind::Brand] {
        assert!(
            orgs.iter().any(|o| o.kind == kind),
            "the organizations screen shows a {kind:?}"
        );
    }
}

#[test]
fn amelies_graph_has_people_organizations_and_colleagues() {
    let tb = demo();
    let amelie = id_of(&tb.book, "Amélie Dubois");
    let g = tb
        .book
        .network_graph(&GraphScope::Person(amelie.clone()), None)
        .unwrap();
    let labels = |kind: GraphNodeKind| -> Vec<&str> {
        let mut l: Vec<&str> = g
            .nodes
            .iter()
            .filter(|n| n.kind == kind)
            .map(|n| n.label.as_str())
            .collect();
        l.sort_unstable();
        l
    };
    assert_eq!(
        labels(GraphNodeKind::Colleague),
        ["Camille Perrin", "Nadia Benali"],
        "the colleagues who dealt with her"
    );
    let orgs = labels(GraphNodeKind::Organization);
    assert!(
        orgs.contains(&"Studio Relais") && orgs.contains(&"Frandroid"),
        "her agency, and a media outlet two hops out: {orgs:?}"
    );
    let people = labels(GraphNodeKind::Person);
    for name in [
        "Amélie Dubois",
        "François Faure",
        "Kwame Moreau",
        "Hélène Guérin-Diallo",
    ] {
        assert!(people.contains(&name), "{name} in her graph: {people:?}");
    }
    assert!(
        g.edges.iter().any(|e| e.kind == GraphEdgeKind::Introduced),
        "an \"introduced\" tie is drawn"
    );

    let conns = tb.book.connections_of(&amelie).unwrap();
    let introduced = conns
        .iter()
        .find(|c| c.kind == ConnectionKind::Introduced)
        .expect("Amélie introduced someone");
    assert_eq!(
        (introduced.other_name.as_str(), introduced.outgoing),
        ("François Faure", true),
        "François was introduced by Amélie"
    );
    let touch = tb.book.person_team(&amelie).unwrap();
    assert_eq!(
        touch.touchpoints.len(),
        2,
        "Camille and Nadia dealt with her"
    );
    assert!(
        touch.collision.is_none(),
        "one colleague this week: no collision"
    );

    let helene = id_of(&tb.book, "Hélène Guérin-Diallo");
    let paths = tb.book.intro_paths(&helene, 5).unwrap();
    assert!(
        !paths.is_empty(),
        "someone close can introduce us to Hélène"
    );
}
