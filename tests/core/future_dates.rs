//! Nothing dated in the future by accident: an early meetup outcome is logged now, and "last contact" is never later than now.

use crate::support::{amelie, book};
use liaison_core::{InteractionInput, InteractionKind, MeetupInput, MeetupOutcomeReq, TimelineReq};

#[test]
fn an_outcome_logged_before_the_meetup_is_dated_now() {
    let tb = book(); // 2026-11-22T10:00Z
    let a = tb.book.person_create(amelie()).unwrap().person;
    let meetup = tb
        .book
        .meetup_create(MeetupInput {
            title: "Coffee".into(),
            start_local: "2026-11-25T10:30".into(),
            people: vec![a.id.clone()],
            ..Default::default()
        })
        .unwrap();
    tb.book
        .meetup_outcome(&MeetupOutcomeReq {
            id: meetup.id.clone(),
            outcome: "Met early: she was free this morning.".into(),
            met: None,
        })
        .unwrap();
    let timeline = tb
        .book
        .timeline_list(&TimelineReq {
            person_id: a.id.clone(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        timeline.items[0].occurred_at, "2026-11-22T10:00:00.000Z",
        "what already happened is not dated three days ahead"
    );
    let insights = tb.book.person_insights(&a.id).unwrap();
    assert_eq!(
        insights.last_interaction_at.as_deref(),
        Some("2026-11-22T10:00:00.000Z"),
        "last contact is now, not 'in 3 days'"
    );
}

#[test]
fn a_future_dated_interaction_never_makes_last_contact_tomorrow() {
    let tb = book(); // 2026-11-22T10:00Z
    let a = tb.book.person_create(amelie()).unwrap().person;
    let at = |when: &str| InteractionInput {
        kind: InteractionKind::Call,
        occurred_at: Some(when.into()),
        body: "call".into(),
        people: vec![a.id.clone()],
        ..Default::default()
    };
    tb.book
        .interaction_create(at("2026-11-20T09:00:00Z"))
        .unwrap();
    let typo = tb
        .book
        .interaction_create(at("2026-11-23T09:00:00Z"))
        .unwrap();
    assert_eq!(
        typo.occurred_at, "2026-11-23T09:00:00.000Z",
        "the timeline keeps the date as typed"
    );
    let last = tb.book.person_insights(&a.id).unwrap().last_interaction_at;
    assert_eq!(
        last.as_deref(),
        Some("2026-11-22T10:00:00.000Z"),
        "a contact dated tomorrow counts as of when it was written, never as tomorrow"
    );
    let check = tb
        .book
        .book_check(
            liaison_core::CheckDepth::Quick,
            &liaison_core::Progress::new(),
        )
        .unwrap();
    assert!(
        check.ok,
        "`liaison check` recounts last contact by the same rule, so a future date is no problem: {:?}",
        check.problems
    );
    tb.book.interaction_delete(&typo.id).unwrap();
    let last = tb.book.person_insights(&a.id).unwrap().last_interaction_at;
    assert_eq!(
        last.as_deref(),
        Some("2026-11-20T09:00:00.000Z"),
        "without it, the real last contact is back"
    );
}
