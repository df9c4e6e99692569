//! The People table as a work list: cadence states (on time, due, cold, never contacted), the
//! relationship filters alone and combined, sorts by last contact and audience with their cursors,
//! the work-list columns, and Today listing the never contacted after the cold.

use crate::support::{book, named, TestBook};
use crate::timeline::log;
use liaison_core::{
    AttendReq, AttendeeStatus, BalanceFilter, CadenceState, ChannelInput, ContactFilter, Direction,
    ErrorCode, EventInput, EventPresence, FollowupFilter, FollowupInput, InteractionKind,
    PersonFilter, PersonInput, PersonListReq, PersonSort, Platform, Stage,
};

pub(crate) struct Planted {
    pub tb: TestBook,
    pub list: String,
    pub event: String,
}

fn person(
    tb: &TestBook,
    name: &str,
    stage: Stage,
    country: &str,
    channel: Option<(Platform, u64)>,
) -> String {
    tb.book
        .person_create(PersonInput {
            stage,
            country: country.into(),
            topics: if country == "FR" {
                vec!["Beauté".into()]
            } else {
                vec![]
            },
            source: if country == "FR" {
                "Salon Paris 2026".into()
            } else {
                String::new()
            },
            channels: channel
                .map(|(platform, audience)| {
                    vec![ChannelInput {
                        platform,
                        handle: name.to_lowercase().replace(' ', ""),
                        audience: Some(audience),
                        ..Default::default()
                    }]
                })
                .unwrap_or_default(),
            ..named(name)
        })
        .unwrap()
        .person
        .id
}

/// The clock reads 2026-11-22T10:00Z. Engaged people go cold 30 days after their last contact.
pub(crate) fn planted() -> Planted {
    let tb = book();
    let nadia = person(&tb, "Nadia Never", Stage::Contacted, "FR", None);
    let carl = person(
        &tb,
        "Carl Cold",
        Stage::Engaged,
        "FR",
        Some((Platform::Instagram, 150_000)),
    );
    let dana = person(
        &tb,
        "Dana Due",
        Stage::Engaged,
        "BE",
        Some((Platform::Tiktok, 12_500)),
    );
    let omar = person(
        &tb,
        "Omar Ontime",
        Stage::Engaged,
        "CA",
        Some((Platform::Youtube, 2_000_000)),
    );
    person(&tb, "Paul Paused", Stage::Paused, "CA", None);
    let b = &tb.book;
    let at = |when: &str, who: &str, dir: Direction| {
        b.interaction_create(log(InteractionKind::Email, dir, None, when, &[who]))
            .unwrap();
    };
    at("2026-10-01T10:00:00Z", &carl, Direction::Given);
    at("2026-10-27T10:00:00Z", &dana, Direction::Received);
    at("2026-11-20T10:00:00Z", &omar, Direction::Given);
    at("2026-11-19T10:00:00Z", &omar, Direction::Received);
    let fu = |title: &str, due: &str, who: &str| {
        b.followup_create(FollowupInput {
            title: title.into(),
            due_local: due.into(),
            people: vec![who.to_string()],
            ..Default::default()
        })
        .unwrap()
    };
    fu("Send the brief", "2026-11-25T09:00", &dana);
    fu("Thank Omar", "2026-11-20T09:00", &omar);
    let list = b
        .list_create(liaison_core::ListInput {
            name: "PFW".into(),
            description: String::new(),
        })
        .unwrap()
        .id;
    b.list_add(&list, &[nadia.clone(), omar.clone()]).unwrap();
    let event = b
        .event_create(EventInput {
            name: "Salon".into(),
            start_local: "2026-10-10".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    for (who, status) in [
        (&carl, AttendeeStatus::Met),
        (&nadia, AttendeeStatus::Invited),
    ] {
        b.event_attend(&AttendReq {
            event_id: event.clone(),
            person_id: who.clone(),
            status: Some(status),
            ..Default::default()
        })
        .unwrap();
    }
    Planted { tb, list, event }
}

pub(crate) fn names_of(p: &Planted, filter: PersonFilter) -> Vec<String> {
    sorted(p, filter, PersonSort::Name, false)
}

pub(crate) fn sorted(
    p: &Planted,
    filter: PersonFilter,
    sort: PersonSort,
    descending: bool,
) -> Vec<String> {
    let page =
        p.tb.book
            .person_list(&PersonListReq {
                filter,
                sort,
                descending,
                ..Default::default()
            })
            .unwrap();
    assert_eq!(page.total as usize, page.items.len(), "one page holds all");
    page.items.into_iter().map(|s| s.display_name).collect()
}

#[test]
fn each_person_shows_the_cadence_state_a_relations_manager_acts_on() {
    let p = planted();
    let page = p.tb.book.person_list(&PersonListReq::default()).unwrap();
    let states: Vec<(String, CadenceState)> = page
        .items
        .iter()
        .zip(&page.work)
        .map(|(s, w)| {
            assert_eq!(s.id, w.id, "work columns are in the rows' order");
            (s.display_name.clone(), w.cadence)
        })
        .collect();
    assert_eq!(
        states,
        [
            ("Carl Cold".to_string(), CadenceState::Cold),
            ("Dana Due".to_string(), CadenceState::Due),
            ("Nadia Never".to_string(), CadenceState::Never),
            ("Omar Ontime".to_string(), CadenceState::OnTime),
            ("Paul Paused".to_string(), CadenceState::Never),
        ],
        "cold past 30 days, due within a week of it, never contacted is a state of its own"
    );
    for (state, want) in [
        (CadenceState::Cold, vec!["Carl Cold"]),
        (CadenceState::Due, vec!["Dana Due"]),
        (CadenceState::OnTime, vec!["Omar Ontime"]),
        (CadenceState::Never, vec!["Nadia Never", "Paul Paused"]),
    ] {
        let f = PersonFilter {
            cadence: Some(state),
            ..Default::default()
        };
        assert_eq!(
            names_of(&p, f),
            want,
            "the {state:?} filter lists what the column says"
        );
    }
    let omar = &page.work[3];
    assert_eq!(omar.audience, Some(2_000_000));
    assert_eq!(omar.audiences[0].platform, "youtube");
    assert_eq!(
        omar.last_contact_at.as_deref(),
        Some("2026-11-20T10:00:00.000Z")
    );
    assert!(omar.next_followup_at.is_some(), "Omar's follow-up is open");
    assert_eq!(omar.lists, ["PFW"]);
    assert_eq!(page.work[0].topics, ["Beauté"]);
    assert_eq!(page.work[0].source, "Salon Paris 2026");
}

#[test]
fn today_lists_the_never_contacted_after_the_cold_and_counts_them() {
    let p = planted();
    let today = p.tb.book.today_get().unwrap();
    let cold: Vec<_> = today
        .going_cold
        .iter()
        .map(|c| c.person.display_name.as_str())
        .collect();
    assert_eq!(cold, ["Carl Cold"]);
    let never: Vec<_> = today
        .never_contacted
        .iter()
        .map(|s| s.display_name.as_str())
        .collect();
    assert_eq!(
        never,
        ["Nadia Never"],
        "never contacted is shown (a paused person is left alone on purpose)"
    );
    assert_eq!(today.never_contacted_count, 1);
    // A first interaction takes her off the list: Today is honest both ways.
    let nadia = p.tb.book.person_search(&liaison_core::SearchReq {
        query: "nadia".into(),
        ..Default::default()
    });
    let nadia = nadia.unwrap()[0].id.clone();
    p.tb.book
        .interaction_create(log(
            InteractionKind::Call,
            Direction::Neutral,
            None,
            "2026-11-21T10:00:00Z",
            &[&nadia],
        ))
        .unwrap();
    let today = p.tb.book.today_get().unwrap();
    assert!(today.never_contacted.is_empty());
    assert_eq!(today.never_contacted_count, 0);
}

#[test]
fn relationship_filters_hold_alone_and_in_combination() {
    let p = planted();
    let f = |g: fn(&mut PersonFilter)| {
        let mut x = PersonFilter::default();
        g(&mut x);
        x
    };
    let cases: Vec<(PersonFilter, Vec<&str>, &str)> = vec![
        (
            f(|x| x.last_contact = Some(ContactFilter::Never)),
            vec!["Nadia Never", "Paul Paused"],
            "never",
        ),
        (
            f(|x| x.last_contact = Some(ContactFilter::MoreThan { days: 20 })),
            vec!["Carl Cold", "Dana Due", "Nadia Never", "Paul Paused"],
            "not in 20 days, the never contacted included",
        ),
        (
            f(|x| x.last_contact = Some(ContactFilter::Within { days: 7 })),
            vec!["Omar Ontime"],
            "within a week",
        ),
        (
            f(|x| x.next_followup = Some(FollowupFilter::Overdue)),
            vec!["Omar Ontime"],
            "overdue follow-up",
        ),
        (
            f(|x| x.next_followup = Some(FollowupFilter::Within { days: 7 })),
            vec!["Dana Due"],
            "follow-up this week",
        ),
        (
            f(|x| x.next_followup = Some(FollowupFilter::None)),
            vec!["Carl Cold", "Nadia Never", "Paul Paused"],
            "no follow-up",
        ),
        (
            f(|x| x.audience_min = Some(100_000)),
            vec!["Carl Cold", "Omar Ontime"],
            "audience over 100k, any platform",
        ),
        (
            f(|x| {
                x.audience_min = Some(100_000);
                x.audience_platform = Some(Platform::Instagram)
            }),
            vec!["Carl Cold"],
            "over 100k on Instagram",
        ),
        (
            f(|x| x.event_presence = Some(EventPresence::Attended)),
            vec!["Carl Cold"],
            "met at an event",
        ),
        (
            f(|x| x.balance = Some(BalanceFilter::WeGaveMore)),
            vec!["Carl Cold"],
            "we gave more",
        ),
        (
            f(|x| x.balance = Some(BalanceFilter::TheyGaveMore)),
            vec!["Dana Due"],
            "they gave more",
        ),
        (
            f(|x| x.balance = Some(BalanceFilter::Even)),
            vec!["Omar Ontime"],
            "even",
        ),
        (
            f(|x| x.source = Some("salon paris".into())),
            vec!["Carl Cold", "Nadia Never"],
            "source, any case",
        ),
        (
            f(|x| x.topic = Some("beaute".into())),
            vec!["Carl Cold", "Nadia Never"],
            "topic without accents",
        ),
        (
            f(|x| x.created_from = Some("2026-11-22".into())),
            vec![
                "Carl Cold",
                "Dana Due",
                "Nadia Never",
                "Omar Ontime",
                "Paul Paused",
            ],
            "created today",
        ),
        (
            f(|x| x.created_until = Some("2026-11-21".into())),
            vec![],
            "nobody before today",
        ),
        // Two filters at once: "French beauty people we never contacted".
        (
            f(|x| {
                x.last_contact = Some(ContactFilter::Never);
                x.country = Some("fr".into())
            }),
            vec!["Nadia Never"],
            "never contacted + country",
        ),
        (
            f(|x| {
                x.cadence = Some(CadenceState::Cold);
                x.audience_min = Some(100_000)
            }),
            vec!["Carl Cold"],
            "cold + audience",
        ),
    ];
    for (filter, want, why) in cases {
        assert_eq!(names_of(&p, filter), want, "{why}");
    }
    let on_list = PersonFilter {
        list: Some(p.list.clone()),
        ..Default::default()
    };
    assert_eq!(names_of(&p, on_list), ["Nadia Never", "Omar Ontime"]);
    let invited = PersonFilter {
        event: Some(p.event.clone()),
        event_presence: Some(EventPresence::Invited),
        ..Default::default()
    };
    assert_eq!(names_of(&p, invited), ["Nadia Never"]);
    let bad = PersonFilter {
        created_from: Some("22/11/2026".into()),
        ..Default::default()
    };
    let err =
        p.tb.book
            .person_list(&PersonListReq {
                filter: bad,
                ..Default::default()
            })
            .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert!(
        err.to_string().contains("YYYY-MM-DD"),
        "the message says how to write it: {err}"
    );
}
