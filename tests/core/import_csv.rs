//! CSV import on real files: French Excel (Windows-1252, `;`, CRLF), UTF-16, quoted fields, duplicates (all-or-nothing is in `import_csv_all_or_nothing`).

use crate::support::{amelie, book, find};
use liaison_core::{
    ColumnMap, CsvField, ErrorCode, ImportOptions, ImportReport, PersonListReq, Platform, Progress,
    RowError, SearchReq,
};

pub fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/import")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}

pub(crate) fn import(b: &liaison_core::Book, bytes: &[u8], opts: ImportOptions) -> ImportReport {
    b.csv_import(bytes, None, &opts, &Progress::new())
        .expect("the import runs")
}

#[test]
fn french_excel_file_imports_with_duplicates_merged() {
    let t = book();
    let r = import(
        &t.book,
        &fixture("fr_excel_cp1252.csv"),
        ImportOptions::default(),
    );
    assert_eq!(
        r.errors,
        Vec::<RowError>::new(),
        "every row of the file is valid"
    );
    assert_eq!(
        (r.created, r.merged, r.skipped, r.written),
        (5, 2, 0, true),
        "5 people; the upper-case e-mail and the upper-case TikTok handle are merges"
    );
    assert_eq!(
        t.book.person_count().unwrap(),
        5,
        "blank and separator-only rows are not people"
    );

    let a = find(&t.book, "amelie");
    assert_eq!(
        a.display_name, "Amélie Dubois",
        "Windows-1252 accents are decoded"
    );
    assert_eq!(
        (a.city.as_str(), a.country.as_str()),
        ("Montréal", "CA"),
        "Canada → CA"
    );
    assert_eq!(
        a.languages,
        ["fr", "en"],
        "Français → fr, then the duplicate row's en"
    );
    assert_eq!(
        a.topics,
        ["mode éthique", "beauté", "voyage"],
        "topics split on | and merged"
    );
    assert_eq!(a.tags, ["Ambassadrice", "PFW"]);
    assert_eq!(a.channels.len(), 1);
    assert_eq!(
        (
            a.channels[0].platform,
            a.channels[0].handle.as_str(),
            a.channels[0].audience
        ),
        (Platform::Instagram, "amelied", Some(12_500))
    );
    let notes = t.book.note_list(&a.id).unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(
        notes[0].body, "Rencontrée au salon,\nveut du contenu co-créé",
        "a quoted note over two lines stays one note, with a plain line break"
    );

    let z = find(&t.book, "zoe");
    assert_eq!(z.channels[0].audience, Some(1_200_000), "1,2 M");
    assert_eq!(
        z.topics,
        ["voyage", "cuisine"],
        "a quoted cell may hold the delimiter"
    );
    assert_eq!(
        find(&t.book, "anais").channels[0].audience,
        Some(8_900),
        "NBSP thousands"
    );
    let l = find(&t.book, "loic");
    assert_eq!(l.channels[0].audience, Some(45_300), "45,3k");
    assert_eq!(
        t.book.note_list(&l.id).unwrap()[0].body,
        "Suivi janvier",
        "the handle duplicate brought its note"
    );
}

#[test]
fn utf16_files_with_a_bom_and_tabs() {
    for name in ["utf16le_bom.tsv", "utf16be_bom.tsv"] {
        let t = book();
        let p = t.book.csv_preview(&fixture(name), 10).unwrap();
        assert_eq!(p.delimiter, "\t", "{name}: tab-separated");
        assert!(
            p.encoding.starts_with("UTF-16"),
            "{name}: read as {}",
            p.encoding
        );
        let r = import(&t.book, &fixture(name), ImportOptions::default());
        assert_eq!((r.created, r.errors.len()), (3, 0), "{name}: {r:?}");
        let s = find(&t.book, "soren");
        assert_eq!((s.city.as_str(), s.country.as_str()), ("København", "DK"));
        assert_eq!(s.channels[0].platform, Platform::X);
        assert_eq!(s.channels[0].audience, Some(1_200_000), "1.2M");
        assert_eq!(s.tags, ["essai", "philo"], "tags are listed alphabetically");
        let c = find(&t.book, "chloe");
        assert_eq!(
            (c.channels[0].platform, c.channels[0].handle.as_str()),
            (Platform::Tiktok, "chloed"),
            "a profile URL with no platform column names its platform"
        );
        assert_eq!(
            find(&t.book, "wei").channels[0].audience,
            Some(3_400),
            "narrow NBSP thousands"
        );
    }
}

#[test]
fn utf8_bom_and_quoted_commas_quotes_and_line_breaks() {
    let t = book();
    let r = import(
        &t.book,
        &fixture("utf8_bom_comma.csv"),
        ImportOptions::default(),
    );
    assert_eq!((r.created, r.errors.len()), (2, 0), "{r:?}");
    let b = find(&t.book, "solis");
    assert_eq!(
        b.city, "San Francisco, CA",
        "the BOM is not part of the first header either"
    );
    assert_eq!(b.bio, "Says \"think\",\nthen act");
    assert_eq!(b.employer, "Altimeter");
    assert_eq!(b.topics, ["digital", "culture"]);
}

#[test]
fn preview_guesses_then_remembers_the_chosen_mapping() {
    let t = book();
    let bytes = fixture("fr_excel_cp1252.csv");
    let p = t.book.csv_preview(&bytes, 3).unwrap();
    assert_eq!(
        (p.encoding.as_str(), p.delimiter.as_str()),
        ("windows-1252", ";")
    );
    assert!(!p.remembered);
    assert_eq!(p.total_rows, 7, "blank rows are not records");
    assert_eq!(p.rows.len(), 3);
    assert_eq!(
        p.rows[1].line, 4,
        "the second record starts on line 4 (the note spans 2-3)"
    );
    assert_eq!(p.mapping[11].field, CsvField::Note);
    let mut chosen = p.mapping.clone();
    chosen[11] = ColumnMap {
        field: CsvField::Bio,
        platform: None,
    };
    t.book
        .csv_import(
            &bytes,
            Some(chosen.clone()),
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap();
    let again = t.book.csv_preview(&bytes, 3).unwrap();
    assert!(
        again.remembered,
        "the same header set brings back the mapping used"
    );
    assert_eq!(again.mapping, chosen);
    assert!(
        find(&t.book, "amelie").bio.starts_with("Rencontrée"),
        "Notes went to Bio as chosen"
    );
}

#[test]
fn preview_shows_each_rows_problems() {
    let t = book();
    let p = t
        .book
        .csv_preview(&fixture("invalid_rows.csv"), 10)
        .unwrap();
    let problems: Vec<usize> = p.rows.iter().map(|r| r.problems.len()).collect();
    assert_eq!(
        problems,
        [0, 0, 1, 1, 1, 0],
        "line 6's unknown country (Atlantide) is kept as written, not a problem"
    );
    assert_eq!(
        t.book.person_count().unwrap(),
        0,
        "a preview writes nothing"
    );
}

#[test]
fn duplicates_of_people_in_the_book_fill_gaps_unless_overwrite() {
    let t = book();
    let existing = t.book.person_create(amelie()).unwrap().person;
    let csv = "Name;Email;City;Tags;Instagram\nAmélie D.;AMELIE@example.fr;Québec;nouveau;@ameliedubois\n";
    let r = import(&t.book, csv.as_bytes(), ImportOptions::default());
    assert_eq!((r.created, r.merged), (0, 1));
    let a = t.book.person_get(&existing.id).unwrap();
    assert_eq!(a.display_name, "Amélie Dubois", "existing values are kept");
    assert_eq!(a.city, "Montréal");
    assert_eq!(a.tags, ["nouveau", "PFW"], "new tags are added");
    assert_eq!(a.channels.len(), 2, "a new channel is added");
    assert_eq!(
        a.channels[0].id, existing.channels[0].id,
        "the old channel keeps its identity"
    );

    let r = import(&t.book, csv.as_bytes(), ImportOptions::default());
    assert_eq!((r.merged, r.skipped), (0, 1), "nothing new the second time");

    let r = import(
        &t.book,
        csv.as_bytes(),
        ImportOptions {
            overwrite: true,
            // The book's only person is overwritten: the fail-safe asks first (tests/core/failsafe.rs).
            force: true,
            ..Default::default()
        },
    );
    assert_eq!(r.merged, 1);
    let a = t.book.person_get(&existing.id).unwrap();
    assert_eq!(
        (a.display_name.as_str(), a.city.as_str()),
        ("Amélie D.", "Québec"),
        "overwrite"
    );
    assert_eq!(t.book.person_count().unwrap(), 1);
}

#[test]
fn a_file_without_a_name_column_is_refused_clearly() {
    let t = book();
    let err = t
        .book
        .csv_import(
            b"Ville;Pays\nParis;FR\n",
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert!(err.to_string().contains("name"), "{err}");
    let listed = t.book.person_list(&PersonListReq::default()).unwrap();
    assert_eq!(listed.total, 0);
}

#[test]
fn a_large_import_rebuilds_its_indexes_and_leaves_the_schema_as_it_was() {
    let t = book();
    t.book.person_create(amelie()).unwrap();
    let conn = || crate::support::raw(t.book.path());
    let before = liaison_core::testing::migrations::schema_fingerprint(&conn()).unwrap();
    let people = liaison_core::sample_people(2_500, 3);
    let mut csv = String::from("Prénom;Nom;E-mail;Ville;Pays;Pseudo;Plateforme;Abonnés\n");
    for p in &people {
        let c = &p.channels[0];
        csv.push_str(&format!(
            "{};{};{};{};{};{};{};{}\n",
            p.first_name,
            p.last_name,
            p.emails.first().map(String::as_str).unwrap_or(""),
            p.city,
            p.country,
            c.handle,
            c.platform.as_str(),
            c.audience.unwrap_or(0)
        ));
    }
    let r = import(&t.book, csv.as_bytes(), ImportOptions::default());
    assert!(r.written && r.created > 2_000, "{r:?}");
    assert_eq!(
        liaison_core::testing::migrations::schema_fingerprint(&conn()).unwrap(),
        before,
        "every index dropped for the bulk insert is back, as the migrations wrote it"
    );
    let ok: String = conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok", "the rebuilt indexes agree with their tables");
    let p = &people[1234];
    let hits = t
        .book
        .person_search(&SearchReq {
            query: format!("{} {}", p.first_name, p.last_name),
            ..Default::default()
        })
        .unwrap();
    assert!(!hits.is_empty(), "imported people are found by search");
    let listed = t
        .book
        .person_list(&PersonListReq {
            limit: Some(5),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        listed.total as usize,
        1 + r.created as usize,
        "the name index lists everyone"
    );
}
