//! `followup`, `today` and `settings`: reminders in the user's own zone. The CLI runs on the
//! system clock, so due times are computed from now in the test and membership is asserted,
//! never exact stamps.

use crate::support::{error_body, shell, stderr, Shell};
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde_json::Value;

/// A zone where it is now late morning, so "two hours ago" and "in two hours" are both today.
fn late_morning_zone() -> (String, Tz) {
    let hour = i32::try_from(chrono::Timelike::hour(&Utc::now())).expect("an hour fits");
    let offset = 11 - hour; // -12..=11, all real Etc/GMT zones
    let name = match offset {
        0 => "Etc/GMT".to_string(),
        // Etc/GMT names count the other way round: Etc/GMT-3 is UTC+3.
        o if o > 0 => format!("Etc/GMT-{o}"),
        o => format!("Etc/GMT+{}", -o),
    };
    let tz = name.parse().expect("an Etc/GMT zone");
    (name, tz)
}

fn wall(tz: Tz, from_now: Duration) -> String {
    (Utc::now() + from_now)
        .with_timezone(&tz)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

fn ids_in(v: &Value) -> Vec<&str> {
    v.as_array()
        .expect("a JSON array of follow-ups")
        .iter()
        .map(|f| f["id"].as_str().expect("an id"))
        .collect()
}

fn instant(v: &Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(v.as_str().expect("a stamp"))
        .expect("RFC 3339")
        .with_timezone(&Utc)
}

fn setup() -> (Shell, Tz) {
    let sh = shell();
    sh.add(&["--name", "Amélie Dubois"]);
    let (name, tz) = late_morning_zone();
    sh.ok(&["settings", "--tz", &name]);
    (sh, tz)
}

#[test]
fn today_shows_what_is_overdue_and_what_is_due_today() {
    let (sh, tz) = setup();
    let late = wall(tz, Duration::hours(-2));
    let soon = wall(tz, Duration::hours(2));
    let overdue = sh.ok(&[
        "followup",
        "add",
        "amelie",
        "--title",
        "Send brief",
        "--due",
        &late,
    ]);
    let due = sh.ok(&[
        "followup", "add", "amelie", "--title", "Call", "--due", &soon,
    ]);
    let later = sh.ok(&[
        "followup",
        "add",
        "amelie",
        "--title",
        "Gift",
        "--due",
        "tomorrow 10:00",
    ]);
    let today = sh.json(&["today", "--json"]);
    assert_eq!(
        today["time_zone"],
        tz.to_string().as_str(),
        "today is the user's day, in the zone set by `settings --tz`"
    );
    assert_eq!(
        ids_in(&today["overdue"]),
        vec![overdue.trim()],
        "due two hours ago and not done: overdue"
    );
    assert_eq!(
        ids_in(&today["due_today"]),
        vec![due.trim()],
        "due in two hours, still today: due today; tomorrow's is in neither list"
    );
    assert!(!ids_in(&today["overdue"]).contains(&later.trim()));
    assert!(
        today["going_cold"].is_array(),
        "the Today object has all its sections"
    );
    let text = sh.ok(&["today"]);
    let (o, d) = (
        text.find("Overdue").expect("an Overdue section"),
        text.find("Due today").expect("a Due today section"),
    );
    assert!(
        o < d && text.contains("Send brief") && text.contains("Call"),
        "readable layout: {text}"
    );
    let week = &today["week"][0];
    assert_eq!(
        ids_in(&week["followups"]),
        vec![later.trim()],
        "tomorrow's is the first day of the week ahead"
    );
    let w = text.find("This week, ").expect("a This week section");
    assert!(
        w > d && text[w..].contains("Gift"),
        "the week ahead, after today: {text}"
    );
}

#[test]
fn done_moves_a_recurring_follow_up_and_closes_a_one_off() {
    let (sh, tz) = setup();
    let due = wall(tz, Duration::hours(-1));
    let weekly = sh.json(&[
        "followup", "add", "amelie", "--title", "Check in", "--due", &due, "--every", "1w",
        "--json",
    ]);
    assert_eq!(
        weekly["recurrence"]["unit"], "weeks",
        "--every 1w is a weekly rule"
    );
    let id = weekly["id"].as_str().expect("an id");
    let moved = sh.json(&["followup", "done", id, "--json"]);
    assert!(
        moved["done_at"].is_null(),
        "a recurring follow-up stays open when done"
    );
    assert_ne!(
        moved["due_local"], weekly["due_local"],
        "it moved to its next occurrence"
    );
    assert!(
        instant(&moved["due_at"]) > Utc::now(),
        "the next occurrence is after now"
    );

    let once = sh.ok(&[
        "followup", "add", "amelie", "--title", "Once", "--due", &due,
    ]);
    let closed = sh.json(&["followup", "done", once.trim(), "--json"]);
    assert!(closed["done_at"].is_string(), "a one-off is closed");
    let open = sh.json(&["followup", "list", "--json"]);
    assert_eq!(
        ids_in(&open),
        vec![id],
        "the open list keeps the recurring one only"
    );
    let done = sh.json(&["followup", "list", "--done", "--person", "amelie", "--json"]);
    assert_eq!(
        ids_in(&done),
        vec![once.trim()],
        "--done lists the closed one"
    );
}

#[test]
fn weekdays_make_a_weekly_rule() {
    let (sh, _) = setup();
    let f = sh.json(&[
        "followup",
        "add",
        "amelie",
        "--title",
        "Review",
        "--due",
        "2026-11-30",
        "--on",
        "mon,thu",
        "--json",
    ]);
    assert_eq!(
        f["recurrence"]["weekdays"],
        serde_json::json!([0, 3]),
        "Monday is 0, Thursday 3"
    );
    assert_eq!(
        f["due_local"], "2026-11-30T09:00",
        "a date alone means 09:00"
    );
    let out = sh.run(&[
        "followup",
        "add",
        "amelie",
        "--title",
        "X",
        "--due",
        "2026-11-30",
        "--every",
        "3d",
        "--on",
        "mon",
        "--json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "weekdays only make sense for weeks"
    );
    assert_eq!(error_body(&out)["fields"][0]["field"], "--on");
}

#[test]
fn snooze_tomorrow_moves_the_due_time_past_now() {
    let (sh, tz) = setup();
    let due = wall(tz, Duration::hours(-3));
    let id = sh.ok(&[
        "followup", "add", "amelie", "--title", "Reply", "--due", &due,
    ]);
    let f = sh.json(&["followup", "snooze", id.trim(), "--tomorrow", "--json"]);
    assert!(
        instant(&f["due_at"]) > Utc::now(),
        "snoozed to tomorrow morning, after now"
    );
    let today = sh.json(&["today", "--json"]);
    assert!(
        !ids_in(&today["overdue"]).contains(&id.trim()),
        "a snoozed follow-up no longer shows as overdue"
    );
    let out = sh.run(&["followup", "snooze", id.trim(), "--json"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a snooze needs to say until when"
    );
}

#[test]
fn an_invalid_time_zone_is_refused_naming_the_field() {
    let sh = shell();
    sh.add(&["--name", "Someone"]);
    let out = sh.run(&["settings", "--tz", "Mars/Olympus", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a zone that does not exist is invalid input"
    );
    assert_eq!(
        error_body(&out)["fields"][0]["field"],
        "time_zone",
        "the field is named"
    );
    assert!(
        stderr(&out).contains("--tz"),
        "and so is the flag: {}",
        stderr(&out)
    );
    let shown = sh.json(&["settings", "--json"]);
    assert!(
        shown["time_zone"]
            .as_str()
            .is_some_and(|z| z.parse::<Tz>().is_ok()),
        "the setting still holds a real zone (the system's, taken on first use): {shown}"
    );
    let set = sh.json(&["settings", "--tz", "Europe/Paris", "--json"]);
    assert_eq!(
        set["time_zone"], "Europe/Paris",
        "a good zone is stored and echoed"
    );
}

#[test]
fn an_unknown_follow_up_is_not_found() {
    let sh = shell();
    sh.add(&["--name", "Someone"]);
    let out = sh.run(&[
        "followup",
        "done",
        "01a20000-0000-7000-8000-000000000000",
        "--json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "no such follow-up: exit 3, as --help says"
    );
}
