//! "Already in your book?": before someone is created, the people sharing their e-mail, handle, phone in normal form or name words are offered, and strangers are not.

use crate::support::{amelie, book};
use liaison_core::{ChannelInput, PersonInput, Platform};

fn on(b: &liaison_core::Book, input: &PersonInput) -> Vec<(String, String)> {
    b.person_existing(input)
        .unwrap()
        .into_iter()
        .map(|d| (d.on, d.display_name))
        .collect()
}

#[test]
fn a_shared_handle_phone_or_name_offers_the_existing_person() {
    let tb = book();
    let b = &tb.book;
    b.person_create(PersonInput {
        phones: vec!["06 12 34 56 78".into()],
        country: "FR".into(),
        ..amelie()
    })
    .unwrap();
    b.person_create(PersonInput {
        display_name: "Oleg Ivanov".into(),
        ..Default::default()
    })
    .unwrap();

    let handle = PersonInput {
        display_name: "Someone".into(),
        channels: vec![ChannelInput {
            platform: Platform::Instagram,
            handle: "@amelied".into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    assert_eq!(
        on(b, &handle),
        [("handle".to_string(), "Amélie Dubois".to_string())],
        "the same Instagram handle, case and @ aside"
    );
    let phone = PersonInput {
        display_name: "A. D.".into(),
        phones: vec!["+33 6 12 34 56 78".into()],
        ..Default::default()
    };
    assert_eq!(
        on(b, &phone),
        [("phone".to_string(), "Amélie Dubois".to_string())],
        "the same number written internationally: the normal form matches"
    );
    let name = PersonInput {
        display_name: "DUBOIS amelie".into(),
        ..Default::default()
    };
    assert_eq!(
        on(b, &name),
        [("name".to_string(), "Amélie Dubois".to_string())],
        "the same words in another order, case and accents aside"
    );
    let cyrillic = PersonInput {
        display_name: "Олег Иванов".into(),
        ..Default::default()
    };
    assert_eq!(
        on(b, &cyrillic),
        [("name".to_string(), "Oleg Ivanov".to_string())],
        "the same name in another script"
    );
    let email_and_name = PersonInput {
        emails: vec!["AMELIE@example.fr".into()],
        display_name: "Amélie Dubois".into(),
        ..Default::default()
    };
    assert_eq!(
        on(b, &email_and_name),
        [("email".to_string(), "Amélie Dubois".to_string())],
        "one offer per person, on the surest ground"
    );
    let stranger = PersonInput {
        display_name: "Amélie Martin".into(),
        phones: vec!["+33 6 99 88 77 66".into()],
        channels: vec![ChannelInput {
            platform: Platform::Tiktok,
            handle: "amelied".into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    assert!(
        on(b, &stranger).is_empty(),
        "one shared first name, another number, the handle on another platform: nobody"
    );
}
