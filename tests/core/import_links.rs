//! What a contact export holds that Liaison cannot take as it is: a nickname (kept as "Also known as" in the bio, which search reads) and a photo given as a web address (kept as a link in the note and counted once, since Liaison downloads nothing).

use crate::import_sources::csv;
use crate::support::{book, find};
use liaison_core::{Book, ImportOptions, Lang, Progress, SearchReq};

fn notes(b: &Book, id: &str) -> Vec<String> {
    b.note_list(id)
        .unwrap()
        .into_iter()
        .map(|n| n.body)
        .collect()
}

fn found(b: &Book, query: &str) -> Vec<String> {
    b.person_search(&SearchReq {
        query: query.into(),
        ..Default::default()
    })
    .unwrap()
    .into_iter()
    .map(|h| h.display_name)
    .collect()
}

#[test]
fn google_nicknames_are_searchable_and_photo_links_are_kept_and_counted() {
    let t = book();
    let r = csv(&t.book, "google_contacts.csv");
    assert_eq!(r.error_count, 0, "{:?}", r.errors);
    let j = find(&t.book, "Jonas Weber");
    assert_eq!(
        j.bio, "Also known as: Jojo",
        "Google's Nickname column is kept where the person page shows it"
    );
    assert_eq!(
        found(&t.book, "Jojo"),
        ["Jonas Weber"],
        "search finds a person by the name they go by"
    );
    let n = find(&t.book, "Noi Srisuk");
    assert_eq!(
        n.bio, "",
        "Google repeats the first name as the nickname: nothing is added"
    );
    assert_eq!(
        notes(&t.book, &j.id),
        ["Photo (a link; Liaison does not download it): https://lh3.googleusercontent.com/contacts/JONAS-photo-id"],
        "the photo's address is kept, never silently dropped"
    );
    let a = find(&t.book, "Amara Mensah");
    assert_eq!(
        notes(&t.book, &a.id),
        ["Met at Beauty Week Lagos.\nAsks for long lead times.\nPhoto (a link; Liaison does not download it): https://lh3.googleusercontent.com/contacts/AMARA-photo-id"]
    );
    assert_eq!(
        r.photo_links, 2,
        "the report counts the photo links once for the whole file"
    );
    assert_eq!(
        liaison_core::photo_links_message(Lang::En, r.photo_links),
        "2 photo links were kept as links in the people’s notes: Liaison does not download."
    );
    assert_eq!(
        r.warning_count, 1,
        "photo links are said once, not as a warning per row: {:?}",
        r.warnings
    );
}

/// Google's vCard export writes a photo as its address (`PHOTO:https://…`); vCard 4.0 writers
/// say `VALUE=uri`. Both are kept as links, with the nickname.
#[test]
fn vcard_photo_uris_are_kept_as_links_and_nicknames_as_also_known_as() {
    let t = book();
    let vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Inès Diallo\r\nN:Diallo;Inès;;;\r\nNICKNAME:Nena,Inès\r\nEMAIL;TYPE=INTERNET:ines.diallo@example.sn\r\nPHOTO:https://lh3.googleusercontent.com/contacts/INES-photo-id\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Tomás Ruiz\r\nN:Ruiz;Tomás;;;\r\nPHOTO;VALUE=uri:https://photos.example/tomas.jpg\r\nNOTE:Met in Madrid.\r\nEND:VCARD\r\n";
    let r = t
        .book
        .vcard_import(vcf.as_bytes(), &ImportOptions::default(), &Progress::new())
        .unwrap();
    assert_eq!((r.created, r.photo_links), (2, 2), "{r:?}");
    assert!(
        r.warnings.is_empty(),
        "a photo link is counted, not a per-card warning: {:?}",
        r.warnings
    );
    let i = find(&t.book, "Inès Diallo");
    assert_eq!(
        i.bio, "Also known as: Nena",
        "the first name is not a nickname"
    );
    assert_eq!(
        notes(&t.book, &i.id),
        ["Photo (a link; Liaison does not download it): https://lh3.googleusercontent.com/contacts/INES-photo-id"]
    );
    assert_eq!(found(&t.book, "Nena"), ["Inès Diallo"]);
    let o = find(&t.book, "Tomás Ruiz");
    assert_eq!(o.bio, "Met in Madrid.");
    assert!(o.photo.is_none());
    assert_eq!(
        notes(&t.book, &o.id),
        ["Photo (a link; Liaison does not download it): https://photos.example/tomas.jpg"]
    );
}
