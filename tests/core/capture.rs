//! Quick capture through the book: names resolved (fuzzy, accents, choices), one transaction, events linked.

use crate::support::{amelie, book, named};
use liaison_core::{
    AttendeeStatus, Book, CaptureChoice, CaptureProblem, CaptureReq, ChannelInput, ErrorCode,
    EventInput, FixedClock, FollowupListReq, FollowupStatus, InteractionKind, PersonFilter,
    Platform, SearchReq, TimelineReq,
};
use std::sync::Arc;

fn req(line: &str) -> CaptureReq {
    CaptureReq {
        line: line.into(),
        ..Default::default()
    }
}

fn people_named(b: &Book, q: &str) -> usize {
    b.person_search(&SearchReq {
        query: q.into(),
        filter: PersonFilter::default(),
        limit: None,
    })
    .unwrap()
    .len()
}

#[test]
fn a_known_name_without_accents_logs_a_note_and_a_follow_up() {
    let tb = book();
    let a = tb.book.person_create(amelie()).unwrap().person;
    let saved = tb
        .book
        .capture_save(&req(
            "amelie: loved the launch #Beauty -> send the deck fri",
        ))
        .unwrap();
    assert_eq!(saved.interaction.people, std::slice::from_ref(&a.id));
    assert_eq!(saved.interaction.body, "loved the launch");
    assert_eq!(saved.interaction.kind, InteractionKind::Note);
    let f = saved.followup.expect("a date phrase makes a follow-up");
    assert_eq!(f.title, "send the deck");
    assert_eq!(
        f.due_local, "2026-11-27T09:00",
        "fri from Sunday 22 November, at 09:00"
    );
    assert_eq!(f.people, std::slice::from_ref(&a.id));
    assert!(saved.created.is_empty());
    let person = tb.book.person_get(&a.id).unwrap();
    assert!(
        person.tags.iter().any(|t| t == "Beauty"),
        "{:?}",
        person.tags
    );
    assert_eq!(
        people_named(&tb.book, "beauty"),
        1,
        "the new tag is searchable"
    );
}

#[test]
fn handles_typos_and_leading_names_find_people() {
    let tb = book();
    let a = tb.book.person_create(amelie()).unwrap().person;
    let by_handle = tb
        .book
        .capture_preview(&req("@ameliED great chat"))
        .unwrap();
    assert_eq!(
        by_handle.people[0].person.as_ref().map(|p| &p.id),
        Some(&a.id)
    );
    let typo = tb
        .book
        .capture_preview(&req("Amelie Duboys: hello"))
        .unwrap();
    assert_eq!(
        typo.people[0].person.as_ref().map(|p| &p.id),
        Some(&a.id),
        "one typo in a long name still finds her"
    );
    let lead = tb
        .book
        .capture_preview(&req("Amélie Dubois great chat tomorrow"))
        .unwrap();
    assert_eq!(lead.people[0].person.as_ref().map(|p| &p.id), Some(&a.id));
    assert_eq!(lead.body, "great chat", "the guessed name leaves the text");
    assert_eq!(lead.due_local.as_deref(), Some("2026-11-23T09:00"));
    let nobody = tb
        .book
        .capture_preview(&req("great chat tomorrow"))
        .unwrap();
    assert!(nobody.people.is_empty());
    assert_eq!(
        nobody.problems,
        [CaptureProblem::NoOne],
        "the window says 'who was it?' in its own words from this"
    );
    let err = tb
        .book
        .capture_save(&req("great chat tomorrow"))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
}

#[test]
fn names_and_handles_before_the_colon_all_get_the_note() {
    let tb = book(); // Sunday 2026-11-22
    let anais = tb.book.person_create(named("Anaïs Girard")).unwrap().person;
    let mut h = named("Héloïse Marchand");
    h.channels = vec![ChannelInput {
        platform: Platform::Instagram,
        handle: "@heloise.mc".into(),
        ..Default::default()
    }];
    let heloise = tb.book.person_create(h).unwrap().person;
    let before = tb.book.person_count().unwrap();
    for line in [
        "Anaïs, @heloise.mc: dîner parfait -> relancer vendredi",
        "@Heloise.MC et anais: dîner parfait -> relancer vendredi",
    ] {
        let p = tb.book.capture_preview(&req(line)).unwrap();
        assert!(p.problems.is_empty(), "{line}: {:?}", p.problems);
        let ids: Vec<_> = p
            .people
            .iter()
            .map(|w| w.person.as_ref().map(|s| s.id.clone()))
            .collect();
        assert!(
            ids.contains(&Some(anais.id.clone())) && ids.contains(&Some(heloise.id.clone())),
            "{line}: both people are found, in any order and whatever the case: {ids:?}"
        );
    }
    let saved = tb
        .book
        .capture_save(&req(
            "Anaïs, @heloise.mc: dîner parfait -> relancer vendredi",
        ))
        .unwrap();
    assert_eq!(saved.interaction.people.len(), 2, "neither is dropped");
    assert!(saved.interaction.people.contains(&anais.id));
    assert!(saved.interaction.people.contains(&heloise.id));
    assert_eq!(saved.interaction.body, "dîner parfait");
    let f = saved.followup.expect("vendredi makes a follow-up");
    assert_eq!(f.title, "relancer");
    assert_eq!(f.people.len(), 2, "the follow-up is for both");
    assert!(saved.created.is_empty(), "no one new: {:?}", saved.created);
    assert_eq!(tb.book.person_count().unwrap(), before);
}

#[test]
fn a_handle_no_one_has_is_reported_and_created_only_when_chosen() {
    let tb = book();
    let anais = tb.book.person_create(named("Anaïs Girard")).unwrap().person;
    let before = tb.book.person_count().unwrap();
    let p = tb
        .book
        .capture_preview(&req("Anaïs, @heloise.mc: dîner parfait"))
        .unwrap();
    assert_eq!(
        p.problems,
        [CaptureProblem::UnknownHandle {
            text: "@heloise.mc".into()
        }],
        "the unknown handle is said, not turned into a person"
    );
    assert!(!p.people[1].is_new && p.people[1].person.is_none());
    let err = tb
        .book
        .capture_save(&req("Anaïs, @heloise.mc: dîner parfait"))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert!(err.to_string().contains("@heloise.mc"), "{err}");
    assert_eq!(tb.book.person_count().unwrap(), before, "nothing written");

    let mut chosen = req("Anaïs, @heloise.mc: dîner parfait");
    chosen.choices = vec![CaptureChoice {
        text: "@heloise.mc".into(),
        person_id: String::new(),
    }];
    let saved = tb.book.capture_save(&chosen).unwrap();
    assert_eq!(saved.created.len(), 1);
    assert_eq!(
        saved.created[0].display_name, "heloise.mc",
        "named after the handle, without its @ or the colon"
    );
    assert!(
        saved.interaction.people.contains(&anais.id),
        "Anaïs is kept"
    );
    assert_eq!(saved.interaction.people.len(), 2);
}

#[test]
fn an_unknown_name_creates_a_minimal_person_and_an_ambiguous_one_asks() {
    let tb = book();
    let m1 = tb.book.person_create(named("Marc Levy")).unwrap().person;
    let m2 = tb.book.person_create(named("Marc Dupont")).unwrap().person;
    let p = tb.book.capture_preview(&req("Marc: dinner")).unwrap();
    assert_eq!(p.people[0].candidates.len(), 2);
    assert!(p.people[0].person.is_none() && !p.people[0].is_new);
    assert_eq!(
        p.problems,
        [CaptureProblem::Ambiguous {
            text: "Marc".into(),
            candidates: 2
        }],
        "two Marcs: choose one"
    );
    let before = tb.book.person_count().unwrap();
    let err = tb.book.capture_save(&req("Marc: dinner")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert!(err.to_string().contains("Marc"), "{err}");
    assert_eq!(tb.book.person_count().unwrap(), before, "nothing written");

    let mut chosen = req("Marc, Zoé Martin: dinner at Septime tomorrow");
    chosen.choices = vec![CaptureChoice {
        text: "marc".into(),
        person_id: m2.id.clone(),
    }];
    let saved = tb.book.capture_save(&chosen).unwrap();
    assert_eq!(saved.created.len(), 1);
    assert_eq!(saved.created[0].display_name, "Zoé Martin");
    assert_eq!(saved.interaction.people.len(), 2);
    assert!(saved.interaction.people.contains(&m2.id));
    assert!(!saved.interaction.people.contains(&m1.id));
    assert_eq!(
        saved.followup.unwrap().title,
        "dinner at Septime",
        "with no to-do part, the text is the follow-up"
    );
    let zoe = tb.book.person_get(&saved.created[0].id).unwrap();
    assert_eq!(
        (zoe.first_name.as_str(), zoe.last_name.as_str()),
        ("Zoé", "Martin")
    );
    assert_eq!(zoe.source, "quick capture");
    assert_eq!(people_named(&tb.book, "zoe"), 1);
}

#[test]
fn during_an_event_the_capture_links_it_and_marks_the_person_met() {
    let tb = book(); // 2026-11-22T10:00Z
    let e = tb
        .book
        .event_create(EventInput {
            name: "Salon Beauté Sélective".into(),
            time_zone: Some("Europe/Paris".into()),
            start_local: "2026-11-21".into(),
            end_local: "2026-11-23".into(),
            city: "Paris".into(),
            ..Default::default()
        })
        .unwrap();
    let a = tb.book.person_create(amelie()).unwrap().person;
    let p = tb
        .book
        .capture_preview(&req("Amélie: met at the booth"))
        .unwrap();
    assert_eq!(p.event.as_ref().map(|x| &x.id), Some(&e.id));
    assert_eq!(p.kind, InteractionKind::Meeting);
    let saved = tb
        .book
        .capture_save(&req("Amélie: met at the booth"))
        .unwrap();
    assert_eq!(saved.interaction.event_id.as_deref(), Some(e.id.as_str()));
    assert!(saved.followup.is_none());
    let detail = tb.book.event_detail(&e.id).unwrap();
    assert_eq!(detail.attendees.len(), 1);
    assert_eq!(detail.attendees[0].person.id, a.id);
    assert_eq!(detail.attendees[0].status, AttendeeStatus::Met);
    let mut off = req("Amélie: follow-up call");
    off.no_event = true;
    let saved = tb.book.capture_save(&off).unwrap();
    assert_eq!(saved.interaction.event_id, None, "no_event unlinks");
}

#[test]
fn follow_up_dates_follow_the_users_zone_across_dst() {
    // Saturday 27 March 2027 in Paris; clocks go forward on Sunday the 28th at 02:00.
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::at("2027-03-27T10:00:00Z"));
    let b = Book::open(&dir.path().join("l.db"), clock, &crate::support::key()).unwrap();
    b.set_time_zone("Europe/Paris").unwrap();
    b.person_create(named("Léa Roux")).unwrap();
    let f = b
        .capture_save(&req("Léa: call tomorrow"))
        .unwrap()
        .followup
        .unwrap();
    assert_eq!(f.due_local, "2027-03-28T09:00");
    assert_eq!(
        f.due_at, "2027-03-28T07:00:00.000Z",
        "09:00 CEST is 07:00 UTC"
    );
    let f = b
        .capture_save(&req("Léa: call tomorrow at 2:30"))
        .unwrap()
        .followup
        .unwrap();
    assert_eq!(
        f.due_at, "2027-03-28T01:30:00.000Z",
        "02:30 does not exist that night: it moves forward by the gap, to 03:30 CEST"
    );
    let open = b
        .followup_list(&FollowupListReq {
            status: FollowupStatus::Open,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(open.len(), 2);
}

#[test]
fn a_failed_capture_writes_nothing_at_all() {
    let tb = book();
    tb.book.person_create(named("Marc Levy")).unwrap();
    tb.book.person_create(named("Marc Dupont")).unwrap();
    // A new person (Zoé) and an ambiguous one (Marc): the new person must not be created either.
    let before = tb.book.person_count().unwrap();
    tb.book
        .capture_save(&req("Zoé Martin, Marc: dinner #food tomorrow"))
        .unwrap_err();
    assert_eq!(tb.book.person_count().unwrap(), before);
    let tb = tb.reopen();
    let all = tb
        .book
        .person_search(&SearchReq {
            query: "zoe".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(all.is_empty());
    let people = tb
        .book
        .person_search(&SearchReq {
            query: "marc".into(),
            ..Default::default()
        })
        .unwrap();
    for p in people {
        let t = tb
            .book
            .timeline_list(&TimelineReq {
                person_id: p.id,
                ..Default::default()
            })
            .unwrap();
        assert!(t.items.is_empty());
    }
}
