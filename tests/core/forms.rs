//! What the window's forms send and get back: the rule each field broke, and wall times read in the book's zone.

use crate::followups::followup;
use crate::support::book;
use liaison_core::{
    EventInput, FieldRule, InteractionInput, InteractionKind, Recurrence, SnoozeReq,
};

/// The forms say what is wrong in the reader's language from `rule`, never from the English words.
#[test]
fn field_errors_name_the_rule_each_field_broke() {
    let tb = book();
    let rules = |e: liaison_core::Error| -> Vec<(String, Option<FieldRule>)> {
        match e {
            liaison_core::Error::Validation(fields) => {
                fields.into_iter().map(|f| (f.field, f.rule)).collect()
            }
            other => panic!("a validation error, not {other:?}"),
        }
    };
    let e = tb
        .book
        .followup_create(followup("  ", "someday", &[]))
        .expect_err("nothing valid in it");
    assert_eq!(
        rules(e),
        [
            ("title".to_string(), Some(FieldRule::Required)),
            ("due_local".to_string(), Some(FieldRule::NotADate)),
        ],
        "a follow-up needs a title and a date (a reminder about no one is allowed)"
    );
    let mut never = followup("Every zero days", "2026-12-01", &[]);
    never.recurrence = Some(Recurrence::Days { every: 0 });
    let e = tb
        .book
        .followup_create(never)
        .expect_err("0 is no interval");
    assert_eq!(
        rules(e),
        [("recurrence.every".to_string(), Some(FieldRule::OutOfRange))],
        "the form marks the interval, in the reader's words"
    );
    let e = tb
        .book
        .event_create(EventInput {
            name: "VivaTech".into(),
            start_local: "2027-06-14".into(),
            end_local: "2027-06-11".into(),
            ..Default::default()
        })
        .expect_err("it ends before it starts");
    assert_eq!(
        rules(e),
        [("end_local".to_string(), Some(FieldRule::EndBeforeStart))],
        "an end before the start is its own rule, not a bad date"
    );
}

/// The window's date and time fields give wall times; the core reads them in the book's zone,
/// so no door converts zones on its own (and a summer and a winter hour both land right).
#[test]
fn wall_times_from_the_window_are_read_in_the_books_zone() {
    let tb = book();
    tb.book.set_time_zone("Europe/Paris").unwrap();
    let who = tb.person("Amélie Dubois");
    let winter = tb
        .book
        .interaction_create(InteractionInput {
            kind: InteractionKind::Call,
            occurred_at: Some("2026-11-20T14:30".into()),
            people: vec![who.clone()],
            ..Default::default()
        })
        .unwrap();
    assert!(
        winter.occurred_at.starts_with("2026-11-20T13:30:00"),
        "14:30 in Paris in November is 13:30 UTC, got {}",
        winter.occurred_at
    );
    let f = tb
        .book
        .followup_create(followup("Send the brief", "2026-11-25T09:00", &[&who]))
        .unwrap();
    let snoozed = tb
        .book
        .followup_snooze(&SnoozeReq {
            id: f.id,
            preset: None,
            until: Some("2027-07-01T09:00".into()),
        })
        .unwrap();
    assert!(
        snoozed.due_at.starts_with("2027-07-01T07:00:00"),
        "09:00 in Paris in July is 07:00 UTC, got {}",
        snoozed.due_at
    );
    let e = tb
        .book
        .interaction_create(InteractionInput {
            kind: InteractionKind::Call,
            occurred_at: Some("next blue moon".into()),
            people: vec![who],
            ..Default::default()
        })
        .expect_err("not a time");
    assert_eq!(e.fields()[0].rule, Some(FieldRule::NotADate), "{e}");
}
