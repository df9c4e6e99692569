//! Smart lists: saved under a unique name with a live count, exported as "these people", carried
//! in bundles as definitions (never members), merged once however often, and an older bundle
//! without them still merges.

use crate::lists::{export, later};
use crate::support::book;
use crate::worklist::planted;
use liaison_core::{
    BundleScope, CadenceState, ContactFilter, ErrorCode, ExportOf, ExportSpec, ExportWhat,
    PersonFilter, PersonSort, Progress, SmartListInput,
};
use serde_json::Value;

fn never() -> SmartListInput {
    SmartListInput {
        name: "Never contacted".into(),
        filter: PersonFilter {
            last_contact: Some(ContactFilter::Never),
            ..Default::default()
        },
        sort: PersonSort::Audience,
        descending: true,
    }
}

#[test]
fn a_smart_list_counts_whoever_matches_now_and_exports_them() {
    let p = planted();
    let b = &p.tb.book;
    let s = b.smart_list_create(never()).unwrap();
    assert_eq!(s.count, 2, "Nadia and Paul were never contacted");
    let dup = b
        .smart_list_create(SmartListInput {
            name: "never CONTACTED".into(),
            ..never()
        })
        .unwrap_err();
    assert_eq!(
        dup.code(),
        ErrorCode::Validation,
        "names are unique, case aside"
    );
    let cold = b
        .smart_list_update(
            &s.id,
            SmartListInput {
                name: "Gone cold".into(),
                filter: PersonFilter {
                    cadence: Some(CadenceState::Cold),
                    ..Default::default()
                },
                ..never()
            },
        )
        .unwrap();
    assert_eq!((cold.name.as_str(), cold.count), ("Gone cold", 1));
    assert_eq!(b.smart_list_all().unwrap(), std::slice::from_ref(&cold));

    let spec = ExportSpec::new(ExportWhat::People, ExportOf::SmartList(cold.id.clone()));
    let e = b.export(&spec).unwrap();
    assert_eq!(e.file_name, "Gone cold.csv");
    let csv = String::from_utf8(b.export_bytes(e, &Progress::new()).unwrap()).unwrap();
    assert!(csv.contains("Carl Cold"), "the member is exported: {csv}");
    assert!(!csv.contains("Nadia"), "only the members: {csv}");
    let bundle = ExportSpec::new(ExportWhat::Bundle, ExportOf::SmartList(cold.id.clone()));
    let e = b.export(&bundle).unwrap();
    let json: Value =
        serde_json::from_slice(&b.export_bytes(e, &Progress::new()).unwrap()).unwrap();
    let names: Vec<&str> = json["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["display_name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Carl Cold"],
        "a bundle of a smart list holds its members, not silently the whole book"
    );

    b.smart_list_delete(&cold.id).unwrap();
    assert!(b.smart_list_all().unwrap().is_empty());
    assert_eq!(
        p.tb.book.person_list(&Default::default()).unwrap().total,
        5,
        "nobody left the book"
    );
}

#[test]
fn smart_lists_travel_as_definitions_and_merge_once() {
    let p = planted();
    let a = &p.tb;
    let s = a.book.smart_list_create(never()).unwrap();
    let bytes = export(&a.book, BundleScope::All);
    let v: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(v["smart_lists"][0]["name"], "Never contacted");
    assert!(
        v["smart_lists"][0].get("members").is_none(),
        "definitions only: members are whoever matches in the book that reads it"
    );

    let other = book();
    let first = other
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    let theirs = other.book.smart_list_all().unwrap();
    assert_eq!(theirs.len(), 1, "{first:?}");
    assert_eq!((theirs[0].id.as_str(), theirs[0].count), (s.id.as_str(), 2));
    let again = other
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert_eq!(
        (again.added, again.updated, again.deleted),
        (0, 0, 0),
        "merging twice changes nothing"
    );

    // A newer edit wins; a deletion follows as a tombstone.
    later(a);
    let renamed = SmartListInput {
        name: "Never, biggest first".into(),
        ..never()
    };
    a.book.smart_list_update(&s.id, renamed).unwrap();
    other
        .book
        .bundle_import(
            &export(&a.book, BundleScope::All),
            false,
            true,
            &Progress::new(),
        )
        .unwrap();
    assert_eq!(
        other.book.smart_list_get(&s.id).unwrap().name,
        "Never, biggest first"
    );
    later(a);
    a.book.smart_list_delete(&s.id).unwrap();
    other
        .book
        .bundle_import(
            &export(&a.book, BundleScope::All),
            false,
            true,
            &Progress::new(),
        )
        .unwrap();
    assert!(
        other.book.smart_list_all().unwrap().is_empty(),
        "the deletion travelled"
    );
}

#[test]
fn a_bundle_from_before_smart_lists_still_merges() {
    let p = planted();
    p.tb.book.smart_list_create(never()).unwrap();
    let bytes = export(&p.tb.book, BundleScope::All);
    let mut v: Value = serde_json::from_slice(&bytes).unwrap();
    let obj = v.as_object_mut().unwrap();
    obj.remove("smart_lists");
    obj["manifest"]["checksums"]
        .as_object_mut()
        .unwrap()
        .remove("smart_lists");
    obj["manifest"]["counts"]
        .as_object_mut()
        .unwrap()
        .remove("smart_lists");
    // Re-serialising changed the sections' bytes, so their checksums are refreshed.
    let keys: Vec<String> = v["manifest"]["checksums"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    for k in keys {
        let text = serde_json::to_string(&v[&k]).unwrap();
        v["manifest"]["checksums"][&k] =
            liaison_core::testing::bundle_checksum(text.as_bytes()).into();
    }
    let old = serde_json::to_vec(&v).unwrap();
    let other = book();
    let r = other
        .book
        .bundle_import(&old, false, false, &Progress::new())
        .unwrap();
    assert!(r.added > 0, "its people came in: {r:?}");
    assert!(other.book.smart_list_all().unwrap().is_empty());
}
