//! After a bulk change: undo keeps a later edit, cadence and stage move the going-cold date,
//! erasing in bulk leaves tombstones and no undo, a change of no one leaves nothing to undo, and a
//! selection exports through the usual export.

use crate::bulk::{apply, ids, setup, tag};
use crate::lists::member_names;
use crate::support::{book, named};
use liaison_core::{
    Book, BulkChange, ErrorCode, InteractionInput, PersonBulkReq, PersonPatch, Stage,
};

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
    let bundle = b
        .export_bytes(
            b.export(&ExportSpec::new(
                ExportWhat::Bundle,
                ExportOf::People(who[..1].to_vec()),
            ))
            .unwrap(),
            &Progress::new(),
        )
        .unwrap();
    let bundle: serde_json::Value = serde_json::from_slice(&bundle).unwrap();
    assert_eq!(
        bundle["manifest"]["counts"]["people"], 1,
        "a bundle of a selection holds the people picked (bundle_selection.rs checks the rest)"
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
