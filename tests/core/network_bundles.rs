//! Bundles carry the network (issue 16): colleagues, organizations, memberships, connections, each person's owner and each interaction's colleague (so touchpoints and collision warnings work across a team), with deletions; merging twice changes nothing and a bundle from before still merges.

use crate::bundle::{content, export};
use crate::bundle_stream::{assemble, sections};
use crate::merges::dump;
use crate::support::{book, raw, TestBook};
use liaison_core::{
    Book, BundleScope, ColleagueInput, ConnectionInput, ConnectionKind, InteractionInput,
    InteractionKind, OrgKind, OrganizationInput, Progress,
};
use serde_json::Value;

pub(crate) fn colleague(b: &Book, name: &str, role: &str) -> String {
    b.colleague_create(ColleagueInput {
        name: name.into(),
        role: role.into(),
        region: "EMEA".into(),
        email: String::new(),
    })
    .expect("a valid colleague")
    .id
}

pub(crate) fn org(b: &Book, name: &str, kind: OrgKind) -> String {
    b.org_create(OrganizationInput {
        name: name.into(),
        kind,
        ..Default::default()
    })
    .expect("a valid organization")
    .id
}

pub(crate) fn log(b: &Book, person: &str, by: &str, at: &str) -> String {
    b.interaction_create(InteractionInput {
        kind: InteractionKind::Email,
        occurred_at: Some(at.into()),
        body: "brief".into(),
        people: vec![person.into()],
        colleague_id: Some(by.into()),
        ..Default::default()
    })
    .expect("a valid interaction")
    .id
}

pub(crate) fn connect(b: &Book, from: &str, to: &str, kind: ConnectionKind) -> String {
    b.connect(ConnectionInput {
        from: from.into(),
        to: to.into(),
        kind,
        note: "met at Cannes Lions".into(),
        since: Some("2024-06-18".into()),
    })
    .expect("a valid connection")
    .id
}

/// The network part of `bundle::populate`: every network section and a tombstone of each kind.
pub(crate) fn populate_network(b: &Book, ids: &[String], seed: u64) {
    let lea = colleague(b, &format!("Léa Martin {seed}"), "PR lead");
    let gone = colleague(b, "Tom Archer", "intern");
    b.colleague_delete(&gone).unwrap();
    b.person_owner_set(&ids[0], Some(&lea)).unwrap();
    log(b, &ids[1], &lea, "2026-09-14T09:00:00Z");
    let agency = org(b, &format!("Ogilvy Paris {seed}"), OrgKind::Agency);
    let brand = org(b, "Maison Verte", OrgKind::Brand);
    b.membership_set(
        &ids[0],
        &agency,
        "Talent manager",
        Some("2023-01-01"),
        None,
        true,
    )
    .unwrap();
    b.membership_set(&ids[1], &brand, "Ambassador", None, None, false)
        .unwrap();
    b.membership_remove(&ids[1], &brand).unwrap();
    let scrap = org(b, "Scrap Media", OrgKind::Media);
    b.org_delete(&scrap).unwrap();
    connect(b, &ids[0], &ids[1], ConnectionKind::Introduced);
    let undone = connect(b, &ids[1], &ids[2], ConnectionKind::Knows);
    b.disconnect(&undone).unwrap();
}

pub(crate) fn merge_in(to: &TestBook, bytes: &[u8]) -> liaison_core::BundleReport {
    to.book
        .bundle_import(bytes, false, false, &Progress::new())
        .expect("the bundle merges")
}

pub(crate) fn count(t: &TestBook, sql: &str) -> i64 {
    raw(t.book.path()).query_row(sql, [], |r| r.get(0)).unwrap()
}

/// A book with Amélie, owned by Léa, written to by Léa, at an agency, introduced by Kwame.
pub(crate) fn teammate() -> (TestBook, String, String, String) {
    let a = book();
    let amelie = a.person("Amélie Dubois");
    let kwame = a.person("Kwame Mensah");
    let lea = colleague(&a.book, "Léa Martin", "PR lead");
    a.book.person_owner_set(&amelie, Some(&lea)).unwrap();
    log(&a.book, &amelie, &lea, "2026-11-20T09:00:00Z");
    let agency = org(&a.book, "Ogilvy Paris", OrgKind::Agency);
    a.book
        .membership_set(&amelie, &agency, "Creator", Some("2024-02-01"), None, true)
        .unwrap();
    connect(&a.book, &kwame, &amelie, ConnectionKind::Introduced);
    (a, amelie, lea, agency)
}

#[test]
fn a_teammates_bundle_adds_their_colleagues_owners_touchpoints_and_network() {
    let (a, amelie, lea, agency) = teammate();
    let b = book();
    let r = merge_in(&b, &export(&a.book, BundleScope::All));
    assert!(r.conflicts.is_empty(), "{r:?}");
    let roster = b.book.colleague_all().unwrap();
    assert_eq!(
        roster.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
        ["Léa Martin"],
        "the teammate's colleague arrives as a colleague, not as free text"
    );
    let team = b.book.person_team(&amelie).unwrap();
    assert_eq!(
        team.owner_id.as_deref(),
        Some(lea.as_str()),
        "the owner travels"
    );
    assert_eq!(
        team.touchpoints
            .iter()
            .map(|t| (t.colleague_name.as_str(), t.count))
            .collect::<Vec<_>>(),
        [("Léa Martin", 1)],
        "the interaction's colleague travels, so the touchpoint shows here"
    );
    let network = b.book.person_network(&amelie, false).unwrap();
    assert_eq!(network.memberships.len(), 1, "the membership travels");
    assert_eq!(network.memberships[0].organization_id, agency);
    assert_eq!(network.memberships[0].role, "Creator");
    assert!(network.memberships[0].employer);
    assert_eq!(
        network
            .connections
            .iter()
            .map(|c| (c.other_name.as_str(), c.kind, c.outgoing))
            .collect::<Vec<_>>(),
        [("Kwame Mensah", ConnectionKind::Introduced, false)],
        "the connection travels with its direction (Kwame introduced Amélie)"
    );
    // And back: the same records, byte for byte.
    assert_eq!(
        content(&export(&b.book, BundleScope::All)),
        content(&export(&a.book, BundleScope::All)),
        "the merged book writes the same network records"
    );
}

#[test]
fn merging_the_same_bundle_twice_changes_nothing() {
    let (a, ..) = teammate();
    let bytes = export(&a.book, BundleScope::All);
    let b = book();
    merge_in(&b, &bytes);
    let before = dump(&b);
    b.clock.advance(chrono::Duration::hours(2));
    let r = merge_in(&b, &bytes);
    assert_eq!((r.added, r.updated, r.deleted), (0, 0, 0), "{r:?}");
    assert_eq!(
        dump(&b),
        before,
        "the second merge changes no row of any table"
    );
}

#[test]
fn the_same_colleague_and_organization_typed_in_both_books_are_one() {
    let (a, amelie, ..) = teammate();
    let b = book();
    // B first receives Amélie alone (an older bundle of A's, without the network), then types
    // its own Léa and Ogilvy.
    let (secs, manifest) = sections(&export(&a.book, BundleScope::All));
    let people_only: Vec<(String, String)> = secs
        .into_iter()
        .filter(|(n, _)| n == "people")
        .map(|(n, t)| {
            let mut v: Value = serde_json::from_str(&t).unwrap();
            for p in v.as_array_mut().unwrap() {
                p.as_object_mut().unwrap().remove("owner_id");
            }
            (n, v.to_string())
        })
        .collect();
    merge_in(&b, &assemble(&people_only, manifest, false));
    let ours = colleague(&b.book, "léa martin", "Comms");
    let our_org = org(&b.book, "OGILVY PARIS", OrgKind::Agency);
    let r = merge_in(&b, &export(&a.book, BundleScope::All));
    assert_eq!(
        r.merged, 2,
        "one colleague and one organization matched by name: {r:?}"
    );
    assert_eq!(b.book.colleague_all().unwrap().len(), 1, "one Léa");
    assert_eq!(b.book.org_all().unwrap().len(), 1, "one Ogilvy");
    let team = b.book.person_team(&amelie).unwrap();
    assert_eq!(
        team.owner_id.as_deref(),
        Some(ours.as_str()),
        "owned by our Léa"
    );
    assert_eq!(
        team.touchpoints[0].colleague_id, ours,
        "their contact counts as our Léa's"
    );
    let m = b.book.memberships_of(&amelie).unwrap();
    assert_eq!(m[0].organization_id, our_org, "a member of our Ogilvy");
    let before = dump(&b);
    merge_in(&b, &export(&a.book, BundleScope::All));
    assert_eq!(dump(&b), before, "merging again changes nothing");
}

#[test]
fn deletions_travel_and_a_deletion_here_stays() {
    let (a, amelie, lea, agency) = teammate();
    let b = book();
    let first = export(&a.book, BundleScope::All);
    merge_in(&b, &first);
    a.clock.advance(chrono::Duration::hours(1));
    let tie = a.book.connections_of(&amelie).unwrap()[0].id.clone();
    a.book.disconnect(&tie).unwrap();
    a.book.membership_remove(&amelie, &agency).unwrap();
    a.book.org_delete(&agency).unwrap();
    a.book.colleague_delete(&lea).unwrap();
    let r = merge_in(&b, &export(&a.book, BundleScope::All));
    // The membership goes with its organization when that tombstone comes first.
    assert!(r.deleted >= 3, "connection, organization, colleague: {r:?}");
    assert!(b.book.memberships_of(&amelie).unwrap().is_empty());
    assert!(b.book.colleague_all().unwrap().is_empty());
    assert!(b.book.org_all().unwrap().is_empty());
    assert!(b
        .book
        .person_network(&amelie, false)
        .unwrap()
        .connections
        .is_empty());
    let team = b.book.person_team(&amelie).unwrap();
    assert_eq!(
        (team.owner_id, team.touchpoints.len()),
        (None, 0),
        "unlinked as a deletion here does"
    );
    assert_eq!(
        count(
            &b,
            "SELECT count(*) FROM interactions WHERE our_side = 'Léa Martin'"
        ),
        1,
        "the interaction keeps the colleague's name as text"
    );
    // The bundle from before the deletions does not bring them back.
    let r = merge_in(&b, &first);
    assert_eq!(r.added, 0, "{r:?}");
    assert!(
        b.book.colleague_all().unwrap().is_empty(),
        "Léa stays deleted"
    );
    assert!(b.book.org_all().unwrap().is_empty(), "Ogilvy stays deleted");
    assert!(b.book.memberships_of(&amelie).unwrap().is_empty());
    assert!(b
        .book
        .person_network(&amelie, false)
        .unwrap()
        .connections
        .is_empty());
}

#[test]
fn the_newer_record_wins_on_each_side() {
    let (a, amelie, lea, agency) = teammate();
    let first = export(&a.book, BundleScope::All);
    let b = book();
    merge_in(&b, &first);
    // A edits the organization and Léa's role; B edits Léa's role later: A's organization wins
    // in B, B's Léa stays.
    a.clock.advance(chrono::Duration::hours(1));
    a.book
        .org_update(
            &agency,
            OrganizationInput {
                name: "Ogilvy Paris".into(),
                kind: OrgKind::Agency,
                notes: "Handles Maison Verte".into(),
                ..Default::default()
            },
        )
        .unwrap();
    a.book
        .colleague_update(
            &lea,
            ColleagueInput {
                name: "Léa Martin".into(),
                role: "Head of PR".into(),
                ..Default::default()
            },
        )
        .unwrap();
    b.clock.advance(chrono::Duration::hours(2));
    b.book
        .colleague_update(
            &lea,
            ColleagueInput {
                name: "Léa Martin".into(),
                role: "Director".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let r = merge_in(&b, &export(&a.book, BundleScope::All));
    assert_eq!(r.updated, 1, "only the organization was newer there: {r:?}");
    assert_eq!(
        b.book.org_detail(&agency).unwrap().organization.notes,
        "Handles Maison Verte"
    );
    assert_eq!(
        b.book.colleague_get(&lea).unwrap().role,
        "Director",
        "ours is newer"
    );
    assert_eq!(
        b.book.person_team(&amelie).unwrap().owner_id.as_deref(),
        Some(lea.as_str())
    );
}
