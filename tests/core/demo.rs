//! The demo book "Load sample data" writes: what a user sees on the first day, and that it is written only once.

use crate::support::{book, TestBook};
use liaison_core::{
    ArchivedFilter, Book, EventListReq, EventWhen, Exchange, PersonFilter, SampleLoadReq,
    SearchReq, TimelineReq,
};

pub(crate) fn load(b: &Book, count: u32) -> u32 {
    b.sample_load(&SampleLoadReq { count: Some(count) })
        .expect("the sample loads")
}

/// A Paris user's book (Sunday 22 November 2026, 11:00 in Paris) with the default sample.
pub(crate) fn demo() -> TestBook {
    let tb = book();
    tb.book.set_time_zone("Europe/Paris").unwrap();
    assert_eq!(load(&tb.book, 40), 40, "the default sample adds 40 people");
    tb
}

/// Every person (archived too) whose name matches, by display name.
pub(crate) fn named(b: &Book, name: &str) -> Vec<liaison_core::PersonSummary> {
    let req = SearchReq {
        query: name.into(),
        filter: PersonFilter {
            archived: ArchivedFilter::Include,
            ..Default::default()
        },
        limit: Some(50),
    };
    let hits = b.person_search(&req).unwrap();
    hits.into_iter()
        .filter(|p| p.display_name == name)
        .collect()
}

fn id_of(b: &Book, name: &str) -> String {
    let found = named(b, name);
    assert_eq!(found.len(), 1, "exactly one {name} in the demo: {found:?}");
    found[0].id.clone()
}

pub(crate) fn titles(f: &[liaison_core::Followup]) -> Vec<&str> {
    f.iter().map(|f| f.title.as_str()).collect()
}

#[test]
fn today_shows_what_needs_doing_on_the_first_day() {
    let tb = demo();
    let today = tb.book.today_get().unwrap();
    assert_eq!(today.date, "2026-11-22", "the user's day, in Paris");
    for due in [
        "Send the moodboard",
        "Thank-you note for the keynote share",
        "Call about the spring embargo",
    ] {
        assert!(
            titles(&today.overdue).contains(&due),
            "{due} is past due, so Today lists it as overdue: {:?}",
            titles(&today.overdue)
        );
    }
    assert_eq!(
        titles(&today.due_today),
        ["Send the cloud summit deck"],
        "something is still to do later today"
    );
    let moodboard = today
        .overdue
        .iter()
        .find(|f| f.title == "Send the moodboard")
        .unwrap();
    assert_eq!(
        moodboard.due_local, "2026-11-20T11:00",
        "two days ago, at the load's minute"
    );
    assert_eq!(
        moodboard.person_names,
        ["Amélie Dubois"],
        "the follow-up is about Amélie"
    );

    let cold: Vec<&str> = today
        .going_cold
        .iter()
        .map(|c| c.person.display_name.as_str())
        .collect();
    for name in ["Jade Guérin", "Hélène Guérin-Diallo", "Théo Haddad"] {
        assert!(
            cold.contains(&name),
            "{name}'s cadence has passed since the last contact: {cold:?}"
        );
    }
    assert!(
        !cold.contains(&"Amélie Dubois"),
        "Amélie was seen 4 days ago, within her 30 days"
    );
    assert!(
        !cold.contains(&"Jérôme Guérin"),
        "Jérôme's last mention is 40 of his 45 days old"
    );

    let events: Vec<&str> = today.events.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        events,
        ["VivaTech", "Web Summit"],
        "the trade show under way, then the summit in 9 days"
    );
    let meetups: Vec<(&str, &str)> = today
        .meetups
        .iter()
        .map(|m| (m.title.as_str(), m.start_local.as_str()))
        .collect();
    assert_eq!(
        meetups,
        [("Coffee with Amélie", "2026-11-22T15:30")],
        "the coffee at VivaTech is today"
    );

    let next = tb.book.followup_list(&Default::default()).unwrap();
    let monthly = next
        .iter()
        .find(|f| f.title == "Monthly check-in")
        .expect("the recurring check-in");
    assert_eq!(monthly.due_local, "2026-11-28T11:00", "six days ahead");
    assert!(monthly.recurrence.is_some(), "it repeats every month");
}

#[test]
fn an_event_is_under_way_with_its_attendees_and_meetups() {
    let tb = demo();
    let now = tb.book.events_now().unwrap();
    assert_eq!(now.len(), 1, "one event under way: {now:?}");
    let viva = &now[0];
    assert_eq!(viva.name, "VivaTech");
    assert_eq!(
        (viva.start_local.as_str(), viva.end_local.as_str()),
        ("2026-11-21T09:00", "2026-11-23T19:00"),
        "from yesterday to tomorrow"
    );
    assert_eq!(
        (viva.venue.as_str(), viva.booth.as_str()),
        ("Paris Expo Porte de Versailles", "Hall 1, B42")
    );

    let detail = tb.book.event_detail(&viva.id).unwrap();
    assert_eq!(
        detail.attendees.len(),
        8,
        "Amélie and seven others are at VivaTech"
    );
    let jade = detail
        .attendees
        .iter()
        .find(|a| a.person.display_name == "Jade Guérin")
        .expect("Jade attends");
    assert_eq!(
        jade.why, "Covers cloud for a big trade paper.",
        "the why line tells the user what to ask"
    );
    let amelie = detail
        .attendees
        .iter()
        .find(|a| a.person.display_name == "Amélie Dubois")
        .expect("Amélie speaks");
    assert_eq!(
        amelie.why,
        "On the sustainability panel; wants the repair capsule numbers."
    );
    assert!(
        amelie.open_followups >= 2,
        "her open follow-ups show beside her name"
    );
    let titles: Vec<&str> = detail.meetups.iter().map(|m| m.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Coffee with Amélie"],
        "the meetup planned at the event"
    );
    assert_eq!(detail.meetups[0].minutes, 45, "a coffee, not an hour");

    let all = tb
        .book
        .event_list(&EventListReq {
            when: EventWhen::All,
            ..Default::default()
        })
        .unwrap();
    let mut names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "Creators' dinner",
            "Paris Fashion Week",
            "VivaTech",
            "Web Summit"
        ],
        "past and coming events too"
    );
    let summit = all.iter().find(|e| e.name == "Web Summit").unwrap();
    let summit = tb.book.event_detail(&summit.id).unwrap();
    assert_eq!(
        summit.meetups[0].title, "Lisbon creators breakfast",
        "a meetup planned ahead, at the coming summit"
    );
    assert_eq!(
        summit.meetups[0].person_names,
        ["Amélie Dubois", "Kwame Moreau"],
        "a meetup with two people, one of them archived since"
    );
}

#[test]
fn amelies_page_has_her_year_in_order_and_the_give_and_take() {
    let tb = demo();
    let id = id_of(&tb.book, "Amélie Dubois");
    let person = tb.book.person_get(&id).unwrap();
    assert_eq!(
        person.channels.len(),
        3,
        "Instagram, her newsletter and YouTube"
    );
    assert_eq!(
        person.cadence_days,
        Some(30),
        "her own cadence, so Today can tell when she goes cold"
    );

    let page = tb
        .book
        .timeline_list(&TimelineReq {
            person_id: id.clone(),
            limit: Some(100),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        page.items.len(),
        24,
        "ten moments of the year and fourteen older exchanges"
    );
    assert!(
        page.items
            .windows(2)
            .all(|w| w[0].occurred_at >= w[1].occurred_at),
        "the timeline reads newest first"
    );
    assert!(
        page.items[0]
            .body
            .starts_with("Workshop on the **repair capsule**"),
        "the latest is the workshop four days ago"
    );
    assert_eq!(
        page.items[0].occurred_at, "2026-11-18T10:15:00.000Z",
        "four days before the clock, at 10:15 UTC"
    );
    assert_eq!(
        page.items[3].person_names,
        ["Amélie Dubois", "Kwame Moreau"],
        "the coffee with her co-host"
    );
    assert_eq!(
        page.items[23].body, "Older exchange 14 about the newsletter.",
        "the oldest exchange ends the timeline"
    );

    let r = tb.book.reciprocity(&id).unwrap();
    assert_eq!(
        (r.given_total, r.received_total),
        (4, 4),
        "a healthy give-and-take"
    );
    let co = r
        .all_time
        .iter()
        .find(|c| c.exchange == Some(Exchange::CoCreation))
        .expect("co-creation counted");
    assert_eq!(
        co.given, 1,
        "co-creation leads what we gave her (the workshop)"
    );
    assert!(
        !r.last_90_days.is_empty(),
        "the last 90 days have exchanges to chart"
    );

    let notes = tb.book.note_list(&id).unwrap();
    assert_eq!(notes.len(), 2, "a pinned note and a plain one");
    assert!(
        notes[0].pinned && notes[0].body.starts_with("**Prefers e-mail**"),
        "the pinned note comes first"
    );
    let lists: Vec<String> = tb
        .book
        .person_lists(&id)
        .unwrap()
        .into_iter()
        .map(|l| l.name)
        .collect();
    assert_eq!(
        lists,
        ["Repair capsule"],
        "her page shows the list she is on"
    );
}

#[test]
fn lists_hold_their_members_and_the_showcase_covers_the_edge_cases() {
    let tb = demo();
    let lists = tb.book.list_all().unwrap();
    let shape: Vec<(&str, u32)> = lists
        .iter()
        .map(|l| (l.name.as_str(), l.member_count))
        .collect();
    assert_eq!(
        shape,
        [("Repair capsule", 3), ("Tech press", 3)],
        "two lists, each with people on it"
    );
    let press = tb.book.list_detail(&lists[1].id).unwrap();
    let mut members: Vec<&str> = press
        .members
        .iter()
        .map(|m| m.display_name.as_str())
        .collect();
    members.sort_unstable();
    assert_eq!(
        members,
        ["Hélène Guérin-Diallo", "Jade Guérin", "Jérôme Guérin"],
        "the press list holds the writers on cloud, security and finance"
    );

    let tricky = named(&tb.book, "<script>alert(1)</script> Tester");
    assert_eq!(
        tricky.len(),
        1,
        "the markup tester is there to prove escaping"
    );
    assert_eq!(tricky[0].employer, "<i>Markup Inc.</i>");
    let kwame = named(&tb.book, "Kwame Moreau");
    assert!(
        kwame[0].archived,
        "someone archived, to see how archived people show"
    );
}
