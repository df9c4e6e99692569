//! The timeline: interactions shared by several people, paging, undo, notes, reciprocity, erasure.

use crate::support::book;
use liaison_core::{
    Direction, ErrorCode, Exchange, InteractionInput, InteractionKind, NoteInput, TimelineReq,
};

/// An interaction input for tests: the body says what and when, so failures read well.
pub(crate) fn log(
    kind: InteractionKind,
    dir: Direction,
    ex: Option<Exchange>,
    at: &str,
    people: &[&str],
) -> InteractionInput {
    InteractionInput {
        kind,
        direction: dir,
        exchange: ex,
        occurred_at: Some(at.into()),
        body: format!("{kind:?} at {at}"),
        people: people.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    }
}

#[test]
fn a_shared_interaction_shows_in_each_timeline_newest_first_and_pages() {
    let tb = book();
    let a = tb.person("Amélie Dubois");
    let b = tb.person("Brian Solis");
    for day in 1..=5 {
        let at = format!("2026-11-0{day}T10:00:00+01:00");
        tb.book
            .interaction_create(log(
                InteractionKind::Email,
                Direction::Neutral,
                None,
                &at,
                &[&a],
            ))
            .unwrap();
    }
    let shared = tb
        .book
        .interaction_create(log(
            InteractionKind::Meeting,
            Direction::Neutral,
            None,
            "2026-11-06T09:00:00Z",
            &[&a, &b],
        ))
        .unwrap();
    assert_eq!(
        shared.occurred_at, "2026-11-06T09:00:00.000Z",
        "times are stored in UTC"
    );
    assert_eq!(shared.people.len(), 2);

    let page = |cursor: Option<String>| {
        tb.book
            .timeline_list(&TimelineReq {
                person_id: a.clone(),
                cursor,
                limit: Some(4),
                ..Default::default()
            })
            .unwrap()
    };
    let first = page(None);
    assert_eq!(first.items[0].id, shared.id, "newest first");
    assert_eq!(first.items.len(), 4);
    let second = page(first.next_cursor.clone());
    assert_eq!(second.items.len(), 2, "six interactions in pages of four");
    assert!(second.next_cursor.is_none());
    assert_eq!(
        second.items[1].occurred_at, "2026-11-01T09:00:00.000Z",
        "oldest last"
    );

    let b_line = tb
        .book
        .timeline_list(&TimelineReq {
            person_id: b.clone(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        b_line.items.len(),
        1,
        "Brian sees only the meeting he was in"
    );
    let meetings = tb
        .book
        .timeline_list(&TimelineReq {
            person_id: a.clone(),
            kind: Some(InteractionKind::Meeting),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(meetings.items.len(), 1, "filtering by kind");
}

#[test]
fn delete_then_undo_restores_exactly() {
    let tb = book();
    let a = tb.person("Amélie Dubois");
    let i = tb
        .book
        .interaction_create(log(
            InteractionKind::Gift,
            Direction::Given,
            Some(Exchange::Gift),
            "2026-11-20T10:00:00Z",
            &[&a],
        ))
        .unwrap();
    let gone = tb.book.interaction_delete(&i.id).unwrap();
    assert_eq!(
        tb.book.interaction_get(&i.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert_eq!(
        tb.book.reciprocity(&a).unwrap().given_total,
        0,
        "a deleted gift no longer counts"
    );
    let back = tb.book.interaction_restore(gone).unwrap();
    assert_eq!(back, i, "undo brings back the same id, stamps and content");
    assert_eq!(tb.book.reciprocity(&a).unwrap().given_total, 1);
}

#[test]
fn bad_interactions_name_the_field_and_write_nothing() {
    let tb = book();
    let a = tb.person("Amélie Dubois");
    let mut i = log(
        InteractionKind::Call,
        Direction::Neutral,
        Some(Exchange::Gift),
        "yesterday",
        &[&a, "nobody"],
    );
    i.body = String::new();
    let err = tb.book.interaction_create(i).unwrap_err();
    let fields: Vec<_> = err.fields().iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["occurred_at", "exchange", "people.1"]);
    let none = tb
        .book
        .interaction_create(InteractionInput::default())
        .unwrap_err();
    assert_eq!(none.fields()[0].field, "people", "someone must be involved");
    assert!(tb
        .book
        .timeline_list(&TimelineReq {
            person_id: a,
            ..Default::default()
        })
        .unwrap()
        .items
        .is_empty());
}

#[test]
fn erasing_a_person_erases_what_is_only_theirs() {
    let tb = book();
    let a = tb.person("Amélie Dubois");
    let b = tb.person("Brian Solis");
    let solo = tb
        .book
        .interaction_create(log(
            InteractionKind::Dm,
            Direction::Neutral,
            None,
            "2026-11-01T10:00:00Z",
            &[&a],
        ))
        .unwrap();
    let shared = tb
        .book
        .interaction_create(log(
            InteractionKind::Meeting,
            Direction::Neutral,
            None,
            "2026-11-02T10:00:00Z",
            &[&a, &b],
        ))
        .unwrap();
    tb.book
        .note_create(NoteInput {
            person_id: a.clone(),
            body: "secret about Amélie".into(),
            pinned: false,
        })
        .unwrap();
    tb.book.person_delete(&a).unwrap();
    assert_eq!(
        tb.book.interaction_get(&solo.id).unwrap_err().code(),
        ErrorCode::NotFound,
        "her private DM is gone"
    );
    let kept = tb.book.interaction_get(&shared.id).unwrap();
    assert_eq!(
        kept.people,
        std::slice::from_ref(&b),
        "the shared meeting stays, without her"
    );
    let c = crate::support::raw(tb.book.path());
    let notes: i64 = c
        .query_row("SELECT count(*) FROM notes", [], |r| r.get(0))
        .unwrap();
    let fts: i64 = c
        .query_row(
            "SELECT count(*) FROM note_fts WHERE note_fts MATCH 'secret'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        (notes, fts),
        (0, 0),
        "her notes are gone from the table and the index"
    );
    let solo_fts: i64 = c.query_row("SELECT count(*) FROM interaction_fts WHERE rowid NOT IN (SELECT rowid FROM interactions)", [], |r| r.get(0)).unwrap();
    assert_eq!(solo_fts, 0, "no index entry outlives its interaction");
}

#[test]
fn a_batch_of_interactions_is_all_or_nothing_and_refreshes_figures_once() {
    let tb = book();
    let a = tb.person("Amélie Dubois");
    let good = |at: &str| {
        log(
            InteractionKind::Email,
            Direction::Given,
            Some(Exchange::Gift),
            at,
            &[&a],
        )
    };
    let mut bad = good("2026-11-03T10:00:00Z");
    bad.people = vec!["nobody".into()];
    let err = tb
        .book
        .interaction_create_many(vec![good("2026-11-01T10:00:00Z"), bad])
        .unwrap_err();
    assert_eq!(
        err.fields()[0].field,
        "1.people.0",
        "the failing item's index leads the field path"
    );
    assert!(
        tb.book
            .timeline_list(&TimelineReq {
                person_id: a.clone(),
                ..Default::default()
            })
            .unwrap()
            .items
            .is_empty(),
        "nothing half-imported"
    );
    let n = tb
        .book
        .interaction_create_many(vec![
            good("2026-11-01T10:00:00Z"),
            good("2026-11-05T10:00:00Z"),
        ])
        .unwrap();
    assert_eq!(n, 2);
    let i = tb.book.person_insights(&a).unwrap();
    assert_eq!(
        i.last_interaction_at.as_deref(),
        Some("2026-11-05T10:00:00.000Z"),
        "figures reflect the whole batch"
    );
    assert_eq!(i.reciprocity.given_total, 2);
}
