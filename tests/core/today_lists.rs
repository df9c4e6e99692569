//! Today's never-contacted and takers lists read from their own partial indexes (0017): who is in
//! each, in the order shown, the count, and a bulk bundle merge that rebuilds both.

use crate::support::{book, named, TestBook};
use crate::timeline::log;
use liaison_core::{Direction, InteractionKind, PersonInput, Stage};

fn one(tb: &TestBook, name: &str, stage: Stage) -> String {
    let id = tb
        .book
        .person_create(PersonInput {
            stage,
            ..named(name)
        })
        .unwrap()
        .person
        .id;
    // Each person a minute after the last: the lists' order is by creation.
    tb.clock.advance(chrono::Duration::minutes(1));
    id
}

fn exchange(tb: &TestBook, who: &str, dir: Direction, times: usize) {
    for _ in 0..times {
        tb.book
            .interaction_create(log(
                InteractionKind::Call,
                dir,
                None,
                "2026-11-20T10:00:00Z",
                &[who],
            ))
            .unwrap();
    }
}

fn names(v: &[liaison_core::PersonSummary]) -> Vec<&str> {
    v.iter().map(|p| p.display_name.as_str()).collect()
}

#[test]
fn the_never_contacted_in_creation_order_without_the_archived_paused_or_contacted() {
    let tb = book();
    let _first = one(&tb, "Zoé Première", Stage::Identified);
    let archived = one(&tb, "Anne Archivée", Stage::Identified);
    let _paused = one(&tb, "Paul En Pause", Stage::Paused);
    let _dnc = one(&tb, "Denis Stop", Stage::DoNotContact);
    let contacted = one(&tb, "Carla Contactée", Stage::Contacted);
    let _last = one(&tb, "Bruno Dernier", Stage::Engaged);
    tb.book.person_archive(&archived, true).unwrap();
    exchange(&tb, &contacted, Direction::Neutral, 1);
    let today = tb.book.today_get().unwrap();
    assert_eq!(
        names(&today.never_contacted),
        ["Zoé Première", "Bruno Dernier"],
        "oldest in the book first, whatever their names"
    );
    assert_eq!(today.never_contacted_count, 2);
    // Unarchived, she is back in her place by creation.
    tb.book.person_archive(&archived, false).unwrap();
    let today = tb.book.today_get().unwrap();
    assert_eq!(
        names(&today.never_contacted),
        ["Zoé Première", "Anne Archivée", "Bruno Dernier"]
    );
    assert_eq!(today.never_contacted_count, 3);
}

#[test]
fn the_takers_most_received_first_then_by_name_without_givers_or_archived() {
    let tb = book();
    let cleo = one(&tb, "Cléo Martin", Stage::Engaged);
    let ana = one(&tb, "Ana Durand", Stage::Engaged);
    let bob = one(&tb, "Bob Petit", Stage::Engaged);
    let given_back = one(&tb, "Gina Rendu", Stage::Engaged);
    let archived = one(&tb, "Yves Archivé", Stage::Engaged);
    exchange(&tb, &cleo, Direction::Received, 3);
    exchange(&tb, &ana, Direction::Received, 3);
    exchange(&tb, &bob, Direction::Received, 1);
    exchange(&tb, &given_back, Direction::Received, 5);
    exchange(&tb, &given_back, Direction::Given, 1);
    exchange(&tb, &archived, Direction::Received, 9);
    tb.book.person_archive(&archived, true).unwrap();
    let takers = tb.book.takers_list(10).unwrap();
    assert_eq!(
        names(&takers),
        ["Ana Durand", "Cléo Martin", "Bob Petit"],
        "three received before one; equals by name; a giver back and the archived left out"
    );
    assert_eq!(names(&tb.book.takers_list(1).unwrap()), ["Ana Durand"]);
}
