//! Every export that has an import comes back into an empty book as the same data, through the file the app and the CLI write: people CSV (both spreadsheet forms, no mapping by hand) and the bundle. The vCard's round trip is in `vcard`; the interactions and follow-ups CSV and the iCalendar file have no import (they are for spreadsheets and calendars), so they are checked as those read them (`export_thirdparty`) and here for their order and dates.

use crate::support::{amelie, book, everyone};
use liaison_core::testing::read_table;
use liaison_core::{
    Book, CsvExportOptions, ExportOf, ExportSpec, ExportWhat, ImportOptions, InteractionInput,
    Person, PersonInput, Progress,
};
use std::path::Path;

/// The export the app's save dialog writes, read back from its file.
fn written(b: &Book, spec: &ExportSpec, dir: &Path, name: &str) -> Vec<u8> {
    let path = dir.join(name);
    let export = b.export(spec).unwrap();
    let len = b.export_write(&export, &path, &Progress::new()).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(len, bytes.len() as u64, "the length reported is the file's");
    bytes
}

/// What the people file carries of a person, in a form that compares.
fn carried(p: &Person) -> String {
    let ch: Vec<_> = p
        .channels
        .iter()
        .map(|c| (c.platform.as_str(), c.handle.as_str(), c.audience))
        .collect();
    format!(
        "{:?}",
        (
            (&p.display_name, &p.first_name, &p.last_name, &p.pronouns),
            (&p.emails, &p.phones, &p.website, &p.employer),
            (&p.city, &p.country, &p.time_zone, &p.languages),
            (p.kind, p.stage, &p.topics, &p.tags, &p.bio, ch),
        )
    )
}

fn tricky() -> Vec<PersonInput> {
    vec![
        PersonInput {
            bio: "Vidéos mode, Paris; Lyon\n« slow fashion », \"capsules\"\nsecond line".into(),
            phones: vec!["+33 6 12 34 56 78".into()],
            // `,` and `;` are legal in a URL: the import must not cut the address at them.
            website: "https://amelie.example.fr/a,b;c?x=1&y=2".into(),
            pronouns: "elle".into(),
            time_zone: "America/Toronto".into(),
            ..amelie()
        },
        PersonInput {
            display_name: "Jonas O'Neil; Studio, Berlin".into(),
            employer: "Weiß & Söhne, GmbH".into(),
            ..Default::default()
        },
    ]
}

#[test]
fn people_csv_in_either_spreadsheet_form_imports_back_with_no_mapping() {
    let a = book();
    for p in liaison_core::sample_people(60, 5)
        .into_iter()
        .chain(tricky())
    {
        a.book.person_create(p).unwrap();
    }
    let mut want: Vec<String> = everyone(&a.book).iter().map(carried).collect();
    want.sort();
    for (form, opts) in [
        ("plain", CsvExportOptions::default()),
        ("french excel", CsvExportOptions::for_language("fr")),
    ] {
        let spec = ExportSpec {
            csv: opts,
            ..ExportSpec::new(ExportWhat::People, ExportOf::Book)
        };
        let bytes = written(&a.book, &spec, a.dir.path(), "people.csv");
        assert_eq!(
            bytes.starts_with("\u{FEFF}".as_bytes()),
            opts.bom,
            "{form}: a BOM exactly when asked"
        );
        let b = book();
        let r = b
            .book
            .csv_import(&bytes, None, &ImportOptions::default(), &Progress::new())
            .unwrap();
        assert_eq!(r.error_count, 0, "{form}: {:?}", r.errors);
        assert_eq!(
            r.created, 62,
            "{form}: every row a person, none merged: {r:?}"
        );
        let mut got: Vec<String> = everyone(&b.book).iter().map(carried).collect();
        got.sort();
        let lost: Vec<_> = want.iter().filter(|p| !got.contains(p)).collect();
        let odd: Vec<_> = got.iter().filter(|p| !want.contains(p)).collect();
        assert!(
            lost.is_empty(),
            "{form}: every column the file carries comes back, with no mapping by hand;\nwritten {lost:#?}\nread back {odd:#?}"
        );
    }
}

#[test]
fn a_list_or_one_person_exports_only_them_streamed_like_the_book() {
    let t = book();
    let a = t.book.person_create(amelie()).unwrap().person;
    t.person("Someone Else");
    let spec = ExportSpec::new(ExportWhat::People, ExportOf::Person(a.id.clone()));
    let table = read_table(&written(&t.book, &spec, t.dir.path(), "one.csv")).unwrap();
    assert_eq!(table.records.len(), 1, "only her");
    let insta = table
        .headers
        .iter()
        .position(|h| h == "Instagram")
        .expect("a column for the platform she is on, known before her row");
    assert_eq!(table.records[0].cells[insta], a.channels[0].handle);
}

#[test]
fn the_bundle_file_imports_into_an_empty_book_as_the_same_records() {
    let a = book();
    crate::bundle::populate(&a.book, 3);
    let spec = ExportSpec::new(ExportWhat::Bundle, ExportOf::Book);
    let bytes = written(&a.book, &spec, a.dir.path(), "book.liaison.json");
    let b = book();
    let r = b
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert!(r.written && r.conflicts.is_empty(), "{r:?}");
    let again = written(&b.book, &spec, b.dir.path(), "again.liaison.json");
    let content = |bytes: &[u8]| {
        let mut v: serde_json::Value = serde_json::from_slice(bytes).unwrap();
        v.as_object_mut().unwrap().remove("manifest");
        v
    };
    assert_eq!(content(&again), content(&bytes), "the same records");
}

#[test]
fn interactions_stream_with_their_people_at_the_users_clock_one_persons_newest_first() {
    let t = book();
    t.book.set_time_zone("Europe/Paris").unwrap();
    let a = t.book.person_create(amelie()).unwrap().person;
    let z = t.person("Zoé Quennell");
    let b = t.person("Bruno Achard");
    // Entered out of order, as an import or a late note would.
    for (at, people) in [
        ("2026-03-01T09:00:00Z", vec![a.id.clone()]),
        (
            "2026-11-20T13:30:00Z",
            vec![z.clone(), a.id.clone(), b.clone()],
        ),
        ("2026-07-14T22:15:00Z", vec![b.clone()]),
        ("2026-07-14T22:15:00Z", vec![a.id.clone()]),
    ] {
        t.book
            .interaction_create(InteractionInput {
                occurred_at: Some(at.into()),
                body: format!("at {at}"),
                people,
                ..Default::default()
            })
            .unwrap();
    }
    let spec = ExportSpec::new(ExportWhat::Interactions, ExportOf::Book);
    let table = read_table(&written(&t.book, &spec, t.dir.path(), "i.csv")).unwrap();
    let col = |name: &str| table.headers.iter().position(|h| h == name).unwrap();
    let dates: Vec<&str> = table
        .records
        .iter()
        .map(|r| r.cells[col("Date")].as_str())
        .collect();
    assert_eq!(
        dates,
        [
            "2026-03-01 10:00",
            "2026-11-20 14:30",
            "2026-07-15 00:15",
            "2026-07-15 00:15"
        ],
        "the whole book in the order recorded (read front to back), at the Paris clock, in the form spreadsheets read as dates"
    );
    assert_eq!(
        table.records[1].cells[col("People")],
        "Amélie Dubois | Bruno Achard | Zoé Quennell",
        "each interaction's people by name"
    );
    assert_eq!(
        table.records[1].cells[col("Person ids")],
        [a.id.as_str(), &b, &z].join(" | "),
        "and by id, in the same order"
    );

    let spec = ExportSpec::new(ExportWhat::Interactions, ExportOf::Person(a.id.clone()));
    let table = read_table(&written(&t.book, &spec, t.dir.path(), "a.csv")).unwrap();
    let dates: Vec<&str> = table
        .records
        .iter()
        .map(|r| r.cells[col("Date")].as_str())
        .collect();
    assert_eq!(
        dates,
        ["2026-11-20 14:30", "2026-07-15 00:15", "2026-03-01 10:00"],
        "one person's, from their timeline, newest first"
    );
}
