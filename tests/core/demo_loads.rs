//! Loading the sample: the demo is written once per book, small samples are generated people only, a given clock gives the same book.

use crate::demo::{demo, load, named, titles};
use crate::support::{book, TestBook};
use liaison_core::{ErrorCode, EventListReq, EventWhen, SampleLoadReq};

#[test]
fn a_second_load_adds_generated_people_only() {
    let tb = demo();
    assert_eq!(
        load(&tb.book, 12),
        12,
        "the second load adds what was asked"
    );
    assert_eq!(
        tb.book.person_count().unwrap(),
        52,
        "40 then 12 people in the book"
    );
    assert_eq!(
        named(&tb.book, "Amélie Dubois").len(),
        1,
        "the demo is written once: never a second Amélie"
    );
    assert_eq!(
        tb.book.list_all().unwrap().len(),
        2,
        "nor a second set of lists"
    );
    let events = tb
        .book
        .event_list(&EventListReq {
            when: EventWhen::All,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(events.len(), 4, "nor a second set of events");
}

#[test]
fn a_small_sample_is_generated_people_only_and_an_oversized_one_is_refused() {
    let tb = book();
    assert_eq!(
        load(&tb.book, 5),
        5,
        "fewer than the showcase: just generated people"
    );
    assert!(
        named(&tb.book, "Amélie Dubois").is_empty(),
        "no half demo in a small sample"
    );
    assert!(
        tb.book.list_all().unwrap().is_empty(),
        "no demo lists without the demo"
    );
    assert_eq!(load(&tb.book, 9), 9, "the demo's nine people");
    assert_eq!(
        named(&tb.book, "Amélie Dubois").len(),
        1,
        "a later load big enough still brings the demo"
    );

    let e = tb
        .book
        .sample_load(&SampleLoadReq {
            count: Some(10_001),
        })
        .unwrap_err();
    assert_eq!(
        e.code(),
        ErrorCode::Validation,
        "too many is the caller's mistake"
    );
    assert_eq!(tb.book.person_count().unwrap(), 14, "and nothing was added");
}

#[test]
fn late_in_the_evening_something_is_still_due_today_and_the_same_clock_gives_the_same_book() {
    let late = || {
        let tb = book();
        tb.clock.advance(chrono::Duration::minutes(12 * 60 + 30)); // 23:30 in Paris
        tb.book.set_time_zone("Europe/Paris").unwrap();
        load(&tb.book, 40);
        tb
    };
    let (a, b) = (late(), late());
    let today = a.book.today_get().unwrap();
    assert_eq!(
        titles(&today.due_today),
        ["Send the cloud summit deck"],
        "due at 23:59, still today"
    );
    assert_eq!(
        today.due_today[0].due_local, "2026-11-22T23:59",
        "an hour later would be tomorrow"
    );
    let view = |tb: &TestBook| {
        let t = tb.book.today_get().unwrap();
        let f: Vec<(String, String)> = t
            .overdue
            .iter()
            .chain(&t.due_today)
            .map(|f| (f.title.clone(), f.due_local.clone()))
            .collect();
        let e: Vec<(String, String)> = t
            .events
            .iter()
            .map(|e| (e.name.clone(), e.start_local.clone()))
            .collect();
        (f, e, tb.book.person_count().unwrap())
    };
    assert_eq!(
        view(&a),
        view(&b),
        "a given clock always writes the same demo"
    );
}
