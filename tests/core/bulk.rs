//! Bulk changes: each change to many people and its exact undo, "all matching" a filter, one
//! transaction (a failure midway writes nothing) and the dry run (what follows a change — a later
//! edit, the going-cold date, erasing, exporting — is in `bulk_after.rs`).

use crate::lists::{list, people};
use crate::support::{book, TestBook};
use liaison_core::{
    Book, BulkChange, BulkOutcome, BulkTarget, ErrorCode, PersonBulkReq, PersonFilter, PersonKind,
    PersonPatch, SearchReq, Stage,
};

pub(crate) fn ids(ids: &[String]) -> BulkTarget {
    BulkTarget::Ids { ids: ids.to_vec() }
}

pub(crate) fn apply(b: &Book, target: BulkTarget, changes: Vec<BulkChange>) -> BulkOutcome {
    b.bulk_apply(&PersonBulkReq {
        target,
        changes,
        dry_run: false,
    })
    .expect("the bulk change applies")
}

pub(crate) fn tag(t: &str) -> BulkChange {
    BulkChange::AddTag { tag: t.into() }
}

/// What a person shows that a bulk change can touch, for comparing before and after undo.
pub(crate) fn shape(
    b: &Book,
    id: &str,
) -> (
    Vec<String>,
    Stage,
    PersonKind,
    Option<u32>,
    bool,
    Vec<String>,
) {
    let p = b.person_get(id).unwrap();
    let lists = b
        .person_lists(id)
        .unwrap()
        .into_iter()
        .map(|l| l.name)
        .collect();
    (p.tags, p.stage, p.kind, p.cadence_days, p.archived, lists)
}

pub(crate) fn found_by(b: &Book, q: &str) -> Vec<String> {
    let mut v: Vec<String> = b
        .person_search(&SearchReq {
            query: q.into(),
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .map(|s| s.display_name)
        .collect();
    v.sort();
    v
}

pub(crate) fn setup() -> (TestBook, Vec<String>, String) {
    let tb = book();
    let b = &tb.book;
    let who = people(b, &["Amélie Dubois", "Bruno Costa", "Chloé Martin"]);
    let pfw = list(b, "Paris Fashion Week");
    b.list_add(&pfw, &who[2..]).unwrap();
    b.person_update(
        &who[1],
        PersonPatch {
            tags: Some(vec!["Beauté".into()]),
            stage: Some(Stage::Contacted),
            cadence_days: Some(Some(10)),
            ..Default::default()
        },
    )
    .unwrap();
    (tb, who, pfw)
}

#[test]
fn every_change_is_undone_exactly() {
    let (tb, who, pfw) = setup();
    let b = &tb.book;
    let changes = vec![
        tag("#PFW"),
        BulkChange::RemoveTag {
            tag: "beauté".into(),
        },
        BulkChange::SetStage {
            stage: Stage::Engaged,
        },
        BulkChange::SetKind {
            person_kind: PersonKind::Journalist,
        },
        BulkChange::SetCadence { days: Some(45) },
        BulkChange::AddToList {
            list_id: list(b, "Shortlist"),
        },
        BulkChange::RemoveFromList {
            list_id: pfw.clone(),
        },
        BulkChange::Archive,
    ];
    let before: Vec<_> = who.iter().map(|id| shape(b, id)).collect();
    for (i, change) in changes.into_iter().enumerate() {
        tb.clock.advance(chrono::Duration::minutes(1));
        let out = apply(b, ids(&who), vec![change.clone()]);
        assert_eq!(out.matched, 3, "{change:?}: all three are the target");
        assert!(out.changed >= 1, "{change:?} changes someone");
        let after: Vec<_> = who.iter().map(|id| shape(b, id)).collect();
        assert_ne!(
            after, before,
            "{change:?} (step {i}) changes what people show"
        );
        let undone = b.undo_last().expect("the last bulk change undoes");
        assert_eq!(
            undone.id,
            out.undo_id.clone().unwrap(),
            "undo_last undoes that one"
        );
        assert_eq!(
            undone.restored, out.changed,
            "{change:?}: everyone changed is put back"
        );
        assert_eq!(undone.kept, 0);
        let again: Vec<_> = who.iter().map(|id| shape(b, id)).collect();
        assert_eq!(
            again, before,
            "{change:?}: undo puts back exactly what was there"
        );
    }
}

#[test]
fn tags_added_in_bulk_are_searchable_and_gone_from_search_after_undo() {
    let (tb, who, _) = setup();
    let b = &tb.book;
    let out = apply(b, ids(&who[..2]), vec![tag("Fashionweek")]);
    assert_eq!(out.changed, 2);
    assert_eq!(
        found_by(b, "fashionweek"),
        vec!["Amélie Dubois", "Bruno Costa"],
        "the search index learns bulk tags, as it does a tag typed in the form"
    );
    assert_eq!(
        found_by(b, "beauté"),
        vec!["Bruno Costa"],
        "the rest of a person's search text is rewritten unchanged"
    );
    b.undo(out.undo_id.as_deref()).unwrap();
    assert!(
        found_by(b, "fashionweek").is_empty(),
        "undo takes it out of search too"
    );
    assert_eq!(found_by(b, "bruno"), vec!["Bruno Costa"]);
}

#[test]
fn all_matching_a_filter_is_resolved_in_the_change_and_the_dry_run_counts_without_writing() {
    let (tb, who, _) = setup();
    let b = &tb.book;
    let filter = PersonFilter {
        stage: Some(Stage::Identified),
        ..Default::default()
    };
    let target = BulkTarget::Matching { filter };
    let req = PersonBulkReq {
        target: target.clone(),
        changes: vec![BulkChange::SetStage {
            stage: Stage::Contacted,
        }],
        dry_run: true,
    };
    let dry = b.bulk_apply(&req).unwrap();
    assert_eq!(
        (dry.matched, dry.changed, dry.undo_id),
        (2, 2, None),
        "two people are identified (Bruno is contacted): the dry run says so"
    );
    assert_eq!(
        b.person_get(&who[0]).unwrap().stage,
        Stage::Identified,
        "a dry run writes nothing"
    );
    let done = b
        .bulk_apply(&PersonBulkReq {
            dry_run: false,
            ..req
        })
        .unwrap();
    assert_eq!((done.matched, done.changed), (2, 2));
    for id in &who {
        assert_eq!(b.person_get(id).unwrap().stage, Stage::Contacted);
    }
    let again = b
        .bulk_apply(&PersonBulkReq {
            target,
            changes: vec![tag("x")],
            dry_run: true,
        })
        .unwrap();
    assert_eq!(
        again.matched, 0,
        "the filter is read again: no one is identified now"
    );
    let undone = b.undo(done.undo_id.as_deref()).unwrap();
    assert_eq!(undone.restored, 2);
    assert_eq!(b.person_get(&who[0]).unwrap().stage, Stage::Identified);
    assert_eq!(
        b.person_get(&who[1]).unwrap().stage,
        Stage::Contacted,
        "Bruno was not changed, so undo does not touch him"
    );
}

#[test]
fn a_failure_midway_writes_nothing() {
    let (tb, who, _) = setup();
    let b = &tb.book;
    let before: Vec<_> = who.iter().map(|id| shape(b, id)).collect();
    let err = b
        .bulk_apply(&PersonBulkReq {
            target: ids(&who),
            changes: vec![
                tag("written first"),
                BulkChange::AddToList {
                    list_id: "no-such-list".into(),
                },
            ],
            dry_run: false,
        })
        .expect_err("an unknown list fails the change");
    assert_eq!(err.code(), ErrorCode::NotFound);
    let mut with_unknown = who.clone();
    with_unknown.push("no-such-person".into());
    let err = b
        .bulk_apply(&PersonBulkReq {
            target: ids(&with_unknown),
            changes: vec![tag("x")],
            dry_run: false,
        })
        .expect_err("an unknown person fails the change");
    assert_eq!(err.code(), ErrorCode::NotFound);
    let after: Vec<_> = who.iter().map(|id| shape(b, id)).collect();
    assert_eq!(
        after, before,
        "one transaction: nothing of a failed bulk change is kept"
    );
    assert_eq!(
        b.undo_last().expect_err("nothing to undo").code(),
        ErrorCode::Validation,
        "a failed change leaves no undo entry"
    );
}
