//! Conflicts where the UI lists an event's attendees, and the language of the dossiers it saves: each attendee line (the event page, the line answered after a change) carries the person's conflicts; the attendee sheet, a list's and a smart list's sheet and "everything about a person" are written in the `lang` the UI passes (its own).

use crate::*;

#[test]
fn attendee_lines_carry_conflicts_and_saved_dossiers_follow_the_ui_language() {
    let h = Harness::new();
    let eli = person(&h, "Eli", "Moreau");
    let gus = person(&h, "Gus", "Petit");
    h.ok(
        "person_update",
        json!({ "id": eli, "patch": { "stage": "do_not_contact" } }),
    );
    let event = h.ok(
        "event_create",
        json!({ "input": { "name": "Salon 2030", "start_local": "2030-03-01" } }),
    )["id"]
        .clone();
    let line = h.ok(
        "event_attend",
        json!({ "event_id": event, "person_id": eli }),
    );
    assert_eq!(
        line["conflicts"][0]["kind"], "do_not_contact",
        "the line answered after adding Eli is flagged: {line}"
    );
    h.ok(
        "event_attend",
        json!({ "event_id": event, "person_id": gus }),
    );
    let detail = h.ok("event_detail", json!({ "id": event }));
    let flags: Vec<(String, usize)> = detail["attendees"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let n = a["conflicts"].as_array().map(Vec::len).unwrap_or(99);
            (a["person"]["display_name"].as_str().unwrap().to_string(), n)
        })
        .collect();
    assert_eq!(
        flags,
        vec![("Eli Moreau".to_string(), 1), ("Gus Petit".to_string(), 0)],
        "the event page's list: Eli flagged, Gus not"
    );

    let sheet = h.dir.path().join("salon.html");
    *h.save_to.lock().unwrap() = Some(sheet.clone());
    h.ok(
        "export_save",
        json!({ "kind": "event_dossier", "event_id": event, "lang": "fr" }),
    );
    let html = std::fs::read_to_string(&sheet).unwrap();
    assert!(html.contains("<html lang=\"fr\">") && html.contains("⚠ Ne pas contacter"));

    let all = h.dir.path().join("eli.json");
    *h.save_to.lock().unwrap() = Some(all.clone());
    h.ok(
        "export_save",
        json!({ "kind": "person_everything", "person_id": eli, "lang": "fr" }),
    );
    let dossier = std::fs::read_to_string(all.with_extension("html")).unwrap();
    assert!(
        dossier.contains("<h2>Conflits</h2>") && dossier.contains("Ne pas contacter"),
        "everything about Eli: the dossier beside the bundle in the UI's language, with her conflict"
    );

    // A list's sheet and a smart list's, through the same save as the event's.
    let list = h.ok(
        "list_create",
        json!({ "input": { "name": "PFW", "description": "" } }),
    )["id"]
        .clone();
    h.ok("list_add", json!({ "id": list, "person_ids": [gus, eli] }));
    let pfw = h.dir.path().join("pfw.html");
    *h.save_to.lock().unwrap() = Some(pfw.clone());
    h.ok(
        "export_save",
        json!({ "kind": "list_dossier", "list_id": list, "lang": "fr" }),
    );
    let html = std::fs::read_to_string(&pfw).unwrap();
    assert!(
        html.contains("<html lang=\"fr\">")
            && html.contains("2 personnes")
            && html.contains("⚠ Ne pas contacter"),
        "the list's sheet in the UI's language, Eli flagged: {html}"
    );
    let smart = h.ok(
        "smart_list_create",
        json!({ "input": { "name": "On PFW", "filter": { "archived": "hide", "list": list }, "sort": "name", "descending": false } }),
    )["id"]
        .clone();
    h.ok(
        "export_save",
        json!({ "kind": "list_dossier", "smart_list_id": smart }),
    );
    let html = std::fs::read_to_string(&pfw).unwrap();
    assert!(
        html.contains("<html lang=\"en\">")
            && html.contains("<h1>On PFW</h1>")
            && html.contains("2 people"),
        "a smart list's sheet: {html}"
    );
    let refused = h.err("export_save", json!({ "kind": "list_dossier" }));
    assert_eq!(refused["fields"][0]["field"], "list_id", "{refused}");
}
