//! Issue 16: organizations and their people, connections, who can introduce us to someone, and the migration that turns every employer into an organization.

use crate::migrations::old_book;
use crate::support::{book, key, raw, TestBook};
use liaison_core::{
    Book, ConnectionInput, ConnectionKind, ErrorCode, OrgKind, OrganizationInput, SystemClock,
};
use std::sync::Arc;

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

fn stage(tb: &TestBook, id: &str, stage: &str) {
    raw(tb.book.path())
        .execute("UPDATE people SET stage = ?2 WHERE id = ?1", [id, stage])
        .unwrap();
}

/// The planted book: we are close to Amara (engaged) and Chloé (collaborating); Dmitri is only
/// identified. Amara knows Bertrand, who represents Xavier (the target); Chloé knows Xavier
/// directly; Dmitri is Xavier's brother. Eve is close but tied to no one.
#[test]
fn introduction_paths_start_from_people_we_are_close_to_and_prefer_strong_ties() {
    let tb = book();
    let [amara, bertrand, chloe, dmitri, eve, xavier] = [
        "Amara Mensah",
        "Bertrand Lefèvre",
        "Chloé Martin",
        "Dmitri Ivanov",
        "Eve Adams",
        "Xavier Dupont",
    ]
    .map(|n| tb.person(n));
    stage(&tb, &amara, "engaged");
    stage(&tb, &chloe, "collaborating");
    stage(&tb, &eve, "ambassador");
    tie(&tb, &amara, &bertrand, ConnectionKind::Knows);
    tie(&tb, &bertrand, &xavier, ConnectionKind::Represents);
    tie(&tb, &chloe, &xavier, ConnectionKind::Knows);
    tie(&tb, &dmitri, &xavier, ConnectionKind::Family);

    let paths = tb.book.intro_paths(&xavier, 5).unwrap();
    let seen: Vec<(String, Vec<(String, u8)>)> = paths
        .iter()
        .map(|p| {
            (
                p.from_name.clone(),
                p.hops
                    .iter()
                    .map(|h| (h.name.clone(), h.strength))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        vec![
            ("Chloé Martin".to_string(), vec![("Xavier Dupont".to_string(), 1)]),
            (
                "Amara Mensah".to_string(),
                vec![("Bertrand Lefèvre".to_string(), 1), ("Xavier Dupont".to_string(), 3)]
            ),
        ],
        "only people we are close to start a path (not Dmitri, identified; not Eve, tied to no one), \
         the cheapest first: one weak tie (cost 3) before a weak and a strong one (3 + 1)"
    );
    assert!(
        tb.book.intro_paths(&eve, 5).unwrap().is_empty(),
        "no one can introduce us to someone tied to no one"
    );
}

#[test]
fn connections_read_from_both_sides_and_refuse_doubles_and_self_ties() {
    let tb = book();
    let a = tb.person("Amara Mensah");
    let b = tb.person("Bertrand Lefèvre");
    tie(&tb, &b, &a, ConnectionKind::Represents);
    let of_a = tb.book.connections_of(&a).unwrap();
    assert_eq!(of_a.len(), 1);
    assert_eq!(
        (of_a[0].other_name.as_str(), of_a[0].kind, of_a[0].outgoing),
        ("Bertrand Lefèvre", ConnectionKind::Represents, false),
        "Amara sees that Bertrand represents her"
    );
    assert!(tb.book.connections_of(&b).unwrap()[0].outgoing);
    let again = tb.book.connect(ConnectionInput {
        from: a.clone(),
        to: b.clone(),
        kind: ConnectionKind::Represents,
        note: String::new(),
        since: None,
    });
    assert_eq!(
        again.unwrap_err().code(),
        ErrorCode::Validation,
        "the same tie twice, either way round"
    );
    let own = tb.book.connect(ConnectionInput {
        from: a.clone(),
        to: a.clone(),
        kind: ConnectionKind::Knows,
        note: String::new(),
        since: Some("12/03/2024".into()),
    });
    let fields: Vec<String> = match own.unwrap_err() {
        liaison_core::Error::Validation(f) => f.into_iter().map(|f| f.field).collect(),
        e => panic!("a validation error, not {e}"),
    };
    assert_eq!(fields, ["to", "since"], "every problem at once");
    tb.book.disconnect(&of_a[0].id).unwrap();
    assert!(tb.book.connections_of(&a).unwrap().is_empty());
}

#[test]
fn an_organization_holds_its_people_and_an_employer_membership_sets_the_field() {
    let tb = book();
    let org = tb
        .book
        .org_create(OrganizationInput {
            name: "Maison Lumière".into(),
            kind: OrgKind::Agency,
            country: "fr".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(org.country, "FR");
    let clash = tb.book.org_create(OrganizationInput {
        name: "  maison LUMIÈRE ".into(),
        ..Default::default()
    });
    assert!(
        clash.is_ok(),
        "ASCII case only: É and é are two keys, as SQLite's lower() sees them"
    );
    let dup = tb.book.org_create(OrganizationInput {
        name: "MAISON Lumière".into(),
        ..Default::default()
    });
    assert_eq!(
        dup.unwrap_err().code(),
        ErrorCode::Validation,
        "the same name in another case"
    );
    let a = tb.person("Amara Mensah");
    tb.book
        .membership_set(
            &a,
            &org.id,
            "Talent manager",
            Some("2023-01-01"),
            None,
            true,
        )
        .unwrap();
    assert_eq!(tb.book.person_get(&a).unwrap().employer, "Maison Lumière");
    let detail = tb.book.org_detail(&org.id).unwrap();
    assert_eq!(detail.organization.member_count, 1);
    assert_eq!(
        (
            detail.members[0].person_name.as_str(),
            detail.members[0].role.as_str(),
            detail.members[0].employer
        ),
        ("Amara Mensah", "Talent manager", true)
    );
    tb.book.org_delete(&org.id).unwrap();
    assert!(
        tb.book.memberships_of(&a).unwrap().is_empty(),
        "the person stays, the membership goes"
    );
}

/// The upgrade keeps every employer value: each becomes an organization (one per name, case
/// aside) with its people as members flagged "employer", and the text itself stays.
#[test]
fn the_network_migration_turns_every_employer_into_an_organization() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("old.db");
    // The version just before 0008_network (version 8; later migrations come after it).
    old_book(&path, 7);
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute_batch(
        "INSERT INTO people (id, display_name, sort_name, kind, stage, employer, title, created_at, updated_at)
         SELECT 'p2', 'Bertrand Lefèvre', 'lefevre bertrand', kind, stage, ' Ogilvy ', 'Planner', created_at, updated_at FROM people WHERE rowid = 1;
         INSERT INTO people (id, display_name, sort_name, kind, stage, employer, created_at, updated_at)
         SELECT 'p3', 'Chloé Martin', 'martin chloe', kind, stage, 'OGILVY', created_at, updated_at FROM people WHERE rowid = 1;
         UPDATE people SET employer = 'Maison Lumière' WHERE rowid = 1;",
    )
    .unwrap();
    let employers: Vec<String> = {
        let mut st = c
            .prepare("SELECT employer FROM people ORDER BY rowid")
            .unwrap();
        st.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    drop(c);
    let book = Book::open(&path, Arc::new(SystemClock), &key()).expect("the old book migrates");
    let orgs = book.org_all().unwrap();
    let names: Vec<(&str, u32)> = orgs
        .iter()
        .map(|o| (o.name.as_str(), o.member_count))
        .collect();
    assert_eq!(
        names,
        [("Maison Lumière", 1), ("OGILVY", 2)],
        "one organization per employer (case aside), with its people"
    );
    let c = raw(book.path());
    let after: Vec<String> = {
        let mut st = c
            .prepare("SELECT employer FROM people ORDER BY rowid")
            .unwrap();
        st.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(after, employers, "every employer value is kept as it was");
    let bertrand = book.memberships_of("p2").unwrap();
    assert_eq!(
        (
            bertrand[0].organization_name.as_str(),
            bertrand[0].role.as_str(),
            bertrand[0].employer
        ),
        ("OGILVY", "Planner", true),
        "the person's title becomes their role there"
    );
}
