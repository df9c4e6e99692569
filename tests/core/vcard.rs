//! vCard 2.1, 3.0 and 4.0 in, 4.0 out (3.0 in vcard_clients.rs): real address-book quirks, merges, all-or-nothing, round trip.

use crate::import_csv::fixture;
use crate::support::{book, everyone};
use liaison_core::{Book, ImportOptions, ImportReport, Person, Platform, Progress, VcardVersion};

fn import(b: &Book, bytes: &[u8]) -> ImportReport {
    b.vcard_import(bytes, &ImportOptions::default(), &Progress::new())
        .expect("the vCard file is readable")
}

#[test]
fn version_2_1_quoted_printable_and_charsets() {
    let t = book();
    let r = import(&t.book, &fixture("contacts_v21.vcf"));
    assert_eq!((r.created, r.error_count), (1, 0), "{r:?}");
    let p = &everyone(&t.book)[0];
    assert_eq!(
        (p.first_name.as_str(), p.last_name.as_str()),
        ("Loïc", "Lefèvre"),
        "Latin-1 QP"
    );
    assert_eq!(p.phones, ["+33 1 23 45 67 89"]);
    assert_eq!(p.emails, ["loic@example.fr"]);
    assert_eq!(
        p.bio, "Journaliste tech, rencontré à VivaTech",
        "UTF-8 QP over a soft break"
    );
}

#[test]
fn version_3_0_folding_escapes_types_and_social_profiles() {
    let t = book();
    let r = import(&t.book, &fixture("contacts_v30.vcf"));
    assert_eq!((r.created, r.error_count), (1, 0), "{r:?}");
    let p = &everyone(&t.book)[0];
    assert_eq!(p.display_name, "Amélie Dubois");
    assert_eq!(
        p.emails,
        ["amelie@example.fr", "amelie.dubois@maison.example"],
        "every EMAIL"
    );
    assert_eq!(
        p.employer, "Maison Dubois, Paris, Communication",
        "escaped comma, ORG units"
    );
    assert_eq!(
        (p.city.as_str(), p.country.as_str()),
        ("Montréal", "CA"),
        "ADR locality, country"
    );
    assert_eq!(
        p.tags,
        ["mode, éthique", "PFW"],
        "CATEGORIES split on unescaped commas only"
    );
    assert_eq!(
        p.title, "Créatrice de contenu",
        "TITLE is the job title (it went into the bio before people had one)"
    );
    assert_eq!(
        p.bio, "Aime la co-création; préfère Instagram.\nÀ relancer en janvier après les fêtes.",
        "NOTE; \\n is a line break; the folded line is joined"
    );
    let ch: Vec<(Platform, &str)> = p
        .channels
        .iter()
        .map(|c| (c.platform, c.handle.as_str()))
        .collect();
    assert_eq!(
        ch,
        [(Platform::Instagram, "amelied"), (Platform::X, "AmelieD")]
    );
}

#[test]
fn version_4_0_and_a_duplicate_card_merges() {
    let t = book();
    let r = import(&t.book, &fixture("contacts_v40.vcf"));
    assert_eq!(
        (r.created, r.merged),
        (1, 1),
        "the second card has the same e-mail: {r:?}"
    );
    let p = &everyone(&t.book)[0];
    assert_eq!(p.display_name, "王静", "the first card's name is kept");
    assert_eq!(p.languages, ["zh-Hans", "en"]);
    assert_eq!(p.city, "上海");
    assert_eq!(p.tags, ["VivaTech"], "the duplicate added its category");
    let ch: Vec<(Platform, &str)> = p
        .channels
        .iter()
        .map(|c| (c.platform, c.handle.as_str()))
        .collect();
    assert_eq!(
        ch,
        [
            (Platform::Wechat, "wangjing88"),
            (Platform::Tiktok, "wangjing")
        ],
        "IMPP, URL"
    );
}

#[test]
fn an_invalid_card_stops_the_import_and_names_its_line() {
    let t = book();
    let r = import(&t.book, &fixture("invalid.vcf"));
    assert!(!r.written);
    assert_eq!(t.book.person_count().unwrap(), 0, "all or nothing");
    assert_eq!(r.errors.len(), 1);
    assert_eq!((r.errors[0].line, r.errors[0].field.as_str()), (5, "EMAIL"));
}

#[test]
fn a_broken_file_is_refused_with_the_line() {
    let t = book();
    let err = t
        .book
        .vcard_import(
            b"BEGIN:VCARD\nFN:x\n",
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap_err();
    assert_eq!(err.code(), liaison_core::ErrorCode::BadFile);
    assert!(err.to_string().contains("line 1"), "{err}");
}

#[test]
fn export_4_0_reads_back_the_same_people_and_reimport_changes_nothing() {
    let t = book();
    for f in ["contacts_v21.vcf", "contacts_v30.vcf", "contacts_v40.vcf"] {
        import(&t.book, &fixture(f));
    }
    let card = t.book.vcard_export(None, VcardVersion::V4).unwrap();
    assert!(card.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"), "{card}");
    assert!(
        card.lines().all(|l| l.len() <= 75),
        "lines are folded at 75 octets"
    );

    let other = book();
    let r = import(&other.book, card.as_bytes());
    assert_eq!((r.created, r.error_count), (3, 0), "{r:?}");
    let key = |p: &Person| {
        let ch: Vec<(&str, String)> = p
            .channels
            .iter()
            .map(|c| (c.platform.as_str(), c.handle.clone()))
            .collect();
        (
            p.display_name.clone(),
            p.first_name.clone(),
            p.last_name.clone(),
            p.emails.clone(),
            p.phones.clone(),
            p.employer.clone(),
            p.city.clone(),
            p.country.clone(),
            p.tags.clone(),
            p.languages.clone(),
            p.bio.clone(),
            ch,
        )
    };
    let mut a: Vec<_> = everyone(&t.book).iter().map(key).collect();
    let mut b: Vec<_> = everyone(&other.book).iter().map(key).collect();
    a.sort();
    b.sort();
    assert_eq!(a, b, "what a vCard export holds comes back unchanged");

    let again = import(&other.book, card.as_bytes());
    assert_eq!(
        (again.created, again.merged, again.skipped),
        (0, 0, 3),
        "idempotent"
    );
}
