//! `Book::check`: a sound book reports nothing; each kind of damage is named in words.

use crate::support::{amelie, book, raw};
use crate::timeline::log;
use liaison_core::{CheckDepth, Direction, FollowupInput, InteractionKind, Progress};

#[test]
fn a_sound_book_passes_and_each_kind_of_damage_is_reported() {
    let tb = book();
    let a = tb.book.person_create(amelie()).unwrap().person.id;
    let b = tb.person("Brian Solis");
    let given = log(
        InteractionKind::Email,
        Direction::Given,
        None,
        "2026-11-20T09:00:00Z",
        &[&a],
    );
    tb.book.interaction_create(given).unwrap();
    let shared = log(
        InteractionKind::Call,
        Direction::Neutral,
        None,
        "2026-11-21T09:00:00Z",
        &[&b],
    );
    let call = tb.book.interaction_create(shared).unwrap();
    // Deleted through the core: its links go with it (a trigger since migration 0016), so the
    // book stays sound.
    let gone = log(
        InteractionKind::Call,
        Direction::Given,
        None,
        "2026-11-22T09:00:00Z",
        &[&a, &b],
    );
    let gone = tb.book.interaction_create(gone).unwrap().id;
    tb.book.interaction_delete(&gone).unwrap();
    assert_eq!(
        raw(tb.book.path())
            .query_row("SELECT count(*) FROM interaction_people", [], |r| r
                .get::<_, i64>(0))
            .unwrap(),
        2,
        "a deleted interaction's links are deleted with it"
    );
    tb.book
        .followup_create(FollowupInput {
            title: "Send the PFW invite".into(),
            due_local: "2026-11-25T09:00".into(),
            people: vec![a.clone()],
            ..Default::default()
        })
        .unwrap();
    let check = |depth| tb.book.book_check(depth, &Progress::new()).unwrap();
    let report = check(CheckDepth::Full);
    assert!(
        report.ok,
        "a book written only through the core is sound: {:?}",
        report.problems
    );
    assert_eq!(
        report.checks,
        [
            "integrity",
            "foreign_keys",
            "search",
            "interactions",
            "figures",
            "followups"
        ],
        "the full check runs SQLite's integrity and reference checks and every invariant"
    );
    let quick = check(CheckDepth::Quick);
    assert!(quick.ok, "{:?}", quick.problems);
    assert_eq!(
        quick.checks,
        [
            "structure",
            "search",
            "interactions",
            "figures",
            "followups"
        ],
        "the quick check bounds each check instead of cross-checking every index"
    );

    // Damage the file behind the core's back, one invariant at a time.
    let c = raw(tb.book.path());
    c.execute_batch(&format!(
        "UPDATE people SET given_count = 7 WHERE id = '{a}';
         DELETE FROM interaction_people WHERE interaction_rowid =
             (SELECT rowid FROM interactions WHERE id = '{}');
         UPDATE followups SET due_at = 'next tuesday';
         DELETE FROM person_fts WHERE rowid = (SELECT rowid FROM people WHERE id = '{b}');
         INSERT INTO person_keys (key, sort_name, person_rowid) VALUES ('ghost', 'ghost', 999999);
         INSERT INTO interaction_people (person_rowid, occurred_at, interaction_rowid)
             VALUES ((SELECT rowid FROM people WHERE id = '{a}'), '2026-01-01T00:00:00Z', 999999);",
        call.id
    ))
    .unwrap();
    drop(c);
    for depth in [CheckDepth::Quick, CheckDepth::Full] {
        damage_is_named(&check(depth), &a, &call.id);
    }
}

fn damage_is_named(report: &liaison_core::CheckReport, _a: &str, call: &str) {
    assert!(!report.ok);
    let by = |check: &str| -> Vec<String> {
        report
            .problems
            .iter()
            .filter(|p| p.check == check)
            .map(|p| p.message.clone())
            .collect()
    };
    let figures = by("figures");
    assert!(
        figures
            .iter()
            .any(|m| m.contains("Amélie Dubois") && m.contains('7')),
        "a derived figure that disagrees with the timeline is named: {figures:?}"
    );
    assert!(
        figures.iter().any(|m| m.contains("Brian Solis")),
        "Brian's last contact no longer matches his (now empty) timeline: {figures:?}"
    );
    assert_eq!(
        by("interactions"),
        [
            format!("interaction {call} involves nobody"),
            "Amélie Dubois is linked to interaction 999999, which is gone: their timeline names \
             something deleted"
                .to_string()
        ],
        "links left by a deleted interaction are found without a foreign key (migration 0016)"
    );
    assert!(
        by("followups")[0].contains("next tuesday"),
        "{:?}",
        by("followups")
    );
    assert!(
        by("search")
            .iter()
            .any(|m| m.contains("Brian Solis") && m.contains("no search entry")),
        "{:?}",
        by("search")
    );
    assert!(
        by("search")
            .iter()
            .any(|m| m.contains("name keys of person 999999 belong to nobody")),
        "keys left by a deleted person are found without a foreign key (migration 0015): {:?}",
        by("search")
    );
    assert!(
        by("integrity").is_empty() && by("foreign_keys").is_empty(),
        "{:?}",
        report.problems
    );
}

/// A cancelled check stops between two checks with `cancelled`, as a cancelled import does.
#[test]
fn a_cancelled_check_stops() {
    let tb = book();
    let p = Progress::new();
    p.cancel();
    let err = tb.book.book_check(CheckDepth::Full, &p).unwrap_err();
    assert_eq!(err.code(), liaison_core::ErrorCode::Cancelled, "{err}");
}

#[test]
fn the_quick_check_says_what_it_left_out_and_the_full_one_leaves_nothing_out() {
    let tb = book();
    let people = (0..2_100)
        .map(|i| liaison_core::PersonInput {
            display_name: format!("Personne {i}"),
            ..Default::default()
        })
        .collect();
    tb.book.person_create_many(people).unwrap();
    // Everyone has a timeline, so a recount that looked at other people than the ones it
    // compares (a sample drawn twice) would find "None / 0 / 0" where figures are stored.
    let ids: Vec<String> = raw(tb.book.path())
        .prepare("SELECT id FROM people")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let logs = ids
        .iter()
        .map(|id| {
            log(
                InteractionKind::Email,
                Direction::Given,
                None,
                "2026-11-20T09:00:00Z",
                &[id.as_str()],
            )
        })
        .collect();
    tb.book.interaction_create_many(logs).unwrap();
    let quick = tb
        .book
        .book_check(CheckDepth::Quick, &Progress::new())
        .unwrap();
    assert!(quick.ok, "{:?}", quick.problems);
    assert!(
        quick
            .not_checked
            .iter()
            .any(|s| s.contains("figures of 100 people")),
        "a person reading `ok` must also read that figures were only sampled: {:?}",
        quick.not_checked
    );
    assert!(
        !quick.not_checked.iter().any(|s| s.contains("fts_data")),
        "a small book's full-text pages are checked, not skipped for a size read from their \
         page numbers: {:?}",
        quick.not_checked
    );
    let full = tb
        .book
        .book_check(CheckDepth::Full, &Progress::new())
        .unwrap();
    assert!(full.ok && full.not_checked.is_empty(), "{full:?}");
}
