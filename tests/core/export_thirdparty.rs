//! Our iCalendar and CSV files as independent, maintained parsers read them: Python's `icalendar` (what many calendar tools are built on) and Python's own `csv` module, run by Debian's `/usr/bin/python3` on the scripts in tests/thirdparty/. Skipped, saying so, only where that Python or its module is missing (scripts/setup.sh installs python3-icalendar).

use crate::support::{amelie, book};
use liaison_core::{
    Book, CsvExportOptions, EventInput, ExportOf, ExportSpec, ExportWhat, FollowupInput,
    MeetupInput, PersonInput, Progress,
};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const PYTHON: &str = "/usr/bin/python3";

/// Runs tests/thirdparty/`script` on `args`; `None` (after saying why) when Debian's Python or
/// the module the script needs is not installed.
fn python(script: &str, args: &[&str]) -> Option<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("thirdparty")
        .join(script);
    if !Path::new(PYTHON).exists() {
        eprintln!("SKIPPED: {PYTHON} is missing (scripts/setup.sh installs it)");
        return None;
    }
    let out = Command::new(PYTHON).arg(&path).args(args).output().unwrap();
    if out.status.code() == Some(3) {
        eprintln!("SKIPPED: {script} needs a Python module that is missing: apt-get install python3-icalendar (scripts/setup.sh)");
        return None;
    }
    assert!(
        out.status.success(),
        "{script} could not read our file: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

fn write(b: &Book, spec: &ExportSpec, dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    b.export_write(&b.export(spec).unwrap(), &path, &Progress::new())
        .unwrap();
    path
}

fn event<'a>(cal: &'a Value, summary: &str) -> &'a Value {
    cal["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["summary"] == summary)
        .unwrap_or_else(|| panic!("no event {summary} in {cal}"))
}

/// RFC 5545: CRLF after every content line, none longer than 75 octets.
fn assert_folded(ics: &[u8]) {
    let text = std::str::from_utf8(ics).unwrap();
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(!line.contains('\n'), "a bare LF: {line:?}");
        assert!(line.len() <= 75, "a line over 75 octets: {line:?}");
    }
}

const LONG: &str = "Apporter les échantillons, le brief; puis valider le planning, la liste des invités et les looks avec l’équipe presse.\nDeuxième ligne, après un saut.";

#[test]
fn the_calendar_reads_in_pythons_icalendar_with_all_day_events_alarms_and_escapes() {
    let t = book();
    t.book.set_time_zone("Europe/Paris").unwrap();
    let p = t.book.person_create(amelie()).unwrap().person;
    let show = t
        .book
        .event_create(EventInput {
            name: "Who's Next, salon".into(),
            start_local: "2027-06-10".into(),
            end_local: "2027-06-12".into(),
            venue: "Porte de Versailles; Hall 7".into(),
            city: "Paris".into(),
            notes: LONG.into(),
            ..Default::default()
        })
        .unwrap();
    t.book
        .event_create(EventInput {
            name: "Web Summit".into(),
            time_zone: Some("Europe/Lisbon".into()),
            start_local: "2027-11-08T10:00".into(),
            end_local: "2027-11-11T18:00".into(),
            ..Default::default()
        })
        .unwrap();
    t.book
        .event_create(EventInput {
            name: "Press day".into(),
            start_local: "2027-09-01".into(),
            ..Default::default()
        })
        .unwrap();
    t.book
        .meetup_create(MeetupInput {
            title: "Café, stand B12".into(),
            event_id: Some(show.id.clone()),
            start_local: "2027-06-11T08:30".into(),
            people: vec![p.id.clone()],
            ..Default::default()
        })
        .unwrap();
    t.book
        .followup_create(FollowupInput {
            title: "Relancer; puis envoyer, le brief".into(),
            body: LONG.into(),
            people: vec![p.id.clone()],
            due_local: "2026-12-01T09:30".into(),
            ..Default::default()
        })
        .unwrap();

    let spec = ExportSpec::new(ExportWhat::Ics, ExportOf::Book);
    let file = write(&t.book, &spec, t.dir.path(), "liaison.ics");
    assert_folded(&std::fs::read(&file).unwrap());
    let Some(cal) = python("ics_read.py", &[file.to_str().unwrap()]) else {
        return;
    };

    let s = event(&cal, "Who's Next, salon");
    assert_eq!(
        (&s["start"], &s["end"]),
        (
            &serde_json::json!({"kind": "date", "value": "2027-06-10"}),
            &serde_json::json!({"kind": "date", "value": "2027-06-13"})
        ),
        "a show given as dates is all-day, its end the day after its last (exclusive)"
    );
    assert_eq!(s["location"], "Porte de Versailles; Hall 7, Paris");
    assert_eq!(s["description"], LONG, "escapes and folding undone exactly");
    let d = event(&cal, "Press day");
    assert_eq!(
        (&d["start"]["value"], &d["end"]["value"]),
        (&"2027-09-01".into(), &"2027-09-02".into()),
        "one day"
    );

    let w = event(&cal, "Web Summit");
    assert_eq!(w["start"]["kind"], "date-time", "times stay times");
    assert_eq!(w["start"]["value"], "2027-11-08T10:00");
    assert_eq!(w["start"]["zone"], "Europe/Lisbon");
    assert_eq!(
        w["start"]["utc"], "2027-11-08T10:00Z",
        "Lisbon is UTC+0 in November"
    );
    assert_eq!(w["alarms"], serde_json::json!([]));

    let m = event(&cal, "Café, stand B12");
    assert_eq!(
        m["alarms"],
        serde_json::json!([-900]),
        "a meetup rings 15 minutes before"
    );
    assert_eq!(
        m["start"]["utc"], "2027-06-11T06:30Z",
        "08:30 in Paris, summer time"
    );

    let f = event(&cal, "Relancer; puis envoyer, le brief — Amélie Dubois");
    assert_eq!(
        f["alarms"],
        serde_json::json!([0]),
        "a follow-up rings when due"
    );
    assert_eq!(f["description"], LONG);
    assert_eq!(f["start"]["zone"], "Europe/Paris");

    // The event's own file: the same writer, so the same all-day show and the same alarm.
    let spec = ExportSpec::new(ExportWhat::Ics, ExportOf::Event(show.id.clone()));
    let file = write(&t.book, &spec, t.dir.path(), "show.ics");
    let cal = python("ics_read.py", &[file.to_str().unwrap()]).unwrap();
    assert_eq!(
        event(&cal, "Who's Next, salon")["end"]["value"],
        "2027-06-13"
    );
    assert_eq!(
        event(&cal, "Café, stand B12")["alarms"],
        serde_json::json!([-900])
    );
}

fn rows(v: &Value) -> Vec<Vec<String>> {
    serde_json::from_value(v["rows"].clone()).unwrap()
}

#[test]
fn csv_reads_in_pythons_csv_module_in_both_forms_with_crlf_and_quoted_newlines() {
    let t = book();
    t.book.set_time_zone("Europe/Paris").unwrap();
    let bio = "Mode, beauté; voyages\nDeuxième ligne \"citée\"";
    let p = t
        .book
        .person_create(PersonInput {
            bio: bio.into(),
            ..amelie()
        })
        .unwrap()
        .person;
    t.book
        .followup_create(FollowupInput {
            title: "Relancer; puis \"envoyer\", le brief".into(),
            body: "Ligne 1\r\nLigne 2".into(),
            people: vec![p.id.clone()],
            due_local: "2026-12-01T09:30".into(),
            ..Default::default()
        })
        .unwrap();
    for (opts, delimiter) in [
        (CsvExportOptions::default(), ","),
        (CsvExportOptions::for_language("fr"), ";"),
    ] {
        let spec = ExportSpec {
            csv: opts,
            ..ExportSpec::new(ExportWhat::People, ExportOf::Book)
        };
        let file = write(&t.book, &spec, t.dir.path(), "people.csv");
        let raw = std::fs::read(&file).unwrap();
        let head_end = raw.windows(2).position(|w| w == b"\r\n").unwrap();
        assert!(
            !raw[..head_end].contains(&b'\n') && raw.ends_with(b"\r\n"),
            "records end in CRLF"
        );
        let Some(got) = python("csv_read.py", &[file.to_str().unwrap(), delimiter]) else {
            return;
        };
        assert_eq!(
            got["bom"], opts.bom,
            "a BOM exactly in the French Excel form"
        );
        let r = rows(&got);
        assert_eq!(r.len(), 2, "the header and one person: {r:?}");
        let col = |name: &str| r[0].iter().position(|h| h == name).unwrap();
        assert_eq!(r[0][0], "Id", "the BOM is not read into the first header");
        assert_eq!(
            r[1][col("Bio")],
            bio,
            "the newline and quotes inside the cell"
        );
        assert_eq!(r[1][col("Instagram followers")], "45300");
        assert_eq!(
            r[1][col("Created")],
            "2026-11-22 11:00",
            "the clock's 10:00 UTC at the Paris clock, as spreadsheets read dates"
        );

        let spec = ExportSpec {
            csv: opts,
            ..ExportSpec::new(ExportWhat::Followups, ExportOf::Book)
        };
        let file = write(&t.book, &spec, t.dir.path(), "followups.csv");
        let got = python("csv_read.py", &[file.to_str().unwrap(), delimiter]).unwrap();
        let r = rows(&got);
        let col = |name: &str| r[0].iter().position(|h| h == name).unwrap();
        assert_eq!(r[1][col("Title")], "Relancer; puis \"envoyer\", le brief");
        assert_eq!(r[1][col("Body")], "Ligne 1\r\nLigne 2");
        assert_eq!(r[1][col("Due")], "2026-12-01 09:30");
        assert_eq!(r[1][col("Due (local)")], "2026-12-01 09:30");
        assert_eq!(r[1][col("Time zone")], "Europe/Paris");
        assert_eq!(r[1][col("People")], "Amélie Dubois");
    }
}
