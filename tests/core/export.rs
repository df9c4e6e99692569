//! Exports read back by standard readers: CSV (our importer maps it back) and iCalendar (the
//! `icalendar` crate); one person's dossier and erasure are in `export_person`.

use crate::support::{amelie, book, everyone};
use icalendar::parser::{read_calendar, unfold, Component};
use liaison_core::testing::read_table;
use liaison_core::{
    CsvExportOptions, EventInput, ExportOf, ExportSpec, ExportWhat, FollowupInput, ImportOptions,
    InteractionInput, MeetupInput, Person, Progress,
};

#[test]
fn people_csv_for_excel_imports_back_into_the_same_people() {
    let a = book();
    for p in liaison_core::sample_people(40, 11) {
        a.book.person_create(p).unwrap();
    }
    let opts = CsvExportOptions {
        bom: true,
        semicolon: true,
    };
    let bytes = a.book.people_csv(None, opts).unwrap();
    assert!(
        bytes.starts_with("\u{FEFF}Id;Name;".as_bytes()),
        "BOM and ';' for Excel"
    );

    let b = book();
    let r = b
        .book
        .csv_import(&bytes, None, &ImportOptions::default(), &Progress::new())
        .unwrap();
    assert_eq!(r.error_count, 0, "{:?}", r.errors);
    assert_eq!((r.created, r.merged), (40, 0), "40 distinct people: {r:?}");
    let key = |p: &Person| {
        let ch: Vec<(String, String, Option<u64>)> = p
            .channels
            .iter()
            .map(|c| {
                (
                    c.platform.as_str().to_string(),
                    c.handle.clone(),
                    c.audience,
                )
            })
            .collect();
        (
            (
                p.display_name.clone(),
                p.first_name.clone(),
                p.last_name.clone(),
                p.emails.clone(),
            ),
            (
                p.city.clone(),
                p.country.clone(),
                p.languages.clone(),
                p.employer.clone(),
            ),
            (
                p.kind,
                p.stage,
                p.topics.clone(),
                p.tags.clone(),
                p.bio.clone(),
                ch,
            ),
        )
    };
    let mut x: Vec<_> = everyone(&a.book).iter().map(key).collect();
    let mut y: Vec<_> = everyone(&b.book).iter().map(key).collect();
    x.sort_by(|p, q| format!("{p:?}").cmp(&format!("{q:?}")));
    y.sort_by(|p, q| format!("{p:?}").cmp(&format!("{q:?}")));
    assert_eq!(x, y, "every column the CSV carries comes back");
    let plain = a
        .book
        .people_csv(None, CsvExportOptions::default())
        .unwrap();
    assert!(plain.starts_with(b"Id,Name,"), "no BOM, commas by default");
}

#[test]
fn interaction_and_followup_csv_defuse_formulas() {
    let t = book();
    let p = t.book.person_create(amelie()).unwrap().person;
    t.book
        .interaction_create(InteractionInput {
            body: "=HYPERLINK(\"http://evil\")".into(),
            people: vec![p.id.clone()],
            ..Default::default()
        })
        .unwrap();
    t.book
        .followup_create(FollowupInput {
            title: "Relancer; puis \"envoyer\" le brief".into(),
            people: vec![p.id.clone()],
            due_local: "2026-12-01T09:30".into(),
            ..Default::default()
        })
        .unwrap();
    let table = read_table(
        &t.book
            .interactions_csv(Some(&p.id), CsvExportOptions::default())
            .unwrap(),
    )
    .unwrap();
    assert_eq!(table.records.len(), 1);
    let body = table.headers.iter().position(|h| h == "Body").unwrap();
    assert_eq!(
        table.records[0].cells[body], "'=HYPERLINK(\"http://evil\")",
        "no live formula"
    );
    let opts = CsvExportOptions {
        bom: false,
        semicolon: true,
    };
    let table = read_table(&t.book.followups_csv(None, opts).unwrap()).unwrap();
    assert_eq!(table.delimiter, b';');
    assert_eq!(
        table.records[0].cells[1], "Relancer; puis \"envoyer\" le brief",
        "quoted, not split"
    );
    assert_eq!(table.records[0].cells[7], "Amélie Dubois");
}

fn components<'a>(c: &'a Component<'a>, name: &str) -> Vec<&'a Component<'a>> {
    c.components.iter().filter(|x| x.name == name).collect()
}

fn value(c: &Component<'_>, name: &str) -> (String, Vec<String>) {
    let p = c
        .properties
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} missing"));
    let params = p
        .params
        .iter()
        .map(|x| {
            format!(
                "{}={}",
                x.key.as_str(),
                x.val.as_ref().map(|v| v.as_str()).unwrap_or("")
            )
        })
        .collect();
    (p.val.as_str().to_string(), params)
}

#[test]
fn the_calendar_reads_back_with_zones_and_alarms() {
    let t = book();
    t.book.set_time_zone("Europe/Paris").unwrap();
    let p = t.book.person_create(amelie()).unwrap().person;
    t.book
        .followup_create(FollowupInput {
            title: "Envoyer le brief, version 2".into(),
            people: vec![p.id.clone()],
            due_local: "2026-12-01T09:30".into(),
            ..Default::default()
        })
        .unwrap();
    let done = t
        .book
        .followup_create(FollowupInput {
            title: "Done already".into(),
            people: vec![p.id.clone()],
            due_local: "2026-12-02".into(),
            ..Default::default()
        })
        .unwrap();
    t.book.followup_done(&done.id).unwrap();
    let e = t
        .book
        .event_create(EventInput {
            name: "Web Summit".into(),
            time_zone: Some("Europe/Lisbon".into()),
            start_local: "2027-11-08T10:00".into(),
            end_local: "2027-11-11T18:00".into(),
            city: "Lisboa".into(),
            ..Default::default()
        })
        .unwrap();
    t.book
        .meetup_create(MeetupInput {
            title: "Pastéis".into(),
            event_id: Some(e.id.clone()),
            start_local: "2027-11-09T08:00".into(),
            people: vec![p.id.clone()],
            ..Default::default()
        })
        .unwrap();
    let ics = t.book.calendar_ics(None).unwrap();
    let unfolded = unfold(&ics);
    let cal = read_calendar(&unfolded).expect("a standard reader parses our calendar");
    let root = &cal.components;
    let events: Vec<&Component> = root.iter().filter(|c| c.name == "VEVENT").collect();
    assert_eq!(
        events.len(),
        3,
        "the open follow-up, the event, the meetup; not the done one"
    );
    let f = events
        .iter()
        .find(|c| value(c, "SUMMARY").0.starts_with("Envoyer"))
        .unwrap();
    assert_eq!(
        value(f, "DTSTART"),
        (
            "20261201T093000".to_string(),
            vec!["TZID=Europe/Paris".to_string()]
        )
    );
    assert_eq!(
        value(f, "SUMMARY").0,
        "Envoyer le brief, version 2 — Amélie Dubois"
    );
    assert_eq!(
        value(f, "URL").0,
        format!("liaison://person/{}", p.id),
        "a follow-up in the calendar links to the person in the app"
    );
    let alarms = components(f, "VALARM");
    assert_eq!(alarms.len(), 1, "a follow-up reminds");
    assert_eq!(value(alarms[0], "TRIGGER").0, "-PT0M");
    let w = events
        .iter()
        .find(|c| value(c, "SUMMARY").0 == "Web Summit")
        .unwrap();
    assert_eq!(value(w, "DTSTART").1, ["TZID=Europe/Lisbon"]);
    let m = events
        .iter()
        .find(|c| value(c, "SUMMARY").0 == "Pastéis")
        .unwrap();
    assert_eq!(
        value(m, "URL").0,
        format!("liaison://person/{}", p.id),
        "a meetup links to the person met"
    );
    let zones: Vec<String> = root
        .iter()
        .filter(|c| c.name == "VTIMEZONE")
        .map(|z| value(z, "TZID").0)
        .collect();
    assert_eq!(
        zones,
        ["Europe/Lisbon", "Europe/Paris"],
        "each zone used is defined"
    );

    let mine = t.book.calendar_ics(Some(&p.id)).unwrap();
    let unfolded = unfold(&mine);
    let cal = read_calendar(&unfolded).unwrap();
    assert_eq!(
        cal.components.iter().filter(|c| c.name == "VEVENT").count(),
        2,
        "her follow-up and meetup"
    );

    // The event page's file and the book's calendar come from one writer: one reminder.
    let meetup_alarm = |text: &str| {
        let unfolded = unfold(text);
        let cal = read_calendar(&unfolded).unwrap();
        let m = cal
            .components
            .iter()
            .find(|c| c.name == "VEVENT" && value(c, "SUMMARY").0 == "Pastéis")
            .map(|m| value(components(m, "VALARM")[0], "TRIGGER").0);
        m.expect("the meetup, with an alarm")
    };
    let spec = ExportSpec::new(ExportWhat::Ics, ExportOf::Event(e.id.clone()));
    let page = t.book.export_text(&spec).unwrap().text;
    assert_eq!(
        meetup_alarm(&page),
        meetup_alarm(&ics),
        "one meetup, one reminder, whichever file the person imported"
    );
    assert_eq!(meetup_alarm(&ics), "-PT15M", "a quarter of an hour before");
}
