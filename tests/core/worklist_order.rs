//! The work list's orders and copied columns: sorts by audience and last contact with their
//! cursors, the audience and next follow-up kept on each person's row, and bulk changes reading
//! relationship filters by the book's clock (split from `worklist.rs`, which plants the book).

use crate::worklist::{names_of, planted, sorted};
use liaison_core::{
    ChannelInput, ContactFilter, FollowupFilter, PersonFilter, PersonListReq, PersonPatch,
    PersonSort, Platform,
};

#[test]
fn sorts_by_audience_and_last_contact_and_pages_through_them() {
    let p = planted();
    let all = PersonFilter::default();
    assert_eq!(
        sorted(&p, all.clone(), PersonSort::Audience, true),
        [
            "Omar Ontime",
            "Carl Cold",
            "Dana Due",
            "Paul Paused",
            "Nadia Never"
        ],
        "the biggest first, those with no audience known last"
    );
    assert_eq!(
        sorted(&p, all.clone(), PersonSort::LastContact, false),
        [
            "Nadia Never",
            "Paul Paused",
            "Carl Cold",
            "Dana Due",
            "Omar Ontime"
        ],
        "the never contacted first, then the longest silent"
    );
    assert_eq!(
        sorted(&p, all.clone(), PersonSort::NextFollowup, false)[..2],
        ["Omar Ontime", "Dana Due"],
        "the soonest follow-up first"
    );
    // Two at a time by audience: every person once, in order, through the cursor.
    let mut req = PersonListReq {
        sort: PersonSort::Audience,
        descending: true,
        limit: Some(2),
        ..Default::default()
    };
    let mut seen = Vec::new();
    loop {
        let page = p.tb.book.person_list(&req).unwrap();
        seen.extend(page.items.into_iter().map(|s| s.display_name));
        match page.next_cursor {
            Some(c) => req.cursor = Some(c),
            None => break,
        }
    }
    assert_eq!(
        seen,
        [
            "Omar Ontime",
            "Carl Cold",
            "Dana Due",
            "Paul Paused",
            "Nadia Never"
        ]
    );
}

#[test]
fn the_copied_audience_and_next_follow_up_follow_every_change() {
    let p = planted();
    let b = &p.tb.book;
    let dana = b
        .person_list(&PersonListReq {
            filter: PersonFilter {
                query: Some("dana".into()),
                ..Default::default()
            },
            ..Default::default()
        })
        .unwrap();
    let id = dana.items[0].id.clone();
    b.person_update(
        &id,
        PersonPatch {
            channels: Some(vec![ChannelInput {
                platform: Platform::Tiktok,
                handle: "danadue".into(),
                audience: Some(500_000),
                ..Default::default()
            }]),
            ..Default::default()
        },
    )
    .unwrap();
    let big = PersonFilter {
        audience_min: Some(400_000),
        ..Default::default()
    };
    assert_eq!(
        names_of(&p, big),
        ["Dana Due", "Omar Ontime"],
        "a changed audience counts at once"
    );
    let open = b.followup_list(&Default::default()).unwrap();
    for f in open.iter().filter(|f| f.title == "Send the brief") {
        b.followup_done(&f.id).unwrap();
    }
    let soon = PersonFilter {
        next_followup: Some(FollowupFilter::Within { days: 7 }),
        ..Default::default()
    };
    assert!(
        names_of(&p, soon).is_empty(),
        "a done follow-up is no longer next"
    );
}

#[test]
fn a_bulk_change_by_a_relationship_filter_counts_days_from_the_books_clock() {
    // The book's clock reads 2026-11-22; the system's is years later, when "within a week"
    // would match no one. Tagging "contacted this week" must tag whom the table shows.
    let p = planted();
    let filter = PersonFilter {
        last_contact: Some(ContactFilter::Within { days: 7 }),
        ..Default::default()
    };
    let target = liaison_core::BulkTarget::Matching {
        filter: filter.clone(),
    };
    let done =
        p.tb.book
            .bulk_apply(&liaison_core::PersonBulkReq {
                target,
                changes: vec![liaison_core::BulkChange::AddTag { tag: "week".into() }],
                ..Default::default()
            })
            .unwrap();
    assert_eq!(
        done.changed, 1,
        "Omar, contacted two days before the book's today"
    );
    let tagged = names_of(
        &p,
        PersonFilter {
            tag: Some("week".into()),
            ..Default::default()
        },
    );
    assert_eq!(tagged, ["Omar Ontime"]);
    assert_eq!(
        p.tb.book.person_ids_matching(&filter).unwrap().len(),
        1,
        "the export of all matching reads the same clock"
    );
}
