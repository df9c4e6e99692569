//! "Introduced by" set when a person is created (the new-person form, `person add --via`): the person and the "introduced" connection are written in one transaction, and an unknown introducer is a field error that creates no one.

use crate::support::{book, everyone, named};
use liaison_core::{ConnectionKind, ErrorCode};

#[test]
fn a_person_created_with_an_introducer_comes_with_the_introduced_tie() {
    let tb = book();
    let kwame = tb.person("Kwame Mensah");
    let saved = tb
        .book
        .person_create_via(named("Amélie Dubois"), Some(&kwame))
        .expect("a known introducer is accepted");
    let amelie = saved.person.id;

    let hers = tb.book.connections_of(&amelie).unwrap();
    assert_eq!(hers.len(), 1, "her one tie is to who introduced her");
    let tie = &hers[0];
    assert_eq!(tie.kind, ConnectionKind::Introduced);
    assert_eq!(tie.other_id, kwame, "the tie names Kwame");
    assert!(
        !tie.outgoing,
        "read from her page, she was introduced (by Kwame), she did not introduce him"
    );
    let his = tb.book.connections_of(&kwame).unwrap();
    assert_eq!(his.len(), 1);
    assert!(his[0].outgoing, "read from Kwame's page, he introduced her");
    assert_eq!(his[0].other_name, "Amélie Dubois");

    // Without one, creating is as before: no tie.
    let zoe = tb.person("Zoé Adam");
    assert!(tb.book.connections_of(&zoe).unwrap().is_empty());
    // A blank introducer (an emptied picker) is no introducer.
    let ines = tb
        .book
        .person_create_via(named("Inès Martin"), Some("  "))
        .unwrap();
    assert!(tb.book.connections_of(&ines.person.id).unwrap().is_empty());
}

#[test]
fn an_unknown_introducer_is_a_clear_error_and_creates_no_one() {
    let tb = book();
    tb.person("Kwame Mensah");
    let before = everyone(&tb.book).len();
    let err = tb
        .book
        .person_create_via(
            named("Amélie Dubois"),
            Some("00000000-0000-0000-0000-000000000000"),
        )
        .expect_err("an introducer who is not in the book is refused");
    assert_eq!(err.code(), ErrorCode::Validation);
    let body = liaison_core::ErrorBody::from(&err);
    assert_eq!(
        body.fields[0].field, "introduced_by",
        "the form puts the error on the introducer's picker"
    );
    assert!(
        body.fields[0]
            .message
            .contains("00000000-0000-0000-0000-000000000000"),
        "the message names the id that is not in the book: {}",
        body.fields[0].message
    );
    assert_eq!(
        everyone(&tb.book).len(),
        before,
        "nothing was created: the person and the tie are one write"
    );
    assert!(
        tb.book
            .person_search(&liaison_core::SearchReq {
                query: "Amélie".into(),
                ..Default::default()
            })
            .unwrap()
            .is_empty(),
        "Amélie is not in the book"
    );
}

#[test]
fn an_introducer_merged_away_leads_to_the_survivor() {
    let tb = book();
    let kwame = tb.person("Kwame Mensah");
    let old = tb.person("K. Mensah");
    tb.book
        .people_merge(&kwame, &old, &Default::default())
        .expect("the merge runs");
    let saved = tb
        .book
        .person_create_via(named("Amélie Dubois"), Some(&old))
        .expect("an old id still names the person it was merged into");
    let hers = tb.book.connections_of(&saved.person.id).unwrap();
    assert_eq!(hers[0].other_id, kwame);
}
