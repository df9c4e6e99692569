//! Bundles carry merges so teammates converge: a merge made in one book is made in the other by its bundle, an old id in a teammate's bundle leads to the survivor, merging twice changes nothing, and a bundle from before merges travelled still merges.

use crate::bundle::export;
use crate::bundle_stream::{assemble, sections};
use crate::support::{book, raw, TestBook};
use liaison_core::{
    BundleScope, Direction, InteractionInput, InteractionKind, MergeChoices, NoteInput, Progress,
};
use serde_json::Value;

fn talk(t: &TestBook, who: &str, body: &str) -> String {
    t.book
        .interaction_create(InteractionInput {
            kind: InteractionKind::Email,
            direction: Direction::Received,
            occurred_at: Some("2026-10-03T10:00:00Z".into()),
            body: body.into(),
            people: vec![who.to_string()],
            ..Default::default()
        })
        .unwrap()
        .id
}

fn merge_in(to: &TestBook, bytes: &[u8]) -> liaison_core::BundleReport {
    to.book
        .bundle_import(bytes, false, false, &Progress::new())
        .expect("the bundle merges")
}

/// The ids of the people an interaction names, read from the book file.
fn people_of(t: &TestBook, interaction: &str) -> Vec<String> {
    let c = raw(t.book.path());
    let mut st = c
        .prepare(
            "SELECT p.id FROM interaction_people ip JOIN people p ON p.rowid = ip.person_rowid
             JOIN interactions i ON i.rowid = ip.interaction_rowid WHERE i.id = ?1 ORDER BY p.id",
        )
        .unwrap();
    st.query_map([interaction], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn alias_of(t: &TestBook, old: &str) -> Option<String> {
    raw(t.book.path())
        .query_row(
            "SELECT p.id FROM person_aliases a JOIN people p ON p.rowid = a.person_rowid
             WHERE a.alias_id = ?1",
            [old],
            |r| r.get(0),
        )
        .ok()
}

/// Two books with the same two people (one a duplicate of the other), each with their own
/// interaction, as after a first bundle: answers (ours, theirs, survivor, other, the other's
/// interaction).
fn two_books() -> (TestBook, TestBook, String, String, String) {
    let a = book();
    let s = a.person("Amélie Dubois");
    let o = a.person("Amelie Dubois");
    talk(&a, &s, "brief for Amélie");
    let theirs = talk(&a, &o, "samples sent to Amelie");
    let b = book();
    merge_in(&b, &export(&a.book, BundleScope::All));
    assert_eq!(b.book.person_count().unwrap(), 2);
    a.clock.advance(chrono::Duration::hours(1));
    b.clock.advance(chrono::Duration::hours(1));
    (a, b, s, o, theirs)
}

#[test]
fn a_merge_made_in_one_book_is_made_in_the_other_by_its_bundle() {
    let (a, b, s, o, theirs) = two_books();
    a.book
        .people_merge(&s, &o, &MergeChoices::default())
        .unwrap();
    // Meanwhile the teammate wrote to the other person under their id.
    let later = talk(
        &b,
        &o,
        "follow-up to Amelie, written on the teammate's side",
    );
    b.book
        .note_create(NoteInput {
            person_id: o.clone(),
            body: "likes matte packaging".into(),
            pinned: false,
        })
        .unwrap();

    let bundle = export(&a.book, BundleScope::All);
    let v: Value = serde_json::from_slice(&bundle).unwrap();
    assert_eq!(
        v["aliases"][0]["alias_id"], o,
        "the bundle carries the merge: {}",
        v["aliases"]
    );
    assert_eq!(v["aliases"][0]["person_id"], s);

    let r = merge_in(&b, &bundle);
    assert_eq!(r.merges_applied, 1, "{r:?}");
    assert_eq!(
        b.book.person_count().unwrap(),
        1,
        "the teammate's book holds one person too"
    );
    assert_eq!(alias_of(&b, &o).as_deref(), Some(s.as_str()));
    assert_eq!(
        b.book.person_get(&o).unwrap().id,
        s,
        "the old id finds the survivor"
    );
    assert_eq!(people_of(&b, &theirs), [s.as_str()]);
    assert_eq!(
        people_of(&b, &later),
        [s.as_str()],
        "what was written here under the old id goes to the survivor, not to a tombstone"
    );
    assert_eq!(b.book.note_list(&s).unwrap().len(), 1);

    // Merging the same bundle again changes nothing.
    let before = crate::merges::dump(&b);
    let again = merge_in(&b, &bundle);
    assert_eq!(
        (
            again.added,
            again.updated,
            again.deleted,
            again.merges_applied
        ),
        (0, 0, 0, 0),
        "{again:?}"
    );
    assert_eq!(crate::merges::dump(&b), before, "twice changes nothing");
}

#[test]
fn an_old_id_in_a_teammates_bundle_leads_to_the_survivor() {
    let (a, b, s, o, _) = two_books();
    // The teammate has not merged: their bundle still holds the other person and an
    // interaction naming them.
    let named_old = talk(&b, &o, "call with Amelie, logged by the teammate");
    a.book
        .people_merge(&s, &o, &MergeChoices::default())
        .unwrap();
    let r = merge_in(&a, &export(&b.book, BundleScope::All));
    assert_eq!(
        a.book.person_count().unwrap(),
        1,
        "the merged-away person is not added back: {r:?}"
    );
    assert_eq!(
        people_of(&a, &named_old),
        [s.as_str()],
        "an interaction naming the old id joins the survivor"
    );
}

#[test]
fn holding_only_the_merged_away_person_takes_the_survivors_id() {
    let a = book();
    let s = a.person("Amélie Dubois");
    let o = a.person("Amelie Dubois");
    let b = book();
    merge_in(&b, &export(&a.book, BundleScope::Person { id: o.clone() }));
    let mine = talk(&b, &o, "only the teammate knew her");
    a.clock.advance(chrono::Duration::hours(1));
    a.book
        .people_merge(&s, &o, &MergeChoices::default())
        .unwrap();
    let r = merge_in(&b, &export(&a.book, BundleScope::All));
    assert_eq!(r.merges_applied, 1, "{r:?}");
    assert_eq!(b.book.person_count().unwrap(), 1, "one person, not two");
    assert_eq!(b.book.person_get(&s).unwrap().display_name, "Amélie Dubois");
    assert_eq!(people_of(&b, &mine), [s.as_str()]);
    assert_eq!(alias_of(&b, &o).as_deref(), Some(s.as_str()));
}

#[test]
fn a_bundle_from_before_merges_travelled_still_merges() {
    let a = book();
    a.person("Inès Martin");
    let (mut secs, mut manifest) = sections(&export(&a.book, BundleScope::All));
    // A format-1 bundle written before the aliases section: the section and its count gone.
    secs.retain(|(name, _)| name != "aliases");
    manifest["counts"]
        .as_object_mut()
        .unwrap()
        .remove("aliases");
    let old = assemble(&secs, manifest, false);
    let b = book();
    let r = merge_in(&b, &old);
    assert_eq!((r.added, r.merges_applied), (1, 0), "{r:?}");
    assert_eq!(b.book.person_count().unwrap(), 1);
}
