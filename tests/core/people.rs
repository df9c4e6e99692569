//! People: create, read back every field, partial update, archive, hard delete, duplicates, paging.

use crate::support::{amelie, book, named};
use liaison_core::{
    ArchivedFilter, ChannelInput, ErrorCode, PersonFilter, PersonListReq, PersonPatch, Platform,
    SearchReq, Stage,
};

#[test]
fn a_created_person_reads_back_normalised_and_survives_reopen() {
    let tb = book();
    let saved = tb.book.person_create(amelie()).unwrap();
    assert!(
        saved.duplicates.is_empty(),
        "the first person has no duplicates"
    );
    let p = saved.person;
    assert_eq!(p.display_name, "Amélie Dubois");
    assert_eq!(p.country, "CA");
    assert_eq!(p.languages, ["fr-CA", "en"]);
    assert_eq!(p.tags, ["PFW"]);
    assert_eq!(p.channels.len(), 1);
    assert_eq!(
        p.channels[0].handle, "amelied",
        "Instagram handles lose '@' and case"
    );
    assert_eq!(p.channels[0].audience, Some(45_300));
    assert_eq!(
        p.created_at, "2026-11-22T10:00:00.000Z",
        "stamps come from the clock, not the wall"
    );
    assert_eq!(uuid_version(&p.id), 7, "ids are UUIDv7");

    let tb = tb.reopen();
    let again = tb.book.person_get(&p.id).unwrap();
    assert_eq!(
        again, p,
        "what was saved is exactly what comes back after a restart"
    );
}

fn uuid_version(id: &str) -> u32 {
    id.chars().nth(14).and_then(|c| c.to_digit(16)).unwrap()
}

#[test]
fn invalid_input_names_each_field_and_writes_nothing() {
    let tb = book();
    let mut p = named("X");
    p.emails = vec!["nope".into()];
    p.country = "France".into();
    let err = tb.book.person_create(p).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    let fields: Vec<_> = err.fields().iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["country", "emails.0"]);
    assert_eq!(
        tb.book.person_count().unwrap(),
        0,
        "a refused create leaves no trace"
    );
}

#[test]
fn same_email_or_handle_warns_but_saves() {
    let tb = book();
    let first = tb.book.person_create(amelie()).unwrap().person;
    let mut twin = named("A. Dubois");
    twin.emails = vec!["AMELIE@EXAMPLE.FR".into()];
    twin.channels = vec![ChannelInput {
        platform: Platform::Instagram,
        handle: "https://instagram.com/AMELIED".into(),
        ..Default::default()
    }];
    let saved = tb.book.person_create(twin).unwrap();
    let on: Vec<_> = saved
        .duplicates
        .iter()
        .map(|d| (d.on.as_str(), d.person_id.as_str()))
        .collect();
    assert_eq!(
        on,
        [("email", first.id.as_str()), ("handle", first.id.as_str())],
        "both matches are reported against the first person"
    );
    assert_eq!(
        tb.book.person_count().unwrap(),
        2,
        "a warning never blocks the save"
    );
    let mut other_platform = named("Other");
    other_platform.channels = vec![ChannelInput {
        platform: Platform::X,
        handle: "amelied".into(),
        ..Default::default()
    }];
    assert!(
        tb.book
            .person_create(other_platform)
            .unwrap()
            .duplicates
            .is_empty(),
        "same handle on another platform is someone else"
    );
}

#[test]
fn partial_update_changes_only_what_it_carries() {
    let tb = book();
    let p = tb.book.person_create(amelie()).unwrap().person;
    tb.clock.advance(chrono::Duration::minutes(5));
    let patch: PersonPatch = serde_json::from_value(serde_json::json!({
        "city": "Paris", "country": "FR", "resonance": 4, "stage": "engaged"
    }))
    .unwrap();
    let u = tb.book.person_update(&p.id, patch).unwrap().person;
    assert_eq!(
        (u.city.as_str(), u.country.as_str(), u.resonance, u.stage),
        ("Paris", "FR", Some(4), Stage::Engaged)
    );
    assert_eq!(
        u.emails, p.emails,
        "fields absent from the patch are untouched"
    );
    assert_eq!(
        u.channels[0].id, p.channels[0].id,
        "untouched channels keep their identity"
    );
    assert_eq!(u.created_at, p.created_at);
    assert_eq!(u.updated_at, "2026-11-22T10:05:00.000Z");

    let clear: PersonPatch =
        serde_json::from_value(serde_json::json!({ "resonance": null })).unwrap();
    let u = tb.book.person_update(&p.id, clear).unwrap().person;
    assert_eq!(u.resonance, None, "null clears an optional rating");
    assert_eq!(u.city, "Paris", "clearing one field leaves the others");

    let rename = PersonPatch {
        first_name: Some("Amélia".into()),
        ..Default::default()
    };
    let u = tb.book.person_update(&p.id, rename).unwrap().person;
    assert_eq!(
        u.display_name, "Amélia Dubois",
        "a derived display name follows the first name"
    );

    let bad = PersonPatch {
        time_zone: Some("Mars/Olympus".into()),
        ..Default::default()
    };
    let err = tb.book.person_update(&p.id, bad).unwrap_err();
    assert_eq!(err.fields()[0].field, "time_zone");
    assert_eq!(
        tb.book.person_get(&p.id).unwrap().time_zone,
        "",
        "a refused update changes nothing"
    );
}

#[test]
fn a_derived_display_name_follows_edits_and_a_typed_one_stays() {
    let tb = book();
    let p = tb.book.person_create(amelie()).unwrap().person;
    assert_eq!(p.display_name, "Amélie Dubois");
    // The whole form sent back, display name unchanged: still derived, so it follows.
    let whole = PersonPatch {
        first_name: Some("Amélia".into()),
        last_name: Some("Martin".into()),
        display_name: Some("Amélie Dubois".into()),
        ..Default::default()
    };
    let u = tb.book.person_update(&p.id, whole).unwrap().person;
    assert_eq!(
        u.display_name, "Amélia Martin",
        "a display name sent back unchanged is not a choice: it follows the new names"
    );
    let typed = PersonPatch {
        display_name: Some("Amélia M. (Lyon)".into()),
        ..Default::default()
    };
    tb.book.person_update(&p.id, typed).unwrap();
    let u = tb
        .book
        .person_update(
            &p.id,
            PersonPatch {
                last_name: Some("Moreau".into()),
                display_name: Some("Amélia M. (Lyon)".into()),
                ..Default::default()
            },
        )
        .unwrap()
        .person;
    assert_eq!(
        u.display_name, "Amélia M. (Lyon)",
        "a name typed by hand stays when the last name changes"
    );
    assert_eq!(u.last_name, "Moreau");
}

#[test]
fn archive_hides_from_lists_and_search_until_unarchived() {
    let tb = book();
    let p = tb.book.person_create(amelie()).unwrap().person;
    tb.book.person_archive(&p.id, true).unwrap();
    let q = SearchReq {
        query: "amelie".into(),
        ..Default::default()
    };
    assert!(
        tb.book.person_search(&q).unwrap().is_empty(),
        "archived people stay out of default search"
    );
    assert_eq!(
        tb.book
            .person_list(&PersonListReq::default())
            .unwrap()
            .total,
        0
    );
    let with_archived = SearchReq {
        filter: PersonFilter {
            archived: ArchivedFilter::Only,
            ..Default::default()
        },
        ..q.clone()
    };
    assert_eq!(
        tb.book.person_search(&with_archived).unwrap().len(),
        1,
        "asking for archived people finds them"
    );
    tb.book.person_archive(&p.id, false).unwrap();
    assert_eq!(tb.book.person_search(&q).unwrap().len(), 1);
}

#[test]
fn delete_leaves_nothing_behind() {
    let tb = book();
    let p = tb.book.person_create(amelie()).unwrap().person;
    let keep = tb.book.person_create(named("Brian Solis")).unwrap().person;
    tb.book.person_delete(&p.id).unwrap();
    assert_eq!(
        tb.book.person_get(&p.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    let c = crate::support::raw(tb.book.path());
    for table in [
        "person_emails",
        "person_tags",
        "person_languages",
        "channels",
    ] {
        let n: i64 = c
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0, "{table} must hold nothing of the deleted person");
    }
    let fts: i64 = c
        .query_row(
            "SELECT count(*) FROM person_fts WHERE person_fts MATCH 'amelie OR montreal'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(fts, 0, "the search index must forget the deleted person");
    let keys: i64 = c
        .query_row(
            "SELECT count(*) FROM person_keys WHERE key = 'amelie'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(keys, 0);
    assert_eq!(
        tb.book.person_get(&keep.id).unwrap().display_name,
        "Brian Solis",
        "others are untouched"
    );
    assert_eq!(
        tb.book.person_delete(&p.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn only_changed_channels_get_a_new_updated_at() {
    let tb = book();
    let mut p = amelie();
    p.channels.push(ChannelInput {
        platform: Platform::X,
        handle: "AmelieD".into(),
        ..Default::default()
    });
    let p = tb.book.person_create(p).unwrap().person;
    tb.clock.advance(chrono::Duration::hours(1));
    let mut channels: Vec<ChannelInput> = p.channels.iter().map(ChannelInput::from).collect();
    channels[0].audience = Some(50_000);
    let u = tb
        .book
        .person_update(
            &p.id,
            PersonPatch {
                channels: Some(channels.clone()),
                ..Default::default()
            },
        )
        .unwrap()
        .person;
    assert_eq!(
        u.channels[0].updated_at, "2026-11-22T11:00:00.000Z",
        "the changed channel is restamped"
    );
    assert_eq!(
        u.channels[1].updated_at, p.channels[1].updated_at,
        "an untouched channel keeps its stamp, so merges don't think it newer"
    );
    tb.clock.advance(chrono::Duration::hours(1));
    channels[1].handle = "amelied".into();
    let u = tb
        .book
        .person_update(
            &p.id,
            PersonPatch {
                channels: Some(channels),
                ..Default::default()
            },
        )
        .unwrap()
        .person;
    assert_eq!(u.channels[1].handle, "amelied");
    assert_eq!(
        u.channels[1].updated_at, "2026-11-22T12:00:00.000Z",
        "a case-only change on X is a change"
    );
}
