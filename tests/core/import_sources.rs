//! The contact exports people already have (Google Contacts, Outlook, LinkedIn, macOS Contacts) import with no mapping by hand into the expected people, and the same people from two sources merge.

use crate::support::{book, find};
use liaison_core::{Book, ImportOptions, ImportReport, Person, Platform, Progress, RowError};

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/sources")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}

pub(crate) fn csv(b: &Book, name: &str) -> ImportReport {
    b.csv_import(
        &fixture(name),
        None,
        &ImportOptions::default(),
        &Progress::new(),
    )
    .unwrap_or_else(|e| panic!("{name} imports with the guessed mapping: {e}"))
}

pub(crate) fn vcard(b: &Book, name: &str) -> ImportReport {
    b.vcard_import(&fixture(name), &ImportOptions::default(), &Progress::new())
        .unwrap_or_else(|e| panic!("{name} imports: {e}"))
}

fn notes(b: &Book, p: &Person) -> Vec<String> {
    b.note_list(&p.id)
        .expect("notes load")
        .into_iter()
        .map(|n| n.body)
        .collect()
}

pub(crate) fn channels(p: &Person) -> Vec<(Platform, &str)> {
    let mut c: Vec<(Platform, &str)> = p
        .channels
        .iter()
        .map(|c| (c.platform, c.handle.as_str()))
        .collect();
    c.sort_by_key(|(pl, _)| pl.as_str());
    c
}

pub(crate) fn sorted(v: &[String]) -> Vec<&str> {
    let mut v: Vec<&str> = v.iter().map(String::as_str).collect();
    v.sort_unstable();
    v
}

#[test]
fn google_contacts_csv_imports_every_value_with_no_mapping_by_hand() {
    let t = book();
    let r = csv(&t.book, "google_contacts.csv");
    assert_eq!(
        r.errors,
        Vec::<RowError>::new(),
        "`E-mail 1 - Label` is the kind of the e-mail, not an e-mail (it gave 85 problems)"
    );
    assert_eq!((r.created, r.merged, r.skipped, r.written), (5, 0, 0, true));

    let a = find(&t.book, "Amara Mensah");
    assert_eq!(
        (
            a.first_name.as_str(),
            a.last_name.as_str(),
            a.display_name.as_str()
        ),
        ("Amara", "Mensah", "Amara Mensah")
    );
    assert_eq!(
        a.emails,
        ["amara@accrabeauty.example", "amara.mensah@mail.example"],
        "E-mail 1 and 2 - Value, not their labels"
    );
    assert_eq!(a.phones, ["+233 24 123 4567"]);
    assert_eq!(a.employer, "Accra Beauty Collective");
    assert_eq!(
        (a.title.as_str(), a.birthday.as_str()),
        ("Brand Director", "1991-04-23"),
        "Organization Title is the job title"
    );
    let h = t.book.person_sources(&a.id).unwrap();
    assert_eq!(
        h[0].layout, "Google Contacts CSV",
        "the person's history names the export"
    );
    assert_eq!(
        (a.city.as_str(), a.country.as_str()),
        ("Accra", "GH"),
        "Ghana is placed, not refused"
    );
    assert_eq!(
        channels(&a),
        [
            (Platform::Instagram, "amara.glow"),
            (Platform::Linkedin, "amara-mensah-5b1a2c")
        ],
        "profile addresses among the websites become channels, LinkedIn's country host included"
    );
    assert_eq!(a.website, "", "no other web address");
    assert_eq!(
        sorted(&a.tags),
        ["Beauty", "Influencers"],
        "labels are tags; * myContacts is Google's, not the user's"
    );
    assert_eq!(
        notes(&t.book, &a),
        ["Met at Beauty Week Lagos.\nAsks for long lead times.\nPhoto (a link; Liaison does not download it): https://lh3.googleusercontent.com/contacts/AMARA-photo-id"],
        "the Photo column's address is kept (see import_links)"
    );

    let n = find(&t.book, "Noi Srisuk");
    assert_eq!(
        (n.first_name.as_str(), n.last_name.as_str()),
        ("Noi Kanya", "Srisuk"),
        "the middle name joins the first"
    );
    assert_eq!(
        n.emails,
        ["noi@example.th", "noi.work@bangkoktravel.example"],
        "two e-mails in one cell, joined by :::"
    );
    assert_eq!(n.phones, ["+66 81 234 5678", "+66 2 123 4567"]);
    assert_eq!(
        (n.city.as_str(), n.country.as_str()),
        ("Bangkok", "TH"),
        "Thaïlande"
    );
    assert_eq!(n.employer, "Bangkok Travel Co.");
    assert_eq!(
        (n.title.as_str(), n.birthday.as_str()),
        ("Content Lead", "--08-14"),
        "a birthday without its year"
    );
    assert_eq!(n.website, "https://noitravels.example");
    assert_eq!(
        sorted(&n.tags),
        ["Press", "Travel"],
        "* starred is dropped too"
    );

    let e = find(&t.book, "Élodie Kouassi");
    assert_eq!(e.display_name, "Élodie Kouassi");
    assert_eq!(
        (e.city.as_str(), e.country.as_str()),
        ("Abidjan", "CI"),
        "Côte d’Ivoire with a curly apostrophe"
    );
    assert_eq!(e.phones, ["+225 07 12 34 56 78"]);
    assert_eq!(e.tags, ["Influencers"]);
    assert_eq!(e.birthday, "", "an empty Birthday is no birthday");

    let j = find(&t.book, "Jonas Weber");
    assert_eq!(
        (j.country.as_str(), j.city.as_str()),
        ("DE", ""),
        "Deutschland"
    );
    assert!(j.tags.is_empty(), "only * myContacts: no tag");

    // A country no one knows is kept as written and reported; the row still imports.
    let x = find(&t.book, "Nereus Okafor");
    assert_eq!((x.city.as_str(), x.country.as_str()), ("Poseidonia", ""));
    assert_eq!(notes(&t.book, &x), ["Country in the file: “Atlantis”"]);
    assert_eq!(r.warning_count, 1);
    assert_eq!(
        (r.warnings[0].line, r.warnings[0].field.as_str()),
        (10, "Address 1 - Country"),
        "the warning names the record's first line and the column: {:?}",
        r.warnings
    );
    assert!(r.warnings[0].message.contains("Atlantis"));
}

#[test]
fn outlook_csv_imports_with_its_empty_columns_and_no_birthdays() {
    let t = book();
    let r = csv(&t.book, "outlook.csv");
    assert_eq!(
        r.errors,
        Vec::<RowError>::new(),
        "0/0/00 is no birthday, Title is Mr./Ms., the e-mail's type and display name are not e-mails"
    );
    assert_eq!((r.created, r.written), (4, true));

    let c = find(&t.book, "Chiara Rossi");
    assert_eq!(
        (c.first_name.as_str(), c.last_name.as_str()),
        ("Chiara", "Rossi"),
        "Ms. is not a name"
    );
    assert_eq!(c.emails, ["chiara.rossi@modamilano.example"]);
    assert_eq!(
        c.phones,
        ["+39 02 1234 5678", "+39 347 123 4567"],
        "business and mobile; the company's switchboard is not hers"
    );
    assert_eq!(
        c.employer, "Moda Milano",
        "the department is not the employer"
    );
    assert_eq!(
        (c.title.as_str(), c.birthday.as_str()),
        ("Head of PR", ""),
        "Job Title, not Title (Ms.); 0/0/00 is no birthday"
    );
    assert_eq!((c.city.as_str(), c.country.as_str()), ("Milano", "IT"));
    assert_eq!(c.website, "https://www.modamilano.example");
    assert_eq!(sorted(&c.tags), ["Fashion", "Press"], "Categories are tags");
    assert_eq!(
        notes(&t.book, &c),
        ["Prefers WhatsApp.\nSends samples in March."]
    );

    let d = find(&t.book, "Daniel Müller");
    assert_eq!(
        d.display_name, "Daniel Müller",
        "Windows-1252 decoded; Jr. is no name"
    );
    assert_eq!(
        d.emails,
        [
            "daniel.mueller@example.de",
            "dm@studio-mueller.example",
            "daniel@photo.example"
        ],
        "E-mail, E-mail 2 and E-mail 3 Address"
    );
    assert_eq!(
        (d.city.as_str(), d.country.as_str()),
        ("Berlin", "DE"),
        "with no business address, the home address stands in"
    );
    assert_eq!(d.phones, ["030 1234567"]);
    assert_eq!(d.birthday, "1985-05-17", "Outlook's month-first date");

    let k = find(&t.book, "Keiko Tanaka");
    assert_eq!(
        (k.city.as_str(), k.country.as_str()),
        ("Tokyo", "JP"),
        "JPN, an alpha-3 code"
    );
    assert_eq!(k.employer, "Tokyo Style Weekly");
    assert_eq!((k.title.as_str(), k.birthday.as_str()), ("Editor", ""));

    let o = find(&t.book, "Oliver Grant");
    assert_eq!(
        (o.city.as_str(), o.country.as_str()),
        ("London", "GB"),
        "Royaume-Uni"
    );
    assert_eq!(o.phones, ["07700 900123"]);
    assert_eq!((o.title.as_str(), o.birthday.as_str()), ("Founder", ""));
    assert_eq!(
        notes(&t.book, &o),
        ["Birthday in the file: “someday”"],
        "an unreadable birthday is kept as written, never an error"
    );
    assert_eq!(r.warning_count, 1);
    assert_eq!(
        (r.warnings[0].line, r.warnings[0].field.as_str()),
        (6, "Birthday")
    );
}

#[test]
fn linkedin_connections_import_with_their_profile_as_a_channel() {
    let t = book();
    let r = csv(&t.book, "linkedin_connections_header_first.csv");
    assert_eq!(r.errors, Vec::<RowError>::new());
    assert_eq!((r.created, r.written, r.warning_count), (5, true, 0));
    let a = find(&t.book, "Amara Mensah");
    assert_eq!(
        channels(&a),
        [(Platform::Linkedin, "amara-mensah-5b1a2c")],
        "URL is a LinkedIn channel, its handle from the path"
    );
    assert_eq!(
        a.channels[0].url,
        "https://www.linkedin.com/in/amara-mensah-5b1a2c"
    );
    assert_eq!(a.website, "", "a profile is not a website");
    assert_eq!(a.employer, "Accra Beauty Collective");
    assert_eq!(a.title, "Brand Director", "Position is the job title");
    assert!(a.emails.is_empty(), "LinkedIn withholds most e-mails");
    let h = t.book.person_sources(&a.id).unwrap();
    assert_eq!(
        (h[0].layout.as_str(), h[0].since.as_str()),
        ("LinkedIn Connections", "2024-03-12"),
        "Connected On (12 Mar 2024) is when the relationship began"
    );
    let j = find(&t.book, "Jonas Weber");
    assert_eq!(
        j.employer, "Weber & Söhne, GmbH",
        "a quoted comma stays in the cell"
    );
}

#[test]
fn linkedin_connections_as_downloaded_skip_their_notes_and_import_the_same() {
    let t = book();
    let r = csv(&t.book, "linkedin_connections.csv");
    assert_eq!(
        r.errors,
        Vec::<RowError>::new(),
        "the notes above the header are not rows"
    );
    assert_eq!((r.created, r.written), (5, true));
    let a = find(&t.book, "Amara Mensah");
    assert_eq!(channels(&a), [(Platform::Linkedin, "amara-mensah-5b1a2c")]);
    assert_eq!(a.employer, "Accra Beauty Collective");
    let l = find(&t.book, "Léa Fontaine");
    assert_eq!(l.emails, ["lea.fontaine@example.fr"]);
    assert_eq!(l.employer, "", "an empty Company stays empty");
}

/// A French spreadsheet's `05/06/1990` is 5 June: the whole file decides the order of day and
/// month (a `17/04` elsewhere in it, or its `;` separator), never one ambiguous cell alone.
#[test]
fn a_french_files_slashed_birthdays_are_day_first() {
    let t = book();
    let file = "Prénom;Nom;E-mail;Anniversaire\r\n\
                Léa;Martin;lea@example.fr;05/06/1990\r\n\
                Hugo;Bernard;hugo@example.fr;17/04/1985\r\n";
    t.book
        .csv_import(
            file.as_bytes(),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .expect("imports with the guessed mapping");
    assert_eq!(
        find(&t.book, "Léa").birthday,
        "1990-06-05",
        "5 June, as a French reader means it"
    );
    assert_eq!(find(&t.book, "Hugo").birthday, "1985-04-17");

    let us = book();
    let file = "First Name,Last Name,E-mail Address,Birthday\r\n\
                Ava,Stone,ava@example.com,5/6/1990\r\n\
                Noah,Reed,noah@example.com,4/17/1985\r\n";
    us.book
        .csv_import(
            file.as_bytes(),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .expect("imports with the guessed mapping");
    assert_eq!(
        find(&us.book, "Ava").birthday,
        "1990-05-06",
        "May 6 in a US Outlook export"
    );

    // French Outlook writes commas, French headers and day-first dates.
    let fr = book();
    let file = "Prénom,Nom,Adresse de messagerie,Type de messagerie,Anniversaire\r\n\
                Léa,Martin,lea@example.fr,SMTP,05/06/1990\r\n";
    fr.book
        .csv_import(
            file.as_bytes(),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .expect("a French Outlook export imports with the guessed mapping");
    let lea = find(&fr.book, "Léa");
    assert_eq!(
        lea.birthday, "1990-06-05",
        "day first under a French header"
    );
    assert_eq!(
        lea.emails,
        ["lea@example.fr"],
        "the address of “Adresse de messagerie”"
    );
}
