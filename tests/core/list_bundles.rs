//! Lists in bundles and list-scoped exports: round trip, tombstones of removals and deletions,
//! the same list made on both sides, bundles from before lists, and exactly the members exported.

use crate::lists::{export, later, list, manifest, member_names, people};
use crate::support::{amelie, book};
use liaison_core::{BundleScope, CsvExportOptions, ErrorCode, ListPatch, NoteInput, Progress};
use serde_json::Value;

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
        b.book.list_all().unwrap(),
        a.book.list_all().unwrap(),
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
    assert!(
        b.book.list_all().unwrap().is_empty(),
        "the deletion followed"
    );
    assert_eq!(b.book.person_count().unwrap(), 3, "the people stay");
    // An older bundle does not bring the list back.
    b.book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert!(
        b.book.list_all().unwrap().is_empty(),
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
        b.book.list_all().unwrap().len(),
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
            liaison_core::testing::bundle_checksum(text.as_bytes()).into();
    }
    let old = serde_json::to_vec(&v).unwrap();
    let b = book();
    b.book
        .bundle_import(&old, false, false, &Progress::new())
        .expect("a bundle without lists sections is read as having no lists");
    assert_eq!(b.book.person_count().unwrap(), 1);
    assert!(b.book.list_all().unwrap().is_empty());
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
    let vcf = b
        .vcard_export(Some(&members), liaison_core::VcardVersion::default())
        .unwrap();
    assert_eq!(vcf.matches("BEGIN:VCARD").count(), 2, "{vcf}");
    let err = b
        .bundle_export(&BundleScope::List { id: "nope".into() }, &Progress::new())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}
