//! Conflicts where the UI lists an event's attendees, and the language of the dossiers it saves: each attendee line (the event page, the line answered after a change) carries the person's conflicts; the attendee sheet and "everything about a person" are written in the `lang` the UI passes (its own).

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
}
