//! A person's job title, birthday and photo: saved by the form, validated, carried by bundles (old bundles without them still read).

use crate::bundle::{content, export};
use crate::support::book;
use liaison_core::testing::bundle_checksum;
use liaison_core::{
    BundleScope, ErrorCode, FieldRule, PersonInput, PersonListReq, PersonPatch, Progress,
    MAX_PHOTO_BYTES,
};
use serde_json::Value;

/// A real 1×1 PNG: what a contact's avatar file starts like.
pub(crate) const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0xDA, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
    0x1F, 0x00, 0x05, 0x00, 0x02, 0x01, 0xA0, 0xB5, 0xC5, 0xB5, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

fn ines() -> PersonInput {
    PersonInput {
        first_name: "Inès".into(),
        last_name: "Caron".into(),
        employer: "Maison Verte".into(),
        title: "  Head of partnerships ".into(),
        birthday: "1991-04-17".into(),
        emails: vec!["ines@maisonverte.example".into()],
        ..Default::default()
    }
}

#[test]
fn title_and_birthday_are_saved_and_changed_by_the_form() {
    let t = book();
    let saved = t.book.person_create(ines()).unwrap().person;
    assert_eq!(
        (saved.title.as_str(), saved.birthday.as_str()),
        ("Head of partnerships", "1991-04-17"),
        "the title is kept trimmed and the birthday as typed"
    );
    let again = t.book.person_get(&saved.id).unwrap();
    assert_eq!(again, saved, "read back exactly as saved");

    // The year unknown, as vCard and phones keep it.
    let patch = PersonPatch {
        birthday: Some("--02-29".into()),
        title: Some("Partnerships director".into()),
        ..Default::default()
    };
    let p = t.book.person_update(&saved.id, patch).unwrap().person;
    assert_eq!(
        (p.title.as_str(), p.birthday.as_str()),
        ("Partnerships director", "--02-29")
    );
    let other = t
        .book
        .person_update(
            &saved.id,
            PersonPatch {
                employer: Some("Maison Bleue".into()),
                ..Default::default()
            },
        )
        .unwrap()
        .person;
    assert_eq!(
        (other.title.as_str(), other.birthday.as_str()),
        ("Partnerships director", "--02-29"),
        "a patch that does not name them leaves them alone"
    );
}

#[test]
fn a_birthday_that_is_not_a_day_is_refused_by_rule() {
    let t = book();
    for bad in ["1991-02-30", "17/04/1991", "--13-01", "next spring"] {
        let err = t
            .book
            .person_create(PersonInput {
                birthday: bad.into(),
                ..ines()
            })
            .expect_err(bad);
        assert_eq!(err.code(), ErrorCode::Validation);
        let f = &err.fields()[0];
        assert_eq!(
            (f.field.as_str(), f.rule),
            ("birthday", Some(FieldRule::NotADate)),
            "{bad:?}: the form marks the birthday and says it in its own words"
        );
    }
    assert_eq!(t.book.person_count().unwrap(), 0, "nothing half-saved");
}

#[test]
fn a_photo_is_checked_by_its_bytes_and_its_size() {
    let t = book();
    let id = t.book.person_create(ines()).unwrap().person.id;
    let before = t.book.person_get(&id).unwrap();
    assert!(before.photo.is_none());

    let pdf = b"%PDF-1.7\n1 0 obj\n".to_vec();
    let err = t.book.person_photo_set(&id, pdf).expect_err("a PDF");
    assert_eq!(err.fields()[0].field, "photo");
    assert!(
        err.to_string().contains("not a JPEG, PNG, WebP or GIF"),
        "the message says what a photo may be: {err}"
    );

    let mut big = PNG.to_vec();
    big.resize(MAX_PHOTO_BYTES + 10, 0);
    let err = t.book.person_photo_set(&id, big).expect_err("too big");
    assert_eq!(err.fields()[0].field, "photo");
    assert!(err.to_string().contains("over 256 KB"), "{err}");
    assert!(
        t.book.person_photo(&id).unwrap().is_none(),
        "a refused photo writes nothing"
    );

    t.clock.advance(chrono::Duration::minutes(5));
    let photo = t.book.person_photo_set(&id, PNG.to_vec()).unwrap();
    assert_eq!(photo.mime, "image/png", "the type is read from the bytes");
    let p = t.book.person_get(&id).unwrap();
    assert_eq!(p.photo.as_ref(), Some(&photo), "the person carries it");
    assert!(
        p.updated_at > before.updated_at,
        "a new photo makes the person newer, so a teammate's merge takes it"
    );
    let page = t.book.person_list(&PersonListReq::default()).unwrap();
    assert!(page.items[0].has_photo, "the list knows who has a photo");
    let shown = t
        .book
        .person_photos(&[id.clone(), "019a0000-0000-7000-8000-00000000dead".into()])
        .unwrap();
    assert_eq!(shown.len(), 1, "unknown ids are left out: {shown:?}");

    t.book.person_photo_delete(&id).unwrap();
    assert!(t.book.person_get(&id).unwrap().photo.is_none());
    assert!(!t.book.person_list(&PersonListReq::default()).unwrap().items[0].has_photo);
}

#[test]
fn bundles_carry_title_birthday_and_photo_both_ways() {
    let a = book();
    let id = a.book.person_create(ines()).unwrap().person.id;
    a.book.person_photo_set(&id, PNG.to_vec()).unwrap();
    a.person("Zoé Martin");
    let want = a.book.person_get(&id).unwrap();

    // The whole book (written by hand, row by row) and one person (through serde) agree.
    let all = export(&a.book, BundleScope::All);
    let one = export(&a.book, BundleScope::Person { id: id.clone() });
    let in_all = content(&all)["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id.as_str())
        .cloned()
        .unwrap();
    assert_eq!(in_all, content(&one)["people"][0], "both writers agree");
    assert_eq!(in_all["title"], "Head of partnerships");
    assert_eq!(in_all["photo"]["mime"], "image/png");

    for bytes in [all, one] {
        let b = book();
        let r = b
            .book
            .bundle_import(&bytes, false, false, &Progress::new())
            .unwrap();
        assert!(r.written && r.conflicts.is_empty(), "{r:?}");
        assert_eq!(
            b.book.person_get(&id).unwrap(),
            want,
            "title, birthday and photo arrive as they left"
        );
    }
}

/// A bundle as a release before these fields wrote it: no title, birthday or photo keys.
fn without_new_fields(bytes: &[u8]) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(bytes).unwrap();
    for p in v["people"].as_array_mut().unwrap() {
        let p = p.as_object_mut().unwrap();
        p.remove("title");
        p.remove("birthday");
        p.remove("photo");
    }
    let people = serde_json::to_string(&v["people"]).unwrap();
    v["manifest"]["checksums"]["people"] = bundle_checksum(people.as_bytes()).into();
    v["manifest"]["schema_version"] = 5.into();
    serde_json::to_vec(&v).unwrap()
}

#[test]
fn an_older_bundle_without_them_still_merges_and_keeps_ours() {
    let a = book();
    let id = a.book.person_create(ines()).unwrap().person.id;
    let old = without_new_fields(&export(&a.book, BundleScope::All));

    let b = book();
    b.book
        .bundle_import(&old, false, false, &Progress::new())
        .expect("a bundle from before titles and photos still reads");
    let p = b.book.person_get(&id).unwrap();
    assert_eq!((p.title.as_str(), p.birthday.as_str()), ("", ""));

    // Ours has a photo; their older bundle, newer in time, says nothing about photos.
    a.clock.advance(chrono::Duration::minutes(1));
    a.book.person_photo_set(&id, PNG.to_vec()).unwrap();
    let with_photo = export(&a.book, BundleScope::All);
    b.book
        .bundle_import(&with_photo, false, false, &Progress::new())
        .unwrap();
    assert!(b.book.person_get(&id).unwrap().photo.is_some());
    a.clock.advance(chrono::Duration::hours(1));
    a.book
        .person_update(
            &id,
            PersonPatch {
                employer: Some("Maison Bleue".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let newer_old = without_new_fields(&export(&a.book, BundleScope::All));
    let r = b
        .book
        .bundle_import(&newer_old, false, false, &Progress::new())
        .unwrap();
    assert_eq!(r.updated, 1, "{r:?}");
    let p = b.book.person_get(&id).unwrap();
    assert_eq!(p.employer, "Maison Bleue");
    assert!(
        p.photo.is_some(),
        "a bundle from before photos cannot mean 'no photo': ours stays"
    );

    // A current bundle without a photo does mean it was removed.
    a.clock.advance(chrono::Duration::hours(1));
    a.book.person_photo_delete(&id).unwrap();
    let current = export(&a.book, BundleScope::All);
    b.book
        .bundle_import(&current, false, false, &Progress::new())
        .unwrap();
    assert!(
        b.book.person_get(&id).unwrap().photo.is_none(),
        "the teammate removed it: it goes here too"
    );
}
