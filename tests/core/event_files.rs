//! An event's files read back by standard readers: the iCalendar by the `icalendar` crate, the CSV by hand.

use crate::support::{amelie, book, named, TestBook};
use icalendar::parser::{read_calendar, unfold, Component};
use liaison_core::ExportedText;
use liaison_core::Person;
use liaison_core::{AttendReq, Event, EventInput, EventKind, MeetupInput};
use liaison_core::{ExportOf, ExportSpec, ExportWhat};

fn prop<'a>(c: &'a Component<'a>, name: &str) -> Option<(String, Vec<(String, String)>)> {
    c.properties.iter().find(|p| p.name == name).map(|p| {
        (
            p.val.as_str().to_string(),
            p.params
                .iter()
                .map(|x| {
                    (
                        x.key.as_str().to_string(),
                        x.val
                            .as_ref()
                            .map(|v| v.as_str().to_string())
                            .unwrap_or_default(),
                    )
                })
                .collect(),
        )
    })
}

#[test]
fn the_event_and_its_meetups_read_back_as_icalendar_with_their_zones() {
    let tb = book();
    let e = tb
        .book
        .event_create(EventInput {
            name: "NY Creator Week, \"spring\"; day 1".into(),
            kind: EventKind::CityTrip,
            time_zone: Some("America/New_York".into()),
            start_local: "2027-03-13T09:00".into(),
            end_local: "2027-03-16T18:00".into(),
            city: "New York".into(),
            country: "US".into(),
            notes: "Gather people in New York.\nSecond line: with a very long text that has to be folded because it is far longer than seventy-five octets, é è à.".into(),
            ..Default::default()
        })
        .unwrap();
    let a = tb.book.person_create(amelie()).unwrap().person;
    tb.book
        .meetup_create(MeetupInput {
            title: "Brunch".into(),
            event_id: Some(e.id.clone()),
            start_local: "2027-03-14T11:00".into(),
            minutes: Some(90),
            place: "Balthazar".into(),
            people: vec![a.id.clone()],
            ..Default::default()
        })
        .unwrap();
    let file = tb
        .book
        .export_text(&ExportSpec::new(
            ExportWhat::Ics,
            ExportOf::Event(e.id.clone()),
        ))
        .unwrap();
    assert!(file.file_name.ends_with(".ics"));
    assert!(
        file.text.lines().all(|l| l.len() <= 76),
        "lines are folded at 75 octets"
    );
    assert!(file.text.contains("\r\n"), "iCalendar lines end in CRLF");
    let unfolded = unfold(&file.text);
    let cal = read_calendar(&unfolded).expect("a standard reader parses the file");
    let events: Vec<&Component> = cal
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(events.len(), 2);
    let (start, params) = prop(events[0], "DTSTART").unwrap();
    assert_eq!(start, "20270313T090000");
    assert_eq!(
        params,
        [("TZID".to_string(), "America/New_York".to_string())]
    );
    let summary = prop(events[0], "SUMMARY").unwrap().0;
    assert_eq!(
        summary, e.name,
        "commas and semicolons survive the TEXT escaping"
    );
    assert!(
        file.text.contains("NY Creator Week\\, \"spring\"\\; day 1"),
        "and are escaped in the file"
    );
    let (brunch_end, _) = prop(events[1], "DTEND").unwrap();
    assert_eq!(brunch_end, "20270314T123000", "90 minutes after 11:00");
    assert!(events[1].components.iter().any(|c| c.name == "VALARM"));
    // The zone is described, with the 14 March 2027 switch to daylight time.
    let tz = cal
        .components
        .iter()
        .find(|c| c.name == "VTIMEZONE")
        .expect("a VTIMEZONE");
    assert_eq!(prop(tz, "TZID").unwrap().0, "America/New_York");
    let daylight: Vec<String> = tz
        .components
        .iter()
        .filter(|c| c.name == "DAYLIGHT")
        .map(|c| prop(c, "DTSTART").unwrap().0)
        .collect();
    assert!(
        daylight.contains(&"20270314T020000".to_string()),
        "{daylight:?}"
    );
}

#[test]
fn whos_here_exports_as_csv_that_spreadsheets_cannot_execute() {
    let tb = book();
    let e = vivatech(&tb);
    let a = tb.book.person_create(amelie()).unwrap().person;
    let evil = tb
        .book
        .person_create(named("=HYPERLINK(\"http://x\")"))
        .unwrap()
        .person;
    attend(&tb, &e, &a, "Speaks on ethics, \"green\" fashion");
    attend(&tb, &e, &evil, "");
    let f = sheet(&tb, &e);
    assert_eq!(f.file_name, "vivatech-2027-attendees.csv");
    assert!(f.text.starts_with('\u{feff}'), "a BOM so Excel reads UTF-8");
    let lines: Vec<&str> = f
        .text
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .collect();
    assert!(lines[0].starts_with("Name,Role,Status,Why they matter"));
    assert!(
        lines.iter().any(|l| l.starts_with(
            "Amélie Dubois,attendee,invited,\"Speaks on ethics, \"\"green\"\" fashion\""
        )),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("\"'=HYPERLINK(\"\"http://x\"\")\"")),
        "a formula-looking name is defused: {lines:?}"
    );
}

fn vivatech(tb: &TestBook) -> Event {
    let input = EventInput {
        name: "VivaTech 2027".into(),
        start_local: "2027-06-11".into(),
        ..Default::default()
    };
    tb.book.event_create(input).unwrap()
}

fn attend(tb: &TestBook, e: &Event, p: &Person, why: &str) {
    let req = AttendReq {
        event_id: e.id.clone(),
        person_id: p.id.clone(),
        why: Some(why.into()),
        ..Default::default()
    };
    tb.book.event_attend(&req).unwrap();
}

/// "Who's here" through the one export entry, as the app and the CLI make it.
fn sheet(tb: &TestBook, e: &Event) -> ExportedText {
    let spec = ExportSpec::new(ExportWhat::Attendees, ExportOf::Event(e.id.clone()));
    tb.book.export_text(&spec).unwrap()
}

#[test]
fn an_attendee_sheet_guards_formulas_exactly_as_the_people_csv_does() {
    let tb = book();
    let e = vivatech(&tb);
    let names = [
        "=SUM(A1)",
        "@cmd",
        "+33 6 12 34 56 78",
        "-cmd",
        "+cmd",
        "-2 degrees",
    ];
    for n in names {
        let p = tb.book.person_create(named(n)).unwrap().person;
        attend(&tb, &e, &p, "");
    }
    let spec = ExportSpec::new(ExportWhat::People, ExportOf::Book);
    let people = tb.book.export_text(&spec).unwrap().text;
    let sheet = sheet(&tb, &e).text;
    // Name is the people CSV's second column and the sheet's first; these names hold no comma.
    let cells = |csv: &str, col: usize| -> Vec<String> {
        let mut v: Vec<String> = csv
            .trim_start_matches('\u{feff}')
            .lines()
            .skip(1)
            .map(|l| l.split(',').nth(col).unwrap().to_string())
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        cells(&sheet, 0),
        cells(&people, 1),
        "one guard: a phone-like name stays, a formula gets its apostrophe, in both files"
    );
    assert!(cells(&sheet, 0).contains(&"'=SUM(A1)".to_string()));
    assert!(cells(&sheet, 0).contains(&"+33 6 12 34 56 78".to_string()));
}
