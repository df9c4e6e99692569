//! Hand-picked lists: names unique case aside, members in the order added, deletions that keep
//! people, and a deleted person leaving every list (bundles and exports: `list_bundles.rs`).

use crate::support::{book, named, TestBook};
use liaison_core::{Book, BundleManifest, BundleScope, ErrorCode, ListInput, ListPatch, Progress};
use serde_json::Value;

pub(crate) fn list(b: &Book, name: &str) -> String {
    b.list_create(ListInput {
        name: name.into(),
        description: String::new(),
    })
    .expect("a new name makes a list")
    .id
}

pub(crate) fn people(b: &Book, names: &[&str]) -> Vec<String> {
    names
        .iter()
        .map(|n| b.person_create(named(n)).unwrap().person.id)
        .collect()
}

pub(crate) fn export(b: &Book, scope: BundleScope) -> Vec<u8> {
    b.bundle_export(&scope, &Progress::new())
        .expect("export runs")
}

pub(crate) fn manifest(bytes: &[u8]) -> BundleManifest {
    let v: Value = serde_json::from_slice(bytes).expect("a bundle is JSON");
    serde_json::from_value(v["manifest"].clone()).expect("with a manifest")
}

pub(crate) fn member_names(b: &Book, id: &str) -> Vec<String> {
    b.list_detail(id)
        .unwrap()
        .members
        .into_iter()
        .map(|p| p.display_name)
        .collect()
}

pub(crate) fn later(tb: &TestBook) {
    tb.clock.advance(chrono::Duration::minutes(1));
}

#[test]
fn a_list_is_made_renamed_described_and_deleted_without_losing_people() {
    let tb = book();
    let b = &tb.book;
    let made = b
        .list_create(ListInput {
            name: "  Paris Fashion Week shortlist ".into(),
            description: "Beauty and\nethical fashion".into(),
        })
        .unwrap();
    assert_eq!(
        made.name, "Paris Fashion Week shortlist",
        "names are trimmed"
    );
    assert_eq!(
        made.description, "Beauty and ethical fashion",
        "a description is one line"
    );
    assert_eq!(made.member_count, 0);
    assert_eq!(made.id.len(), 36, "ids are UUIDs: {}", made.id);
    let ids = people(b, &["Amélie", "Marc"]);
    b.list_add(&made.id, &ids).unwrap();
    later(&tb);
    let renamed = b
        .list_update(
            &made.id,
            ListPatch {
                name: Some("PFW shortlist".into()),
                description: None,
            },
        )
        .unwrap();
    assert_eq!(renamed.name, "PFW shortlist");
    assert_eq!(
        renamed.description, made.description,
        "a rename keeps the description"
    );
    assert!(renamed.updated_at > made.updated_at, "a rename is stamped");
    assert_eq!(renamed.member_count, 2, "a rename keeps the members");
    b.list_delete(&made.id).unwrap();
    assert!(b.list_all().unwrap().is_empty(), "the list is gone");
    assert_eq!(
        b.person_count().unwrap(),
        2,
        "deleting a list never deletes the people on it"
    );
    let err = b.list_detail(&made.id).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound, "{err}");
}

#[test]
fn names_are_unique_case_aside_and_required() {
    let tb = book();
    let b = &tb.book;
    let first = list(b, "PFW shortlist");
    let err = b
        .list_create(ListInput {
            name: "pfw SHORTLIST".into(),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation, "{err}");
    assert_eq!(err.fields()[0].field, "name", "the form marks the name");
    let other = list(b, "Milan");
    let err = b
        .list_update(
            &other,
            ListPatch {
                name: Some("Pfw Shortlist".into()),
                description: None,
            },
        )
        .unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::Validation,
        "a rename cannot take a used name"
    );
    b.list_update(
        &first,
        ListPatch {
            name: Some("PFW Shortlist".into()),
            description: None,
        },
    )
    .expect("a list may change the case of its own name");
    let err = b.list_create(ListInput::default()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation, "a list needs a name");
}

#[test]
fn members_come_in_the_order_added_and_adding_or_removing_twice_changes_nothing() {
    let tb = book();
    let b = &tb.book;
    let l = list(b, "Shortlist");
    let ids = people(b, &["Zoé", "Amélie", "Marc"]);
    b.list_add(&l, &[ids[1].clone()]).unwrap();
    later(&tb);
    b.list_add(&l, &[ids[0].clone(), ids[2].clone()]).unwrap();
    later(&tb);
    let again = b.list_add(&l, &[ids[1].clone()]).unwrap();
    assert_eq!(
        again.member_count, 3,
        "adding someone twice keeps one entry"
    );
    assert_eq!(
        member_names(b, &l),
        ["Amélie", "Zoé", "Marc"],
        "by when they were added, and re-adding keeps the first place"
    );
    b.list_remove(&l, &[ids[0].clone()]).unwrap();
    let after = b.list_remove(&l, &[ids[0].clone()]).unwrap();
    assert_eq!(after.member_count, 2, "removing twice is no error");
    assert_eq!(
        b.person_lists(&ids[1]).unwrap()[0].id,
        l,
        "the person page lists it"
    );
    assert!(b.person_lists(&ids[0]).unwrap().is_empty());
    let err = b.list_add(&l, &["nobody".into()]).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound, "an unknown person: {err}");
    let counts = member_counts(b);
    assert_eq!(counts, [2], "list_all() counts members");
}

/// Each list's member count, as `list_all` answers them.
fn member_counts(b: &Book) -> Vec<u32> {
    b.list_all()
        .unwrap()
        .iter()
        .map(|l| l.member_count)
        .collect()
}

#[test]
fn a_deleted_person_leaves_every_list() {
    let tb = book();
    let b = &tb.book;
    let (l1, l2) = (list(b, "One"), list(b, "Two"));
    let ids = people(b, &["Amélie", "Marc"]);
    b.list_add(&l1, &ids).unwrap();
    b.list_add(&l2, &ids[..1]).unwrap();
    b.person_delete(&ids[0]).unwrap();
    assert_eq!(member_names(b, &l1), ["Marc"]);
    assert!(
        member_names(b, &l2).is_empty(),
        "the erased person is on no list"
    );
    let counts = member_counts(b);
    assert_eq!(counts, [1, 0], "and no count includes them");
}
