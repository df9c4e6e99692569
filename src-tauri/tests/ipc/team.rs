//! The team through IPC as the UI calls it: colleagues, the check the log form runs before saving, the person page's "Our side", the owner, and the organization page's edit.

use crate::*;

#[test]
fn the_log_form_is_warned_before_saving_and_the_person_page_shows_our_side() {
    let h = Harness::new();
    let amelie = person(&h, "Amélie", "Dubois");
    let lea = h.ok(
        "colleague_create",
        json!({ "input": { "name": "Léa", "role": "PR" } }),
    )["id"]
        .clone();
    let tom = h.ok("colleague_create", json!({ "input": { "name": "Tom" } }))["id"].clone();
    let dup = h.err("colleague_create", json!({ "input": { "name": "LéA" } }));
    assert_eq!(dup["code"], "validation", "case aside, ASCII only: {dup}");
    h.ok(
        "interaction_create",
        json!({ "input": { "kind": "email", "people": [amelie], "colleague_id": lea } }),
    );
    let warned = h.ok(
        "collision_check",
        json!({ "people": [amelie], "colleague_id": tom }),
    );
    assert_eq!(
        warned[0]["contacts"][0]["colleague_name"], "Léa",
        "{warned}"
    );
    assert_eq!(warned[0]["window_days"], 7);
    let none = h.ok(
        "collision_check",
        json!({ "people": [amelie], "colleague_id": lea }),
    );
    assert_eq!(none, json!([]), "her own contact does not warn Léa");
    let saved = h.ok(
        "interaction_create",
        json!({ "input": { "kind": "dm", "people": [amelie], "colleague_id": tom } }),
    );
    assert_eq!(saved["colleague_name"], "Tom");
    assert_eq!(
        saved["our_side"], "Tom",
        "the colleague's name fills 'who on our side'"
    );
    let team = h.ok("person_team", json!({ "person_id": amelie }));
    assert_eq!(
        team["collision"]["contacts"].as_array().map(Vec::len),
        Some(2),
        "{team}"
    );
    assert_eq!(team["touchpoints"].as_array().map(Vec::len), Some(2));
    let owned = h.ok(
        "person_owner_set",
        json!({ "person_id": amelie, "owner_id": lea }),
    );
    assert_eq!(owned["owner_name"], "Léa");
    let today = h.ok("today_get", json!(null));
    assert_eq!(today["collisions"][0]["person_id"], amelie);
    assert_eq!(h.ok("collisions", json!({}))[0]["person_id"], amelie);
    h.ok("colleague_delete", json!({ "id": tom }));
    assert_eq!(
        h.ok("colleague_all", json!(null)).as_array().map(Vec::len),
        Some(1)
    );
}

#[test]
fn an_organization_page_saves_its_notes() {
    let h = Harness::new();
    let org = h.ok(
        "org_create",
        json!({ "input": { "name": "Maison Lumière" } }),
    );
    let saved = h.ok(
        "org_update",
        json!({ "id": org["id"], "input": { "name": "Maison Lumière", "kind": "agency", "notes": "Spring drop" } }),
    );
    assert_eq!(
        (saved["kind"].as_str(), saved["notes"].as_str()),
        (Some("agency"), Some("Spring drop"))
    );
    let bad = h.err(
        "org_update",
        json!({ "id": org["id"], "input": { "name": "Maison Lumière", "country": "ZZ" } }),
    );
    assert_eq!(bad["fields"][0]["field"], "country", "{bad}");
}
