//! Search finds what was typed (issue 15): e-mail addresses and phone numbers in any common form, exact matches first, and a total the People list agrees with.

use crate::support::{amelie, book, key, named, TestBook};
use liaison_core::{
    Book, ChannelInput, CheckDepth, ImportOptions, PersonFilter, PersonInput, PersonListReq,
    Platform, Progress, SearchReq, Stage, SystemClock,
};
use std::sync::Arc;

fn search(b: &Book, q: &str, limit: u32) -> Vec<String> {
    b.person_search(&SearchReq {
        query: q.into(),
        limit: Some(limit),
        ..Default::default()
    })
    .unwrap()
    .into_iter()
    .map(|s| s.display_name)
    .collect()
}

fn names(tb: &TestBook, q: &str) -> Vec<String> {
    search(&tb.book, q, 50)
}

/// What the People list's name box shows for `q` with `filter`: its total and names.
fn listed(tb: &TestBook, q: &str, filter: PersonFilter) -> (u32, Vec<String>) {
    let page = tb
        .book
        .person_list(&PersonListReq {
            filter: PersonFilter {
                query: Some(q.into()),
                ..filter
            },
            limit: Some(1000),
            ..Default::default()
        })
        .unwrap();
    let names = page.items.into_iter().map(|s| s.display_name).collect();
    (page.total, names)
}

fn with_contacts(name: &str, email: &str, phone: &str, country: &str) -> PersonInput {
    PersonInput {
        display_name: name.into(),
        emails: vec![email.into()],
        phones: vec![phone.into()],
        country: country.into(),
        ..Default::default()
    }
}

#[test]
fn e_mail_addresses_find_their_person_whole_begun_or_by_domain() {
    let tb = book();
    tb.book
        .person_create(with_contacts(
            "Amélie Dubois",
            "amelie.dubois@maison.fr",
            "",
            "",
        ))
        .unwrap();
    tb.book
        .person_create(with_contacts("Bruno Roy", "bruno@atelier-nord.com", "", ""))
        .unwrap();
    tb.book
        .person_create(PersonInput {
            display_name: "Chloé Petit".into(),
            bio: "Ouvre une maison de couture en France".into(),
            ..Default::default()
        })
        .unwrap();
    for q in [
        "amelie@",
        "amelie.dubois@maison.fr",
        "AMELIE.DUBOIS@MAISON.FR",
        "amelie.dubois@mais",
        "dubois@maison",
        "@maison.fr",
        "maison.fr",
    ] {
        assert_eq!(
            names(&tb, q),
            ["Amélie Dubois"],
            "{q:?} is (part of) Amélie's address and must find her, and not the bio that says \
             'maison … France'"
        );
    }
    assert_eq!(
        names(&tb, "atelier-nord.com"),
        ["Bruno Roy"],
        "a domain with a hyphen is one address too"
    );
    assert_eq!(names(&tb, "bruno@"), ["Bruno Roy"]);
}

#[test]
fn phone_numbers_are_found_in_any_common_form() {
    let tb = book();
    // Stored as an international number, the country unknown.
    tb.book
        .person_create(with_contacts(
            "Amélie Dubois",
            "a@x.fr",
            "+33 6 12 34 56 78",
            "",
        ))
        .unwrap();
    // Stored nationally, the country known.
    tb.book
        .person_create(with_contacts("Bruno Roy", "b@x.fr", "07 98 76 54 32", "FR"))
        .unwrap();
    tb.book
        .person_create(with_contacts(
            "Jo Smith",
            "jo@x.com",
            "(212) 555-0100",
            "US",
        ))
        .unwrap();
    for q in [
        "+33 6 12 34 56 78",
        "+33612345678",
        "0033 6 12 34 56 78",
        "0612345678",
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "06 12 34",
        "612345678",
    ] {
        assert_eq!(
            names(&tb, q),
            ["Amélie Dubois"],
            "{q:?} is Amélie's +33 6 12 34 56 78 as people type it"
        );
    }
    for q in [
        "07 98 76 54 32",
        "0798765432",
        "+33 7 98 76 54 32",
        "+337987",
    ] {
        assert_eq!(
            names(&tb, q),
            ["Bruno Roy"],
            "{q:?}: a French national number is found in international form too"
        );
    }
    for q in ["212-555-0100", "(212) 555", "+1 212 555 0100", "2125550100"] {
        assert_eq!(names(&tb, q), ["Jo Smith"], "{q:?}: a US number");
    }
    assert!(
        names(&tb, "06 99 99 99 99").is_empty(),
        "another number finds no one"
    );
}

#[test]
fn an_exact_handle_ranks_above_every_longer_one() {
    let tb = book();
    // 1,200 longer handles that begin with the one typed (more than search ranks one by one),
    // imported before its owner, all named to sort before her.
    let rows: String = (0..1_200)
        .map(|i| format!("Aaron;Cam {i:04};cam1{i};instagram\n"))
        .collect();
    let r = tb
        .book
        .csv_import(
            format!("Prénom;Nom;Pseudo;Plateforme\n{rows}").as_bytes(),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap();
    assert_eq!(r.created, 1_200, "{r:?}");
    tb.book
        .person_create(PersonInput {
            display_name: "Zoé Camus".into(),
            channels: vec![ChannelInput {
                platform: Platform::Tiktok,
                handle: "@cam1".into(),
                ..Default::default()
            }],
            ..Default::default()
        })
        .unwrap();
    for q in ["@cam1", "cam1", "@CAM1"] {
        let got = search(&tb.book, q, 20);
        assert_eq!(
            got.first().map(String::as_str),
            Some("Zoé Camus"),
            "{q:?} is exactly Zoé's handle: she comes first, not below 20 longer ones: {got:?}"
        );
        assert_eq!(got.len(), 20, "the rest still fill the page");
    }
}

#[test]
fn an_exact_name_word_e_mail_or_whole_name_ranks_above_prefix_matches() {
    let tb = book();
    for i in 0..30 {
        tb.book
            .person_create(with_contacts(
                &format!("Anaïs Annabelle {i:02}"),
                &format!("jo@studio.frontier{i}.io"),
                "",
                "",
            ))
            .unwrap();
        tb.book
            .person_create(named(&format!("Lou Reed Fan {i:02}")))
            .unwrap();
    }
    tb.book
        .person_create(with_contacts("Zoé An", "jo@studio.fr", "", ""))
        .unwrap();
    tb.book.person_create(named("Lou Reed")).unwrap();
    assert_eq!(
        search(&tb.book, "an", 10)[0],
        "Zoé An",
        "'an' is exactly Zoé's last name; Anaïs and Annabelle only begin with it"
    );
    assert_eq!(
        search(&tb.book, "jo@studio.fr", 10)[0],
        "Zoé An",
        "jo@studio.fr is exactly Zoé's address; jo@studio.frontier….io only begin with it"
    );
    assert_eq!(
        search(&tb.book, "lou reed", 10)[0],
        "Lou Reed",
        "the whole name typed comes before longer names"
    );
}

#[test]
fn the_people_list_name_box_matches_as_search_and_counts_all_of_them() {
    let tb = book();
    for i in 0..60 {
        let mut p = with_contacts(
            &format!("Élise Martin {i:02}"),
            &format!("elise{i}@maison.fr"),
            &format!("+33 6 00 00 00 {i:02}"),
            "",
        );
        p.stage = if i % 3 == 0 {
            Stage::Engaged
        } else {
            Stage::Contacted
        };
        tb.book.person_create(p).unwrap();
    }
    tb.book.person_create(amelie()).unwrap();
    tb.book.person_create(named("Bruno Roy")).unwrap();
    let dialog = search(&tb.book, "elise", 20);
    assert_eq!(dialog.len(), 20, "the dialog shows a page");
    let (total, listed_names) = listed(&tb, "elise", PersonFilter::default());
    assert_eq!(
        total, 60,
        "'Show all 60 in People': the list counts every match"
    );
    assert_eq!(listed_names.len(), 60);
    assert!(listed_names.iter().all(|n| n.starts_with("Élise")));
    assert_eq!(
        listed(&tb, "ELISE", PersonFilter::default()).0,
        60,
        "case and accents fold as in search"
    );
    assert_eq!(
        listed(&tb, "maison.fr", PersonFilter::default()).0,
        60,
        "the name box finds e-mail domains"
    );
    assert_eq!(
        listed(&tb, "06 00 00 00 07", PersonFilter::default()).1,
        ["Élise Martin 07"],
        "and phone numbers"
    );
    let engaged = PersonFilter {
        stage: Some(Stage::Engaged),
        ..Default::default()
    };
    assert_eq!(
        listed(&tb, "elise", engaged).0,
        20,
        "the name box combines with the list's other filters"
    );
    let (one_letter, _) = listed(&tb, "b", PersonFilter::default());
    assert_eq!(
        one_letter,
        search(&tb.book, "b", 100).len() as u32,
        "a one-letter box counts what one-letter search finds (name words and handles)"
    );
    assert_eq!(
        listed(&tb, " @ ", PersonFilter::default()).0,
        62,
        "a box holding no word filters nothing"
    );
}

#[test]
fn a_book_from_before_contacts_were_indexed_finds_them_once_upgraded() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("old.db");
    // Version 6: its person_fts had no e-mail column; the fixture's Amélie has amelie@example.fr.
    crate::migrations::old_book(&path, 6);
    let book = Book::open(&path, Arc::new(SystemClock), &key()).expect("an old book opens");
    for q in ["amelie@example.fr", "example.fr", "amelied", "montreal"] {
        assert_eq!(
            search(&book, q, 10),
            ["Amélie Dubois"],
            "{q:?}: the upgrade writes every person's search row again, e-mails included"
        );
    }
    let report = book.book_check(CheckDepth::Full, &Progress::new()).unwrap();
    assert!(
        report.problems.is_empty(),
        "the rebuilt index is whole: {report:?}"
    );
}
