//! Timeline, notes, the person page's figures and text search, through IPC.

use crate::*;

/// A well-formed interaction as `interaction_delete` answers it, about nobody in the book.
pub(crate) fn deleted_interaction() -> Value {
    json!({
        "id": NO_SUCH_ID, "kind": "email", "direction": "neutral", "exchange": null,
        "occurred_at": "2026-11-01T10:00:00Z", "channel": "", "our_side": "", "body": "",
        "people": [NO_SUCH_ID], "person_names": ["Nobody"], "event_id": null,
        "created_at": "2026-11-01T10:00:00Z", "updated_at": "2026-11-01T10:00:00Z",
    })
}

fn gift_from(person: &Value) -> Value {
    json!({ "input": {
        "kind": "gift", "direction": "received", "exchange": "gift",
        "body": "Dinner at Septime after the launch", "people": [person],
    }})
}

fn timeline_ids(h: &Harness, person: &Value) -> Vec<Value> {
    let page = h.ok("timeline_list", json!({ "person_id": person }));
    page["items"]
        .as_array()
        .expect("items is a list")
        .iter()
        .map(|i| i["id"].clone())
        .collect()
}

#[test]
fn an_interaction_can_be_logged_edited_deleted_and_undone() {
    let h = Harness::new();
    let amelie = person(&h, "Amélie", "Dubois");

    let created = h.ok("interaction_create", gift_from(&amelie));
    assert_eq!(
        created["person_names"],
        json!(["Amélie Dubois"]),
        "the timeline shows names without a second call"
    );
    assert_eq!(timeline_ids(&h, &amelie), vec![created["id"].clone()]);

    let mut input = gift_from(&amelie);
    input["input"]["body"] = json!("Lunch instead");
    let updated = h.ok(
        "interaction_update",
        json!({ "id": created["id"], "input": input["input"] }),
    );
    assert_eq!(updated["body"], "Lunch instead");
    assert_eq!(updated["id"], created["id"], "an edit keeps the id");

    let deleted = h.ok("interaction_delete", json!({ "id": created["id"] }));
    assert_eq!(
        deleted, updated,
        "delete answers with what it removed, for Undo"
    );
    assert!(
        timeline_ids(&h, &amelie).is_empty(),
        "gone from the timeline"
    );

    let restored = h.ok("interaction_restore", json!({ "interaction": deleted }));
    assert_eq!(
        restored["id"], created["id"],
        "Undo brings back the same one"
    );
    assert_eq!(timeline_ids(&h, &amelie), vec![created["id"].clone()]);
}

#[test]
fn an_interaction_needs_someone_and_an_unknown_one_is_not_found() {
    let h = Harness::new();
    let e = h.err("interaction_create", json!({ "input": { "kind": "call" } }));
    assert_error_body(&e, "validation");
    assert!(
        fields(&e).contains("people"),
        "the form marks who it was with: {e}"
    );
    assert_error_body(
        &h.err("interaction_delete", json!({ "id": NO_SUCH_ID })),
        "not_found",
    );
}

#[test]
fn notes_are_written_pinned_listed_and_deleted() {
    let h = Harness::new();
    let amelie = person(&h, "Amélie", "Dubois");
    let note = h.ok(
        "note_create",
        json!({ "input": { "person_id": amelie, "body": "Prefers **email**", "pinned": false } }),
    );
    assert_eq!(note["person_id"], amelie);

    let pinned = h.ok(
        "note_update",
        json!({ "id": note["id"], "body": "Prefers email, never calls", "pinned": true }),
    );
    assert_eq!(pinned["pinned"], true);
    let listed = h.ok("note_list", json!({ "person_id": amelie }));
    assert_eq!(listed, json!([pinned]), "the list shows the edited note");

    let deleted = h.ok("note_delete", json!({ "id": note["id"] }));
    assert_eq!(deleted["body"], "Prefers email, never calls");
    assert_eq!(h.ok("note_list", json!({ "person_id": amelie })), json!([]));

    let e = h.err(
        "note_create",
        json!({ "input": { "person_id": NO_SUCH_ID, "body": "x", "pinned": false } }),
    );
    assert_error_body(&e, "not_found");
}

#[test]
fn insights_takers_and_text_search_reflect_a_received_gift() {
    let h = Harness::new();
    let amelie = person(&h, "Amélie", "Dubois");
    let other = person(&h, "Jon", "Snow");
    h.ok("interaction_create", gift_from(&amelie));

    let insights = h.ok("person_insights", json!({ "person_id": amelie }));
    assert!(
        insights["last_interaction_at"].is_string(),
        "a logged gift is a last contact: {insights}"
    );
    assert_eq!(
        insights["activity"].as_array().map(Vec::len),
        Some(12),
        "a year of months for the activity chart"
    );
    assert!(insights["reciprocity"]["all_time"].is_array());

    let takers = h.ok("takers_list", json!({}));
    let names: Vec<&str> = takers
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|p| p["display_name"].as_str())
        .collect();
    assert_eq!(
        names,
        ["Amélie Dubois"],
        "she gave, we gave nothing back; {other} exchanged nothing"
    );

    let mut again = gift_from(&amelie);
    again["input"]["body"] = json!("Septime again, she insisted");
    h.ok("interaction_create", again);
    let hits = h.ok("text_search", json!({ "query": "septime" }));
    assert_eq!(hits.as_array().map(Vec::len), Some(2), "both mention it");
    assert_eq!(hits[0]["person_names"], json!(["Amélie Dubois"]), "{hits}");
    let one = h.ok("text_search", json!({ "query": "septime", "limit": 1 }));
    assert_eq!(one.as_array().map(Vec::len), Some(1), "limit respected");
    assert_error_body(
        &h.err("person_insights", json!({ "person_id": NO_SUCH_ID })),
        "not_found",
    );
}
