//! vCards as Apple Contacts (macOS, iOS) and Google Contacts export them import fully: item groups, social profiles, IMPP, birthdays, inline photos, company cards.

use crate::support::book;
use liaison_core::{Book, ImportOptions, ImportReport, Person, PersonListReq, Platform, Progress};

pub fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/vcard")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}

fn import(b: &Book, bytes: &[u8]) -> ImportReport {
    b.vcard_import(bytes, &ImportOptions::default(), &Progress::new())
        .expect("the vCard file is readable")
}

fn named(b: &Book, name: &str) -> Person {
    let page = b.person_list(&PersonListReq::default()).unwrap();
    let s = page
        .items
        .iter()
        .find(|s| s.display_name == name)
        .unwrap_or_else(|| panic!("{name} was imported"));
    b.person_get(&s.id).unwrap()
}

fn channels(p: &Person) -> Vec<(Platform, &str)> {
    p.channels
        .iter()
        .map(|c| (c.platform, c.handle.as_str()))
        .collect()
}

#[test]
fn apple_contacts_cards_import_with_every_profile_and_no_company_as_a_person() {
    let t = book();
    let r = import(&t.book, &fixture("apple_contacts.vcf"));
    assert_eq!(
        (r.created, r.skipped, r.error_count),
        (2, 1, 0),
        "two people; the company card is skipped, not an error: {r:?}"
    );
    assert_eq!(t.book.person_count().unwrap(), 2);
    let said: Vec<(&str, &str)> = r
        .warnings
        .iter()
        .map(|w| (w.field.as_str(), w.message.as_str()))
        .collect();
    assert_eq!(
        said,
        [(
            "FN",
            "“Studio Lumière” skipped: a company card (X-ABShowAs:COMPANY), not a person"
        )],
        "the report says why a card was skipped"
    );
    assert_eq!(
        r.warnings[0].line, 50,
        "the company card's BEGIN:VCARD line"
    );
    let page = t.book.person_list(&PersonListReq::default()).unwrap();
    assert!(
        page.items
            .iter()
            .all(|s| s.display_name != "Studio Lumière"),
        "a company card (X-ABShowAs:COMPANY) is not a person named after the company"
    );

    let c = named(&t.book, "Camille Martin");
    assert_eq!(
        (c.first_name.as_str(), c.last_name.as_str()),
        ("Camille", "Martin")
    );
    assert_eq!(
        c.emails,
        [
            "camille.martin@example.com",
            "camille@studio-lumiere.example"
        ],
        "the grouped item1.EMAIL is read like any EMAIL"
    );
    assert_eq!(c.phones.len(), 2, "every TEL: {:?}", c.phones);
    assert_eq!(
        c.employer, "Studio Lumière, Partenariats",
        "ORG and its unit"
    );
    assert_eq!((c.city.as_str(), c.country.as_str()), ("Lyon", "FR"));
    assert_eq!(
        c.website, "https://camillemartin.example",
        "the URL labelled _$!<HomePage>!$_"
    );
    assert_eq!(
        channels(&c),
        [
            (Platform::Newsletter, "https://camille.substack.example"),
            (Platform::Instagram, "camille.cuisine"),
            (Platform::X, "CamilleM"),
            (Platform::Linkedin, "camille-martin"),
            (Platform::Tiktok, "camillecuisine"),
            (Platform::Wechat, "camille_wx"),
        ],
        "a URL labelled Newsletter, X-SOCIALPROFILE with and without x-user, IMPP WeChat"
    );
    assert_eq!(c.tags, ["Cuisine", "Influenceurs"]);
    assert_eq!(c.title, "Responsable des partenariats", "TITLE");
    assert_eq!(c.birthday, "1990-04-12", "BDAY");
    let photo = c
        .photo
        .as_ref()
        .expect("the folded base64 PHOTO is her photo");
    assert_eq!(photo.mime, "image/jpeg");
    assert_eq!(
        (photo.data.len(), &photo.data[..3]),
        (200, &[0xFF, 0xD8, 0xFF][..]),
        "the whole JPEG, its folds undone"
    );
    assert!(
        c.bio
            .contains("Rencontrée au salon du livre, stand 4.\nPréfère les e-mails; jamais"),
        "NOTE with its escapes: {}",
        c.bio
    );

    let h = named(&t.book, "Hugo Bernard");
    assert_eq!((h.city.as_str(), h.country.as_str()), ("Madrid", "ES"));
    assert_eq!(
        h.birthday, "--09-30",
        "Apple's X-APPLE-OMIT-YEAR=1604 is a birthday without its year"
    );
    assert!(h.photo.is_none());
    assert_eq!(
        channels(&h),
        [
            (Platform::Youtube, "HugoVoyage"),
            (Platform::Other, "hugob"),
            (Platform::Other, "Skype:hugo.bernard"),
        ],
        "a handle from the profile URL; Flickr and Skype kept as other, not dropped"
    );
    assert_eq!(
        h.channels[1].url, "http://www.flickr.com/photos/hugob",
        "the other network's address is kept"
    );
}

#[test]
fn google_contacts_cards_import_with_labelled_urls_and_no_system_group() {
    let t = book();
    let r = import(&t.book, &fixture("google_contacts.vcf"));
    assert_eq!(
        (r.created, r.skipped, r.error_count),
        (2, 1, 0),
        "Google's company-only contact (FN = ORG, empty N) is skipped: {r:?}"
    );
    let said: Vec<&str> = r.warnings.iter().map(|w| w.field.as_str()).collect();
    assert_eq!(
        said,
        ["FN"],
        "the company skipped; the photo link is said once for the file, not per card: {:?}",
        r.warnings
    );
    assert_eq!(
        r.photo_links, 1,
        "the photo link not fetched, kept and counted"
    );
    let l = named(&t.book, "Léa Rousseau");
    let kept: Vec<String> = t
        .book
        .note_list(&l.id)
        .unwrap()
        .into_iter()
        .map(|n| n.body)
        .collect();
    assert!(
        kept.iter()
            .any(|n| n.contains("Liaison does not download it): https://")),
        "the photo's address is in her note: {kept:?}"
    );
    assert_eq!(
        l.emails,
        ["lea.rousseau@example.org", "lea@agence-rousseau.example"]
    );
    assert_eq!(l.phones, ["+33 7 00 11 22 33", "+1 514 555 0199"]);
    assert_eq!((l.city.as_str(), l.country.as_str()), ("Bordeaux", "FR"));
    assert_eq!(l.employer, "Agence Rousseau");
    assert_eq!(
        (l.title.as_str(), l.birthday.as_str()),
        ("Créatrice mode", "1988-11-03")
    );
    assert!(
        l.photo.is_none(),
        "Google's PHOTO is a link: Liaison does not fetch it"
    );
    assert_eq!(
        l.website, "https://lea-rousseau.example",
        "Google's escaped colon (https\\://) is undone"
    );
    assert_eq!(
        channels(&l),
        [
            (Platform::Instagram, "lea.rousseau"),
            (Platform::Podcast, "https://podcast.example/lea-parle-mode"),
        ],
        "item URLs labelled Instagram and Podcast"
    );
    assert_eq!(
        l.tags,
        ["Influencers", "VIP"],
        "Google's myContacts system group is not a tag"
    );
    let n = named(&t.book, "Noah Petit");
    assert_eq!((n.city.as_str(), n.country.as_str()), ("London", "GB"));
    assert!(n.tags.is_empty(), "{:?}", n.tags);
    assert_eq!(n.birthday, "--02-29", "a leap day without a year");
}

#[test]
fn a_photo_over_the_cap_does_not_keep_the_person_out() {
    let t = book();
    let huge = "A".repeat(4 * 1024 * 1024);
    let card = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roux;Inès;;;\r\nFN:Inès Roux\r\n\
         EMAIL:ines@example.fr\r\nPHOTO;ENCODING=b;TYPE=JPEG:{huge}\r\nEND:VCARD\r\n"
    );
    let r = import(&t.book, card.as_bytes());
    assert_eq!(
        (r.created, r.error_count),
        (1, 0),
        "the person comes in without the photo: {r:?}"
    );
    assert_eq!(r.warnings.len(), 1, "{r:?}");
    assert_eq!(
        (r.warnings[0].line, r.warnings[0].field.as_str()),
        (1, "PHOTO")
    );
    assert!(
        r.warnings[0].message.contains("over the 256 KB limit"),
        "{}",
        r.warnings[0].message
    );
    let p = named(&t.book, "Inès Roux");
    assert_eq!(p.emails, ["ines@example.fr"]);
    assert!(p.photo.is_none(), "the photo over the cap is not kept");
}

#[test]
fn group_cards_and_kind_org_are_not_people() {
    let t = book();
    let r = import(
        &t.book,
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Maison Dubois\r\nEND:VCARD\r\n\
          BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Presse\r\nX-ADDRESSBOOKSERVER-KIND:group\r\nEND:VCARD\r\n\
          BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\nFN:Zo\xc3\xa9 Lambert\r\nEND:VCARD\r\n",
    );
    assert_eq!((r.created, r.skipped), (1, 2), "{r:?}");
    assert_eq!(t.book.person_count().unwrap(), 1);
}

#[test]
fn a_country_no_one_knows_is_kept_in_a_note_not_refused() {
    let t = book();
    let r = import(
        &t.book,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Mensah;Kofi;;;\r\nFN:Kofi Mensah\r\n\
         ADR;TYPE=HOME:;;;Accra;;;Ghana\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nADR:;;;Recife;;;Atlântida\r\nEND:VCARD\r\n"
            .as_bytes(),
    );
    assert_eq!((r.created, r.error_count), (2, 0), "{r:?}");
    assert_eq!(
        named(&t.book, "Kofi Mensah").country,
        "GH",
        "Ghana is placed"
    );
    let ana = named(&t.book, "Ana Lima");
    assert_eq!((ana.city.as_str(), ana.country.as_str()), ("Recife", ""));
    assert_eq!(
        (r.warnings[0].line, r.warnings[0].field.as_str()),
        (7, "ADR"),
        "the line of the card's BEGIN:VCARD"
    );
    assert!(
        r.warnings[0].message.contains("Atlântida"),
        "{:?}",
        r.warnings
    );
}
