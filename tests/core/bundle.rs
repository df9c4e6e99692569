//! JSON bundles between teammates: round trip into an empty book, idempotent re-import, newest
//! wins per record, tombstones (refusals are in `bundle_refusals`, one person's bundles in `bundle_person`).

use crate::support::{book, TestBook};
use liaison_core::{
    AttendReq, Book, BundleManifest, BundleScope, Direction, EventInput, Exchange, FollowupInput,
    InteractionInput, InteractionKind, ListInput, MeetupInput, NoteInput, PersonListReq,
    PersonPatch, Progress, SearchReq,
};
use serde_json::Value;

/// SplitMix64, so each seed builds the same book every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A book with people, interactions, notes, follow-ups, an event with attendees, a meetup, and
/// a few deletions; returns the people's ids.
pub(crate) fn populate(b: &Book, seed: u64) -> Vec<String> {
    let mut r = Rng(seed);
    let mut ids = Vec::new();
    for p in liaison_core::sample_people(12 + r.below(10), seed) {
        ids.push(b.person_create(p).unwrap().person.id);
    }
    for n in 0..30 + r.below(30) {
        let who = vec![
            ids[r.below(ids.len())].clone(),
            ids[r.below(ids.len())].clone(),
        ];
        let given = r.below(2) == 0;
        b.interaction_create(InteractionInput {
            kind: [
                InteractionKind::Email,
                InteractionKind::Dm,
                InteractionKind::Gift,
            ][r.below(3)],
            direction: if given {
                Direction::Given
            } else {
                Direction::Received
            },
            exchange: given.then_some(Exchange::CoCreation),
            occurred_at: Some(format!(
                "2026-{:02}-{:02}T10:00:00Z",
                1 + r.below(10),
                1 + r.below(28)
            )),
            body: format!("échange n°{n} — brief, \"capsule\"; merci"),
            people: who,
            ..Default::default()
        })
        .unwrap();
    }
    for i in 0..8 {
        b.note_create(NoteInput {
            person_id: ids[r.below(ids.len())].clone(),
            body: format!("Note {i}: préfère Instagram"),
            pinned: i % 3 == 0,
        })
        .unwrap();
    }
    for i in 0..4 {
        b.followup_create(FollowupInput {
            title: format!("Relancer {i}"),
            people: vec![ids[r.below(ids.len())].clone()],
            due_local: format!("2026-12-{:02}T09:30", 1 + i),
            ..Default::default()
        })
        .unwrap();
    }
    let event = b
        .event_create(EventInput {
            name: "VivaTech".into(),
            start_local: "2027-06-11".into(),
            end_local: "2027-06-14".into(),
            time_zone: Some("Europe/Paris".into()),
            city: "Paris".into(),
            country: "FR".into(),
            ..Default::default()
        })
        .unwrap();
    for id in ids.iter().take(3) {
        b.event_attend(&AttendReq {
            event_id: event.id.clone(),
            person_id: id.clone(),
            why: Some("speaks on day 2".into()),
            ..Default::default()
        })
        .unwrap();
    }
    b.meetup_create(MeetupInput {
        title: "Café".into(),
        event_id: Some(event.id.clone()),
        start_local: "2027-06-12T08:30".into(),
        people: vec![ids[0].clone()],
        ..Default::default()
    })
    .unwrap();
    // A list, with a member taken off and a deleted list, so lists and their tombstones travel.
    let shortlist = b
        .list_create(ListInput {
            name: format!("Shortlist {seed}"),
            description: "PFW".into(),
        })
        .unwrap();
    b.list_add(&shortlist.id, &ids[..4]).unwrap();
    b.list_remove(&shortlist.id, &ids[1..2]).unwrap();
    let scrap = b
        .list_create(ListInput {
            name: "Scrap".into(),
            ..Default::default()
        })
        .unwrap();
    b.list_delete(&scrap.id).unwrap();
    // A smart list, so saved filters travel.
    b.smart_list_create(liaison_core::SmartListInput {
        name: format!("Never contacted {seed}"),
        filter: liaison_core::PersonFilter {
            last_contact: Some(liaison_core::ContactFilter::Never),
            ..Default::default()
        },
        ..Default::default()
    })
    .unwrap();
    // A competitor's exclusive, so affiliations travel with their brand's name and side.
    let brand = b
        .org_create(liaison_core::OrganizationInput {
            name: format!("Lumière {seed}"),
            kind: liaison_core::OrgKind::Brand,
            ..Default::default()
        })
        .unwrap();
    b.org_brand_side_set(&brand.id, liaison_core::BrandSide::Competitor)
        .unwrap();
    b.affiliation_add(liaison_core::AffiliationInput {
        person_id: ids[0].clone(),
        brand_id: brand.id,
        kind: liaison_core::AffiliationKind::Exclusive,
        since: Some("2026-01-01".into()),
        until: None,
        note: "skincare".into(),
    })
    .unwrap();
    // The network (issue 16): a colleague who had an interaction and owns someone, another
    // taken off the roster, an organization with a member and one removed, a connection and
    // one undone, so each section and its tombstones travel.
    crate::network_bundles::populate_network(b, &ids, seed);
    // A merge of two people, so the merged-away id travels as an alias of the survivor.
    let merged = ids.pop().unwrap();
    b.people_merge(&ids[0], &merged, &liaison_core::MergeChoices::default())
        .unwrap();
    // Deletions, so tombstones travel too.
    let gone = ids.pop().unwrap();
    b.person_delete(&gone).unwrap();
    ids
}

pub(crate) fn export(b: &Book, scope: BundleScope) -> Vec<u8> {
    b.bundle_export(&scope, &Progress::new())
        .expect("export runs")
}

pub(crate) fn manifest(bytes: &[u8]) -> BundleManifest {
    let v: Value = serde_json::from_slice(bytes).expect("a bundle is JSON");
    serde_json::from_value(v["manifest"].clone()).expect("with a manifest")
}

/// Everything but the manifest (which says who and when), as JSON.
pub(crate) fn content(bytes: &[u8]) -> Value {
    let mut v: Value = serde_json::from_slice(bytes).unwrap();
    v.as_object_mut().unwrap().remove("manifest");
    v
}

#[test]
fn export_then_import_into_an_empty_book_gives_the_same_data() {
    for seed in 1..=4 {
        let a = book();
        populate(&a.book, seed);
        let bytes = export(&a.book, BundleScope::All);
        let m = manifest(&bytes);
        assert_eq!((m.format.as_str(), m.format_version), ("liaison-bundle", 1));
        assert!(
            m.counts["tombstones"] >= 1,
            "the deletion travels as a tombstone"
        );
        for (section, n) in &m.counts {
            assert!(*n > 0, "seed {seed}: the {section} section is exercised");
        }
        assert!(content(&bytes)["meetups"][0]["people"]
            .as_array()
            .is_some_and(|p| p.len() == 1));

        let b = book();
        let r = b
            .book
            .bundle_import(&bytes, false, false, &Progress::new())
            .unwrap();
        assert!(r.written && r.conflicts.is_empty(), "seed {seed}: {r:?}");
        let again = export(&b.book, BundleScope::All);
        assert_eq!(
            content(&again),
            content(&bytes),
            "seed {seed}: the imported book exports exactly the same records"
        );
        assert_eq!(
            manifest(&again).checksums,
            m.checksums,
            "seed {seed}: same checksums"
        );
        assert_ne!(
            manifest(&again).origin,
            m.origin,
            "each install has its own id"
        );

        // Derived figures are rebuilt, not copied: the Today view and insights agree.
        let first = &a.book.person_list(&PersonListReq::default()).unwrap().items[0];
        assert_eq!(
            a.book.person_insights(&first.id).unwrap(),
            b.book.person_insights(&first.id).unwrap(),
            "seed {seed}: last contact, cadence and give-and-take match"
        );
    }
}

#[test]
fn importing_the_same_bundle_twice_changes_nothing() {
    let a = book();
    populate(&a.book, 7);
    let bytes = export(&a.book, BundleScope::All);
    let b = book();
    b.book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    let before = export(&b.book, BundleScope::All);
    let r = b
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert_eq!((r.added, r.updated, r.deleted), (0, 0, 0), "{r:?}");
    assert_eq!(
        content(&export(&b.book, BundleScope::All)),
        content(&before),
        "nothing moved"
    );
}

fn rename(t: &TestBook, id: &str, name: &str) {
    t.clock.advance(chrono::Duration::minutes(5));
    t.book
        .person_update(
            id,
            PersonPatch {
                display_name: Some(name.into()),
                ..Default::default()
            },
        )
        .unwrap();
}

#[test]
fn the_newer_record_wins_and_both_sided_changes_are_listed() {
    let a = book();
    let ids = populate(&a.book, 3);
    let b = book();
    b.book
        .bundle_import(
            &export(&a.book, BundleScope::All),
            false,
            false,
            &Progress::new(),
        )
        .unwrap();
    rename(&a, &ids[0], "Changed in A");
    rename(&b, &ids[1], "Changed in B");
    b.clock.advance(chrono::Duration::minutes(5));
    rename(&b, &ids[0], "Changed in B later");
    rename(&a, &ids[2], "Changed in A, alone");

    let r = b
        .book
        .bundle_import(
            &export(&a.book, BundleScope::All),
            false,
            false,
            &Progress::new(),
        )
        .unwrap();
    assert_eq!(
        r.updated, 1,
        "only the record A changed last comes over: {r:?}"
    );
    assert_eq!(
        b.book.person_get(&ids[2]).unwrap().display_name,
        "Changed in A, alone"
    );
    assert_eq!(
        b.book.person_get(&ids[0]).unwrap().display_name,
        "Changed in B later",
        "B's is newer"
    );
    assert_eq!(
        b.book.person_get(&ids[1]).unwrap().display_name,
        "Changed in B",
        "A never touched it"
    );
    let kept: Vec<(&str, &str)> = r
        .conflicts
        .iter()
        .map(|c| (c.id.as_str(), c.kept.as_str()))
        .collect();
    assert!(kept.contains(&(ids[0].as_str(), "ours")), "{kept:?}");
    assert!(kept.contains(&(ids[2].as_str(), "theirs")), "{kept:?}");
}

#[test]
fn tombstones_delete_on_the_other_side_and_keep_the_dead_dead() {
    let a = book();
    let ids = populate(&a.book, 5);
    let old = export(&a.book, BundleScope::All);
    let b = book();
    b.book
        .bundle_import(&old, false, false, &Progress::new())
        .unwrap();
    let victim = b.book.person_get(&ids[4]).unwrap();
    a.clock.advance(chrono::Duration::minutes(1));
    a.book.person_delete(&ids[4]).unwrap();

    let r = b
        .book
        .bundle_import(
            &export(&a.book, BundleScope::All),
            false,
            false,
            &Progress::new(),
        )
        .unwrap();
    assert!(r.deleted >= 1, "{r:?}");
    assert!(
        b.book.person_get(&ids[4]).is_err(),
        "erased on the teammate's side too"
    );
    let hits = b
        .book
        .person_search(&SearchReq {
            query: victim.display_name.clone(),
            ..Default::default()
        })
        .unwrap();
    assert!(
        hits.iter().all(|h| h.id != victim.id),
        "gone from the search index"
    );

    b.book
        .bundle_import(&old, false, false, &Progress::new())
        .unwrap();
    assert!(
        b.book.person_get(&ids[4]).is_err(),
        "an older bundle does not bring them back"
    );
}
