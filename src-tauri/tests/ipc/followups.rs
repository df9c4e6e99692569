//! Follow-ups, Today, settings and opening links, through IPC.

use crate::*;

fn call_her(person: &Value, due: &str) -> Value {
    json!({ "input": { "title": "Call about the launch", "people": [person], "due_local": due } })
}

fn open_titles(h: &Harness) -> Vec<String> {
    h.ok("followup_list", json!({}))
        .as_array()
        .expect("a list")
        .iter()
        .map(|f| f["title"].as_str().expect("title").to_string())
        .collect()
}

#[test]
fn a_followup_is_created_edited_snoozed_done_and_deleted() {
    let h = Harness::new();
    let amelie = person(&h, "Amélie", "Dubois");
    let f = h.ok("followup_create", call_her(&amelie, "2020-01-06"));
    assert_eq!(f["person_names"], json!(["Amélie Dubois"]));
    assert_eq!(
        f["due_local"], "2020-01-06T09:00",
        "a bare date means the morning"
    );

    let today = h.ok("today_get", json!(null));
    assert_eq!(
        today["overdue"][0]["id"], f["id"],
        "a past follow-up is overdue on Today: {today}"
    );

    let mut input = call_her(&amelie, "2020-01-06T14:30");
    input["input"]["title"] = json!("Call Amélie");
    let edited = h.ok(
        "followup_update",
        json!({ "id": f["id"], "input": input["input"] }),
    );
    assert_eq!(edited["title"], "Call Amélie");

    let snoozed = h.ok(
        "followup_snooze",
        json!({ "id": f["id"], "preset": "one_hour" }),
    );
    assert_ne!(snoozed["due_at"], edited["due_at"], "snoozing moves it");
    assert_eq!(open_titles(&h), ["Call Amélie"]);

    let done = h.ok("followup_done", json!({ "id": f["id"] }));
    assert!(done["done_at"].is_string(), "a one-off closes: {done}");
    assert!(open_titles(&h).is_empty(), "done ones leave the open list");
    let all = h.ok("followup_list", json!({ "status": "all" }));
    assert_eq!(
        all.as_array().map(Vec::len),
        Some(1),
        "but stay in the book"
    );

    let deleted = h.ok("followup_delete", json!({ "id": f["id"] }));
    assert_eq!(
        deleted["id"], f["id"],
        "delete answers with what it removed"
    );
    assert_eq!(h.ok("followup_list", json!({ "status": "all" })), json!([]));
}

#[test]
fn followup_errors_name_the_field_or_say_not_found() {
    let h = Harness::new();
    assert_error_body(
        &h.err("followup_done", json!({ "id": NO_SUCH_ID })),
        "not_found",
    );
    let e = h.err(
        "followup_create",
        json!({ "input": { "title": " ", "due_local": "someday", "people": [NO_SUCH_ID] } }),
    );
    assert_error_body(&e, "validation");
    assert_eq!(
        fields(&e),
        BTreeSet::from(["title", "due_local", "people.0"].map(String::from)),
        "every bad field at once, so the form marks them all"
    );
    let e = h.err(
        "followup_snooze",
        json!({ "id": NO_SUCH_ID, "preset": "tomorrow", "until": "2030-01-01T09:00:00Z" }),
    );
    assert_error_body(&e, "validation");
}

#[test]
fn the_time_zone_setting_is_read_and_changed() {
    let h = Harness::new();
    let first = h.ok("settings_get", json!(null));
    assert!(
        first["time_zone"].as_str().is_some_and(|z| !z.is_empty()),
        "the first start sets a zone from the system: {first}"
    );
    let set = h.ok("settings_set", json!({ "time_zone": "Europe/Paris" }));
    assert_eq!(
        set,
        json!({ "time_zone": "Europe/Paris", "collision_days": 7, "close_to_tray": true }),
        "saved without a collision window, the book keeps its default of 7 days"
    );
    assert_eq!(h.ok("settings_get", json!(null)), set, "it is kept");
    assert_eq!(
        h.ok("today_get", json!(null))["time_zone"],
        "Europe/Paris",
        "Today counts days in the chosen zone"
    );

    let e = h.err("settings_set", json!({ "time_zone": "Mars/Olympus" }));
    assert_error_body(&e, "validation");
    assert_eq!(fields(&e), BTreeSet::from(["time_zone".to_string()]));
}

#[test]
fn only_web_and_mail_links_reach_the_system() {
    let h = Harness::new();
    assert_eq!(
        h.ok("link_open", json!({ "url": "https://example.com/brief" })),
        Value::Null
    );
    h.ok("link_open", json!({ "url": "mailto:amelie@example.com" }));

    for bad in ["javascript:alert(1)", "file:///etc/passwd", "liaison.app"] {
        let e = h.err("link_open", json!({ "url": bad }));
        assert_error_body(&e, "validation");
        assert_eq!(fields(&e), BTreeSet::from(["url".to_string()]), "{bad}");
    }
    assert_eq!(
        *h.opened.lock().expect("not poisoned"),
        ["https://example.com/brief", "mailto:amelie@example.com"],
        "refused links never reach the opener"
    );
}
