//! Bundles of some people — a selection in the People table, whoever a smart list holds: exactly
//! those people and what is theirs, re-imported whole into an empty book.

use crate::lists::{export, later, manifest, people};
use crate::support::book;
use crate::timeline::log;
use liaison_core::{
    Book, BundleScope, ContactFilter, Direction, ErrorCode, ExportOf, ExportSpec, ExportWhat,
    FollowupInput, InteractionKind, NoteInput, PersonFilter, PersonSort, Progress, SmartListInput,
};

fn note(b: &Book, person: &str, body: &str) {
    b.note_create(NoteInput {
        person_id: person.into(),
        body: body.into(),
        pinned: false,
    })
    .unwrap();
}

fn names(b: &Book) -> Vec<String> {
    let mut n: Vec<String> = crate::support::everyone(b)
        .into_iter()
        .map(|p| p.display_name)
        .collect();
    n.sort();
    n
}

/// Three people, each with a note, an interaction of their own and a follow-up; Amélie and
/// Outsider also share one interaction.
fn three() -> (crate::support::TestBook, Vec<String>) {
    let tb = book();
    let b = &tb.book;
    let ids = people(b, &["Amélie", "Marc", "Outsider"]);
    for (i, id) in ids.iter().enumerate() {
        note(b, id, &format!("Note of {i}"));
        b.interaction_create(log(
            InteractionKind::Email,
            Direction::Neutral,
            None,
            &format!("2026-11-0{}T10:00:00+01:00", i + 1),
            &[id],
        ))
        .unwrap();
        b.followup_create(FollowupInput {
            title: format!("Relancer {i}"),
            people: vec![id.clone()],
            due_local: format!("2026-12-0{}T09:30", i + 1),
            ..Default::default()
        })
        .unwrap();
    }
    b.interaction_create(log(
        InteractionKind::Meeting,
        Direction::Neutral,
        None,
        "2026-11-09T10:00:00+01:00",
        &[&ids[0], &ids[2]],
    ))
    .unwrap();
    later(&tb);
    (tb, ids)
}

#[test]
fn a_selection_bundle_holds_exactly_those_people_and_reimports_whole() {
    let (tb, ids) = three();
    let b = &tb.book;
    let picked = vec![ids[0].clone(), ids[1].clone()];
    let spec = ExportSpec::new(ExportWhat::Bundle, ExportOf::People(picked.clone()));
    let e = b.export(&spec).expect("a selection exports as a bundle");
    assert_eq!(e.file_name, "people.liaison.json");
    let bytes = b.export_bytes(e, &Progress::new()).unwrap();
    let m = manifest(&bytes);
    assert_eq!(
        m.scope,
        BundleScope::People {
            ids: picked.clone()
        }
    );
    assert_eq!(
        (
            m.counts["people"],
            m.counts["notes"],
            m.counts["interactions"],
            m.counts["followups"],
            m.counts["tombstones"]
        ),
        (2, 2, 3, 2, 0),
        "the two chosen, their notes, their own interactions and the shared one, their \
         follow-ups; no tombstones of others"
    );

    let into = book();
    into.book
        .bundle_import(&bytes, false, false, &Progress::new())
        .expect("the bundle imports into an empty book");
    assert_eq!(
        names(&into.book),
        ["Amélie", "Marc"],
        "exactly the chosen people arrive"
    );
    for id in &picked {
        let theirs = into.book.note_list(id).unwrap();
        let there = b.note_list(id).unwrap();
        assert_eq!(theirs, there, "each person's notes arrive as they were");
    }
    let t = |bk: &Book, id: &str| {
        bk.timeline_list(&liaison_core::TimelineReq {
            person_id: id.into(),
            ..Default::default()
        })
        .unwrap()
        .items
        .len()
    };
    assert_eq!(t(&into.book, &ids[0]), 2, "Amélie's own and the shared one");
    assert_eq!(t(&into.book, &ids[1]), 1);
    assert_eq!(
        into.book.followup_list(&Default::default()).unwrap().len(),
        2,
        "their two follow-ups, not Outsider's"
    );
    let again = into
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert_eq!(
        (again.added, again.updated, again.deleted),
        (0, 0, 0),
        "a second import changes nothing"
    );
}

#[test]
fn a_smart_list_bundle_holds_whoever_it_matches_now() {
    let (tb, ids) = three();
    let b = &tb.book;
    let newcomer = people(b, &["Nadia"])[0].clone();
    let s = b
        .smart_list_create(SmartListInput {
            name: "Never contacted".into(),
            filter: PersonFilter {
                last_contact: Some(ContactFilter::Never),
                ..Default::default()
            },
            sort: PersonSort::Name,
            descending: false,
        })
        .unwrap();
    let e = b
        .export(&ExportSpec::new(
            ExportWhat::Bundle,
            ExportOf::SmartList(s.id.clone()),
        ))
        .unwrap();
    assert_eq!(e.file_name, "Never contacted.liaison.json");
    let bytes = b.export_bytes(e, &Progress::new()).unwrap();
    let into = book();
    into.book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert_eq!(names(&into.book), ["Nadia"], "only the smart list's member");
    assert!(into.book.person_get(&newcomer).is_ok());
    assert!(
        into.book.smart_list_all().unwrap().is_empty(),
        "a scoped bundle carries no smart list definitions, as it carries no lists"
    );
    let _ = ids;
}

#[test]
fn a_selection_naming_someone_unknown_is_refused() {
    let (tb, ids) = three();
    let err = tb
        .book
        .bundle_export(
            &BundleScope::People {
                ids: vec![ids[0].clone(), "nobody".into()],
            },
            &Progress::new(),
        )
        .unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::NotFound,
        "a bundle silently short of a chosen person is refused"
    );
    let _ = export;
}
