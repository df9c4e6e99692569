//! What is exported about one person: the printable dossier (escaped, no script, one page of what matters), "everything about this person", and erasure from every export.

use crate::support::{amelie, book, named};
use liaison_core::{
    AttendReq, BundleScope, CsvExportOptions, Direction, DossierLang, EventInput, FollowupInput,
    InteractionInput, InteractionKind, NoteInput, Progress, SearchReq,
};

#[test]
fn the_dossier_is_escaped_printable_and_one_page_of_what_matters() {
    let t = book();
    let mut input = amelie();
    input.bio = "<script>alert('x')</script> & co".into();
    let p = t.book.person_create(input).unwrap().person;
    for n in 0..14 {
        t.book
            .interaction_create(InteractionInput {
                body: format!("échange {n:02} <b>gras</b>"),
                occurred_at: Some(format!("2026-10-{:02}T10:00:00Z", n + 1)),
                people: vec![p.id.clone()],
                ..Default::default()
            })
            .unwrap();
    }
    t.book
        .note_create(NoteInput {
            person_id: p.id.clone(),
            body: "<img src=x onerror=alert(1)>".into(),
            pinned: true,
        })
        .unwrap();
    let f = t
        .book
        .followup_create(FollowupInput {
            title: "Call back".into(),
            people: vec![p.id.clone()],
            due_local: "2026-12-01".into(),
            ..Default::default()
        })
        .unwrap();
    t.book
        .followup_create(FollowupInput {
            title: "Old one".into(),
            people: vec![p.id.clone()],
            due_local: "2026-11-01".into(),
            ..Default::default()
        })
        .map(|o| t.book.followup_done(&o.id).unwrap())
        .unwrap();
    let html = t.book.person_dossier(&p.id).unwrap();
    assert!(
        !html.to_lowercase().contains("<script"),
        "no script, not even the bio's"
    );
    assert!(!html.contains("<img"), "a note's markup is shown as text");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
    assert!(
        html.contains("@media print") && html.contains("@page"),
        "print styles inline"
    );
    assert!(
        html.contains("amelied") && html.contains("45\u{202F}300"),
        "channels with audience"
    );
    assert_eq!(
        html.matches("échange").count(),
        10,
        "the last 10 interactions only"
    );
    assert!(
        html.contains("échange 13") && !html.contains("échange 03"),
        "the newest ones"
    );
    assert!(
        html.contains(&f.title) && !html.contains("Old one"),
        "open follow-ups only"
    );

    let e = t
        .book
        .event_create(EventInput {
            name: "PFW <2027>".into(),
            start_local: "2027-03-01".into(),
            ..Default::default()
        })
        .unwrap();
    t.book
        .event_attend(&AttendReq {
            event_id: e.id.clone(),
            person_id: p.id.clone(),
            why: Some("co-création & <beta>".into()),
            ..Default::default()
        })
        .unwrap();
    t.book.person_create(named("Autre")).unwrap();
    let sheet = t.book.event_dossier(&e.id).unwrap();
    assert!(sheet.contains("PFW &lt;2027&gt;") && sheet.contains("co-création &amp; &lt;beta&gt;"));
    assert!(
        sheet.contains("Amélie Dubois") && !sheet.contains("Autre"),
        "attendees only"
    );
    let link = format!("<a href=\"liaison://person/{}\">", p.id);
    assert!(
        html.contains(&link),
        "the person's dossier links back to her in the app (liaison://person/<id>)"
    );
    assert!(
        sheet.contains(&link),
        "each attendee on the event's sheet links to the person in the app"
    );
}

#[test]
fn a_dossier_names_kinds_directions_and_the_print_time_as_its_reader_reads_them() {
    let t = book(); // the test clock: 2026-11-22 10:00 UTC
    t.book.set_time_zone("Europe/Paris").unwrap();
    let p = t.book.person_create(amelie()).unwrap().person;
    t.book
        .interaction_create(InteractionInput {
            kind: InteractionKind::ContentPublished,
            direction: Direction::Given,
            body: "vidéo partagée".into(),
            occurred_at: Some("2026-11-20T10:00:00Z".into()),
            people: vec![p.id.clone()],
            ..Default::default()
        })
        .unwrap();
    for (lang, words) in [
        (DossierLang::En, "Content published · Given"),
        (DossierLang::Fr, "Contenu publié · Donné"),
    ] {
        let html = t.book.person_dossier_in(&p.id, lang).unwrap();
        assert!(
            html.contains(words),
            "{lang:?}: the interaction reads {words:?}, not its codes"
        );
        assert!(
            !html.contains("content_published"),
            "{lang:?}: no code on paper"
        );
        assert!(
            html.contains("2026-11-22 11:00"),
            "{lang:?}: printed at the reader's time (Paris, UTC+1), to the minute"
        );
        assert!(
            !html.contains("2026-11-22T10:00"),
            "{lang:?}: no machine stamp in the footer"
        );
    }
}

#[test]
fn everything_about_a_person_then_erasure_from_every_export() {
    let t = book();
    let p = t.book.person_create(amelie()).unwrap().person;
    let other = t.book.person_create(named("Brian Solis")).unwrap().person;
    t.book
        .note_create(NoteInput {
            person_id: p.id.clone(),
            body: "secret".into(),
            pinned: false,
        })
        .unwrap();
    let all = t.book.person_export_everything(&p.id).unwrap();
    assert!(
        all.bundle.contains(&p.id)
            && all.bundle.contains("secret")
            && !all.bundle.contains(&other.id)
    );
    assert!(all.dossier.contains("Amélie Dubois"));

    t.book.person_delete(&p.id).unwrap();
    let search = t
        .book
        .person_search(&SearchReq {
            query: "amelie".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(search.is_empty(), "gone from the search index");
    let csv = String::from_utf8(
        t.book
            .people_csv(None, CsvExportOptions::default())
            .unwrap(),
    )
    .unwrap();
    assert!(
        !csv.contains("Amélie") && csv.contains("Brian"),
        "gone from CSV"
    );
    assert!(
        !t.book
            .vcard_export(None, liaison_core::VcardVersion::default())
            .unwrap()
            .contains("Amélie"),
        "gone from vCard"
    );
    let bundle = String::from_utf8(
        t.book
            .bundle_export(&BundleScope::All, &Progress::new())
            .unwrap(),
    )
    .unwrap();
    assert!(
        !bundle.contains("Amélie") && !bundle.contains("secret"),
        "gone from the bundle"
    );
    assert!(
        bundle.contains(&format!("\"id\":\"{}\",\"kind\":\"person\"", p.id)),
        "but its tombstone is there"
    );
    assert!(
        t.book.text_search("secret", 10).unwrap().is_empty(),
        "gone from the notes' text index"
    );
}
