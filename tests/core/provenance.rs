//! Where each person came from: every import that creates or changes a person records the file, its format and the date, in the person's source and in a history the person page shows.

use crate::support::book;
use liaison_core::{
    ImportOptions, ImportSource, PersonInput, PersonListReq, Progress, SourceAction, SourceFormat,
};

/// One card as a phone's address book writes it (invented person).
const CARD: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Caron;Inès;;;\r\nFN:Inès Caron\r\n\
EMAIL;type=INTERNET;type=WORK:ines@maisonverte.example\r\nORG:Maison Verte\r\nEND:VCARD\r\n";

/// The same person in a CSV export, with a phone the card did not have, and someone new.
const CSV: &str = "Name,Email,Phone\r\nInès Caron,INES@maisonverte.example,+33 6 12 34 56 78\r\n\
Paul Girard,paul@studio.example,\r\n";

fn write(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn an_import_records_file_format_and_date_and_a_second_one_adds_a_line() {
    let t = book();
    let card = write(t.dir.path(), "contacts.vcf", CARD);
    let r = t
        .book
        .vcard_import_file(&card, &ImportOptions::default(), &Progress::new())
        .unwrap();
    assert_eq!(r.created, 1, "{r:?}");
    let id = t.book.person_list(&PersonListReq::default()).unwrap().items[0]
        .id
        .clone();
    let p = t.book.person_get(&id).unwrap();
    assert_eq!(
        p.source, "vCard contacts.vcf, 2026-11-22",
        "the source field answers 'where did you get my data?'"
    );
    let h = t.book.person_sources(&id).unwrap();
    assert_eq!(h.len(), 1, "{h:?}");
    assert_eq!(
        (h[0].file_name.as_str(), h[0].format, h[0].action),
        ("contacts.vcf", SourceFormat::Vcard, SourceAction::Created),
        "the folder the file was in is not recorded, its name is"
    );
    assert_eq!(h[0].at, "2026-11-22T10:00:00.000Z");

    t.clock.advance(chrono::Duration::days(3));
    let csv = write(t.dir.path(), "export.csv", CSV);
    let r = t
        .book
        .csv_import_file(&csv, None, &ImportOptions::default(), &Progress::new())
        .unwrap();
    assert_eq!((r.created, r.merged), (1, 1), "{r:?}");
    let p = t.book.person_get(&id).unwrap();
    assert_eq!(p.phones, ["+33 6 12 34 56 78"]);
    assert_eq!(
        p.source, "vCard contacts.vcf, 2026-11-22",
        "the first source stays: the history holds the rest"
    );
    let h = t.book.person_sources(&id).unwrap();
    assert_eq!(h.len(), 2, "one line per import that changed her: {h:?}");
    assert_eq!(
        (h[1].file_name.as_str(), h[1].format, h[1].action),
        ("export.csv", SourceFormat::Csv, SourceAction::Updated)
    );
    assert_eq!(h[1].at, "2026-11-25T10:00:00.000Z");

    // The same file again changes nobody: no new line in anyone's history.
    let r = t
        .book
        .csv_import_file(&csv, None, &ImportOptions::default(), &Progress::new())
        .unwrap();
    assert_eq!((r.created, r.merged), (0, 0), "{r:?}");
    assert_eq!(t.book.person_sources(&id).unwrap().len(), 2);

    // A dry run records nothing.
    let dry = ImportOptions {
        dry_run: true,
        ..Default::default()
    };
    t.book
        .vcard_import(
            CARD.replace("ines@", "ines.c@").as_bytes(),
            &dry,
            &Progress::new(),
        )
        .unwrap();
    assert_eq!(t.book.person_sources(&id).unwrap().len(), 2);
}

#[test]
fn the_recognised_layout_and_the_date_the_relationship_began_are_kept() {
    let t = book();
    let opts = ImportOptions {
        source: ImportSource {
            file_name: "contacts.csv".into(),
            layout: "Google Contacts CSV".into(),
            ..Default::default()
        },
        ..Default::default()
    };
    t.book
        .csv_import(CSV.as_bytes(), None, &opts, &Progress::new())
        .unwrap();
    let page = t.book.person_list(&PersonListReq::default()).unwrap();
    let p = t.book.person_get(&page.items[0].id).unwrap();
    assert_eq!(p.source, "Google Contacts CSV contacts.csv, 2026-11-22");
    let h = t.book.person_sources(&p.id).unwrap();
    assert_eq!(
        (h[0].layout.as_str(), h[0].format),
        ("Google Contacts CSV", SourceFormat::Csv)
    );
}

#[test]
fn a_source_typed_by_hand_is_kept_and_people_typed_by_hand_have_no_history() {
    let t = book();
    let id = t
        .book
        .person_create(PersonInput {
            display_name: "Inès Caron".into(),
            emails: vec!["ines@maisonverte.example".into()],
            source: "Met at VivaTech".into(),
            ..Default::default()
        })
        .unwrap()
        .person
        .id;
    assert!(t.book.person_sources(&id).unwrap().is_empty());
    let csv = write(t.dir.path(), "export.csv", CSV);
    t.book
        .csv_import_file(&csv, None, &ImportOptions::default(), &Progress::new())
        .unwrap();
    let p = t.book.person_get(&id).unwrap();
    assert_eq!(p.source, "Met at VivaTech", "what the user wrote stays");
    assert_eq!(t.book.person_sources(&id).unwrap().len(), 1);

    // Erasing the person erases where they came from.
    t.book.person_delete(&id).unwrap();
    let c = crate::support::raw(t.book.path());
    let left: i64 = c
        .query_row(
            "SELECT count(*) FROM person_sources s WHERE NOT EXISTS
             (SELECT 1 FROM people p WHERE p.rowid = s.person_rowid)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0, "no history outlives its person");
}
