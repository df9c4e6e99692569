//! Lists through IPC: made, renamed, filled and emptied as the UI does it, the person page's
//! lists, the error shapes the forms rely on, and "Export this list" through `export_save`.

use crate::*;

#[test]
fn a_list_is_made_filled_renamed_and_deleted_through_ipc() {
    let h = Harness::new();
    let amelie = person(&h, "Amélie", "Dubois");
    let marc = person(&h, "Marc", "Levy");
    let l = h.ok(
        "list_create",
        json!({ "input": { "name": "PFW shortlist", "description": "Beauty" } }),
    );
    let id = l["id"].clone();
    assert_eq!(l["member_count"], 0, "{l}");

    let added = h.ok(
        "list_add",
        json!({ "id": id, "person_ids": [amelie, marc] }),
    );
    assert_eq!(added["member_count"], 2);
    let again = h.ok("list_add", json!({ "id": id, "person_ids": [amelie] }));
    assert_eq!(
        again["member_count"], 2,
        "adding twice is no error and no duplicate"
    );
    let detail = h.ok("list_detail", json!({ "id": id }));
    assert_eq!(
        detail["members"][0]["id"], amelie,
        "members in the order added: {detail}"
    );
    assert_eq!(
        detail["members"][0]["display_name"], "Amélie Dubois",
        "members are the people list's rows"
    );
    let on = h.ok("person_lists", json!({ "person_id": marc }));
    assert_eq!(on[0]["id"], id, "the person page shows the list");

    h.ok("list_remove", json!({ "id": id, "person_ids": [marc] }));
    assert_eq!(
        h.ok("person_lists", json!({ "person_id": marc })),
        json!([])
    );
    let renamed = h.ok(
        "list_update",
        json!({ "id": id, "patch": { "name": "PFW final" } }),
    );
    assert_eq!(
        (&renamed["name"], &renamed["description"]),
        (&json!("PFW final"), &json!("Beauty"))
    );

    let e = h.err("list_create", json!({ "input": { "name": "pfw FINAL" } }));
    assert_error_body(&e, "validation");
    assert_eq!(
        fields(&e),
        BTreeSet::from(["name".to_string()]),
        "the form marks the name"
    );

    h.ok("list_delete", json!({ "id": id }));
    assert_eq!(h.ok("list_all", json!({})), json!([]));
    let e = h.err("list_detail", json!({ "id": id }));
    assert_error_body(&e, "not_found");
    assert!(
        h.ok("person_get", json!({ "id": amelie }))["id"] == amelie,
        "deleting a list keeps its people"
    );
}

#[test]
fn export_this_list_saves_only_its_members() {
    let h = Harness::new();
    let amelie = person(&h, "Amélie", "Dubois");
    person(&h, "Outsider", "Person");
    let id = h.ok("list_create", json!({ "input": { "name": "VIP" } }))["id"].clone();
    h.ok("list_add", json!({ "id": id, "person_ids": [amelie] }));

    let csv = h.dir.path().join("vip.csv");
    *h.save_to.lock().unwrap() = Some(csv.clone());
    h.ok(
        "export_save",
        json!({ "kind": "people_csv", "list_id": id }),
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(text.lines().count(), 2, "a header and the member:\n{text}");
    assert!(text.contains("Amélie") && !text.contains("Outsider"));
    assert!(
        h.suggested.lock().unwrap().contains(&"VIP.csv".to_string()),
        "the dialog suggests the list's name: {:?}",
        h.suggested.lock().unwrap()
    );

    let bundle = h.dir.path().join("vip.json");
    *h.save_to.lock().unwrap() = Some(bundle.clone());
    h.ok(
        "export_save",
        json!({ "kind": "bundle", "scope": { "kind": "list", "id": id }, "job": "x" }),
    );
    let v: Value = serde_json::from_slice(&std::fs::read(&bundle).unwrap()).unwrap();
    assert_eq!(v["manifest"]["counts"]["people"], 1, "only the member");
    assert_eq!(v["lists"][0]["name"], "VIP");

    let vcf = h.dir.path().join("vip.vcf");
    *h.save_to.lock().unwrap() = Some(vcf.clone());
    h.ok("export_save", json!({ "kind": "vcard", "list_id": id }));
    let text = std::fs::read_to_string(&vcf).unwrap();
    assert_eq!(text.matches("BEGIN:VCARD").count(), 1, "{text}");
    assert!(
        text.contains("\r\nVERSION:3.0\r\n"),
        "3.0 unless asked: {text}"
    );
    h.ok(
        "export_save",
        json!({ "kind": "vcard", "list_id": id, "vcard_version": "4.0" }),
    );
    let text = std::fs::read_to_string(&vcf).unwrap();
    assert!(
        text.contains("\r\nVERSION:4.0\r\n"),
        "4.0 on request: {text}"
    );
}
