//! A whole-book bundle with more interactions than one block: read in blocks by two threads and
//! written by hand, it must still be byte for byte what serde_json writes, in rowid order.

use crate::support::book;
use liaison_core::testing::BundleInteraction;
use liaison_core::{
    BundleScope, ChannelInput, Direction, InteractionInput, InteractionKind, Person, PersonPatch,
    Platform, Progress,
};
use serde_json::value::RawValue;
use std::collections::HashMap;

/// The raw bytes of each section, as the file holds them.
fn sections(bytes: &[u8]) -> HashMap<String, Box<RawValue>> {
    serde_json::from_slice(bytes).expect("a bundle is a JSON object")
}

/// Rows 4,000–8,399 (rowids 4,001–8,400) cover the whole second block (rowids 4,096–8,191).
fn gone(n: usize) -> bool {
    (4_000..8_400).contains(&n)
}

#[test]
fn a_many_block_export_is_serde_json_exact_in_rowid_order_and_reads_back() {
    let t = book();
    let ids: Vec<String> = liaison_core::sample_people(40, 7)
        .into_iter()
        .map(|p| t.book.person_create(p).unwrap().person.id)
        .collect();
    // 10,000 rows: blocks of 4,096 rowids, so three blocks shared by the two threads. Bodies
    // carry what serde_json escapes (quotes, backslashes, control characters) and what it does not.
    let inputs = (0..10_000)
        .map(|n| InteractionInput {
            kind: InteractionKind::Email,
            direction: if n % 2 == 0 {
                Direction::Given
            } else {
                Direction::Received
            },
            occurred_at: Some(format!(
                "2026-{:02}-{:02}T10:00:00Z",
                1 + n % 11,
                1 + n % 28
            )),
            body: match n % 4 {
                0 => format!("merci pour le café n°{n} 😀"),
                1 => format!("a \"quoted\" word and a back\\slash {n}"),
                2 => format!("line one\nline two\ttabbed {n}"),
                _ => format!("plain {n}"),
            },
            // The `gone` rows are the last person's alone, so erasing them empties a block.
            people: if gone(n) {
                vec![ids[39].clone()]
            } else if n % 5 == 0 {
                vec![ids[n % 39].clone(), ids[(n * 7) % 39].clone()]
            } else {
                vec![ids[n % 39].clone()]
            },
            ..Default::default()
        })
        .collect();
    t.book.interaction_create_many(inputs).unwrap();
    let first = t
        .book
        .bundle_export(&BundleScope::All, &Progress::new())
        .unwrap();
    let all: Vec<BundleInteraction> =
        serde_json::from_str(sections(&first)["interactions"].get()).unwrap();
    assert_eq!(all.len(), 10_000);
    // Gaps in the rowids, one of them a whole block: blocks come back short or empty.
    t.book.person_delete(&ids[39]).unwrap();
    for (n, i) in all.iter().enumerate() {
        if n % 500 == 7 && !gone(n) {
            t.book.interaction_delete(&i.id).unwrap();
        }
    }
    let bytes = t
        .book
        .bundle_export(&BundleScope::All, &Progress::new())
        .unwrap();
    let raw = sections(&bytes);
    let section = raw["interactions"].get();
    let left: Vec<BundleInteraction> = serde_json::from_str(section).unwrap();
    let expected: Vec<&BundleInteraction> = all
        .iter()
        .enumerate()
        .filter(|&(n, _)| !gone(n) && n % 500 != 7)
        .map(|(_, i)| i)
        .collect();
    assert_eq!(left.len(), expected.len());
    assert!(
        left.iter().zip(&expected).all(|(a, b)| a.id == b.id),
        "rowid order"
    );
    assert_eq!(
        section,
        serde_json::to_string(&left).unwrap(),
        "serde_json's exact bytes"
    );
    // The same snapshot on both threads and a matching checksum: it imports into a new book.
    let other = book();
    other
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    let again = other
        .book
        .bundle_export(&BundleScope::All, &Progress::new())
        .unwrap();
    assert_eq!(sections(&again)["interactions"].get(), section);
}

#[test]
fn a_whole_book_export_during_writes_is_one_state_of_the_book() {
    let t = book();
    let ids: Vec<String> = liaison_core::sample_people(20, 3)
        .into_iter()
        .map(|p| t.book.person_create(p).unwrap().person.id)
        .collect();
    let one = |who: Vec<String>, n: usize| InteractionInput {
        kind: InteractionKind::Email,
        direction: Direction::Given,
        occurred_at: Some("2026-11-01T10:00:00Z".into()),
        body: format!("note {n}"),
        people: who,
        ..Default::default()
    };
    t.book
        .interaction_create_many(
            (0..5_000)
                .map(|n| one(vec![ids[n % 20].clone()], n))
                .collect(),
        )
        .unwrap();
    let stop = std::sync::atomic::AtomicBool::new(false);
    /// Stops the writing thread however the checks end (a failed one would otherwise wait forever).
    struct Stop<'a>(&'a std::sync::atomic::AtomicBool);
    impl Drop for Stop<'_> {
        fn drop(&mut self) {
            self.0.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
    std::thread::scope(|s| {
        let _stop = Stop(&stop);
        // Each step adds a person and an interaction of theirs: a bundle mixing two states would
        // hold an interaction whose person is missing, or counts that disagree.
        s.spawn(|| {
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let p = liaison_core::sample_people(1, 100 + n as u64).remove(0);
                let id = t.book.person_create(p).unwrap().person.id;
                t.book.interaction_create(one(vec![id], n)).unwrap();
                n += 1;
            }
        });
        for _ in 0..6 {
            let bytes = t
                .book
                .bundle_export(&BundleScope::All, &Progress::new())
                .unwrap();
            let raw = sections(&bytes);
            let people: Vec<serde_json::Value> = serde_json::from_str(raw["people"].get()).unwrap();
            let known: std::collections::HashSet<&str> =
                people.iter().map(|p| p["id"].as_str().unwrap()).collect();
            let interactions: Vec<BundleInteraction> =
                serde_json::from_str(raw["interactions"].get()).unwrap();
            let missing = interactions
                .iter()
                .flat_map(|i| &i.people)
                .filter(|p| !known.contains(p.as_str()))
                .count();
            assert_eq!(
                missing, 0,
                "every interaction's people are in the same bundle"
            );
            // A person and their interaction are two commits: one state has as many new
            // interactions as new people, or one fewer.
            let (added, talked) = (people.len() - 20, interactions.len() - 5_000);
            assert!(
                added == talked || added == talked + 1,
                "{added} people, {talked} interactions"
            );
        }
    });
}

/// The whole book's people section is written by hand from the rows: it must be byte for byte
/// what serde_json writes for the same `Person`s, escapes, empty lists and deletions included.
#[test]
fn the_whole_book_people_section_is_serde_json_exact() {
    let t = book();
    let mut ids: Vec<String> = liaison_core::sample_people(60, 11)
        .into_iter()
        .map(|p| t.book.person_create(p).unwrap().person.id)
        .collect();
    let mut odd = crate::support::amelie();
    odd.display_name = "Zoé \"la Lyonnaise\" \\ Quennell\u{1}".into();
    odd.topics = vec!["a \"quoted\" topic".into(), "back\\slash".into()];
    odd.phones = vec!["+33 6 12 34 56 78".into()];
    odd.tags = vec!["zèbre".into(), "Zulu".into(), "apple".into()];
    odd.bio = "line one\nline two\ttab 😀".into();
    odd.resonance = Some(5);
    odd.cadence_days = Some(30);
    odd.channels.push(ChannelInput {
        platform: Platform::Tiktok,
        handle: "@zoe".into(),
        ..Default::default()
    });
    ids.push(t.book.person_create(odd).unwrap().person.id);
    ids.push(
        t.book
            .person_create(crate::support::named("Bare"))
            .unwrap()
            .person
            .id,
    );
    // Gaps in the rowids, and an archived person.
    t.book.person_delete(&ids[3]).unwrap();
    t.book.person_delete(&ids[40]).unwrap();
    t.book
        .person_update(
            &ids[7],
            PersonPatch {
                emails: Some(Vec::new()),
                ..Default::default()
            },
        )
        .unwrap();
    t.book.person_archive(&ids[9], true).unwrap();
    let bytes = t
        .book
        .bundle_export(&BundleScope::All, &Progress::new())
        .unwrap();
    let section = sections(&bytes)["people"].get().to_string();
    // Creation order is rowid order.
    let people: Vec<Person> = ids
        .iter()
        .enumerate()
        .filter(|&(n, _)| n != 3 && n != 40)
        .map(|(_, id)| t.book.person_get(id).unwrap())
        .collect();
    assert_eq!(section, serde_json::to_string(&people).unwrap());
    let back: Vec<Person> = serde_json::from_str(&section).unwrap();
    assert_eq!(back, people);
}
