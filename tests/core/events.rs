//! Events, who's here, meetups and their outcomes, the city view, Today, and the event's files.

use crate::support::{amelie, book, named};
use liaison_core::{
    AttendReq, AttendeeListReq, AttendeeRole, AttendeeSort, AttendeeStatus, CityViewReq, ErrorCode,
    EventInput, EventKind, EventListReq, EventWhen, FollowupInput, MeetupInput, MeetupOutcomeReq,
    TimelineReq, UnattendReq,
};

fn vivatech() -> EventInput {
    EventInput {
        name: "VivaTech 2027".into(),
        kind: EventKind::TradeShow,
        time_zone: Some("Europe/Paris".into()),
        start_local: "2026-11-24".into(),
        end_local: "2026-11-26".into(),
        city: "Paris".into(),
        country: "fr".into(),
        venue: "Paris Expo Porte de Versailles".into(),
        booth: "Hall 1, B12".into(),
        url: "vivatech.com".into(),
        ..EventInput::default()
    }
}

#[test]
fn an_event_is_stored_at_the_venue_and_in_utc() {
    let tb = book();
    let e = tb.book.event_create(vivatech()).unwrap();
    assert_eq!(e.start_local, "2026-11-24T00:00");
    assert_eq!(
        e.end_local, "2026-11-26T23:59",
        "a date alone ends at the end of that day"
    );
    assert_eq!(
        e.start_at, "2026-11-23T23:00:00.000Z",
        "Paris is UTC+1 in November"
    );
    assert_eq!(e.country, "FR");
    assert_eq!(e.url, "https://vivatech.com");
    let upcoming = tb.book.event_list(&EventListReq::default()).unwrap();
    assert_eq!(upcoming.len(), 1);
    let past = tb
        .book
        .event_list(&EventListReq {
            when: EventWhen::Past,
            ..Default::default()
        })
        .unwrap();
    assert!(past.is_empty());
    let in_paris = tb
        .book
        .event_list(&EventListReq {
            city: Some("PARIS".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        in_paris.len(),
        1,
        "the city filter ignores case and accents"
    );
}

#[test]
fn bad_events_name_every_field_and_write_nothing() {
    let tb = book();
    let err = tb
        .book
        .event_create(EventInput {
            name: " ".into(),
            time_zone: Some("Mars/Olympus".into()),
            start_local: "2026-11-30".into(),
            end_local: "2026-11-29".into(),
            country: "XX".into(),
            url: "ftp://x".into(),
            ..EventInput::default()
        })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    let fields: Vec<&str> = err.fields().iter().map(|f| f.field.as_str()).collect();
    for f in ["name", "time_zone", "country", "url", "end_local"] {
        assert!(fields.contains(&f), "{f} must be reported: {fields:?}");
    }
    assert!(tb
        .book
        .event_list(&EventListReq {
            when: EventWhen::All,
            ..Default::default()
        })
        .unwrap()
        .is_empty());
}

#[test]
fn whos_here_shows_what_to_know_and_sorts_and_filters() {
    let tb = book();
    let e = tb.book.event_create(vivatech()).unwrap();
    let a = tb.book.person_create(amelie()).unwrap().person;
    let m = tb.book.person_create(named("Marc Levy")).unwrap().person;
    tb.book
        .event_attend(&AttendReq {
            event_id: e.id.clone(),
            person_id: a.id.clone(),
            role: Some(AttendeeRole::Speaker),
            status: Some(AttendeeStatus::Confirmed),
            why: Some("Ethical fashion voice, 45k on Instagram".into()),
        })
        .unwrap();
    let marc = tb
        .book
        .event_attend(&AttendReq {
            event_id: e.id.clone(),
            person_id: m.id.clone(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        (marc.role, marc.status),
        (AttendeeRole::Attendee, AttendeeStatus::Invited)
    );
    tb.book
        .followup_create(FollowupInput {
            title: "Send Marc the deck".into(),
            people: vec![m.id.clone()],
            due_local: "2026-11-25".into(),
            ..Default::default()
        })
        .unwrap();
    // Changing only the status keeps the role and the why.
    let a2 = tb
        .book
        .event_attend(&AttendReq {
            event_id: e.id.clone(),
            person_id: a.id.clone(),
            status: Some(AttendeeStatus::Met),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(a2.role, AttendeeRole::Speaker);
    assert_eq!(a2.why, "Ethical fashion voice, 45k on Instagram");
    assert_eq!(a2.topics, ["mode éthique", "beauté"]);

    let list = |sort, query: Option<&str>, status| {
        tb.book
            .event_attendees(&AttendeeListReq {
                event_id: e.id.clone(),
                sort,
                status,
                query: query.map(String::from),
                ..Default::default()
            })
            .unwrap()
            .into_iter()
            .map(|a| a.person.display_name)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        list(AttendeeSort::Name, None, None),
        ["Amélie Dubois", "Marc Levy"]
    );
    assert_eq!(
        list(AttendeeSort::Followups, None, None),
        ["Marc Levy", "Amélie Dubois"]
    );
    assert_eq!(
        list(AttendeeSort::Name, Some("ethique"), None),
        ["Amélie Dubois"]
    );
    assert_eq!(
        list(AttendeeSort::Name, None, Some(AttendeeStatus::Invited)),
        ["Marc Levy"]
    );
    let detail = tb.book.event_detail(&e.id).unwrap();
    assert_eq!(detail.event.attendee_count, 2);
    assert_eq!(detail.attendees[1].open_followups, 1);

    tb.book
        .event_unattend(&UnattendReq {
            event_id: e.id.clone(),
            person_id: m.id.clone(),
        })
        .unwrap();
    let again = tb.book.event_unattend(&UnattendReq {
        event_id: e.id.clone(),
        person_id: m.id.clone(),
    });
    assert_eq!(again.unwrap_err().code(), ErrorCode::NotFound);
    // Erasing a person takes them off every event.
    tb.book.person_delete(&a.id).unwrap();
    assert_eq!(tb.book.event_get(&e.id).unwrap().attendee_count, 0);
}

#[test]
fn a_meetup_outcome_logs_an_interaction_per_person_and_marks_them_met() {
    let tb = book();
    let e = tb.book.event_create(vivatech()).unwrap();
    let a = tb.book.person_create(amelie()).unwrap().person;
    let m = tb.book.person_create(named("Marc Levy")).unwrap().person;
    let meetup = tb
        .book
        .meetup_create(MeetupInput {
            title: "Coffee at the booth".into(),
            event_id: Some(e.id.clone()),
            start_local: "2026-11-25T10:30".into(),
            people: vec![a.id.clone(), m.id.clone()],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        meetup.time_zone, "Europe/Paris",
        "a meetup at an event takes its zone"
    );
    assert_eq!(meetup.city, "Paris");
    assert_eq!(meetup.start_at, "2026-11-25T09:30:00.000Z");
    // Logged the evening after: the interaction keeps the meetup's time.
    tb.clock.advance(chrono::Duration::days(3));
    let done = tb
        .book
        .meetup_outcome(&MeetupOutcomeReq {
            id: meetup.id.clone(),
            outcome: "Both in for the **spring** capsule.".into(),
            met: Some(vec![a.id.clone()]),
        })
        .unwrap();
    assert!(done.outcome.is_some() && done.outcome_at.is_some());
    let timeline = tb
        .book
        .timeline_list(&TimelineReq {
            person_id: a.id.clone(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(timeline.items.len(), 1);
    assert_eq!(timeline.items[0].event_id.as_deref(), Some(e.id.as_str()));
    assert_eq!(timeline.items[0].occurred_at, "2026-11-25T09:30:00.000Z");
    let marc = tb
        .book
        .timeline_list(&TimelineReq {
            person_id: m.id.clone(),
            ..Default::default()
        })
        .unwrap();
    assert!(
        marc.items.is_empty(),
        "Marc did not come: nothing logged for him"
    );
    let detail = tb.book.event_detail(&e.id).unwrap();
    assert_eq!(detail.attendees.len(), 1);
    assert_eq!(detail.attendees[0].status, AttendeeStatus::Met);
    assert_eq!(detail.meetups.len(), 1);
    assert_eq!(
        tb.book
            .meetup_outcome(&MeetupOutcomeReq {
                id: meetup.id.clone(),
                outcome: "  ".into(),
                met: None,
            })
            .unwrap_err()
            .code(),
        ErrorCode::Validation
    );
}

#[test]
fn the_city_view_finds_residents_neighbours_and_what_is_on() {
    let tb = book();
    let mut p = named("Zoé Martin");
    p.city = "Montreal".into();
    p.country = "CA".into();
    tb.book.person_create(p).unwrap();
    tb.book.person_create(amelie()).unwrap(); // Montréal, CA
    let mut q = named("Jean Tremblay");
    q.city = "Québec".into();
    q.country = "CA".into();
    tb.book.person_create(q).unwrap();
    let mut r = named("Alex Roy");
    r.city = "Paris".into();
    r.country = "FR".into();
    tb.book.person_create(r).unwrap();
    let mut e = vivatech();
    e.name = "C2 Montréal".into();
    e.city = "Montréal".into();
    e.country = "CA".into();
    e.time_zone = Some("America/Toronto".into());
    tb.book.event_create(e).unwrap();
    let v = tb
        .book
        .city_view(&CityViewReq {
            city: "montreal".into(),
            country: None,
        })
        .unwrap();
    let names = |l: &[liaison_core::PersonSummary]| {
        l.iter().map(|p| p.display_name.clone()).collect::<Vec<_>>()
    };
    assert_eq!(names(&v.people_in), ["Amélie Dubois", "Zoé Martin"]);
    assert_eq!(
        names(&v.people_near),
        ["Jean Tremblay"],
        "same country, not Paris"
    );
    assert_eq!(v.country, "CA");
    assert_eq!(v.city, "Montréal", "the city as the book spells it");
    assert_eq!(v.events.len(), 1);
}

#[test]
fn today_lists_events_under_way_or_soon_and_todays_meetups() {
    let tb = book(); // the clock says 2026-11-22T10:00Z
    tb.book.set_time_zone("Europe/Paris").unwrap();
    let e = tb.book.event_create(vivatech()).unwrap();
    let mut far = vivatech();
    far.name = "Far away".into();
    far.start_local = "2027-06-01".into();
    far.end_local = "2027-06-02".into();
    tb.book.event_create(far).unwrap();
    let a = tb.book.person_create(amelie()).unwrap().person;
    for (title, at) in [
        ("Lunch", "2026-11-22T12:30"),
        ("Tomorrow", "2026-11-23T12:30"),
    ] {
        tb.book
            .meetup_create(MeetupInput {
                title: title.into(),
                start_local: at.into(),
                people: vec![a.id.clone()],
                ..Default::default()
            })
            .unwrap();
    }
    let today = tb.book.today_get().unwrap();
    assert_eq!(
        today.events.iter().map(|x| &x.id).collect::<Vec<_>>(),
        [&e.id]
    );
    assert_eq!(
        today
            .meetups
            .iter()
            .map(|m| m.title.as_str())
            .collect::<Vec<_>>(),
        ["Lunch"]
    );
    assert_eq!(today.meetups[0].person_names, ["Amélie Dubois"]);
}

#[test]
fn deleting_an_event_keeps_meetups_and_interactions_unlinked() {
    let tb = book();
    let e = tb.book.event_create(vivatech()).unwrap();
    let a = tb.book.person_create(amelie()).unwrap().person;
    let meetup = tb
        .book
        .meetup_create(MeetupInput {
            title: "Coffee".into(),
            event_id: Some(e.id.clone()),
            start_local: "2026-11-25T10:30".into(),
            people: vec![a.id.clone()],
            ..Default::default()
        })
        .unwrap();
    tb.book
        .meetup_outcome(&MeetupOutcomeReq {
            id: meetup.id.clone(),
            outcome: "Good".into(),
            met: None,
        })
        .unwrap();
    tb.book.event_delete(&e.id).unwrap();
    assert_eq!(
        tb.book.event_get(&e.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    let m = tb.book.meetup_get(&meetup.id).unwrap();
    assert_eq!(m.event_id, None);
    let t = tb
        .book
        .timeline_list(&TimelineReq {
            person_id: a.id.clone(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(t.items.len(), 1, "the logged meetup stays in the timeline");
    assert_eq!(t.items[0].event_id, None);
}
