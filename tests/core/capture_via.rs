//! "Introduced by" at capture (issue 16): `Amélie (via Kwame): …` records that Kwame introduced Amélie, the introducer must be someone already here (a clear problem otherwise, never a person named "(via"), and a handle works too.

use crate::support::book;
use liaison_core::{CaptureProblem, CaptureReq, ConnectionKind};

fn req(line: &str) -> CaptureReq {
    CaptureReq {
        line: line.into(),
        ..Default::default()
    }
}

#[test]
fn via_a_known_person_records_who_introduced_a_new_person() {
    let t = book();
    let kwame = t.person("Kwame Mensah");
    let preview = t
        .book
        .capture_preview(&req("Amélie Dubois (via Kwame): met at the Lagos show"))
        .unwrap();
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    assert_eq!(
        preview.people.len(),
        1,
        "one person captured, not “(via Kwame)”"
    );
    assert_eq!(preview.people[0].text, "Amélie Dubois");
    assert!(preview.people[0].is_new);
    let by = preview
        .introduced_by
        .as_ref()
        .and_then(|p| p.person.as_ref());
    assert_eq!(
        by.map(|p| p.id.as_str()),
        Some(kwame.as_str()),
        "Kwame is found by his first name"
    );
    let saved = t
        .book
        .capture_save(&req("Amélie Dubois (via Kwame): met at the Lagos show"))
        .unwrap();
    assert_eq!(saved.interaction.body, "met at the Lagos show");
    assert_eq!(saved.created.len(), 1, "only Amélie is created");
    let amelie = &saved.created[0].id;
    let ties = t.book.connections_of(amelie).unwrap();
    assert_eq!(
        ties.iter()
            .map(|c| (c.other_id.as_str(), c.kind, c.outgoing))
            .collect::<Vec<_>>(),
        [(kwame.as_str(), ConnectionKind::Introduced, false)],
        "Kwame introduced Amélie"
    );
    // Capturing again through Kwame adds no second connection.
    t.book
        .capture_save(&req("Amélie Dubois (via Kwame): sent the brief"))
        .unwrap();
    assert_eq!(t.book.connections_of(amelie).unwrap().len(), 1);
}

#[test]
fn via_someone_not_here_is_a_clear_problem_and_creates_no_one() {
    let t = book();
    let preview = t
        .book
        .capture_preview(&req("Amélie (via Kwame): met at the show"))
        .unwrap();
    assert_eq!(
        preview.problems,
        [CaptureProblem::UnknownIntroducer {
            text: "Kwame".into()
        }],
        "who introduced them must already be in the book"
    );
    assert!(
        preview.people.iter().all(|p| !p.text.contains("via")),
        "never a person named “(via”: {:?}",
        preview.people
    );
    let err = t
        .book
        .capture_save(&req("Amélie (via Kwame): met at the show"))
        .unwrap_err();
    assert!(
        err.to_string().contains("after “via”") || format!("{err:?}").contains("after “via”"),
        "{err:?}"
    );
    assert_eq!(t.book.person_count().unwrap(), 0, "nothing saved");
    let empty = t.book.capture_preview(&req("Amélie (via): met")).unwrap();
    assert_eq!(
        empty.problems,
        [CaptureProblem::UnknownIntroducer {
            text: String::new()
        }]
    );
}

#[test]
fn via_a_handle_finds_the_introducer_by_it() {
    let t = book();
    let kwame = t
        .book
        .person_create(liaison_core::PersonInput {
            display_name: "Kwame Mensah".into(),
            channels: vec![liaison_core::ChannelInput {
                platform: liaison_core::Platform::Instagram,
                handle: "kwame.m".into(),
                ..Default::default()
            }],
            ..Default::default()
        })
        .unwrap()
        .person;
    let amelie = t.person("Amélie Dubois");
    t.book
        .capture_save(&req("Amélie Dubois (via @kwame.m): coffee"))
        .unwrap();
    let ties = t.book.connections_of(&amelie).unwrap();
    assert_eq!(ties.len(), 1);
    assert_eq!(
        (ties[0].other_id.as_str(), ties[0].kind),
        (kwame.id.as_str(), ConnectionKind::Introduced)
    );
}
