//! A large bundle's interactions merged into a book with none hold their links to people and
//! write them in key order at the end of the section (the index by interaction built again
//! after): the book must end as the one the bundle came from, whose interactions were logged one
//! by one, and an interaction the bundle names twice must still end as its newer copy.

use crate::bundle::{content, export};
use crate::support::{book, raw, TestBook};
use liaison_core::{BundleScope, Direction, Exchange, InteractionInput, InteractionKind, Progress};

/// Above the bulk path's threshold (2,000 announced interactions).
const INTERACTIONS: usize = 2_600;

/// A book of 40 people and `INTERACTIONS` interactions with one or two of them each, on dates
/// that repeat (so links of one person tie on the date and are ordered by interaction).
fn source() -> TestBook {
    let b = book();
    let mut ids = Vec::new();
    for p in liaison_core::sample_people(40, 7) {
        ids.push(b.book.person_create(p).unwrap().person.id);
    }
    let words = [
        "capsule",
        "brief",
        "merci",
        "tournage",
        "salon",
        "échantillon",
    ];
    let inputs = (0..INTERACTIONS)
        .map(|n| {
            let mut people = vec![ids[(n * 7) % ids.len()].clone()];
            if n % 3 == 0 {
                people.push(ids[(n * 13 + 5) % ids.len()].clone());
            }
            let given = n % 2 == 0;
            InteractionInput {
                kind: [InteractionKind::Email, InteractionKind::Dm][n % 2],
                direction: if given {
                    Direction::Given
                } else {
                    Direction::Received
                },
                exchange: given.then_some(Exchange::CoCreation),
                occurred_at: Some(format!(
                    "2026-{:02}-{:02}T10:00:00Z",
                    1 + n % 11,
                    1 + (n / 11) % 20
                )),
                body: format!("n°{n} {} {}", words[n % 6], words[(n / 6) % 6]),
                people,
                ..Default::default()
            }
        })
        .collect();
    assert_eq!(
        b.book.interaction_create_many(inputs).unwrap(),
        INTERACTIONS
    );
    b
}

/// The links, the full text and the people's figures of a book, by ids (rowids may differ),
/// plus the interactions' part of its schema.
fn interactions_seen(b: &TestBook) -> Vec<String> {
    let c = raw(b.book.path());
    let mut out = Vec::new();
    for sql in [
        "SELECT p.id || ' ' || ip.occurred_at || ' ' || i.id FROM interaction_people ip
           JOIN people p ON p.rowid = ip.person_rowid
           JOIN interactions i ON i.rowid = ip.interaction_rowid ORDER BY 1",
        "SELECT id || ' ' || ifnull(last_interaction_at, '-') || ' ' || given_count || ' '
           || received_count FROM people ORDER BY id",
        "SELECT name || ' ' || ifnull(sql, '') FROM sqlite_schema
           WHERE tbl_name IN ('interactions', 'interaction_people') ORDER BY name",
    ] {
        let mut st = c.prepare(sql).unwrap();
        out.extend(
            st.query_map([], |r| r.get::<_, String>(0))
                .unwrap()
                .map(Result::unwrap),
        );
    }
    for term in [
        "capsule",
        "merci",
        "tour*",
        "echantillon",
        "brief salon",
        "n°25*",
    ] {
        let mut st = c
            .prepare(
                "SELECT i.id FROM interaction_fts f JOIN interactions i ON i.rowid = f.rowid
                 WHERE interaction_fts MATCH ?1 ORDER BY 1",
            )
            .unwrap();
        let ids: Vec<String> = st
            .query_map([term], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        out.push(format!("{term}: {}", ids.join(" ")));
    }
    let check: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    out.push(format!("integrity {check}"));
    out
}

#[test]
fn a_large_bundles_interactions_into_a_book_with_none_leave_what_one_by_one_writes_left() {
    let a = source();
    let bytes = export(&a.book, BundleScope::All);
    let b = book();
    let r = b
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert!(r.written && r.conflicts.is_empty(), "{r:?}");
    let (want, got) = (interactions_seen(&a), interactions_seen(&b));
    assert!(
        want.len() > INTERACTIONS * 4 / 3,
        "every link is compared: {} lines",
        want.len()
    );
    assert_eq!(
        got, want,
        "the links to people (timelines), the figures derived from them, the index by \
         interaction and what the full text finds are those of the source"
    );
    assert_eq!(
        content(&export(&b.book, BundleScope::All)),
        content(&bytes),
        "the merged book writes back the bundle it read"
    );
}

/// The bundle with its first interaction named again at the end: newer, with another body,
/// another date and another person. The interaction's id, that person and how many people the
/// first copy had.
fn first_named_again(bytes: &[u8]) -> (Vec<u8>, String, String, usize) {
    let (mut secs, manifest) = crate::bundle_stream::sections(bytes);
    let (_, text) = secs.iter_mut().find(|(n, _)| n == "interactions").unwrap();
    let mut records: Vec<serde_json::Value> = serde_json::from_str(text).unwrap();
    let first = records[0].clone();
    let other = records
        .iter()
        .map(|r| r["people"][0].as_str().unwrap().to_string())
        .find(|p| first["people"].as_array().unwrap().iter().all(|q| q != p))
        .unwrap();
    let mut again = first.clone();
    again["body"] = "written again, later".into();
    again["updated_at"] = "2099-01-01T00:00:00Z".into();
    again["occurred_at"] = "2030-05-05T05:05:05.000Z".into();
    again["people"] = serde_json::json!([other]);
    records.push(again);
    *text = serde_json::to_string(&records).unwrap();
    let id = first["id"].as_str().unwrap().to_string();
    let had = first["people"].as_array().unwrap().len();
    (
        crate::bundle_stream::assemble(&secs, manifest, false),
        id,
        other,
        had,
    )
}

#[test]
fn an_interaction_named_twice_in_a_large_bundle_ends_as_its_newer_copy() {
    let a = source();
    let (bytes, id, other, had) = first_named_again(&export(&a.book, BundleScope::All));
    let b = book();
    let r = b
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert_eq!(r.updated, 1, "the second copy replaces the first: {r:?}");
    let c = raw(b.book.path());
    let links: Vec<String> = c
        .prepare(
            "SELECT p.id || ' ' || ip.occurred_at FROM interaction_people ip
               JOIN people p ON p.rowid = ip.person_rowid
               JOIN interactions i ON i.rowid = ip.interaction_rowid WHERE i.id = ?1",
        )
        .unwrap()
        .query_map([&id], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        links,
        vec![format!("{other} 2030-05-05T05:05:05.000Z")],
        "the interaction is in the timeline of its newer copy's person only, at its new date"
    );
    let count = |c: &rusqlite::Connection| -> i64 {
        c.query_row("SELECT count(*) FROM interaction_people", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(
        count(&c),
        count(&raw(a.book.path())) - had as i64 + 1,
        "no other link is lost or doubled"
    );
    let hits: i64 = c
        .query_row(
            "SELECT count(*) FROM interaction_fts WHERE interaction_fts MATCH 'written'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(hits, 1, "the newer body is what search finds");
    let check: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok", "the index by interaction matches the links");
}
