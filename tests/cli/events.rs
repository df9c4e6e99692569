//! `event`, `attend`, `meetup` and `city` on a real book (`capture` has its own file). The CLI
//! runs on the system clock, so events are set in 2030, safely to come whenever the tests run.

use crate::support::{error_body, shell, stderr, Shell};
use serde_json::Value;

/// A book in UTC with Amélie and two Marcs, and a 2030 trade show in Paris.
pub(crate) fn setup() -> (Shell, String) {
    let sh = shell();
    sh.add(&[
        "--name",
        "Amélie Dubois",
        "--city",
        "Paris",
        "--country",
        "FR",
    ]);
    sh.add(&["--name", "Marc Levy"]);
    sh.add(&["--name", "Marc Dupont"]);
    sh.ok(&["settings", "--tz", "UTC"]);
    let id = sh
        .ok(&[
            "event",
            "add",
            "--name",
            "VivaTech 2030",
            "--kind",
            "trade-show",
            "--start",
            "2030-06-11",
            "--end",
            "2030-06-14",
            "--tz",
            "Europe/Paris",
            "--city",
            "Paris",
            "--country",
            "fr",
            "--venue",
            "Paris Expo",
        ])
        .trim()
        .to_string();
    assert_eq!(id.len(), 36, "`event add` prints only the new id: {id:?}");
    (sh, id)
}

pub(crate) fn attendee<'a>(detail: &'a Value, name: &str) -> &'a Value {
    detail["attendees"]
        .as_array()
        .expect("attendees is a list")
        .iter()
        .find(|a| a["person"]["display_name"] == name)
        .unwrap_or_else(|| panic!("{name} should be in who's here: {detail}"))
}

pub(crate) fn count(v: &Value) -> usize {
    v.as_array().expect("a JSON array").len()
}

#[test]
fn an_event_is_added_listed_and_shown_with_whos_here() {
    let (sh, id) = setup();
    let listed = sh.json(&["event", "list", "--json"]);
    assert_eq!(
        listed[0]["id"],
        id.as_str(),
        "a 2030 event is to come: {listed}"
    );
    assert_eq!(
        listed[0]["kind"], "trade_show",
        "the dashed kind is accepted"
    );
    assert_eq!(listed[0]["start_local"], "2030-06-11T00:00");
    assert_eq!(listed[0]["country"], "FR");
    assert_eq!(
        count(&sh.json(&["event", "list", "--past", "--json"])),
        0,
        "nothing is over yet"
    );
    assert_eq!(
        count(&sh.json(&["event", "list", "--city", "PARIS", "--json"])),
        1,
        "cities match ignoring case"
    );
    let table = sh.ok(&["event", "list"]);
    assert!(
        table.contains("VivaTech 2030") && table.contains("2030-06-11 → 2030-06-14"),
        "{table}"
    );

    let line = sh.json(&[
        "attend",
        &id,
        "amelie",
        "--role",
        "press",
        "--why",
        "launches her line",
        "--json",
    ]);
    assert_eq!(line["role"], "press");
    assert_eq!(line["status"], "invited", "a new attendee is invited");
    let text = sh.ok(&["attend", &id, "Marc Levy", "--role", "speaker"]);
    assert!(text.contains("Marc Levy is at VivaTech 2030"), "{text}");

    let by_name = sh.json(&["event", "show", &id, "--json"]);
    assert_eq!(
        by_name["attendees"][0]["person"]["display_name"],
        "Amélie Dubois"
    );
    let detail = sh.json(&["event", "show", &id, "--sort", "role", "--json"]);
    assert_eq!(detail["event"]["id"], id.as_str());
    assert_eq!(
        detail["attendees"][0]["person"]["display_name"], "Marc Levy",
        "sorted by role, speakers first: {detail}"
    );
    assert_eq!(
        attendee(&detail, "Amélie Dubois")["why"],
        "launches her line"
    );
    let page = sh.ok(&["event", "show", &id]);
    assert!(page.contains("Who's here (2)"), "{page}");
    assert!(
        page.contains("Amélie Dubois") && page.contains("launches her line"),
        "{page}"
    );
}

#[test]
fn who_is_here_and_the_meetups_export_as_csv_and_icalendar() {
    let (sh, id) = setup();
    sh.ok(&["attend", &id, "amelie", "--why", "ethical fashion"]);
    sh.ok(&[
        "meetup",
        "add",
        "--title",
        "Breakfast",
        "--start",
        "2030-06-12T08:30",
        "--event",
        &id,
        "--with",
        "amelie",
    ]);
    let csv = sh.ok(&["event", "export", &id, "--csv"]);
    assert!(
        csv.starts_with('\u{feff}'),
        "a BOM, so spreadsheets read accents"
    );
    assert!(csv.contains("Name,Role,Status"), "{csv}");
    assert!(
        csv.contains("Amélie Dubois,attendee,invited,ethical fashion"),
        "{csv}"
    );

    let file = sh.dir.path().join("vivatech.ics");
    let path = file.to_str().expect("a UTF-8 temp path");
    let out = sh.ok(&["event", "export", &id, "--ics", "--out", path]);
    assert_eq!(out, "", "with --out nothing goes to stdout");
    let ics = std::fs::read_to_string(&file).expect("the file was written");
    assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
    assert!(ics.contains("SUMMARY:VivaTech 2030"), "{ics}");
    assert!(ics.contains("SUMMARY:Breakfast"), "the meetup too: {ics}");
    assert!(
        ics.contains("DTSTART;TZID=Europe/Paris:20300612T083000"),
        "at its wall time in Paris: {ics}"
    );

    let out = sh.run(&["event", "export", &id]);
    assert_eq!(out.status.code(), Some(2), "--csv or --ics is required");
}

#[test]
fn a_meetup_outcome_logs_one_interaction_per_person_met() {
    let (sh, id) = setup();
    let meetup = sh
        .ok(&[
            "meetup",
            "add",
            "--title",
            "Breakfast",
            "--start",
            "2030-06-12T08:30",
            "--event",
            &id,
            "--with",
            "amelie",
            "--with",
            "Marc Levy",
            "--place",
            "Café Lomi",
        ])
        .trim()
        .to_string();
    let listed = sh.json(&["meetup", "list", "--event", &id, "--json"]);
    assert_eq!(
        listed[0]["city"], "Paris",
        "at the event: its city: {listed}"
    );
    assert_eq!(listed[0]["time_zone"], "Europe/Paris", "and its zone");

    let done = sh.json(&[
        "meetup",
        "outcome",
        &meetup,
        "--text",
        "Keen on autumn",
        "--met",
        "Marc Levy",
        "--json",
    ]);
    assert_eq!(done["outcome"], "Keen on autumn");
    assert_eq!(
        count(&sh.json(&["timeline", "Marc Levy", "--json"])),
        1,
        "Marc came: one interaction"
    );
    assert_eq!(
        count(&sh.json(&["timeline", "amelie", "--json"])),
        0,
        "Amélie did not: none"
    );
    let detail = sh.json(&["event", "show", &id, "--json"]);
    assert_eq!(attendee(&detail, "Marc Levy")["status"], "met");

    let city = sh.json(&["city", "paris", "--json"]);
    assert_eq!(
        city["people_in"][0]["display_name"], "Amélie Dubois",
        "{city}"
    );
    assert_eq!(city["events"][0]["id"], id.as_str());
}

#[test]
fn bad_input_names_the_field_and_exits_with_its_class() {
    let (sh, id) = setup();
    let out = sh.run(&["event", "add", "--name", " ", "--start", "next june"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("--name (name)"), "the flag to fix: {err}");
    assert!(err.contains("--start (start_local)"), "{err}");

    let out = sh.run(&[
        "event",
        "add",
        "--name",
        "X",
        "--start",
        "2030-01-02",
        "--end",
        "2030-01-01",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(error_body(&out)["fields"][0]["field"], "end_local");

    let out = sh.run(&[
        "event",
        "add",
        "--name",
        "X",
        "--start",
        "2030-01-01",
        "--kind",
        "party",
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown kind is refused by the parser"
    );

    let out = sh.run(&["attend", &id, "amelie", "--status", "maybe"]);
    assert_eq!(out.status.code(), Some(2));
    let out = sh.run(&["attend", "0192f0c1-0000-7000-8000-000000000000", "amelie"]);
    assert_eq!(out.status.code(), Some(3), "no such event");
    let out = sh.run(&["attend", &id, "nobody-like-this"]);
    assert_eq!(out.status.code(), Some(3), "no such person");

    let out = sh.run(&["capture", "just some words", "--no-event", "--json"]);
    assert_eq!(out.status.code(), Some(2), "a line naming no one");
    let body = error_body(&out);
    assert_eq!(body["fields"][0]["field"], "LINE", "{body}");
    assert!(
        body["message"]
            .as_str()
            .expect("a message")
            .contains("Who was it?"),
        "{body}"
    );

    let meetup = sh.ok(&[
        "meetup",
        "add",
        "--title",
        "Tea",
        "--start",
        "2030-06-12",
        "--with",
        "amelie",
    ]);
    let out = sh.run(&["meetup", "outcome", meetup.trim(), "--text", " "]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("how it went"), "{}", stderr(&out));
}
