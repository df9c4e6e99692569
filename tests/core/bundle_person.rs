//! One person across bundles: a person-scoped bundle carries them and what is theirs, and the same influencer created by two teammates becomes one person.

use crate::bundle::{content, export, manifest, populate};
use crate::support::book;
use liaison_core::{Book, BundleScope, FollowupListReq, FollowupStatus, NoteInput, Progress};
use serde_json::Value;

#[test]
fn a_person_scope_carries_that_person_and_what_is_theirs() {
    let a = book();
    let ids = populate(&a.book, 6);
    let bytes = export(&a.book, BundleScope::Person { id: ids[0].clone() });
    let m = manifest(&bytes);
    assert_eq!(m.counts["people"], 1);
    assert_eq!(
        m.counts["tombstones"], 0,
        "a person's export says nothing about others"
    );
    let v = content(&bytes);
    for i in v["interactions"].as_array().unwrap() {
        assert!(i["people"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p == &Value::from(ids[0].clone())));
    }
    for n in v["notes"].as_array().unwrap() {
        assert_eq!(n["person_id"], Value::from(ids[0].clone()));
    }
    assert_eq!(m.counts["attendees"], 1, "only their own attendance");
    let b = book();
    b.book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert_eq!(b.book.person_count().unwrap(), 1);
    assert_eq!(
        b.book.person_get(&ids[0]).unwrap(),
        a.book.person_get(&ids[0]).unwrap(),
        "the same person, ids and stamps included"
    );
    let open = |bk: &Book| {
        bk.followup_list(&FollowupListReq {
            person_id: Some(ids[0].clone()),
            status: FollowupStatus::All,
            limit: None,
        })
        .unwrap()
    };
    assert_eq!(open(&b.book), open(&a.book));
}

#[test]
fn the_same_influencer_created_by_two_teammates_becomes_one_person() {
    let a = book();
    let mut theirs = crate::support::amelie();
    theirs.bio = "Vue au salon".into();
    theirs.tags = vec!["VivaTech".into()];
    let their_id = a.book.person_create(theirs).unwrap().person.id;
    let p = a
        .book
        .person_create(crate::support::named("Brian Solis"))
        .unwrap()
        .person;
    a.book
        .note_create(NoteInput {
            person_id: their_id.clone(),
            body: "Leur note".into(),
            pinned: false,
        })
        .unwrap();
    let _ = p;
    let b = book();
    let ours = b
        .book
        .person_create(crate::support::amelie())
        .unwrap()
        .person;
    let bytes = export(&a.book, BundleScope::All);
    let r = b
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert_eq!(
        (r.merged, r.added),
        (1, 2),
        "Amélie merged by e-mail; Brian and the note added: {r:?}"
    );
    assert_eq!(b.book.person_count().unwrap(), 2, "no duplicate Amélie");
    let merged = b.book.person_get(&ours.id).unwrap();
    assert_eq!(merged.bio, "Vue au salon", "an empty field was filled");
    assert_eq!(merged.tags, ["PFW", "VivaTech"]);
    assert_eq!(
        b.book.note_list(&ours.id).unwrap()[0].body,
        "Leur note",
        "their records follow the merge"
    );
    let again = b
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert_eq!(
        (again.added, again.updated, again.merged),
        (0, 0, 1),
        "{again:?}"
    );
    assert_eq!(b.book.note_list(&ours.id).unwrap().len(), 1, "idempotent");
}
