//! A bundle's people arrive with their own stamps, archive flag and channel ids and stamps, written by the insert itself (issue 14's merge speed): one by one and in bulk, the merged book writes back the bundle it read.

use crate::bundle::{content, export, populate};
use crate::import_bulk::{csv_rows, HEADER};
use crate::support::book;
use liaison_core::{BundleScope, ImportOptions, Progress};
use serde_json::Value;

/// The bundle with every third person archived, every person created on their own day (not
/// when last updated) and each channel given an id and stamps of its own.
fn restamped(bytes: &[u8]) -> Vec<u8> {
    let (mut secs, manifest) = crate::bundle_stream::sections(bytes);
    let (_, text) = secs.iter_mut().find(|(n, _)| n == "people").unwrap();
    let mut people: Vec<Value> = serde_json::from_str(text).unwrap();
    let mut channels = 0;
    for (i, p) in people.iter_mut().enumerate() {
        p["archived"] = (i % 3 == 0).into();
        p["created_at"] = format!("2020-01-{:02}T08:00:00Z", 1 + i % 28).into();
        for c in p["channels"].as_array_mut().unwrap() {
            channels += 1;
            c["id"] = format!("0190a000-0000-7000-8000-{channels:012}").into();
            c["created_at"] = "2021-03-04T05:06:07Z".into();
            c["updated_at"] = format!("2022-0{}-01T00:00:00Z", 1 + channels % 9).into();
        }
    }
    assert!(channels > 0, "the bundle's people have channels to stamp");
    *text = serde_json::to_string(&people).unwrap();
    crate::bundle_stream::assemble(&secs, manifest, false)
}

fn merged_writes_back(bytes: &[u8]) {
    let merged = book();
    let r = merged
        .book
        .bundle_import(bytes, false, false, &Progress::new())
        .unwrap();
    assert!(r.written && r.conflicts.is_empty(), "{r:?}");
    let again = export(&merged.book, BundleScope::All);
    assert_eq!(
        content(&again)["people"],
        content(bytes)["people"],
        "each person reads back with the bundle's stamps, archive flag and channel ids"
    );
    assert_eq!(
        crate::facets::drift(&merged),
        Vec::<String>::new(),
        "the People table's copy has the archive flag the insert wrote"
    );
}

#[test]
fn a_small_bundles_people_keep_their_stamps_and_channel_ids() {
    let a = book();
    populate(&a.book, 5);
    merged_writes_back(&restamped(&export(&a.book, BundleScope::All)));
}

#[test]
fn a_large_bundles_people_in_bulk_keep_their_stamps_and_channel_ids() {
    let source = book();
    let csv = format!("{HEADER}{}", csv_rows().concat());
    let opts = ImportOptions::default();
    source
        .book
        .csv_import(csv.as_bytes(), None, &opts, &Progress::new())
        .unwrap();
    merged_writes_back(&restamped(&export(&source.book, BundleScope::All)));
}

#[test]
fn a_channel_id_already_here_gets_a_new_one_and_the_rest_still_arrives() {
    let a = book();
    populate(&a.book, 6);
    let bytes = restamped(&export(&a.book, BundleScope::All));
    // The first two channels of the bundle share an id: the second cannot take it.
    let (mut secs, manifest) = crate::bundle_stream::sections(&bytes);
    let (_, text) = secs.iter_mut().find(|(n, _)| n == "people").unwrap();
    let mut people: Vec<Value> = serde_json::from_str(text).unwrap();
    let all: Vec<(usize, usize)> = (0..people.len())
        .flat_map(|p| (0..people[p]["channels"].as_array().unwrap().len()).map(move |c| (p, c)))
        .collect();
    let ((p0, c0), (p1, c1)) = (all[0], all[1]);
    let first = people[p0]["channels"][c0]["id"].clone();
    people[p1]["channels"][c1]["id"] = first.clone();
    *text = serde_json::to_string(&people).unwrap();
    let bytes = crate::bundle_stream::assemble(&secs, manifest, false);

    let merged = book();
    merged
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    let out = content(&export(&merged.book, BundleScope::All));
    let ch = &out["people"][p1]["channels"][c1];
    assert_ne!(ch["id"], first, "an id is one channel's");
    assert_eq!(
        ch["handle"], people[p1]["channels"][c1]["handle"],
        "the channel itself arrived"
    );
    assert_eq!(
        ch["updated_at"], people[p1]["updated_at"],
        "stamped as its person"
    );
    assert_eq!(out["people"][p0]["channels"][c0]["id"], first);
}
