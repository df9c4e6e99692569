//! The same people from two sources (Google Contacts CSV, a Mac vCard, LinkedIn) merge into one, by e-mail, profile or phone number, and the report says who merged with whom and by what.

use crate::import_sources::{channels, csv, sorted, vcard};
use crate::support::{book, find};
use liaison_core::{ImportOptions, MergeKey, MergeNote, Platform, Progress, RowError};

#[test]
fn the_same_people_from_google_a_mac_and_linkedin_merge_and_the_report_says_by_what() {
    let t = book();
    let g = csv(&t.book, "google_contacts.csv");
    assert_eq!(g.created, 5);
    let amara_id = find(&t.book, "Amara Mensah").id;
    let noi_id = find(&t.book, "Noi Srisuk").id;

    let m = vcard(&t.book, "mac_contacts.vcf");
    assert_eq!(m.errors, Vec::<RowError>::new());
    assert_eq!(
        (m.created, m.merge_count),
        (1, 2),
        "Amara and Noi were met; Léa is new"
    );
    assert_eq!(
        m.merges,
        [
            MergeNote {
                line: 1,
                name: "Amara Mensah".into(),
                person_id: Some(amara_id.clone()),
                with_line: None,
                by: MergeKey::Phone,
            },
            MergeNote {
                line: 12,
                name: "Noi Kanya Srisuk".into(),
                person_id: Some(noi_id.clone()),
                with_line: None,
                by: MergeKey::Email,
            },
        ],
        "024 123 4567 in Ghana is +233 24 123 4567: the same phone in E.164"
    );
    let a = find(&t.book, "Amara Mensah");
    assert_eq!(a.id, amara_id);
    assert_eq!(
        a.emails,
        [
            "amara@accrabeauty.example",
            "amara.mensah@mail.example",
            "amara.m@icloud.example"
        ],
        "the Mac's e-mail is added to the Google person"
    );
    assert_eq!(
        a.phones,
        ["+233 24 123 4567"],
        "one number, not two spellings of it"
    );

    let l = csv(&t.book, "linkedin_connections_header_first.csv");
    assert_eq!(l.errors, Vec::<RowError>::new());
    assert_eq!(
        (l.created, l.merge_count),
        (1, 4),
        "only Rafael is new: {:?}",
        l.merges
    );
    let by: Vec<(u32, &str, MergeKey)> = l
        .merges
        .iter()
        .map(|n| (n.line, n.name.as_str(), n.by))
        .collect();
    assert_eq!(
        by,
        [
            (2, "Amara Mensah", MergeKey::Handle),
            (3, "Noi Kanya Srisuk", MergeKey::Email),
            (4, "Jonas Weber", MergeKey::Email),
            (5, "Léa Fontaine", MergeKey::Email),
        ],
        "gh.linkedin.com/in/Amara-Mensah-5b1a2c/ and www.linkedin.com/in/amara-mensah-5b1a2c are one profile"
    );
    assert_eq!(t.book.person_count().unwrap(), 7, "no one doubled");
    let a = find(&t.book, "Amara Mensah");
    assert_eq!(
        channels(&a),
        [
            (Platform::Instagram, "amara.glow"),
            (Platform::Linkedin, "amara-mensah-5b1a2c")
        ],
        "the LinkedIn profile is not added twice"
    );
    let rafael = find(&t.book, "Rafael Costa");
    assert_eq!(
        t.book.person_sources(&rafael.id).unwrap()[0].since,
        "2021-06-01"
    );
}

#[test]
fn rows_of_one_file_merge_by_phone_and_name_the_earlier_line() {
    let t = book();
    let csv_text = "Name;Phone;Country;Tags\n\
                    Ana Lima;+55 11 91234-5678;Brésil;mode\n\
                    Ana L.;(11) 91234-5678;BR;voyage\n\
                    Bruno Reis;+55 21 99876-5432;Brasil;\n";
    let r = t
        .book
        .csv_import(
            csv_text.as_bytes(),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .expect("imports");
    assert_eq!((r.created, r.merged), (2, 1));
    assert_eq!(
        r.merges,
        [MergeNote {
            line: 3,
            name: "Ana Lima".into(),
            person_id: None,
            with_line: Some(2),
            by: MergeKey::Phone,
        }],
        "the national and the international spelling of one Brazilian number"
    );
    let a = find(&t.book, "Ana Lima");
    assert_eq!(sorted(&a.tags), ["mode", "voyage"]);
    assert_eq!(a.phones, ["+55 11 91234-5678"]);
}
