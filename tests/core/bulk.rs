//! Bulk changes: each change to many people and its exact undo, "all matching" a filter, one
//! transaction (a failure midway writes nothing), the dry run, and the rule for undo after a later edit.

use crate::lists::{list, member_names, people};
use crate::support::{book, named, TestBook};
use liaison_core::{
    Book, BulkChange, BulkOutcome, BulkTarget, ErrorCode, InteractionInput, PersonBulkReq,
    PersonFilter, PersonKind, PersonPatch, SearchReq, Stage,
};

fn ids(ids: &[String]) -> BulkTarget {
    BulkTarget::Ids { ids: ids.to_vec() }
}

fn apply(b: &Book, target: BulkTarget, changes: Vec<BulkChange>) -> BulkOutcome {
    b.bulk_apply(&PersonBulkReq {
        target,
        changes,
        dry_run: false,
    })
    .expect("the bulk change applies")
}

fn tag(t: &str) -> BulkChange {
    BulkChange::AddTag { tag: t.into() }
}

/// What a person shows that a bulk change can touch, for comparing before and after undo.
fn shape(
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

fn found_by(b: &Book, q: &str) -> Vec<String> {
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

fn setup() -> (TestBook, Vec<String>, String) {
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

#[test]
fn undo_after_a_later_edit_keeps_the_later_edit() {
    let (tb, who, _) = setup();
    let b = &tb.book;
    let out = apply(
        b,
        ids(&who),
        vec![
            BulkChange::SetStage {
                stage: Stage::Engaged,
            },
            tag("vip"),
        ],
    );
    assert_eq!(out.changed, 3);
    // Amélie's stage is set by hand afterwards; Bruno loses the tag by hand.
    b.person_update(
        &who[0],
        PersonPatch {
            stage: Some(Stage::Ambassador),
            ..Default::default()
        },
    )
    .unwrap();
    b.person_update(
        &who[1],
        PersonPatch {
            tags: Some(vec!["Beauté".into()]),
            ..Default::default()
        },
    )
    .unwrap();
    let undone = b.undo_last().unwrap();
    assert_eq!(
        b.person_get(&who[0]).unwrap().stage,
        Stage::Ambassador,
        "a stage set by hand after the bulk change stays"
    );
    assert_eq!(
        b.person_get(&who[0]).unwrap().tags,
        Vec::<String>::new(),
        "her tag, still the bulk change's, goes"
    );
    assert_eq!(b.person_get(&who[1]).unwrap().stage, Stage::Contacted);
    assert_eq!(b.person_get(&who[2]).unwrap().stage, Stage::Identified);
    assert_eq!(
        (undone.restored, undone.kept),
        (3, 0),
        "each was restored in something"
    );
    let err = b.undo(Some(&undone.id)).expect_err("twice is refused");
    assert!(
        err.to_string().contains("already undone"),
        "the reason is given: {err}"
    );
}

#[test]
fn cadence_and_stage_in_bulk_move_the_going_cold_date() {
    let (tb, who, _) = setup();
    let b = &tb.book;
    b.interaction_create(InteractionInput {
        occurred_at: Some("2026-11-01T10:00:00Z".into()),
        body: "Coffee".into(),
        people: vec![who[0].clone()],
        ..Default::default()
    })
    .unwrap();
    let cold = |b: &Book| {
        b.person_insights(&who[0])
            .unwrap()
            .cold_at
            .expect("the person has a going-cold date")
    };
    let out = apply(
        b,
        ids(&who[..1]),
        vec![
            BulkChange::SetStage {
                stage: Stage::Engaged,
            },
            BulkChange::SetCadence { days: Some(7) },
        ],
    );
    assert!(
        cold(b).starts_with("2026-11-08"),
        "last contact + 7 days: {}",
        cold(b)
    );
    b.undo(out.undo_id.as_deref()).unwrap();
    assert_eq!(b.person_get(&who[0]).unwrap().cadence_days, None);
    assert_eq!(
        b.person_get(&who[0]).unwrap().stage,
        Stage::Identified,
        "identified again"
    );
    assert!(
        b.person_insights(&who[0]).unwrap().cold_at.is_none(),
        "an identified person has no cadence, so no going-cold date, once more"
    );
}

#[test]
fn delete_in_bulk_erases_with_tombstones_and_keeps_no_undo() {
    let (tb, who, pfw) = setup();
    let b = &tb.book;
    let out = apply(b, ids(&who[1..]), vec![BulkChange::Delete]);
    assert_eq!((out.matched, out.changed, out.undo_id), (2, 2, None));
    assert_eq!(
        b.person_get(&who[2]).unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert!(
        member_names(b, &pfw).is_empty(),
        "an erased person leaves every list"
    );
    assert_eq!(
        b.undo_last().unwrap_err().code(),
        ErrorCode::Validation,
        "erasing has no undo"
    );
    let err = b
        .bulk_apply(&PersonBulkReq {
            target: ids(&who[..1]),
            changes: vec![tag("x"), BulkChange::Delete],
            dry_run: false,
        })
        .unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::Validation,
        "delete is never combined"
    );
    assert_eq!(b.person_get(&who[0]).unwrap().display_name, "Amélie Dubois");
}

#[test]
fn a_change_that_changes_no_one_leaves_nothing_to_undo() {
    let tb = book();
    let b = &tb.book;
    let a = b.person_create(named("Amélie")).unwrap().person.id;
    let out = apply(
        b,
        ids(&[a]),
        vec![BulkChange::SetStage {
            stage: Stage::Identified,
        }],
    );
    assert_eq!((out.changed, out.undo_id), (0, None));
}

#[test]
fn a_selection_exports_as_csv_and_vcard_through_the_usual_export() {
    use liaison_core::{ExportOf, ExportSpec, ExportWhat, PersonFilter, Progress};
    let (tb, who, _) = setup();
    let b = &tb.book;
    let picked = vec![who[0].clone(), who[2].clone()];
    let csv = b
        .export_bytes(
            b.export(&ExportSpec::new(
                ExportWhat::People,
                ExportOf::People(picked.clone()),
            ))
            .unwrap(),
            &Progress::new(),
        )
        .unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.contains("Amélie Dubois") && csv.contains("Chloé Martin"),
        "{csv}"
    );
    assert!(!csv.contains("Bruno Costa"), "only the selection: {csv}");
    let vcf = b
        .export_bytes(
            b.export(&ExportSpec::new(
                ExportWhat::Vcard,
                ExportOf::People(picked),
            ))
            .unwrap(),
            &Progress::new(),
        )
        .unwrap();
    assert_eq!(
        String::from_utf8(vcf)
            .unwrap()
            .matches("BEGIN:VCARD")
            .count(),
        2,
        "one card per person picked"
    );
    let err = b
        .export(&ExportSpec::new(
            ExportWhat::Bundle,
            ExportOf::People(who.clone()),
        ))
        .unwrap_err();
    assert_eq!(
        err.fields()[0].field,
        "person_ids",
        "a bundle of a selection is refused by name"
    );
    let matching = b
        .person_ids_matching(&PersonFilter {
            stage: Some(Stage::Identified),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        matching,
        vec![who[0].clone(), who[2].clone()],
        "all matching, in name order"
    );
}
