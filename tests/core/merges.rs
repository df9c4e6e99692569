//! Merging two people: every kind of record the other person is part of moves to the survivor, the old id leads to the survivor, and an undo puts the book back exactly as it was.

use crate::person_fields::PNG;
use crate::support::{amelie, book, named, raw, TestBook};
use liaison_core::{
    AttendReq, Direction, ErrorCode, EventInput, FollowupInput, ImportOptions, InteractionInput,
    InteractionKind, ListInput, MeetupInput, MergeChoices, MergeField, NoteInput, Progress,
};
use rusqlite::types::Value;

/// Every row of every table but the full-text indexes (their shadow tables are SQLite's own
/// bookkeeping), as sorted text: two equal dumps are two equal books.
pub(crate) fn dump(t: &TestBook) -> Vec<String> {
    let c = raw(t.book.path());
    let tables: Vec<String> = c
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             AND name NOT LIKE '%fts%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for t in tables {
        let mut st = c.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = st.column_count();
        let mut rows: Vec<String> = st
            .query_map([], |r| {
                let v: Vec<Value> = (0..n).map(|i| r.get(i).unwrap()).collect();
                Ok(format!("{t}: {v:?}"))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.sort();
        out.extend(rows);
    }
    out
}

fn count(t: &TestBook, sql: &str, id: &str) -> i64 {
    raw(t.book.path())
        .query_row(
            &format!("{sql} WHERE person_rowid = (SELECT rowid FROM people WHERE id = ?1)"),
            [id],
            |r| r.get(0),
        )
        .unwrap()
}

fn talk(t: &TestBook, people: &[&str], day: u32) {
    t.book
        .interaction_create(InteractionInput {
            kind: InteractionKind::Email,
            direction: Direction::Received,
            occurred_at: Some(format!("2026-10-{day:02}T10:00:00Z")),
            body: format!("brief du {day}"),
            people: people.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        })
        .unwrap();
}

/// The survivor (Amélie, by hand) and the other (imported from a CSV, with a photo), each part
/// of every kind of record, some of them together; answers (survivor, other, a stranger).
fn two_amelies(t: &TestBook) -> (String, String, String) {
    let s = t.book.person_create(amelie()).unwrap().person.id;
    let csv = "First Name,Last Name,E-mail Address,Mobile Phone\nAmélie,DUBOIS,amelie.d@studio.test,+33 6 12 34 56 78\n";
    t.book
        .csv_import(
            csv.as_bytes(),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap();
    let o: String = raw(t.book.path())
        .query_row(
            "SELECT p.id FROM people p JOIN person_emails e ON e.person_rowid = p.rowid
             WHERE e.email_norm = 'amelie.d@studio.test'",
            [],
            |r| r.get(0),
        )
        .expect("the CSV's Amélie is a person of her own");
    assert_ne!(
        o, s,
        "the CSV's Amélie is not merged into the first on import"
    );
    t.book.person_photo_set(&o, PNG.to_vec()).unwrap();
    let x = t.person("Léo Stranger");
    talk(t, &[&o], 1);
    talk(t, &[&s, &o], 2);
    talk(t, &[&o, &x], 3);
    talk(t, &[&s], 4);
    for who in [&s, &o] {
        t.book
            .note_create(NoteInput {
                person_id: who.clone(),
                body: format!("note sur {who}"),
                pinned: false,
            })
            .unwrap();
    }
    t.book
        .followup_create(FollowupInput {
            title: "Relancer".into(),
            people: vec![o.clone()],
            due_local: "2026-12-01T09:30".into(),
            ..Default::default()
        })
        .unwrap();
    let event = t
        .book
        .event_create(EventInput {
            name: "VivaTech".into(),
            start_local: "2027-06-11".into(),
            end_local: "2027-06-14".into(),
            time_zone: Some("Europe/Paris".into()),
            ..Default::default()
        })
        .unwrap();
    for who in [&s, &o] {
        t.book
            .event_attend(&AttendReq {
                event_id: event.id.clone(),
                person_id: who.clone(),
                why: Some(format!("pour {who}")),
                ..Default::default()
            })
            .unwrap();
    }
    t.book
        .meetup_create(MeetupInput {
            title: "Café".into(),
            event_id: Some(event.id.clone()),
            start_local: "2027-06-12T08:30".into(),
            people: vec![o.clone()],
            ..Default::default()
        })
        .unwrap();
    for (name, who) in [
        ("Both", vec![s.clone(), o.clone()]),
        ("Hers", vec![o.clone()]),
    ] {
        let l = t
            .book
            .list_create(ListInput {
                name: name.into(),
                ..Default::default()
            })
            .unwrap();
        t.book.list_add(&l.id, &who).unwrap();
    }
    (s, o, x)
}

#[test]
fn the_survivor_takes_everything_and_the_old_id_finds_them() {
    let t = book();
    let (s, o, _) = two_amelies(&t);
    let choices = MergeChoices {
        take: vec![MergeField::LastName],
        keep_both: true,
    };
    let report = t.book.people_merge(&s, &o, &choices).unwrap();
    let p = &report.person;
    assert_eq!(p.id, s, "the survivor keeps their id");
    assert_eq!(p.last_name, "DUBOIS", "a value taken from the other person");
    assert_eq!(p.city, "Montréal", "the survivor's own values stay");
    assert_eq!(
        p.emails,
        ["amelie@example.fr", "amelie.d@studio.test"],
        "both e-mails kept"
    );
    assert_eq!(
        p.phones,
        ["+33 6 12 34 56 78"],
        "the other's phone fills the empty list"
    );
    assert!(
        p.photo.is_some(),
        "the survivor had no photo: the other's moves over"
    );
    for (what, sql, n) in [
        (
            "interactions (shared one counted once)",
            "SELECT count(*) FROM interaction_people",
            4,
        ),
        ("notes", "SELECT count(*) FROM notes", 2),
        ("follow-ups", "SELECT count(*) FROM followup_people", 1),
        (
            "attendance (both at the event: one row)",
            "SELECT count(*) FROM event_attendees",
            1,
        ),
        ("meetups", "SELECT count(*) FROM meetup_people", 1),
        (
            "list memberships (one list had both)",
            "SELECT count(*) FROM list_members",
            2,
        ),
        ("provenance", "SELECT count(*) FROM person_sources", 1),
    ] {
        assert_eq!(count(&t, sql, &s), n, "the survivor has every {what}");
    }
    let c = raw(t.book.path());
    let people: i64 = c
        .query_row("SELECT count(*) FROM people", [], |r| r.get(0))
        .unwrap();
    assert_eq!(people, 2, "the other person is gone (the stranger stays)");
    let kind: String = c
        .query_row("SELECT kind FROM tombstones WHERE id = ?1", [&o], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(
        kind, "person",
        "the other's erasure is tombstoned for bundles"
    );
    assert_eq!(
        t.book.person_get(&o).unwrap().id,
        s,
        "the old id leads to the survivor"
    );
    let stats: (Option<String>, i64) = c
        .query_row(
            "SELECT last_interaction_at, received_count FROM people WHERE id = ?1",
            [&s],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        stats,
        (Some("2026-10-04T10:00:00.000Z".into()), 4),
        "figures recomputed"
    );
    let hits = t
        .book
        .person_search(&liaison_core::SearchReq {
            query: "amelie".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 1, "search finds one Amélie: {hits:?}");
}

#[test]
fn the_other_e_mail_brings_a_later_import_to_the_survivor() {
    let t = book();
    let (s, o, _) = two_amelies(&t);
    t.book
        .people_merge(
            &s,
            &o,
            &MergeChoices {
                keep_both: true,
                ..Default::default()
            },
        )
        .unwrap();
    let csv = "First Name,Last Name,E-mail Address,Job Title\nAmélie,Dubois,amelie.d@studio.test,Rédactrice\n";
    let r = t
        .book
        .csv_import(
            csv.as_bytes(),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap();
    assert_eq!(
        r.created, 0,
        "the import matches the survivor, not a new person: {r:?}"
    );
    assert_eq!(t.book.person_get(&s).unwrap().title, "Rédactrice");
}

#[test]
fn undo_puts_the_book_back_exactly() {
    let t = book();
    let (s, o, x) = two_amelies(&t);
    // What else names the other person: pairs dismissed (one with the survivor), and an earlier
    // merge into them that can still be undone.
    t.book.duplicates_dismiss(&s, &o).unwrap();
    t.book.duplicates_dismiss(&o, &x).unwrap();
    // And ties in the network: one between the two (it cannot survive as a tie to oneself),
    // one with a stranger.
    for (from, to) in [(&s, &o), (&o, &x)] {
        t.book
            .connect(liaison_core::ConnectionInput {
                from: from.clone(),
                to: to.clone(),
                kind: liaison_core::ConnectionKind::Knows,
                note: String::new(),
                since: None,
            })
            .unwrap();
    }
    let y = t.person("Amélie D.");
    let earlier = t
        .book
        .people_merge(&o, &y, &MergeChoices::default())
        .unwrap();
    let before = dump(&t);
    let first = t
        .book
        .people_merge(
            &s,
            &o,
            &MergeChoices {
                keep_both: true,
                take: vec![MergeField::Photo],
            },
        )
        .unwrap();
    // Merging into the old id works: it means the survivor.
    let second = t
        .book
        .people_merge(&o, &x, &MergeChoices::default())
        .unwrap();
    assert_eq!(
        second.person.id, s,
        "a merge into an alias lands on the survivor"
    );
    assert_eq!(t.book.person_get(&x).unwrap().id, s);
    let refused = t.book.undo_merge(&first.merge_id).unwrap_err();
    assert_eq!(
        refused.code(),
        ErrorCode::Validation,
        "the first merge cannot be undone under the second: {refused}"
    );
    t.book.undo_merge(&second.merge_id).unwrap();
    let back = t.book.undo_merge(&first.merge_id).unwrap();
    assert_eq!(back.restored.id, o);
    assert_eq!(
        dump(&t),
        before,
        "every row of every table is as before the merges"
    );
    let hits = t
        .book
        .person_search(&liaison_core::SearchReq {
            query: "amelie".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 2, "both Amélies are found by search again");
    let gone = t.book.undo_merge(&first.merge_id).unwrap_err();
    assert_eq!(gone.code(), ErrorCode::NotFound, "a merge is undone once");
    t.book.undo_merge(&earlier.merge_id).unwrap();
    assert_eq!(
        t.book.person_get(&y).unwrap().id,
        y,
        "the earlier merge into the other person can still be undone"
    );
}

#[test]
fn undo_is_refused_once_the_survivor_changed() {
    let t = book();
    let s = t.book.person_create(amelie()).unwrap().person.id;
    let o = t.person("Amélie Dubois");
    let m = t
        .book
        .people_merge(&s, &o, &MergeChoices::default())
        .unwrap();
    t.book
        .note_create(NoteInput {
            person_id: s.clone(),
            body: "après la fusion".into(),
            pinned: false,
        })
        .unwrap();
    let e = t.book.undo_merge(&m.merge_id).unwrap_err();
    assert_eq!(
        e.code(),
        ErrorCode::Validation,
        "later work is never thrown away: {e}"
    );
    assert!(e.to_string().contains("changed after this merge"), "{e}");
    let same = t
        .book
        .people_merge(&s, &s, &MergeChoices::default())
        .unwrap_err();
    assert_eq!(same.code(), ErrorCode::Validation, "no merge with oneself");
    let alias = t
        .book
        .people_merge(&s, &o, &MergeChoices::default())
        .unwrap_err();
    assert_eq!(
        alias.code(),
        ErrorCode::Validation,
        "nor with one's own old id"
    );
    let _ = named("unused");
}
