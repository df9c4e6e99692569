//! Issue 16's migration 0011: every "who on our side" typed before colleagues existed is kept as it was, and the values that name one person become colleagues linked to their interactions.

use crate::migrations::old_book;
use crate::support::{key, raw};
use liaison_core::{Book, SystemClock};
use std::sync::Arc;

/// A book from before colleagues, where "who on our side" was typed freely: one name (with a
/// role in brackets, in two cases), the user themselves, a team, two people, a French pair.
#[test]
fn the_migration_keeps_every_typed_value_and_links_single_names() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("old.db");
    old_book(&path, 9);
    let c = rusqlite::Connection::open(&path).unwrap();
    let typed = [
        "Camille (design)",
        "camille",
        "Me",
        "PR team",
        "Léa, Tom",
        "Sam",
        "Inès et Hugo",
        "",
    ];
    for (n, side) in typed.iter().enumerate() {
        let id = format!("old-i{n}");
        let at = format!("2026-11-{:02}T10:00:00.000Z", n + 1);
        c.execute(
            "INSERT INTO interactions (id, kind, direction, occurred_at, our_side, created_at, updated_at)
             VALUES (?1, 'email', 'neutral', ?2, ?3, ?2, ?2)",
            rusqlite::params![id, at, side],
        )
        .unwrap();
        c.execute(
            "INSERT INTO interaction_people VALUES (1, ?1, last_insert_rowid())",
            [&at],
        )
        .unwrap();
    }
    drop(c);
    let book = Book::open(&path, Arc::new(SystemClock), &key()).expect("the old book migrates");
    let roster: Vec<(String, String)> = book
        .colleague_all()
        .unwrap()
        .into_iter()
        .map(|c| (c.name, c.role))
        .collect();
    assert_eq!(
        roster,
        vec![
            ("Camille".to_string(), "design".to_string()),
            ("Sam".to_string(), String::new())
        ],
        "only values naming one person become colleagues, a bracket gives the role"
    );
    let c = raw(book.path());
    let mut st = c
        .prepare(
            "SELECT i.our_side, co.name FROM interactions i LEFT JOIN colleagues co ON co.id = i.colleague_id
             WHERE i.id LIKE 'old-i%' ORDER BY i.occurred_at",
        )
        .unwrap();
    let after: Vec<(String, Option<String>)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let expected: Vec<(String, Option<String>)> = typed
        .iter()
        .zip([
            Some("Camille"),
            Some("Camille"),
            None,
            None,
            None,
            Some("Sam"),
            None,
            None,
        ])
        .map(|(t, c)| (t.to_string(), c.map(str::to_string)))
        .collect();
    assert_eq!(
        after, expected,
        "every typed value is kept as it was; single names are linked to their colleague"
    );
    let amelie = book.person_team(&{
        let id: String = c
            .query_row("SELECT id FROM people WHERE rowid = 1", [], |r| r.get(0))
            .unwrap();
        id
    });
    let touch: Vec<(String, u32)> = amelie
        .unwrap()
        .touchpoints
        .into_iter()
        .map(|t| (t.colleague_name, t.count))
        .collect();
    assert_eq!(
        touch,
        vec![("Sam".to_string(), 1), ("Camille".to_string(), 2)],
        "the migrated links count as touchpoints"
    );
}
