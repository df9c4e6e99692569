//! Reciprocity, activity, insights, notes and text search: what the person page shows beside the timeline.

use crate::support::book;
use crate::timeline::log;
use liaison_core::{Direction, ErrorCode, Exchange, InteractionKind, NoteInput};

#[test]
fn reciprocity_counts_by_category_and_window() {
    let tb = book(); // the clock reads 2026-11-22
    let a = tb.person("Amélie Dubois");
    let b = tb.person("Brian Solis");
    let x = |d, e, at: &str, p: &str| {
        tb.book
            .interaction_create(log(InteractionKind::Email, d, e, at, &[p]))
            .unwrap()
    };
    x(
        Direction::Given,
        Some(Exchange::ExclusiveInformation),
        "2026-11-10T10:00:00Z",
        &a,
    );
    x(
        Direction::Given,
        Some(Exchange::ExclusiveInformation),
        "2026-03-01T10:00:00Z",
        &a,
    );
    x(
        Direction::Received,
        Some(Exchange::Mention),
        "2026-11-12T10:00:00Z",
        &a,
    );
    x(Direction::Neutral, None, "2026-11-13T10:00:00Z", &a);
    x(
        Direction::Received,
        Some(Exchange::Share),
        "2026-11-01T10:00:00Z",
        &b,
    );

    let r = tb.book.reciprocity(&a).unwrap();
    assert_eq!(
        (r.given_total, r.received_total),
        (2, 1),
        "neutral interactions count neither way"
    );
    let info_all = r
        .all_time
        .iter()
        .find(|e| e.exchange == Some(Exchange::ExclusiveInformation))
        .unwrap();
    let info_90 = r
        .last_90_days
        .iter()
        .find(|e| e.exchange == Some(Exchange::ExclusiveInformation))
        .unwrap();
    assert_eq!(
        (info_all.given, info_90.given),
        (2, 1),
        "the March exchange is outside the 90-day window"
    );

    let takers: Vec<_> = tb
        .book
        .takers_list(10)
        .unwrap()
        .into_iter()
        .map(|p| p.display_name)
        .collect();
    assert_eq!(
        takers,
        ["Brian Solis"],
        "Brian gave a share and got nothing back; Amélie got exclusive info"
    );
}

#[test]
fn notes_pin_edit_delete() {
    let tb = book();
    let a = tb.person("Amélie Dubois");
    let n1 = tb
        .book
        .note_create(NoteInput {
            person_id: a.clone(),
            body: "Prefers **DMs**".into(),
            pinned: false,
        })
        .unwrap();
    tb.clock.advance(chrono::Duration::minutes(1));
    let n2 = tb
        .book
        .note_create(NoteInput {
            person_id: a.clone(),
            body: "Vegetarian".into(),
            pinned: true,
        })
        .unwrap();
    let order: Vec<_> = tb
        .book
        .note_list(&a)
        .unwrap()
        .into_iter()
        .map(|n| n.id)
        .collect();
    assert_eq!(
        order,
        [n2.id.clone(), n1.id.clone()],
        "pinned notes come first"
    );
    let e = tb
        .book
        .note_update(&n1.id, "Prefers e-mail now", false)
        .unwrap();
    assert_eq!(e.body, "Prefers e-mail now");
    assert_eq!(
        tb.book
            .note_create(NoteInput {
                person_id: a.clone(),
                body: "  ".into(),
                pinned: false
            })
            .unwrap_err()
            .code(),
        ErrorCode::Validation
    );
    tb.book.note_delete(&n2.id).unwrap();
    assert_eq!(tb.book.note_list(&a).unwrap().len(), 1);
}

#[test]
fn activity_chart_counts_months_with_gaps() {
    let tb = book(); // November 2026
    let a = tb.person("Amélie Dubois");
    let x = |d, at: &str| {
        tb.book
            .interaction_create(log(InteractionKind::Email, d, None, at, &[&a]))
            .unwrap();
    };
    x(Direction::Given, "2026-11-02T10:00:00Z");
    x(Direction::Received, "2026-11-03T10:00:00Z");
    x(Direction::Neutral, "2026-09-15T10:00:00Z");
    x(Direction::Given, "2025-01-01T10:00:00Z"); // outside a 3-month window
    let months = tb.book.activity(&a, 3).unwrap();
    let got: Vec<_> = months
        .iter()
        .map(|m| (m.month.as_str(), m.given, m.received, m.neutral))
        .collect();
    assert_eq!(
        got,
        [
            ("2026-09", 0, 0, 1),
            ("2026-10", 0, 0, 0),
            ("2026-11", 1, 1, 0)
        ],
        "empty months are bars of zero"
    );
}

#[test]
fn global_search_finds_interaction_and_note_text_without_accents() {
    let tb = book();
    let a = tb.person("Amélie Dubois");
    let mut i = log(
        InteractionKind::Meeting,
        Direction::Neutral,
        None,
        "2026-11-05T10:00:00Z",
        &[&a],
    );
    i.body = "Déjeuner au salon VivaTech : elle prépare une série sur la **mode éthique**".into();
    tb.book.interaction_create(i).unwrap();
    tb.book
        .note_create(NoteInput {
            person_id: a.clone(),
            body: "Allergique aux crustacés".into(),
            pinned: false,
        })
        .unwrap();
    let kinds = |q: &str| {
        tb.book
            .text_search(q, 20)
            .unwrap()
            .into_iter()
            .map(|h| format!("{:?}", h.kind))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds("ethique"),
        ["Interaction"],
        "accents don't matter in bodies either"
    );
    assert_eq!(kinds("crustaces"), ["Note"]);
    assert_eq!(
        kinds("vivat serie"),
        ["Interaction"],
        "every term must match, as prefixes"
    );
    assert!(
        kinds("de").is_empty(),
        "terms under three letters are not searched in text"
    );
    let hit = &tb.book.text_search("vivatech", 20).unwrap()[0];
    assert_eq!(hit.person_names, ["Amélie Dubois"]);
    assert!(
        hit.snippet.contains("VivaTech"),
        "the snippet shows the match: {}",
        hit.snippet
    );
}

#[test]
fn person_insights_gather_the_relationship_in_one_read() {
    let tb = book();
    let a = tb
        .book
        .person_create(liaison_core::PersonInput {
            display_name: "Amélie Dubois".into(),
            stage: liaison_core::Stage::Collaborating,
            ..Default::default()
        })
        .unwrap()
        .person
        .id;
    let none = tb.book.person_insights(&a).unwrap();
    assert_eq!(
        (none.last_interaction_at, none.cold_at, none.cadence_days),
        (None, None, Some(14)),
        "collaborating: 14 days by default"
    );
    assert_eq!(none.activity.len(), 12, "a year of months, even when empty");
    tb.book
        .interaction_create(log(
            InteractionKind::Call,
            Direction::Given,
            Some(Exchange::CoCreation),
            "2026-11-20T10:00:00Z",
            &[&a],
        ))
        .unwrap();
    let i = tb.book.person_insights(&a).unwrap();
    assert_eq!(
        i.last_interaction_at.as_deref(),
        Some("2026-11-20T10:00:00.000Z")
    );
    assert_eq!(i.cold_at.as_deref(), Some("2026-12-04T10:00:00.000Z"));
    assert_eq!(i.reciprocity.given_total, 1);
    assert_eq!(
        tb.book.person_insights("nobody").unwrap_err().code(),
        ErrorCode::NotFound
    );
}
