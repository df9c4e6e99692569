//! `capture`: the show-floor line on a real book — known and new names, a date phrase that
//! plans a follow-up, the event under way, ambiguity with its candidates, and dry runs. The CLI
//! runs on the system clock, so dates from phrases are checked by month and day, or against
//! today and tomorrow, never by exact stamps.

use crate::events::{attendee, count, setup};
use crate::support::{error_body, shell, stderr, stdout};
use chrono::{Duration, Utc};

#[test]
fn a_capture_logs_links_the_event_and_plans_the_followup() {
    let (sh, id) = setup();
    sh.ok(&["attend", &id, "amelie"]);
    let saved = sh.json(&[
        "capture",
        "Amélie: loved the keynote #beauty -> send the deck le 3 décembre",
        "--event",
        &id,
        "--json",
    ]);
    assert_eq!(
        saved["interaction"]["person_names"],
        serde_json::json!(["Amélie Dubois"])
    );
    assert_eq!(saved["interaction"]["event_id"], id.as_str());
    assert_eq!(saved["created"], serde_json::json!([]), "Amélie is known");
    assert_eq!(saved["followup"]["title"], "send the deck");
    let due = saved["followup"]["due_local"].as_str().expect("a due time");
    assert!(
        due.ends_with("-12-03T09:00"),
        "'le 3 décembre' is the next 3 December, in the morning: {due}"
    );
    let detail = sh.json(&["event", "show", &id, "--json"]);
    assert_eq!(
        attendee(&detail, "Amélie Dubois")["status"],
        "met",
        "capturing at the event marks her met"
    );
    let timeline = sh.json(&["timeline", "amelie", "--json"]);
    assert!(
        timeline.to_string().contains("loved the keynote"),
        "the note is on her timeline: {timeline}"
    );
    let amelie = sh.json(&["search", "amelie", "--json"])[0]["id"].clone();
    let person = sh.json(&["person", "show", amelie.as_str().expect("an id"), "--json"]);
    assert!(
        person.to_string().contains("beauty"),
        "#beauty tags her: {person}"
    );

    // A new name with `Name:` adds a person; plain output is the interaction id.
    let out = sh.run(&["capture", "Zoé Martin: met at the bar demain", "--no-event"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim().len(), 36, "prints the interaction id");
    assert!(
        stderr(&out).contains("New person: Zoé Martin"),
        "{}",
        stderr(&out)
    );
    let tomorrow = (Utc::now() + Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let today = Utc::now().format("%Y-%m-%d").to_string();
    let plans = sh.json(&["followup", "list", "--person", "zoé", "--json"]);
    let due = plans[0]["due_local"].as_str().expect("a follow-up for Zoé");
    // The book is in UTC; a run that crosses midnight may read "demain" on either day.
    assert!(
        due.starts_with(&tomorrow) || due.starts_with(&today),
        "'demain' is tomorrow: {due}"
    );
}

#[test]
fn a_capture_links_the_event_under_way_by_itself() {
    let sh = shell();
    sh.add(&["--name", "Amélie Dubois"]);
    sh.ok(&["settings", "--tz", "UTC"]);
    let day = |d: i64| {
        (Utc::now() + Duration::days(d))
            .format("%Y-%m-%d")
            .to_string()
    };
    let id = sh
        .ok(&[
            "event",
            "add",
            "--name",
            "Salon",
            "--start",
            &day(-1),
            "--end",
            &day(1),
        ])
        .trim()
        .to_string();
    let saved = sh.json(&["capture", "Amélie: great stand", "--json"]);
    assert_eq!(
        saved["event"]["id"],
        id.as_str(),
        "today falls within the event: {saved}"
    );
    assert_eq!(
        saved["interaction"]["kind"], "meeting",
        "at an event, a meeting"
    );
    let detail = sh.json(&["event", "show", &id, "--json"]);
    assert_eq!(attendee(&detail, "Amélie Dubois")["status"], "met");
    let today = sh.ok(&["today"]);
    assert!(
        today.contains("Events soon (1)") && today.contains("Salon"),
        "Today shows the event under way: {today}"
    );
}

#[test]
fn an_ambiguous_name_fails_with_the_candidates_until_chosen() {
    let (sh, _) = setup();
    let out = sh.run(&["capture", "Marc: great chat", "--no-event"]);
    assert_eq!(out.status.code(), Some(2), "ambiguity is invalid input");
    let err = stderr(&out);
    let levy = sh.json(&["search", "Levy", "--json"])[0]["id"]
        .as_str()
        .expect("Marc Levy's id")
        .to_string();
    assert!(
        err.contains("Marc Levy") && err.contains("Marc Dupont"),
        "both candidates by name: {err}"
    );
    assert!(
        err.contains(&format!("--choose 'Marc={levy}'")),
        "and how to pick one: {err}"
    );
    assert_eq!(
        count(&sh.json(&["timeline", &levy, "--json"])),
        0,
        "nothing was saved"
    );

    let choice = format!("Marc={levy}");
    sh.ok(&[
        "capture",
        "Marc: great chat",
        "--no-event",
        "--choose",
        &choice,
    ]);
    let timeline = sh.json(&["timeline", &levy, "--json"]);
    assert_eq!(count(&timeline), 1, "logged for the Marc chosen");

    let out = sh.run(&["capture", "Marc: hi", "--choose", "Marc", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(error_body(&out)["fields"][0]["field"], "--choose");
}

#[test]
fn a_dry_run_shows_the_plan_and_writes_nothing() {
    let (sh, id) = setup();
    let people = count(&sh.json(&["person", "list", "--json"]));
    let preview = sh.ok(&[
        "capture",
        "Nina Roux: loved it #beauty -> send deck 2031-01-05",
        "--event",
        &id,
        "--dry-run",
    ]);
    assert!(preview.contains("Nina Roux (new person)"), "{preview}");
    assert!(
        preview.contains("send deck, due 2031-01-05 09:00"),
        "{preview}"
    );
    assert!(preview.contains("VivaTech 2030"), "{preview}");
    let json = sh.json(&[
        "capture",
        "Amélie: hello",
        "--event",
        &id,
        "--dry-run",
        "--json",
    ]);
    assert_eq!(json["people"][0]["person"]["display_name"], "Amélie Dubois");
    // A dry run fails where saving would: a script can check a line first.
    let out = sh.run(&["capture", "Marc: hi", "--dry-run"]);
    assert_eq!(out.status.code(), Some(2), "two Marcs: {}", stderr(&out));
    assert!(stderr(&out).contains("--choose"), "{}", stderr(&out));

    assert_eq!(
        count(&sh.json(&["person", "list", "--json"])),
        people,
        "nobody was added"
    );
    assert_eq!(count(&sh.json(&["followup", "list", "--json"])), 0);
    assert_eq!(
        count(&sh.json(&["event", "show", &id, "--json"])["attendees"]),
        0,
        "nobody was marked at the event"
    );
}

#[test]
fn a_name_and_a_handle_before_the_colon_or_a_handle_no_one_has() {
    let (sh, _) = setup();
    sh.add(&[
        "--name",
        "Héloïse Marchand",
        "--handle",
        "instagram:@heloise.mc",
    ]);
    let out = sh.run(&["capture", "Amélie, @nobody.here: brunch", "--no-event"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown handle is invalid input"
    );
    let err = stderr(&out);
    assert!(
        err.contains("No one has the handle '@nobody.here'")
            && err.contains("--choose '@nobody.here=new'"),
        "said, with how to make a new person of it: {err}"
    );
    let saved = sh.json(&[
        "capture",
        "amelie, @Heloise.MC: dîner parfait -> relancer vendredi",
        "--no-event",
        "--json",
    ]);
    let names = saved["interaction"]["person_names"].to_string();
    assert!(
        names.contains("Amélie Dubois") && names.contains("Héloïse Marchand"),
        "both get the note: {names}"
    );
    assert_eq!(saved["created"], serde_json::json!([]), "no one new");
}

#[test]
fn capture_via_saves_through_a_known_introducer_and_names_a_missing_one() {
    let sh = crate::support::shell();
    sh.add(&["--name", "Kwame Mensah"]);
    let saved = sh.json(&[
        "capture",
        "Amélie Dubois (via Kwame): met at the Lagos show",
        "--no-event",
        "--json",
    ]);
    assert_eq!(
        saved["created"].as_array().map(Vec::len),
        Some(1),
        "Amélie is created, no one named “(via”: {saved}"
    );
    let out = sh.run(&["capture", "Noi (via Nobody Here): coffee", "--no-event"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an introducer not in the book is invalid input"
    );
    let err = stderr(&out);
    assert!(
        err.contains("Nobody Here") && err.contains("via"),
        "names who is missing: {err}"
    );
}
