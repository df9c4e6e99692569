//! Issue 16's team from the command line: the roster (`liaison colleague`), owners, `log --colleague` warning before it saves, and `liaison collisions` naming exactly who and when, with `--json`.

use crate::support::{shell, stderr, stdout, Shell};
use serde_json::Value;
use std::process::Output;

/// Sunday 22 November 2026, 10:00 UTC (the test books' zone is UTC).
const NOW: &str = "2026-11-22T10:00:00Z";

fn at(sh: &Shell, args: &[&str]) -> Output {
    sh.run_at(NOW, args)
}

fn ok(sh: &Shell, args: &[&str]) -> Output {
    let out = at(sh, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    out
}

fn json(sh: &Shell, args: &[&str]) -> Value {
    serde_json::from_slice(&ok(sh, args).stdout).expect("--json prints JSON")
}

#[test]
fn collisions_name_who_and_when_and_logging_warns_first() {
    let sh = shell();
    let amelie = sh.add(&["--name", "Amélie Laurent"]);
    let kwame = sh.add(&["--name", "Kwame Mensah"]);
    let lea = stdout(&ok(
        &sh,
        &[
            "colleague",
            "add",
            "Léa Marchand",
            "--role",
            "PR lead",
            "--region",
            "EMEA",
        ],
    ));
    ok(
        &sh,
        &[
            "colleague",
            "add",
            "Tom Okafor",
            "--email",
            "tom@example.com",
        ],
    );
    ok(&sh, &["colleague", "add", "Sam Duval"]);
    let logged = ok(
        &sh,
        &[
            "log",
            &amelie,
            "--kind",
            "email",
            "--at",
            "2026-11-18 09:00",
            "--colleague",
            lea.trim(),
        ],
    );
    assert!(
        !stderr(&logged).contains("collision"),
        "the first contact warns of nothing: {}",
        stderr(&logged)
    );
    ok(
        &sh,
        &[
            "log",
            &kwame,
            "--kind",
            "call",
            "--at",
            "2026-11-19 09:00",
            "--colleague",
            "léa marchand",
        ],
    );
    ok(
        &sh,
        &[
            "log",
            &kwame,
            "--kind",
            "email",
            "--at",
            "2026-11-20 09:00",
            "--colleague",
            "Léa Marchand",
        ],
    );
    let second = ok(
        &sh,
        &[
            "log",
            "Amélie Laurent",
            "--kind",
            "dm",
            "--at",
            "2026-11-20 16:30",
            "--colleague",
            "Tom Okafor",
        ],
    );
    assert!(
        stderr(&second).contains("Message collision")
            && stderr(&second).contains("Amélie Laurent: Léa Marchand on 2026-11-18 09:00 (email)"),
        "Tom is told before saving that Léa wrote on the 18th: {}",
        stderr(&second)
    );
    assert_eq!(
        stdout(&ok(&sh, &["collisions"])),
        "Amélie Laurent: Léa Marchand on 2026-11-18 09:00 (email), Tom Okafor on 2026-11-20 16:30 (dm)\n",
        "exactly one collision: Kwame heard from Léa alone"
    );
    let found = json(&sh, &["collisions", "--days", "3", "--json"]);
    assert_eq!(
        found.as_array().map(Vec::len),
        Some(0),
        "within 3 days of now, only Tom's DM is left: {found}"
    );
    let bad = at(&sh, &["collisions", "--days", "0"]);
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
    let unknown = at(
        &sh,
        &["log", &kwame, "--kind", "call", "--colleague", "Nobody"],
    );
    assert_eq!(
        unknown.status.code(),
        Some(3),
        "an unknown colleague: {}",
        stderr(&unknown)
    );

    let team = json(&sh, &["person", "owner", &amelie, "Sam Duval", "--json"]);
    assert_eq!(team["owner_name"], "Sam Duval");
    assert_eq!(team["touchpoints"][0]["colleague_name"], "Tom Okafor");
    assert_eq!(team["touchpoints"][1]["count"], 1);
    let roster = stdout(&ok(&sh, &["colleague", "ls"]));
    assert!(
        roster.contains("Léa Marchand")
            && roster.contains("PR lead")
            && roster.lines().count() == 4,
        "a heading and three colleagues: {roster}"
    );
    let lea_json = json(&sh, &["colleague", "show", "Léa Marchand", "--json"]);
    assert_eq!(lea_json["interaction_count"], 3);
    ok(&sh, &["colleague", "delete", "Tom Okafor"]);
    assert!(
        stdout(&ok(&sh, &["collisions"])).is_empty(),
        "Tom off the roster, his DM no longer names a colleague"
    );
    let timeline = stdout(&ok(&sh, &["timeline", &amelie]));
    assert!(
        timeline.contains("(with Tom Okafor)"),
        "his name stays on the interaction as text: {timeline}"
    );
}

#[test]
fn colleague_edit_changes_what_is_given_and_keeps_the_rest() {
    let sh = shell();
    ok(
        &sh,
        &[
            "colleague",
            "add",
            "Léa Marchand",
            "--role",
            "PR lead",
            "--region",
            "EMEA",
        ],
    );
    ok(&sh, &["colleague", "add", "Tom Okafor"]);
    let lea = json(
        &sh,
        &[
            "colleague",
            "edit",
            "léa marchand",
            "--role",
            "Head of PR",
            "--email",
            "lea@example.com",
            "--json",
        ],
    );
    assert_eq!(lea["role"], "Head of PR");
    assert_eq!(lea["email"], "lea@example.com");
    assert_eq!(
        lea["region"], "EMEA",
        "the region was left out, so it stays"
    );
    assert_eq!(lea["name"], "Léa Marchand");
    let taken = at(
        &sh,
        &["colleague", "edit", "Léa Marchand", "--name", "tom okafor"],
    );
    assert!(
        !taken.status.success(),
        "two colleagues cannot share a name"
    );
    assert!(
        stderr(&taken).contains("already named"),
        "says why: {}",
        stderr(&taken)
    );
    let bad = at(
        &sh,
        &[
            "colleague",
            "edit",
            "Léa Marchand",
            "--email",
            "not-an-address",
        ],
    );
    assert!(
        !bad.status.success() && stderr(&bad).contains("e-mail"),
        "{}",
        stderr(&bad)
    );
    let shown = json(&sh, &["colleague", "show", "Léa Marchand", "--json"]);
    assert_eq!(shown["role"], "Head of PR", "refused edits changed nothing");
}
