//! `log`, `timeline`, `note` and text search: the relationship written down from the terminal,
//! with people named the way a user names them.

use crate::support::{error_body, shell, stderr, stdout};
use serde_json::Value;

fn items(v: &Value) -> &Vec<Value> {
    v.as_array().expect("a JSON array")
}

#[test]
fn an_interaction_logged_by_name_shows_in_the_timeline() {
    let sh = shell();
    let amelie = sh.add(&["--name", "Amélie Dubois", "--handle", "instagram:@AmelieD"]);
    sh.add(&["--name", "Joel Backaler"]);
    sh.ok(&["settings", "--tz", "Europe/Paris"]);
    let id = sh
        .ok(&[
            "log",
            "amelie",
            "--kind",
            "email",
            "--received",
            "--what",
            "exclusive-info",
            "--at",
            "2026-11-20 14:30",
            "--channel",
            "e-mail",
            "--our-side",
            "Marie",
            "--body",
            "Shared the launch date with us",
        ])
        .trim()
        .to_string();
    assert_eq!(
        id.len(),
        36,
        "log prints only the new id, for scripts: {id:?}"
    );

    let timeline = sh.json(&["timeline", "@amelied", "--json"]);
    let all = items(&timeline);
    assert_eq!(
        all.len(),
        1,
        "the handle finds the same person, whose timeline has the one entry"
    );
    let i = &all[0];
    assert_eq!(i["id"], id.as_str(), "the entry is the one just logged");
    assert_eq!(
        i["people"][0],
        amelie.as_str(),
        "`amelie` without accent resolved to Amélie"
    );
    assert_eq!(i["kind"], "email");
    assert_eq!(
        i["direction"], "received",
        "--received is what came back to us"
    );
    assert_eq!(
        i["exchange"], "exclusive_information",
        "the short spelling exclusive-info is stored under the core's name"
    );
    let at = chrono::DateTime::parse_from_rfc3339(i["occurred_at"].as_str().expect("a stamp"))
        .expect("occurred_at is RFC 3339");
    assert_eq!(
        at.timestamp(),
        chrono::DateTime::parse_from_rfc3339("2026-11-20T13:30:00Z")
            .expect("a stamp")
            .timestamp(),
        "14:30 was read in the user's zone (Paris, UTC+1 in November) and stored as that instant"
    );
    assert_eq!(i["our_side"], "Marie");
    assert_eq!(i["body"], "Shared the launch date with us");

    let text = sh.ok(&["timeline", amelie.as_str()]);
    assert!(
        text.contains("2026-11-20 14:30") && text.contains("received exclusive information"),
        "the human timeline shows the user's wall time and which way it went: {text}"
    );
}

#[test]
fn an_ambiguous_name_fails_and_lists_the_candidates() {
    let sh = shell();
    let curie = sh.add(&["--name", "Marie Curie"]);
    let dupont = sh.add(&["--name", "Marie Dupont"]);
    let out = sh.run(&["log", "marie", "--kind", "call", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "guessing would log the call against the wrong person, so it is invalid input"
    );
    let err = stderr(&out);
    for (id, name) in [(&curie, "Marie Curie"), (&dupont, "Marie Dupont")] {
        assert!(
            err.contains(id.as_str()) && err.contains(name),
            "every candidate is listed with the id to use instead: {err}"
        );
    }
    assert_eq!(error_body(&out)["fields"][0]["field"], "PERSON");
    assert!(stdout(&out).is_empty(), "nothing is printed as if logged");

    let logged = sh.json(&["log", "marie curie", "--kind", "call", "--json"]);
    assert_eq!(
        logged["people"][0],
        curie.as_str(),
        "a full name that fits one person is enough"
    );
    let out = sh.run(&["timeline", dupont.as_str(), "--json"]);
    assert_eq!(
        items(&serde_json::from_slice(&out.stdout).expect("JSON")).len(),
        0,
        "the refused log wrote nothing for the other Marie"
    );
}

#[test]
fn an_exact_id_wins_and_an_unknown_name_is_not_found() {
    let sh = shell();
    let id = sh.add(&["--name", "Someone"]);
    sh.ok(&["log", id.as_str(), "--kind", "dm"]);
    let out = sh.run(&["log", "nobody", "--kind", "dm", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "no such person is `not found`, as for `person show`"
    );
    assert_eq!(error_body(&out)["code"], "not_found");
}

#[test]
fn a_category_needs_a_direction_and_bad_times_name_the_flag() {
    let sh = shell();
    sh.add(&["--name", "Someone"]);
    let out = sh.run(&[
        "log", "someone", "--kind", "gift", "--what", "gift", "--json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--what"),
        "the core's `exchange` field is shown as the flag that set it: {}",
        stderr(&out)
    );
    let out = sh.run(&[
        "log",
        "someone",
        "--kind",
        "call",
        "--at",
        "last spring",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        error_body(&out)["fields"][0]["field"],
        "--at",
        "the bad flag is named"
    );
}

#[test]
fn the_body_can_come_from_stdin() {
    let sh = shell();
    sh.add(&["--name", "Someone"]);
    let out = sh
        .bare()
        .args(["--db"])
        .arg(&sh.db)
        .args([
            "log", "someone", "--kind", "meeting", "--body", "-", "--json",
        ])
        .write_stdin("Long meeting notes\nsecond line")
        .output()
        .expect("liaison starts");
    assert!(out.status.success(), "{}", stderr(&out));
    let i: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        i["body"], "Long meeting notes\nsecond line",
        "`--body -` reads all of stdin"
    );
}

#[test]
fn notes_are_added_and_listed_pinned_first() {
    let sh = shell();
    let id = sh.add(&["--name", "Amélie Dubois"]);
    let first = sh.ok(&["note", "add", "amelie", "Prefers DMs to e-mail"]);
    let pinned = sh.json(&[
        "note",
        "add",
        "amelie",
        "Allergic to nuts",
        "--pin",
        "--json",
    ]);
    assert_eq!(pinned["pinned"], true);
    assert_eq!(pinned["person_id"], id.as_str());
    let notes = sh.json(&["note", "list", "Amélie Dubois", "--json"]);
    let notes = items(&notes);
    assert_eq!(notes.len(), 2, "both notes are listed");
    assert_eq!(
        notes[0]["body"], "Allergic to nuts",
        "the pinned note comes first"
    );
    assert_eq!(
        notes[1]["id"],
        first.trim(),
        "`note add` printed the id of the note"
    );
    let text = sh.ok(&["note", "list", "amelie"]);
    assert!(
        text.contains("Prefers DMs"),
        "the human list shows the text: {text}"
    );
}

#[test]
fn search_shows_interaction_and_note_text_below_people() {
    let sh = shell();
    sh.add(&["--name", "Amélie Dubois"]);
    sh.add(&["--name", "Fashion Week Paris"]);
    sh.ok(&[
        "log",
        "amelie",
        "--kind",
        "dm",
        "--body",
        "She loves slow fashion",
    ]);
    let people = sh.json(&["search", "fashion", "--json"]);
    assert_eq!(
        items(&people).len(),
        1,
        "plain --json stays an array of people, so existing scripts keep working"
    );
    assert_eq!(people[0]["display_name"], "Fashion Week Paris");
    let hits = sh.json(&["search", "fashion", "--text", "--json"]);
    let hits = items(&hits);
    assert_eq!(
        hits.len(),
        1,
        "--text gives the interaction that mentions it"
    );
    assert_eq!(hits[0]["kind"], "interaction");
    assert_eq!(hits[0]["person_names"][0], "Amélie Dubois");
    let text = sh.ok(&["search", "fashion"]);
    let people_at = text
        .find("Fashion Week Paris")
        .expect("the person is listed");
    let hit_at = text
        .find("slow fashion")
        .expect("the interaction is listed too");
    assert!(
        people_at < hit_at,
        "people come first, text hits in a section below: {text}"
    );
    let short = sh.ok(&["search", "fa"]);
    assert!(
        !short.contains("slow fashion"),
        "two-letter words are too broad to search in text, so no text section: {short}"
    );
}
