//! "Already in your book?": before someone is created, the people sharing their e-mail, handle, phone in normal form or name words are offered, and strangers are not.

use crate::support::{amelie, book};
use liaison_core::{ChannelInput, PersonInput, Platform};

fn on(b: &liaison_core::Book, input: &PersonInput) -> Vec<(String, String)> {
    b.person_existing(input, None)
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

#[test]
fn quick_capture_offers_a_name_written_in_another_script_before_making_someone_new() {
    let tb = book();
    let b = &tb.book;
    let oleg = b
        .person_create(PersonInput {
            display_name: "Oleg Ivanov".into(),
            ..Default::default()
        })
        .unwrap()
        .person;
    let req = |line: &str| liaison_core::CaptureReq {
        line: line.into(),
        ..Default::default()
    };
    let p = b.capture_preview(&req("Олег Иванов: coffee")).unwrap();
    let who = &p.people[0];
    assert!(
        who.person.is_none() && !who.is_new,
        "not made anew, not picked unasked"
    );
    assert_eq!(
        who.candidates
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>(),
        [oleg.id.as_str()],
        "Oleg Ivanov is offered"
    );
    let mut chosen = req("Олег Иванов: coffee");
    chosen.choices = vec![liaison_core::CaptureChoice {
        text: "Олег Иванов".into(),
        person_id: oleg.id.clone(),
    }];
    let saved = b.capture_save(&chosen).unwrap();
    assert!(saved.created.is_empty(), "the existing person was chosen");
    assert_eq!(saved.interaction.people, std::slice::from_ref(&oleg.id));
    let mut anew = req("Олег Иванов: coffee");
    anew.choices = vec![liaison_core::CaptureChoice {
        text: "Олег Иванов".into(),
        person_id: String::new(),
    }];
    let saved = b.capture_save(&anew).unwrap();
    assert_eq!(
        saved.created.len(),
        1,
        "or someone new, when the user says so"
    );
}

#[test]
fn an_edit_is_checked_against_everyone_but_the_person_edited() {
    let tb = book();
    let b = &tb.book;
    let amelie = b.person_create(amelie()).unwrap().person;
    let kwame = b
        .person_create(PersonInput {
            display_name: "Kwame Mensah".into(),
            ..Default::default()
        })
        .unwrap()
        .person;
    let unchanged = PersonInput {
        display_name: amelie.display_name.clone(),
        emails: amelie.emails.clone(),
        ..Default::default()
    };
    assert!(
        b.person_existing(&unchanged, Some(&amelie.id))
            .unwrap()
            .is_empty(),
        "saving Amélie with her own e-mail and name offers nobody: she is not someone else"
    );
    let taken = PersonInput {
        display_name: "Kwame Mensah".into(),
        emails: amelie.emails.clone(),
        ..Default::default()
    };
    let offered: Vec<(String, String)> = b
        .person_existing(&taken, Some(&kwame.id))
        .unwrap()
        .into_iter()
        .map(|d| (d.on, d.person_id))
        .collect();
    assert_eq!(
        offered,
        [("email".to_string(), amelie.id.clone())],
        "Kwame edited to Amélie's e-mail: Amélie is offered before saving, Kwame himself is not"
    );
}
