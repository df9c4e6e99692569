//! The facets copied for the People table's counts (migration 0014): equal to each person's row after every kind of write, and counts and pages read through them equal to those read from the rows.

use crate::bundle::{export, populate};
use crate::import_csv::{fixture, import};
use crate::support::{book, raw, TestBook};
use liaison_core::{
    BulkChange, BulkTarget, BundleScope, CadenceState, ChannelInput, ContactFilter, Direction,
    FollowupFilter, FollowupInput, ImportOptions, InteractionInput, InteractionKind, MergeChoices,
    PersonFilter, PersonKind, PersonListReq, PersonPatch, PersonSort, Platform, Progress, Stage,
};

/// Each person whose copied facets differ from their row, and each copy of no one.
pub(crate) fn drift(tb: &TestBook) -> Vec<String> {
    let c = raw(tb.book.path());
    let mut st = c
        .prepare(
            "SELECT 'person ' || p.display_name FROM people p
             LEFT JOIN person_facets f ON f.rowid = p.rowid
             WHERE f.rowid IS NULL OR f.archived IS NOT p.archived OR f.kind IS NOT p.kind
                OR f.stage IS NOT p.stage OR f.country IS NOT p.country
                OR f.last_interaction_at IS NOT p.last_interaction_at
                OR f.next_followup_at IS NOT p.next_followup_at OR f.cold_at IS NOT p.cold_at
                OR f.audience_max IS NOT p.audience_max OR f.given_count IS NOT p.given_count
                OR f.received_count IS NOT p.received_count
             UNION ALL
             SELECT 'facets of no one: ' || rowid FROM person_facets
             WHERE rowid NOT IN (SELECT rowid FROM people)",
        )
        .unwrap();
    let out = st
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<Vec<String>>>()
        .unwrap();
    out
}

fn same(tb: &TestBook, after: &str) {
    assert_eq!(
        drift(tb),
        Vec::<String>::new(),
        "after {after}, the facets the counts read must equal each person's row"
    );
}

fn interaction(people: Vec<String>, direction: Direction, day: u32) -> InteractionInput {
    InteractionInput {
        kind: InteractionKind::Email,
        direction,
        occurred_at: Some(format!("2026-11-{day:02}T10:00:00Z")),
        body: format!("Brief du {day} novembre"),
        people,
        ..Default::default()
    }
}

#[test]
fn facets_follow_every_write_to_people_interactions_followups_and_channels() {
    let tb = book();
    let ids: Vec<String> = liaison_core::sample_people(40, 15)
        .into_iter()
        .map(|p| tb.book.person_create(p).unwrap().person.id)
        .collect();
    same(&tb, "creating people");
    let (a, b, c) = (ids[0].clone(), ids[1].clone(), ids[2].clone());

    let i = tb
        .book
        .interaction_create(interaction(vec![a.clone(), b.clone()], Direction::Given, 3))
        .unwrap();
    tb.book
        .interaction_create(interaction(vec![a.clone()], Direction::Received, 9))
        .unwrap();
    same(
        &tb,
        "logging interactions (last contact, cold date, give and take)",
    );
    tb.book
        .interaction_update(&i.id, interaction(vec![c.clone()], Direction::Received, 20))
        .unwrap();
    same(&tb, "moving an interaction to another person and day");
    tb.book.interaction_delete(&i.id).unwrap();
    same(&tb, "deleting an interaction");

    let f = tb
        .book
        .followup_create(FollowupInput {
            title: "Relancer pour la capsule".into(),
            people: vec![b.clone()],
            due_local: "2026-11-25T09:30".into(),
            ..Default::default()
        })
        .unwrap();
    same(&tb, "adding a follow-up");
    tb.book.followup_done(&f.id).unwrap();
    same(&tb, "marking it done");
    let g = tb
        .book
        .followup_create(FollowupInput {
            title: "Envoyer le kit".into(),
            people: vec![c.clone()],
            due_local: "2026-11-30".into(),
            ..Default::default()
        })
        .unwrap();
    tb.book.followup_delete(&g.id).unwrap();
    same(&tb, "deleting a follow-up");

    tb.book
        .person_update(
            &c,
            PersonPatch {
                stage: Some(Stage::Collaborating),
                kind: Some(PersonKind::Journalist),
                country: Some("BE".into()),
                cadence_days: Some(Some(10)),
                channels: Some(vec![ChannelInput {
                    platform: Platform::Youtube,
                    handle: "capsule_be".into(),
                    audience: Some(2_400_000),
                    ..Default::default()
                }]),
                ..Default::default()
            },
        )
        .unwrap();
    same(&tb, "editing stage, kind, country, cadence and channels");
    tb.book.person_archive(&b, true).unwrap();
    same(&tb, "archiving");

    let out = tb
        .book
        .bulk_apply(&liaison_core::PersonBulkReq {
            target: BulkTarget::Matching {
                filter: PersonFilter::default(),
            },
            changes: vec![
                BulkChange::SetStage {
                    stage: Stage::Engaged,
                },
                BulkChange::SetCadence { days: Some(30) },
            ],
            dry_run: false,
        })
        .unwrap();
    same(&tb, "a bulk change of stage and cadence");
    tb.book.undo(out.undo_id.as_deref()).unwrap();
    same(&tb, "its undo");

    let merged = tb
        .book
        .people_merge(&a, &ids[3], &MergeChoices::default())
        .unwrap();
    same(&tb, "merging two people");
    tb.book.undo_merge(&merged.merge_id).unwrap();
    same(&tb, "undoing the merge");

    import(
        &tb.book,
        &fixture("fr_excel_cp1252.csv"),
        ImportOptions::default(),
    );
    same(&tb, "a CSV import");
    let other = book();
    populate(&other.book, 3);
    tb.book
        .bundle_import(
            &export(&other.book, BundleScope::All),
            false,
            false,
            &Progress::new(),
        )
        .unwrap();
    same(&tb, "merging a teammate's bundle");

    tb.book.person_delete(&ids[5]).unwrap();
    same(&tb, "deleting a person");
    let n: i64 = raw(tb.book.path())
        .query_row("SELECT count(*) FROM person_facets", [], |r| r.get(0))
        .unwrap();
    assert!(
        n > 40,
        "every person has facets, the imported ones too ({n})"
    );
}

/// The filters of the bench, each alone and every pair.
fn filters() -> Vec<PersonFilter> {
    let f = PersonFilter::default;
    vec![
        PersonFilter {
            stage: Some(Stage::Engaged),
            ..f()
        },
        PersonFilter {
            kind: Some(PersonKind::OpinionLeader),
            ..f()
        },
        PersonFilter {
            country: Some("FR".into()),
            ..f()
        },
        PersonFilter {
            last_contact: Some(ContactFilter::Never),
            ..f()
        },
        PersonFilter {
            last_contact: Some(ContactFilter::MoreThan { days: 60 }),
            ..f()
        },
        PersonFilter {
            last_contact: Some(ContactFilter::Within { days: 30 }),
            ..f()
        },
        PersonFilter {
            next_followup: Some(FollowupFilter::None),
            ..f()
        },
        PersonFilter {
            cadence: Some(CadenceState::Cold),
            ..f()
        },
        PersonFilter {
            audience_min: Some(50_000),
            ..f()
        },
        PersonFilter {
            platform: Some(Platform::Instagram),
            ..f()
        },
        PersonFilter {
            language: Some("fr".into()),
            ..f()
        },
    ]
}

fn both(a: &PersonFilter, b: &PersonFilter) -> PersonFilter {
    let mut out = a.clone();
    let b = b.clone();
    out.stage = out.stage.or(b.stage);
    out.kind = out.kind.or(b.kind);
    out.country = out.country.or(b.country);
    out.last_contact = out.last_contact.or(b.last_contact);
    out.next_followup = out.next_followup.or(b.next_followup);
    out.cadence = out.cadence.or(b.cadence);
    out.audience_min = out.audience_min.or(b.audience_min);
    out.platform = out.platform.or(b.platform);
    out.language = out.language.or(b.language);
    out
}

/// (total, names in order) of a page of everyone matching.
fn listed(tb: &TestBook, filter: PersonFilter, sort: PersonSort) -> (u32, Vec<String>) {
    let page = tb
        .book
        .person_list(&PersonListReq {
            filter,
            sort,
            descending: sort == PersonSort::Audience,
            limit: Some(1000),
            ..Default::default()
        })
        .unwrap();
    let names = page.items.into_iter().map(|s| s.display_name).collect();
    (page.total, names)
}

#[test]
fn counts_and_pages_through_the_facets_equal_those_read_from_the_rows() {
    let tb = book();
    let ids: Vec<String> = liaison_core::sample_people(400, 2026)
        .into_iter()
        .map(|p| tb.book.person_create(p).unwrap().person.id)
        .collect();
    for (n, id) in ids.iter().enumerate().filter(|(n, _)| n % 3 == 0) {
        let day = 1 + (n * 7) as u32 % 28;
        tb.book
            .interaction_create(interaction(vec![id.clone()], Direction::Neutral, day))
            .unwrap();
    }
    let (mut few, mut many) = (0, 0);
    let singles = filters();
    let mut cases: Vec<PersonFilter> = singles.clone();
    for (i, a) in singles.iter().enumerate() {
        for b in &singles[i + 1..] {
            cases.push(both(a, b));
        }
    }
    for filter in cases {
        // A creation date every person passes: the same people, but a filter the facets cannot
        // answer, so count and page are read from the people's rows as before 0014.
        let rows = PersonFilter {
            created_from: Some("2000-01-01".into()),
            ..filter.clone()
        };
        for sort in [
            PersonSort::Name,
            PersonSort::Audience,
            PersonSort::LastContact,
        ] {
            let (total, names) = listed(&tb, filter.clone(), sort);
            assert_eq!(
                (total, &names),
                (total, &listed(&tb, rows.clone(), sort).1),
                "{filter:?} by {sort:?}: the same people in the same order as from the rows"
            );
            assert_eq!(
                listed(&tb, rows.clone(), sort).0,
                total,
                "{filter:?}: the same count as from the rows"
            );
            assert_eq!(
                total as usize,
                names.len(),
                "{filter:?}: one page holds all"
            );
        }
        let (total, _) = listed(&tb, filter.clone(), PersonSort::Name);
        match total {
            1..=9 => few += 1,
            10.. => many += 1,
            0 => {}
        }
    }
    // A few matching, paged two at a time through the cursor: everyone once, in order.
    let filter = both(&singles[0], &singles[2]);
    let (total, all) = listed(&tb, filter.clone(), PersonSort::Name);
    assert!(
        (3..=9).contains(&total),
        "a filter of a few people ({total})"
    );
    let mut req = PersonListReq {
        filter,
        limit: Some(2),
        ..Default::default()
    };
    let mut seen = Vec::new();
    loop {
        let page = tb.book.person_list(&req).unwrap();
        seen.extend(page.items.into_iter().map(|s| s.display_name));
        match page.next_cursor {
            Some(c) => req.cursor = Some(c),
            None => break,
        }
    }
    assert_eq!(seen, all, "the cursor walks the few as one page lists them");
    assert!(
        few > 0 && many > 0,
        "both ways of finding a page are exercised: a few matching ({few} filters) and many ({many})"
    );
}
