//! A fixed "now" for the command line (`LIAISON_NOW`): date phrases are read by the core on the book's clock, the same for `capture` and every option, so tests can assert exact dates.

use crate::support::{shell, stderr, Shell};
use serde_json::Value;
use std::process::Output;

/// Sunday 22 November 2026, 10:00 UTC (the test books' zone is UTC).
const SUNDAY: &str = "2026-11-22T10:00:00Z";

fn at(sh: &Shell, now: &str, args: &[&str]) -> Output {
    sh.bare()
        .env("LIAISON_NOW", now)
        .arg("--db")
        .arg(&sh.db)
        .args(args)
        .output()
        .expect("the liaison binary starts")
}

fn json_at(sh: &Shell, now: &str, args: &[&str]) -> Value {
    let out = at(sh, now, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("--json prints JSON")
}

fn due(sh: &Shell, now: &str, phrase: &str) -> String {
    let f = json_at(
        sh,
        now,
        &[
            "followup", "add", "amelie", "--title", "Call", "--due", phrase, "--json",
        ],
    );
    f["due_local"].as_str().expect("a due time").to_string()
}

#[test]
fn followup_due_understands_the_phrases_capture_does() {
    let sh = shell();
    sh.add(&["--name", "Amélie Dubois"]);
    assert_eq!(
        due(&sh, SUNDAY, "fri"),
        "2026-11-27T09:00",
        "`--due fri` is the coming Friday, in the morning"
    );
    let captured = json_at(
        &sh,
        SUNDAY,
        &[
            "capture",
            "Amélie: met -> call her fri",
            "--no-event",
            "--json",
        ],
    );
    assert_eq!(
        captured["followup"]["due_local"], "2026-11-27T09:00",
        "quick capture reads `fri` the same: {captured}"
    );
    assert_eq!(due(&sh, SUNDAY, "in 2 weeks"), "2026-12-06T09:00");
    assert_eq!(due(&sh, SUNDAY, "demain 14h"), "2026-11-23T14:00");
    assert_eq!(
        due(&sh, SUNDAY, "2026-12-01 08:15"),
        "2026-12-01T08:15",
        "what scripts write still works"
    );
}

#[test]
fn a_fixed_now_gives_fixed_dates_everywhere() {
    let sh = shell();
    sh.add(&["--name", "Amélie Dubois"]);
    let wednesday = "2026-11-25T10:00:00Z";
    assert_eq!(due(&sh, SUNDAY, "tomorrow"), "2026-11-23T09:00");
    assert_eq!(
        due(&sh, wednesday, "tomorrow"),
        "2026-11-26T09:00",
        "tomorrow follows the fixed now, not the machine's"
    );
    let logged = json_at(
        &sh,
        SUNDAY,
        &[
            "log",
            "amelie",
            "--kind",
            "call",
            "--at",
            "yesterday 18:00",
            "--json",
        ],
    );
    let occurred = chrono::DateTime::parse_from_rfc3339(logged["occurred_at"].as_str().unwrap())
        .expect("occurred_at is RFC 3339");
    assert_eq!(
        occurred.to_rfc3339(),
        "2026-11-21T18:00:00+00:00",
        "yesterday of the fixed now: {logged}"
    );

    let out = at(&sh, "not a time", &["today"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a bad LIAISON_NOW is refused, not ignored: {}",
        stderr(&out)
    );
}
