//! Hand-picked lists: names unique case aside, members in the order added, deletions that keep
//! people, a deleted person leaving every list, and lists in bundles and list-scoped exports.

use crate::support::{amelie, book, named, TestBook};
use liaison_core::domain::interaction::NoteInput;
use liaison_core::domain::list::{ListInput, ListPatch};
use liaison_core::interchange::bundle::{BundleManifest, BundleScope};
use liaison_core::interchange::csv_export::CsvExportOptions;
use liaison_core::interchange::Progress;
use liaison_core::{Book, ErrorCode};
use serde_json::Value;

fn list(b: &Book, name: &str) -> String {
    b.list_create(ListInput {
        name: name.into(),
        description: String::new(),
    })
    .expect("a new name makes a list")
    .id
}

fn people(b: &Book, names: &[&str]) -> Vec<String> {
    names
        .iter()
        .map(|n| b.person_create(named(n)).unwrap().person.id)
        .collect()
}

fn export(b: &Book, scope: BundleScope) -> Vec<u8> {
    b.bundle_export(&scope, &Progress::new())
        .expect("export runs")
}

fn manifest(bytes: &[u8]) -> BundleManifest {
    let v: Value = serde_json::from_slice(bytes).expect("a bundle is JSON");
    serde_json::from_value(v["manifest"].clone()).expect("with a manifest")
}

fn member_names(b: &Book, id: &str) -> Vec<String> {
    b.list_detail(id)
        .unwrap()
        .members
        .into_iter()
        .map(|p| p.display_name)
        .collect()
}

fn later(tb: &TestBook) {
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
    assert!(b.lists().unwrap().is_empty(), "the list is gone");
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
    let counts: Vec<u32> = b.lists().unwrap().iter().map(|l| l.member_count).collect();
    assert_eq!(counts, [2], "lists() counts members");
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
    let counts: Vec<u32> = b.lists().unwrap().iter().map(|l| l.member_count).collect();
    assert_eq!(counts, [1, 0], "and no count includes them");
}

#[test]
fn lists_travel_in_a_bundle_and_a_second_import_changes_nothing() {
    let a = book();
    let l = list(&a.book, "PFW shortlist");
    let ids = people(&a.book, &["Amélie", "Marc", "Zoé"]);
    a.book.list_add(&l, &ids[..2]).unwrap();
    let gone = list(&a.book, "Old list");
    a.book.list_delete(&gone).unwrap();
    let bytes = export(&a.book, BundleScope::All);
    let m = manifest(&bytes);
    assert_eq!((m.counts["lists"], m.counts["list_members"]), (1, 2));

    let b = book();
    let first = b
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert_eq!(
        b.book.lists().unwrap(),
        a.book.lists().unwrap(),
        "same lists, ids and stamps"
    );
    assert_eq!(member_names(&b.book, &l), ["Amélie", "Marc"]);
    let again = b
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert_eq!(
        (again.added, again.updated, again.deleted),
        (0, 0, 0),
        "a second import changes nothing: {again:?} (first: {first:?})"
    );

    // Removals and deletions travel as tombstones; a newer rename wins. (`force`: in a book
    // this small, one rename and one removal are over the fail-safe's half.)
    later(&a);
    a.book.list_remove(&l, &ids[..1]).unwrap();
    a.book
        .list_update(
            &l,
            ListPatch {
                name: Some("PFW final".into()),
                description: None,
            },
        )
        .unwrap();
    let r = b
        .book
        .bundle_import(
            &export(&a.book, BundleScope::All),
            false,
            true,
            &Progress::new(),
        )
        .unwrap();
    assert_eq!(
        b.book.list_detail(&l).unwrap().list.name,
        "PFW final",
        "{r:?}"
    );
    assert_eq!(member_names(&b.book, &l), ["Marc"], "the removal followed");
    later(&a);
    a.book.list_delete(&l).unwrap();
    b.book
        .bundle_import(
            &export(&a.book, BundleScope::All),
            false,
            true,
            &Progress::new(),
        )
        .unwrap();
    assert!(b.book.lists().unwrap().is_empty(), "the deletion followed");
    assert_eq!(b.book.person_count().unwrap(), 3, "the people stay");
    // An older bundle does not bring the list back.
    b.book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert!(
        b.book.lists().unwrap().is_empty(),
        "a deleted list stays deleted"
    );
}

#[test]
fn the_same_list_made_on_both_sides_becomes_one() {
    let a = book();
    let b = book();
    let la = list(&a.book, "PFW shortlist");
    let lb = list(&b.book, "pfw shortlist");
    let ida = people(&a.book, &["Amélie"]);
    let idb = people(&b.book, &["Marc"]);
    a.book.list_add(&la, &ida).unwrap();
    b.book.list_add(&lb, &idb).unwrap();
    let r = b
        .book
        .bundle_import(
            &export(&a.book, BundleScope::All),
            false,
            true,
            &Progress::new(),
        )
        .unwrap();
    assert_eq!(
        b.book.lists().unwrap().len(),
        1,
        "one list by that name: {r:?}"
    );
    assert_eq!(
        member_names(&b.book, &lb),
        ["Marc", "Amélie"],
        "holding both members"
    );
}

#[test]
fn a_bundle_from_before_lists_still_reads() {
    let a = book();
    people(&a.book, &["Amélie"]);
    let bytes = export(&a.book, BundleScope::All);
    let mut v: Value = serde_json::from_slice(&bytes).unwrap();
    let o = v.as_object_mut().unwrap();
    o.remove("lists");
    o.remove("list_members");
    let m = o.get_mut("manifest").unwrap().as_object_mut().unwrap();
    for k in ["counts", "checksums"] {
        let x = m.get_mut(k).unwrap().as_object_mut().unwrap();
        x.remove("lists");
        x.remove("list_members");
    }
    let old = serde_json::to_vec(&v).unwrap();
    // Re-serialising changed the sections' bytes, so their checksums are refreshed.
    let mut v: Value = serde_json::from_slice(&old).unwrap();
    for s in [
        "people",
        "interactions",
        "notes",
        "followups",
        "events",
        "attendees",
        "meetups",
        "tombstones",
    ] {
        let text = serde_json::to_string(&v[s]).unwrap();
        v["manifest"]["checksums"][s] =
            liaison_core::interchange::bundle::checksum(text.as_bytes()).into();
    }
    let old = serde_json::to_vec(&v).unwrap();
    let b = book();
    b.book
        .bundle_import(&old, false, false, &Progress::new())
        .expect("a bundle without lists sections is read as having no lists");
    assert_eq!(b.book.person_count().unwrap(), 1);
    assert!(b.book.lists().unwrap().is_empty());
}

#[test]
fn a_list_scoped_export_holds_exactly_the_members() {
    let a = book();
    let b = &a.book;
    let l = list(b, "Shortlist");
    let _other = list(b, "Other");
    let amelie = b.person_create(amelie()).unwrap().person.id;
    let ids = people(b, &["Marc", "Outsider"]);
    b.note_create(NoteInput {
        person_id: amelie.clone(),
        body: "Prefers DMs".into(),
        pinned: false,
    })
    .unwrap();
    b.note_create(NoteInput {
        person_id: ids[1].clone(),
        body: "Not on the list".into(),
        pinned: false,
    })
    .unwrap();
    b.list_add(&l, &[amelie.clone(), ids[0].clone()]).unwrap();
    let bytes = export(b, BundleScope::List { id: l.clone() });
    let m = manifest(&bytes);
    assert_eq!(m.scope, BundleScope::List { id: l.clone() });
    assert_eq!(
        (
            m.counts["people"],
            m.counts["lists"],
            m.counts["list_members"],
            m.counts["notes"]
        ),
        (2, 1, 2, 1),
        "the list, its two members and what is theirs, nothing else"
    );
    let v: Value = serde_json::from_slice(&bytes).unwrap();
    let mut got: Vec<&str> = v["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    got.sort();
    let mut want = vec![amelie.as_str(), ids[0].as_str()];
    want.sort();
    assert_eq!(got, want);

    let into = book();
    into.book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert_eq!(member_names(&into.book, &l), ["Amélie Dubois", "Marc"]);

    let members = b.list_member_ids(&l).unwrap();
    let csv = String::from_utf8(
        b.people_csv(Some(&members), CsvExportOptions::default())
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        csv.lines().count(),
        3,
        "a header and the two members:\n{csv}"
    );
    assert!(!csv.contains("Outsider"));
    let vcf = b.vcard_export(Some(&members)).unwrap();
    assert_eq!(vcf.matches("BEGIN:VCARD").count(), 2, "{vcf}");
    let err = b
        .bundle_export(&BundleScope::List { id: "nope".into() }, &Progress::new())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}
