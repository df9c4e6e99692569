//! A bundle merged as a stream from its file: all or nothing when a record late in the file is bad, checksums checked before anything is written, sections in any order, a cut-short file refused, the same result as from memory, and a history line per person.

use crate::bundle::{content, export, populate};
use crate::support::book;
use liaison_core::{
    BundleScope, ErrorCode, PersonInput, PersonListReq, Progress, SourceAction, SourceFormat,
};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// A bundle put together again from its sections (each serialised compactly, as the exporter
/// does) with checksums that hold, the manifest first or last.
pub(crate) fn assemble(
    sections: &[(String, String)],
    mut manifest: Value,
    manifest_first: bool,
) -> Vec<u8> {
    let mut sums = Map::new();
    for (name, text) in sections {
        let hex: String = Sha256::digest(text.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        sums.insert(name.clone(), Value::from(hex));
    }
    manifest["checksums"] = Value::Object(sums);
    let m = format!("\"manifest\":{manifest}");
    let mut parts: Vec<String> = sections
        .iter()
        .map(|(name, text)| format!("\"{name}\":{text}"))
        .collect();
    if manifest_first {
        parts.insert(0, m);
    } else {
        parts.push(m);
    }
    format!("{{{}}}", parts.join(",")).into_bytes()
}

/// The sections of an exported bundle, as compact JSON text, and its manifest.
pub(crate) fn sections(bytes: &[u8]) -> (Vec<(String, String)>, Value) {
    let v: Value = serde_json::from_slice(bytes).unwrap();
    let mut manifest = Value::Null;
    let mut out = Vec::new();
    for (k, val) in v.as_object().unwrap() {
        if k == "manifest" {
            manifest = val.clone();
        } else {
            out.push((k.clone(), val.to_string()));
        }
    }
    (out, manifest)
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn a_bad_record_late_in_the_interactions_leaves_the_book_untouched() {
    let a = book();
    populate(&a.book, 3);
    let (mut secs, manifest) = sections(&export(&a.book, BundleScope::All));
    let (_, text) = secs.iter_mut().find(|(n, _)| n == "interactions").unwrap();
    let mut records: Vec<Value> = serde_json::from_str(text).unwrap();
    let n = records.len();
    records[n - 1]["people"] = Value::from(12);
    *text = serde_json::to_string(&records).unwrap();
    let bytes = assemble(&secs, manifest, false);

    let b = book();
    let path = write(b.dir.path(), "équipe.json", &bytes);
    let err = b
        .book
        .bundle_import_file(&path, false, false, &Progress::new())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::BadFile, "{err}");
    let msg = err.to_string();
    assert!(
        msg.contains("interactions") && msg.contains(&format!("record {n}")),
        "the message names the section and the record: {msg}"
    );
    assert_eq!(
        b.book.person_count().unwrap(),
        0,
        "the people merged before the bad record were rolled back: all or nothing"
    );
    let err = b
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap_err();
    assert!(err.to_string().contains(&format!("record {n}")), "{err}");
    assert_eq!(b.book.person_count().unwrap(), 0);
}

#[test]
fn a_checksum_that_does_not_hold_is_refused_before_anything_is_written() {
    let a = book();
    populate(&a.book, 4);
    let (secs, mut manifest) = sections(&export(&a.book, BundleScope::All));
    let mut bytes = assemble(&secs, manifest.clone(), false);
    // The last section's checksum, as a file altered after export would have it.
    let text = String::from_utf8(bytes.clone()).unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    let sum = v["manifest"]["checksums"]["tombstones"]
        .as_str()
        .unwrap()
        .to_string();
    bytes = text.replace(&sum, &"0".repeat(64)).into_bytes();
    let b = book();
    let path = write(b.dir.path(), "altered.json", &bytes);
    let err = b
        .book
        .bundle_import_file(&path, false, false, &Progress::new())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::BadFile);
    assert!(
        err.to_string()
            .contains("deletions do not match their checksum"),
        "{err}"
    );
    assert_eq!(b.book.person_count().unwrap(), 0);
    assert!(
        b.book.backup_list().unwrap().is_empty(),
        "refused before the pre-import backup: nothing at all was written"
    );
    // A section the manifest does not vouch for is refused too.
    manifest["format"] = Value::from("liaison-bundle");
    let mut with_extra = secs.clone();
    with_extra.push(("notes2".into(), "[]".into()));
    let ok = assemble(&with_extra, manifest, false);
    let r = b
        .book
        .bundle_import_file(
            &write(b.dir.path(), "extra.json", &ok),
            true,
            false,
            &Progress::new(),
        )
        .unwrap();
    assert!(
        r.added > 0,
        "an unknown section is skipped, as before: {r:?}"
    );
}

#[test]
fn sections_in_another_order_with_the_manifest_first_still_merge() {
    let a = book();
    populate(&a.book, 5);
    let bytes = export(&a.book, BundleScope::All);
    let (mut secs, manifest) = sections(&bytes);
    secs.reverse();
    let reordered = assemble(&secs, manifest, true);
    assert!(reordered.starts_with(b"{\"manifest\""));
    let b = book();
    let r = b
        .book
        .bundle_import_file(
            &write(b.dir.path(), "reordered.json", &reordered),
            false,
            false,
            &Progress::new(),
        )
        .unwrap();
    assert!(r.written && r.conflicts.is_empty(), "{r:?}");
    assert_eq!(
        content(&export(&b.book, BundleScope::All)),
        content(&bytes),
        "the same records, whatever the order of the sections in the file"
    );
}

#[test]
fn a_file_cut_short_is_refused_with_a_clear_message() {
    let a = book();
    populate(&a.book, 6);
    let bytes = export(&a.book, BundleScope::All);
    let b = book();
    // Inside the people, in the middle, just before the closing brace (the file ends with a
    // line break).
    let end = bytes.trim_ascii_end().len();
    for cut in [200, bytes.len() / 2, end - 1] {
        let path = write(b.dir.path(), "cut.json", &bytes[..cut]);
        let err = b
            .book
            .bundle_import_file(&path, false, false, &Progress::new())
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::BadFile, "cut at {cut}: {err}");
        let msg = err.to_string();
        assert!(
            msg.contains("incomplete") && msg.contains("cut short"),
            "cut at {cut}: the person learns the file is incomplete: {msg}"
        );
        assert_eq!(b.book.person_count().unwrap(), 0);
    }
}

#[test]
fn merged_from_its_file_twice_a_bundle_changes_nothing_the_second_time() {
    let a = book();
    populate(&a.book, 8);
    let bytes = export(&a.book, BundleScope::All);
    let b = book();
    let path = write(b.dir.path(), "bundle.json", &bytes);
    b.book
        .bundle_import_file(&path, false, false, &Progress::new())
        .unwrap();
    let before = export(&b.book, BundleScope::All);
    let r = b
        .book
        .bundle_import_file(&path, false, false, &Progress::new())
        .unwrap();
    assert_eq!((r.added, r.updated, r.deleted), (0, 0, 0), "{r:?}");
    assert_eq!(
        content(&export(&b.book, BundleScope::All)),
        content(&before)
    );
}

#[test]
fn a_bundle_merged_from_its_file_equals_one_merged_from_memory() {
    let a = book();
    populate(&a.book, 9);
    let bytes = export(&a.book, BundleScope::All);
    let (from_file, from_memory) = (book(), book());
    let path = write(from_file.dir.path(), "bundle.json", &bytes);
    let r1 = from_file
        .book
        .bundle_import_file(&path, false, false, &Progress::new())
        .unwrap();
    let r2 = from_memory
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert_eq!(r1, r2, "the same report");
    assert_eq!(
        content(&export(&from_file.book, BundleScope::All)),
        content(&export(&from_memory.book, BundleScope::All)),
        "the same book"
    );
}

#[test]
fn each_person_a_merge_creates_or_changes_gets_a_history_line() {
    let a = book();
    let ana = a
        .book
        .person_create(PersonInput {
            first_name: "Ana".into(),
            last_name: "Lima".into(),
            emails: vec!["ana@lima.example".into()],
            ..Default::default()
        })
        .unwrap()
        .person
        .id;
    let b = book();
    // Someone b already has, whom a's bundle will fill in (same e-mail, a city b lacked).
    let here = b
        .book
        .person_create(PersonInput {
            first_name: "Noé".into(),
            last_name: "Bernard".into(),
            emails: vec!["noe@bernard.example".into()],
            ..Default::default()
        })
        .unwrap()
        .person
        .id;
    a.book
        .person_create(PersonInput {
            first_name: "Noé".into(),
            last_name: "Bernard".into(),
            emails: vec!["noe@bernard.example".into()],
            city: "Lyon".into(),
            ..Default::default()
        })
        .unwrap();
    let path = write(
        b.dir.path(),
        "de-ana.json",
        &export(&a.book, BundleScope::All),
    );
    let r = b
        .book
        .bundle_import_file(&path, false, false, &Progress::new())
        .unwrap();
    assert_eq!((r.added, r.merged), (1, 1), "{r:?}");
    let h = b.book.person_sources(&ana).unwrap();
    assert_eq!(h.len(), 1, "{h:?}");
    assert_eq!(
        (h[0].file_name.as_str(), h[0].format, h[0].action),
        ("de-ana.json", SourceFormat::Bundle, SourceAction::Created),
        "the person page says Ana came from this bundle"
    );
    let h = b.book.person_sources(&here).unwrap();
    assert_eq!(
        h.iter()
            .map(|s| (s.file_name.as_str(), s.action))
            .collect::<Vec<_>>(),
        [("de-ana.json", SourceAction::Updated)],
        "the person the bundle filled in says so"
    );

    // Merging it again changes no one: no new line.
    b.book
        .bundle_import_file(&path, false, false, &Progress::new())
        .unwrap();
    assert_eq!(b.book.person_sources(&ana).unwrap().len(), 1);
    // A newer version of Ana: an `updated` line.
    a.clock.advance(chrono::Duration::minutes(5));
    a.book
        .person_update(
            &ana,
            liaison_core::PersonPatch {
                city: Some("Porto".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let path = write(
        b.dir.path(),
        "de-ana-2.json",
        &export(&a.book, BundleScope::All),
    );
    b.book
        .bundle_import_file(&path, false, false, &Progress::new())
        .unwrap();
    let h = b.book.person_sources(&ana).unwrap();
    assert_eq!(
        h.iter()
            .map(|s| (s.file_name.as_str(), s.action))
            .collect::<Vec<_>>(),
        [
            ("de-ana.json", SourceAction::Created),
            ("de-ana-2.json", SourceAction::Updated)
        ]
    );
    let first = &b.book.person_list(&PersonListReq::default()).unwrap().items;
    assert_eq!(first.len(), 2, "no one was doubled");
}

/// A bundle that cannot be read (here a folder picked by mistake) is an I/O error naming the
/// file, as the other imports report it, so the log keeps its shape with the path redacted.
#[test]
fn a_bundle_that_cannot_be_read_is_an_io_error_naming_the_file() {
    let tb = book();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("from-lea.json");
    std::fs::create_dir(&folder).unwrap();
    let err = tb
        .book
        .bundle_import_file(&folder, false, false, &liaison_core::Progress::new())
        .unwrap_err();
    assert_eq!(err.code(), liaison_core::ErrorCode::Io, "{err}");
    assert!(err.to_string().contains("from-lea.json"), "{err}");
}
