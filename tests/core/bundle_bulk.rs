//! A large bundle merged into a book with no one yet writes its people in bulk (indexes built
//! again after, word keys and full text in one pass): the book must end exactly as the one the
//! bundle came from, whose people were written one by one.

use crate::bundle::export;
use crate::import_bulk::{csv_rows, derived, HEADER};
use crate::support::{amelie, book};
use liaison_core::{BundleScope, ImportOptions, Progress};

#[test]
fn a_large_bundle_into_an_empty_book_leaves_what_one_by_one_writes_left() {
    // The source: 2,401 people written in imports of 400, each below the bulk paths.
    let source = book();
    source.book.person_create(amelie()).unwrap();
    for chunk in csv_rows().chunks(400) {
        let r = source
            .book
            .csv_import(
                format!("{HEADER}{}", chunk.concat()).as_bytes(),
                None,
                &ImportOptions::default(),
                &Progress::new(),
            )
            .unwrap();
        assert_eq!(r.created, 400, "{r:?}");
    }
    let bytes = export(&source.book, BundleScope::All);

    let merged = book();
    let r = merged
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert!(r.written && r.conflicts.is_empty(), "{r:?}");
    assert_eq!(r.added, 2_401, "every person arrives: {r:?}");

    let (want, got) = (derived(source.book.path()), derived(merged.book.path()));
    assert!(want.len() > 2_400 * 4, "{} derived rows", want.len());
    // Keys, e-mails, tags, channels with audiences, each person's largest audience, the schema
    // (indexes and trigger back as the migrations wrote them) and what full-text terms find.
    assert_eq!(got, want);
    // And the bundle the merged book writes is the one it read.
    let again = export(&merged.book, BundleScope::All);
    assert_eq!(
        crate::bundle::content(&again),
        crate::bundle::content(&bytes),
        "a bulk-written person reads back as the bundle had them"
    );
}
