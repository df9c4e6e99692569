//! Events through IPC: an event, who's here, a quick capture at the booth, meetups and their
//! outcome, the exported files and saving them, and the error shapes the forms rely on.

use crate::*;

/// A Paris event in 2030: the tests never depend on today's date.
fn vivatech(h: &Harness) -> Value {
    h.ok(
        "event_create",
        json!({ "input": {
            "name": "VivaTech 2030", "kind": "trade_show", "time_zone": "Europe/Paris",
            "start_local": "2030-06-11", "end_local": "2030-06-14", "city": "Paris",
            "country": "fr", "venue": "Paris Expo", "booth": "Hall 1 B12",
        }}),
    )
}

fn attendee<'a>(detail: &'a Value, person: &Value) -> &'a Value {
    detail["attendees"]
        .as_array()
        .expect("attendees is a list")
        .iter()
        .find(|a| a["person"]["id"] == *person)
        .unwrap_or_else(|| panic!("{person} should be in who's here: {detail}"))
}

#[test]
fn an_event_gets_attendees_and_a_capture_marks_one_met() {
    let h = Harness::new();
    let event = vivatech(&h);
    assert_eq!(
        event["country"], "FR",
        "country codes are stored upper-case"
    );
    assert_eq!(event["start_local"], "2030-06-11T00:00");
    let id = event["id"].clone();
    let amelie = person(&h, "Amélie", "Dubois");
    let marc = person(&h, "Marc", "Levy");

    h.ok(
        "event_attend",
        json!({ "event_id": id, "person_id": amelie, "role": "speaker",
                "why": "launches her ethical fashion line" }),
    );
    let marc_line = h.ok("event_attend", json!({ "event_id": id, "person_id": marc }));
    assert_eq!(
        (&marc_line["role"], &marc_line["status"]),
        (&json!("attendee"), &json!("invited")),
        "a new attendee without details is an invited attendee"
    );

    let req = json!({ "line": "Amélie: loved the keynote #beauty -> send the deck 2030-06-20",
                      "event_id": id });
    let preview = h.ok("capture_preview", req.clone());
    assert_eq!(preview["people"][0]["person"]["id"], amelie, "{preview}");
    assert_eq!(preview["problems"], json!([]), "the line can be saved");
    assert_eq!(preview["event"]["id"], id, "the chosen event is linked");
    let before = h.ok("event_detail", json!({ "id": id }));
    assert_eq!(
        attendee(&before, &amelie)["status"],
        "invited",
        "a preview writes nothing"
    );

    let saved = h.ok("capture_save", req);
    assert_eq!(saved["interaction"]["people"], json!([amelie]));
    assert_eq!(saved["interaction"]["event_id"], id);
    assert_eq!(
        saved["interaction"]["kind"], "meeting",
        "at an event, a meeting"
    );
    assert_eq!(
        saved["followup"]["title"], "send the deck",
        "the to-do part titles the follow-up: {saved}"
    );
    assert_eq!(saved["created"], json!([]), "Amélie was known: nobody new");

    let detail = h.ok("event_detail", json!({ "id": id }));
    let her = attendee(&detail, &amelie);
    assert_eq!(her["status"], "met", "capturing at the event marks her met");
    assert_eq!(her["role"], "speaker", "and keeps the role she had");
    assert!(her["last_interaction_at"].is_string(), "{her}");
    assert_eq!(her["open_followups"], 1, "the deck to send: {her}");
    assert_eq!(
        attendee(&detail, &marc)["status"],
        "invited",
        "Marc was not captured"
    );
    let timeline = h.ok("timeline_list", json!({ "person_id": amelie }));
    assert_eq!(
        timeline["items"][0]["id"], saved["interaction"]["id"],
        "the note is on her timeline: {timeline}"
    );

    let met = h.ok(
        "event_attendees",
        json!({ "event_id": id, "status": "met" }),
    );
    assert_eq!(
        met.as_array().map(Vec::len),
        Some(1),
        "filtered by status: {met}"
    );
    h.ok(
        "event_unattend",
        json!({ "event_id": id, "person_id": marc }),
    );
    let left = h.ok("event_attendees", json!({ "event_id": id }));
    assert_eq!(left.as_array().map(Vec::len), Some(1), "Marc left: {left}");
}

#[test]
fn a_meetup_outcome_logs_who_came_and_the_files_carry_the_event() {
    let h = Harness::new();
    let event = vivatech(&h);
    let id = event["id"].clone();
    let amelie = person(&h, "Amélie", "Dubois");
    let marc = person(&h, "Marc", "Levy");
    h.ok(
        "event_attend",
        json!({ "event_id": id, "person_id": amelie, "why": "ethical fashion" }),
    );
    let meetup = h.ok(
        "meetup_create",
        json!({ "input": { "title": "Breakfast with creators", "event_id": id,
                           "start_local": "2030-06-12T08:30", "place": "Café Lomi",
                           "people": [amelie, marc] } }),
    );
    assert_eq!(
        meetup["city"], "Paris",
        "a meetup at an event takes its city"
    );
    let listed = h.ok("meetup_list", json!({ "event_id": id, "when": "all" }));
    assert_eq!(listed[0]["id"], meetup["id"], "{listed}");

    let done = h.ok(
        "meetup_outcome",
        json!({ "id": meetup["id"], "outcome": "Both keen on the autumn campaign",
                "met": [marc] }),
    );
    assert!(done["outcome_at"].is_string(), "{done}");
    let marc_timeline = h.ok("timeline_list", json!({ "person_id": marc }));
    assert_eq!(
        marc_timeline["items"].as_array().map(Vec::len),
        Some(1),
        "one interaction for the person met: {marc_timeline}"
    );
    let amelie_timeline = h.ok("timeline_list", json!({ "person_id": amelie }));
    assert_eq!(
        amelie_timeline["items"],
        json!([]),
        "Amélie did not come: nothing logged for her"
    );

    let csv = h.ok("event_attendees_csv", json!({ "id": id }));
    assert_eq!(csv["file_name"], "vivatech-2030-attendees.csv");
    let text = csv["text"].as_str().expect("text");
    assert!(text.contains("Name,Role,Status"), "a header row: {text}");
    assert!(
        text.contains("Amélie Dubois,attendee,invited,ethical fashion"),
        "one row per attendee: {text}"
    );
    // A French window asks for French Excel's separator; the BOM is always there.
    let csv = h.ok(
        "event_attendees_csv",
        json!({ "id": id, "semicolon": true }),
    );
    let text = csv["text"].as_str().expect("text");
    assert!(
        text.starts_with("\u{FEFF}Name;Role;Status"),
        "semicolons when asked: {text}"
    );
    let ics = h.ok("event_ics", json!({ "id": id }));
    let text = ics["text"].as_str().expect("text");
    assert!(text.starts_with("BEGIN:VCALENDAR"), "{text}");
    assert!(text.contains("SUMMARY:VivaTech 2030"), "the event: {text}");
    assert!(
        text.contains("SUMMARY:Breakfast with creators"),
        "its meetup: {text}"
    );
    assert!(
        text.contains("Europe/Paris"),
        "at the venue's wall time: {text}"
    );

    let city = h.ok("city_view", json!({ "city": "paris" }));
    assert_eq!(
        city["events"][0]["id"], id,
        "the city view lists what is on there: {city}"
    );
}

#[test]
fn an_export_is_saved_where_the_user_picks_or_not_at_all() {
    let h = Harness::new();
    let target = h.dir.path().join("attendees.csv");
    let req = json!({ "file_name": "../vivatech-attendees.csv", "text": "Name\r\nAmélie\r\n" });

    assert_eq!(
        h.ok("file_save", req.clone()),
        Value::Null,
        "cancelled: null"
    );
    assert!(!target.exists(), "a cancelled dialog writes nothing");

    *h.save_to.lock().expect("not poisoned") = Some(target.clone());
    let saved = h.ok("file_save", req);
    assert_eq!(saved, json!(target.display().to_string()));
    assert_eq!(
        std::fs::read_to_string(&target).expect("the file was written"),
        "Name\r\nAmélie\r\n"
    );
    assert_eq!(
        *h.suggested.lock().expect("not poisoned"),
        ["vivatech-attendees.csv", "vivatech-attendees.csv"],
        "the dialog suggests a file name only, never a folder"
    );

    *h.save_to.lock().expect("not poisoned") = Some(h.dir.path().join("no/such/dir/x.csv"));
    let e = h.err("file_save", json!({ "file_name": "x.csv", "text": "x" }));
    assert_error_body(&e, "io");
}

#[test]
fn event_errors_name_the_fields_and_captures_ask_for_a_choice() {
    let h = Harness::new();
    let e = h.err(
        "event_create",
        json!({ "input": { "name": " ", "start_local": "next june", "time_zone": "Mars/Base" } }),
    );
    assert_error_body(&e, "validation");
    assert_eq!(
        fields(&e),
        BTreeSet::from(["name", "start_local", "time_zone"].map(String::from)),
        "every bad field at once, so the form marks them all"
    );
    assert_error_body(
        &h.err("event_detail", json!({ "id": NO_SUCH_ID })),
        "not_found",
    );

    person(&h, "Marc", "Levy");
    person(&h, "Marc", "Dupont");
    let line = json!({ "line": "Marc: great chat", "no_event": true });
    let preview = h.ok("capture_preview", line.clone());
    assert_eq!(
        preview["people"][0]["candidates"].as_array().map(Vec::len),
        Some(2),
        "both Marcs are offered: {preview}"
    );
    assert!(!preview["problems"].as_array().expect("list").is_empty());
    let e = h.err("capture_save", line);
    assert_error_body(&e, "validation");
    assert_eq!(fields(&e), BTreeSet::from(["line".to_string()]));
}

#[test]
fn the_webview_cannot_call_the_dialog_plugin_itself() {
    let h = Harness::new();
    // The plugin is registered for file_save's sake only; the window must not get its own
    // open/save dialogs (which would read or write any path the user clicks).
    let e = h
        .call("plugin:dialog|save", json!({ "options": {} }))
        .expect_err("ACL refusal");
    assert!(e.is_string(), "refused by Tauri's ACL, not our code: {e}");
}
