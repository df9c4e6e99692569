//! A bundle written straight into its file (as the app and `liaison export json --out` make it):
//! the same bytes as in memory, checksums that hold over sections handed on in pieces, and no
//! file at all, nor a `.part`, when the export fails or is cancelled.

use crate::support::book;
use liaison_core::{BundleScope, ErrorCode, InteractionInput, InteractionKind, Progress};

#[test]
fn a_whole_book_written_to_a_file_is_the_bundle_and_its_checksums_hold() {
    let t = book();
    // 9,000 people: the people section goes on to the file in three pieces and a remainder.
    let people = liaison_core::sample_people(9_000, 5);
    t.book.person_create_many(people).unwrap();
    let first = t
        .book
        .person_list(&liaison_core::PersonListReq::default())
        .unwrap()
        .items[0]
        .id
        .clone();
    // And interactions over two blocks, so both threads write some.
    let inputs = (0..5_000)
        .map(|n| InteractionInput {
            kind: InteractionKind::Call,
            occurred_at: Some(format!("2026-03-{:02}T09:00:00Z", 1 + n % 28)),
            body: format!("appel n°{n} \"à propos\" de la capsule"),
            people: vec![first.clone()],
            ..Default::default()
        })
        .collect();
    t.book.interaction_create_many(inputs).unwrap();

    let path = t.dir.path().join("équipe bundle.json");
    let written = t
        .book
        .bundle_export_file(&BundleScope::All, &path, &Progress::new())
        .unwrap();
    let on_disk = std::fs::read(&path).unwrap();
    assert_eq!(written, on_disk.len() as u64);
    let in_memory = t
        .book
        .bundle_export(&BundleScope::All, &Progress::new())
        .unwrap();
    assert!(on_disk == in_memory, "the file holds what memory holds");
    assert!(!t.dir.path().join("équipe bundle.json.part").exists());

    // A teammate's book checks every section's checksum before it merges anything.
    let mate = book();
    let report = mate
        .book
        .bundle_import(&on_disk, false, false, &Progress::new())
        .unwrap();
    assert_eq!(report.added + report.merged, 9_000 + 5_000);
    assert_eq!(
        mate.book.person_count().unwrap(),
        t.book.person_count().unwrap()
    );
}

#[test]
fn a_failed_or_cancelled_export_leaves_no_file_and_keeps_an_older_one() {
    let t = book();
    t.book.person_create(crate::support::amelie()).unwrap();

    // A folder that is not there: the error names the file asked for.
    let nowhere = t.dir.path().join("missing").join("bundle.json");
    let err = t
        .book
        .bundle_export_file(&BundleScope::All, &nowhere, &Progress::new())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Io);
    assert!(err.to_string().contains("missing/bundle.json\""), "{err}");

    // Cancelled: the bundle already there (last week's) is neither replaced nor cut short.
    let path = t.dir.path().join("bundle.json");
    std::fs::write(&path, b"last week's bundle").unwrap();
    let progress = Progress::new();
    progress.cancel();
    let err = t
        .book
        .bundle_export_file(&BundleScope::All, &path, &progress)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Cancelled);
    assert_eq!(std::fs::read(&path).unwrap(), b"last week's bundle");
    let names: Vec<String> = std::fs::read_dir(t.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.ends_with(".part")), "{names:?}");

    // Done again without the cancel, it replaces the older file whole.
    t.book
        .bundle_export_file(&BundleScope::All, &path, &Progress::new())
        .unwrap();
    let bundle: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(bundle["manifest"]["counts"]["people"], 1);
}
