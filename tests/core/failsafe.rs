//! The fail-safe of issue 6: an import with overwrite, or a bundle merge, that would replace or delete more than half of the book asks first (`confirm_required`) and writes nothing until forced.

use crate::support::{book, named};
use liaison_core::{
    Book, BundleScope, ErrorCode, ImportOptions, InteractionInput, InteractionKind, PersonInput,
    PersonPatch, Progress,
};

fn person(b: &Book, name: &str, email: &str, city: &str) -> String {
    let input = PersonInput {
        emails: vec![email.into()],
        city: city.into(),
        ..named(name)
    };
    b.person_create(input).expect("a valid person").person.id
}

fn cities(b: &Book, ids: &[String]) -> Vec<String> {
    ids.iter()
        .map(|id| b.person_get(id).unwrap().city)
        .collect()
}

fn overwrite(force: bool) -> ImportOptions {
    ImportOptions {
        overwrite: true,
        force,
        ..Default::default()
    }
}

/// Three people in Paris; the CSV moves `moved` of them to Lyon.
fn three_and_a_csv(moved: usize) -> (crate::support::TestBook, Vec<String>, Vec<u8>) {
    let t = book();
    let people = [
        ("Amélie", "a@example.fr"),
        ("Loïc", "l@example.fr"),
        ("Zoé", "z@example.fr"),
    ];
    let ids = people
        .iter()
        .map(|(n, e)| person(&t.book, n, e, "Paris"))
        .collect();
    let mut csv = String::from("Name,Email,City\n");
    for (n, e) in people.iter().take(moved) {
        csv.push_str(&format!("{n},{e},Lyon\n"));
    }
    (t, ids, csv.into_bytes())
}

#[test]
fn an_overwrite_of_most_of_the_book_asks_first_and_writes_nothing() {
    let (t, ids, csv) = three_and_a_csv(2);
    let err = t
        .book
        .csv_import(&csv, None, &overwrite(false), &Progress::new())
        .expect_err("2 of 3 people overwritten is more than half");
    assert_eq!(err.code(), ErrorCode::ConfirmRequired);
    let msg = err.to_string();
    assert!(
        msg.contains("2 of the 3 people"),
        "the message says how many of how many: {msg}"
    );
    assert!(
        msg.contains("confirm to go ahead"),
        "and how to go ahead: {msg}"
    );
    assert_eq!(
        cities(&t.book, &ids),
        ["Paris", "Paris", "Paris"],
        "nothing was written"
    );

    let r = t
        .book
        .csv_import(&csv, None, &overwrite(true), &Progress::new())
        .expect("forced, it runs");
    assert!(r.written);
    assert_eq!(
        cities(&t.book, &ids),
        ["Lyon", "Lyon", "Paris"],
        "forced, it overwrites"
    );
}

#[test]
fn an_overwrite_of_half_or_less_runs_without_asking() {
    let (t, ids, csv) = three_and_a_csv(1);
    let r = t
        .book
        .csv_import(&csv, None, &overwrite(false), &Progress::new())
        .expect("1 of 3 is not more than half");
    assert_eq!(r.merged, 1);
    assert_eq!(cities(&t.book, &ids), ["Lyon", "Paris", "Paris"]);
}

#[test]
fn filling_gaps_or_a_dry_run_never_asks() {
    let (t, ids, csv) = three_and_a_csv(3);
    let plain = ImportOptions::default();
    let r = t
        .book
        .csv_import(&csv, None, &plain, &Progress::new())
        .expect("no overwrite: only gaps are filled");
    assert_eq!(
        cities(&t.book, &ids),
        ["Paris", "Paris", "Paris"],
        "stored values are kept"
    );
    assert_eq!(r.skipped, 3, "the rows added nothing");

    let dry = ImportOptions {
        dry_run: true,
        ..overwrite(false)
    };
    let r = t
        .book
        .csv_import(&csv, None, &dry, &Progress::new())
        .expect("a dry run writes nothing, so it never asks");
    assert_eq!(
        (r.merged, r.written),
        (3, false),
        "and it shows what would change"
    );
}

#[test]
fn a_vcard_overwrite_asks_too() {
    let t = book();
    let id = person(&t.book, "Amélie Dubois", "amelie@example.fr", "Paris");
    person(&t.book, "Loïc Lefèvre", "loic@example.fr", "Paris");
    let card =
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Amélie D.\r\nEMAIL:amelie@example.fr\r\nEND:VCARD\r\n\
                BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Loïc L.\r\nEMAIL:loic@example.fr\r\nEND:VCARD\r\n";
    let err = t
        .book
        .vcard_import(card.as_bytes(), &overwrite(false), &Progress::new())
        .expect_err("both people of the book overwritten");
    assert_eq!(err.code(), ErrorCode::ConfirmRequired, "{err}");
    assert_eq!(
        t.book.person_get(&id).unwrap().display_name,
        "Amélie Dubois"
    );
    t.book
        .vcard_import(card.as_bytes(), &overwrite(true), &Progress::new())
        .expect("forced");
    assert_eq!(t.book.person_get(&id).unwrap().display_name, "Amélie D.");
}

/// A teammate's book and ours, both holding the same four people (ours from their bundle).
fn teammates() -> (
    crate::support::TestBook,
    crate::support::TestBook,
    Vec<String>,
) {
    teammates_with(|_, _| {})
}

/// Four people in the teammate's book (after `history` adds to it), copied into ours; the
/// teammate's clock moves on, so what they change next is newer.
fn teammates_with(
    history: impl Fn(&Book, &[String]),
) -> (
    crate::support::TestBook,
    crate::support::TestBook,
    Vec<String>,
) {
    let theirs = book();
    let ids: Vec<String> = (0..4)
        .map(|i| {
            person(
                &theirs.book,
                &format!("Person {i}"),
                &format!("p{i}@example.fr"),
                "Paris",
            )
        })
        .collect();
    history(&theirs.book, &ids);
    let ours = book();
    let all = theirs
        .book
        .bundle_export(&BundleScope::All, &Progress::new())
        .unwrap();
    ours.book
        .bundle_import(&all, false, false, &Progress::new())
        .expect("into an empty book");
    theirs.clock.advance(chrono::Duration::hours(1));
    (theirs, ours, ids)
}

#[test]
fn a_bundle_deleting_most_of_the_book_asks_first() {
    let (theirs, ours, ids) = teammates();
    for id in &ids[..3] {
        theirs.book.person_delete(id).unwrap();
    }
    let bundle = theirs
        .book
        .bundle_export(&BundleScope::All, &Progress::new())
        .unwrap();

    let dry = ours
        .book
        .bundle_import(&bundle, true, false, &Progress::new())
        .expect("a dry run reports");
    assert_eq!(
        (dry.deleted, dry.written),
        (3, false),
        "3 tombstones would delete"
    );

    let err = ours
        .book
        .bundle_import(&bundle, false, false, &Progress::new())
        .expect_err("3 of 4 deleted");
    assert_eq!(err.code(), ErrorCode::ConfirmRequired);
    assert!(err.to_string().contains("3 of the 4 records"), "{err}");
    assert_eq!(ours.book.person_count().unwrap(), 4, "nothing was deleted");

    let r = ours
        .book
        .bundle_import(&bundle, false, true, &Progress::new())
        .expect("forced");
    assert_eq!((r.deleted, r.written), (3, true));
    assert_eq!(ours.book.person_count().unwrap(), 1);
}

#[test]
fn a_bundle_replacing_most_of_the_book_asks_and_a_small_one_does_not() {
    let (theirs, ours, ids) = teammates();
    let patch = |city: &str| PersonPatch {
        city: Some(city.into()),
        ..Default::default()
    };
    theirs.book.person_update(&ids[0], patch("Lyon")).unwrap();
    let one = theirs
        .book
        .bundle_export(&BundleScope::All, &Progress::new())
        .unwrap();
    for id in &ids[1..3] {
        theirs.book.person_update(id, patch("Lyon")).unwrap();
    }
    let three = theirs
        .book
        .bundle_export(&BundleScope::All, &Progress::new())
        .unwrap();

    let err = ours
        .book
        .bundle_import(&three, false, false, &Progress::new())
        .expect_err("3 of 4 replaced");
    assert_eq!(err.code(), ErrorCode::ConfirmRequired);
    assert_eq!(
        cities(&ours.book, &ids),
        ["Paris"; 4],
        "nothing was replaced"
    );

    let r = ours
        .book
        .bundle_import(&one, false, false, &Progress::new())
        .expect("1 of 4 is fine");
    assert_eq!(r.updated, 1);
    assert_eq!(
        cities(&ours.book, &ids),
        ["Lyon", "Paris", "Paris", "Paris"]
    );
}

/// Deleting a person also takes what was theirs alone (interactions, notes, follow-ups): a
/// teammate's bundle that erases one person holding most of the book's history must ask first,
/// though it carries a single tombstone.
#[test]
fn a_bundle_whose_one_deletion_takes_most_of_the_book_asks_first() {
    let (theirs, ours, ids) = teammates_with(|b, ids| {
        for day in 1..=9 {
            b.interaction_create(InteractionInput {
                kind: InteractionKind::Email,
                occurred_at: Some(format!("2026-11-0{day}T10:00:00Z")),
                people: vec![ids[0].clone()],
                ..Default::default()
            })
            .unwrap();
        }
    });
    theirs.book.person_delete(&ids[0]).unwrap();
    let bundle = theirs
        .book
        .bundle_export(&BundleScope::All, &Progress::new())
        .unwrap();

    let err = ours
        .book
        .bundle_import(&bundle, false, false, &Progress::new())
        .expect_err("1 person, but 10 of 13 records");
    assert_eq!(err.code(), ErrorCode::ConfirmRequired);
    assert!(err.to_string().contains("10 of the 13 records"), "{err}");
    assert_eq!(ours.book.person_count().unwrap(), 4, "nothing was deleted");
    let r = ours
        .book
        .bundle_import(&bundle, false, true, &Progress::new())
        .expect("forced");
    assert_eq!(ours.book.person_count().unwrap(), 3, "{r:?}");
}
