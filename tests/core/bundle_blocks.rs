//! A whole-book bundle with more interactions than one block: read in blocks by two threads and
//! written by hand, it must still be byte for byte what serde_json writes, in rowid order.

use crate::support::book;
use liaison_core::domain::interaction::{Direction, InteractionInput, InteractionKind};
use liaison_core::interchange::bundle::{BundleInteraction, BundleScope};
use liaison_core::interchange::Progress;
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
    let ids: Vec<String> = liaison_core::sample::people(40, 7)
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
