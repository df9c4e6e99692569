//! Today looks a week ahead: the coming seven days' follow-ups and meetups, grouped by the user's day.

use crate::support::{amelie, book};
use liaison_core::{FollowupInput, MeetupInput};

#[test]
fn the_next_seven_days_are_grouped_by_the_users_day() {
    let tb = book(); // Sunday 2026-11-22, 11:00 in Paris
    tb.book.set_time_zone("Europe/Paris").unwrap();
    let a = tb.book.person_create(amelie()).unwrap().person;
    let follow = |title: &str, due: &str| {
        tb.book
            .followup_create(FollowupInput {
                title: title.into(),
                people: vec![a.id.clone()],
                due_local: due.into(),
                ..Default::default()
            })
            .unwrap();
    };
    follow("today's", "2026-11-22T18:00");
    follow("send the deck", "2026-11-27T18:00");
    follow("call back", "2026-11-23T09:00");
    follow("last day of the week", "2026-11-29T23:30");
    follow("too far", "2026-11-30T09:00");
    tb.book
        .meetup_create(MeetupInput {
            title: "Coffee".into(),
            start_local: "2026-11-23T08:30".into(),
            people: vec![a.id.clone()],
            ..Default::default()
        })
        .unwrap();
    let today = tb.book.today_get().unwrap();
    let days: Vec<(&str, Vec<&str>, Vec<&str>)> = today
        .week
        .iter()
        .map(|d| {
            (
                d.date.as_str(),
                d.followups.iter().map(|f| f.title.as_str()).collect(),
                d.meetups.iter().map(|m| m.title.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        days,
        [
            ("2026-11-23", vec!["call back"], vec!["Coffee"]),
            ("2026-11-27", vec!["send the deck"], vec![]),
            ("2026-11-29", vec!["last day of the week"], vec![]),
        ],
        "tomorrow to next Sunday, only days with something, in the user's zone; today's stays in 'due today'"
    );
    assert_eq!(today.due_today.len(), 1);
    assert!(today.meetups.is_empty(), "tomorrow's coffee is not today's");
}
