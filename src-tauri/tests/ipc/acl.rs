//! What the window may call: every command registered and granted to `main` only, the event
//! permissions, and the CSP.

use crate::*;

/// One well-formed call per command. Must cover `COMMANDS`, the list the permissions come from.
pub(crate) fn every_command() -> Vec<(&'static str, Value)> {
    let id = json!({ "id": NO_SUCH_ID });
    let person = json!({ "person_id": NO_SUCH_ID });
    let attend = json!({ "event_id": NO_SUCH_ID, "person_id": NO_SUCH_ID });
    vec![
        ("app_info", json!({})),
        ("sample_load", json!({ "req": { "count": 1 } })),
        ("country_list", json!({})),
        ("person_create", json!({ "req": amelie() })),
        ("person_existing", json!({ "req": amelie() })),
        ("person_get", json!({ "req": id })),
        (
            "person_update",
            json!({ "req": { "id": id["id"], "patch": {} } }),
        ),
        (
            "person_archive",
            json!({ "req": { "id": id["id"], "archived": true } }),
        ),
        ("person_delete", json!({ "req": id })),
        ("person_list", json!({ "req": {} })),
        ("person_search", json!({ "req": { "query": "a" } })),
        ("person_photos", json!({ "req": { "ids": [NO_SUCH_ID] } })),
        (
            "person_photo_set",
            json!({ "req": { "id": NO_SUCH_ID, "data": "R0lGODlhAQABAAAAACw=" } }),
        ),
        ("person_photo_delete", json!({ "req": id })),
        ("person_sources", json!({ "req": id })),
        (
            "interaction_create",
            json!({ "req": { "input": { "people": [NO_SUCH_ID] } } }),
        ),
        (
            "interaction_update",
            json!({ "req": { "id": NO_SUCH_ID, "input": {} } }),
        ),
        ("interaction_delete", json!({ "req": id })),
        (
            "interaction_restore",
            json!({ "req": { "interaction": crate::relationship::deleted_interaction() } }),
        ),
        ("timeline_list", json!({ "req": person })),
        (
            "note_create",
            json!({ "req": { "input": { "person_id": NO_SUCH_ID, "body": "x" } } }),
        ),
        (
            "note_update",
            json!({ "req": { "id": NO_SUCH_ID, "body": "x", "pinned": false } }),
        ),
        ("note_delete", json!({ "req": id })),
        ("note_list", json!({ "req": person })),
        ("person_insights", json!({ "req": person })),
        ("takers_list", json!({ "req": {} })),
        ("text_search", json!({ "req": { "query": "dinner" } })),
        (
            "followup_create",
            json!({ "req": { "input": { "title": "x", "due_local": "2030-01-01" } } }),
        ),
        (
            "followup_update",
            json!({ "req": { "id": NO_SUCH_ID, "input": {} } }),
        ),
        ("followup_done", json!({ "req": id })),
        (
            "followup_snooze",
            json!({ "req": { "id": NO_SUCH_ID, "preset": "tomorrow" } }),
        ),
        ("followup_delete", json!({ "req": id })),
        ("followup_list", json!({ "req": {} })),
        ("today_get", json!({})),
        ("settings_get", json!({})),
        (
            "settings_set",
            json!({ "req": { "time_zone": "Europe/Paris" } }),
        ),
        (
            "link_open",
            json!({ "req": { "url": "https://example.com" } }),
        ),
        ("desktop_get", json!({})),
        ("desktop_set", json!({ "req": {} })),
        ("log_folder_open", json!({})),
        ("link_take", json!({})),
        (
            "event_create",
            json!({ "req": { "input": { "name": "VivaTech", "start_local": "2030-06-11" } } }),
        ),
        (
            "event_update",
            json!({ "req": { "id": NO_SUCH_ID, "input": {} } }),
        ),
        ("event_delete", json!({ "req": id })),
        ("event_get", json!({ "req": id })),
        ("event_detail", json!({ "req": id })),
        ("event_list", json!({ "req": {} })),
        ("event_attend", json!({ "req": attend })),
        ("event_unattend", json!({ "req": attend })),
        (
            "event_attendees",
            json!({ "req": { "event_id": NO_SUCH_ID } }),
        ),
        ("event_attendees_csv", json!({ "req": id })),
        ("event_ics", json!({ "req": id })),
        (
            "meetup_create",
            json!({ "req": { "input": { "title": "Coffee", "start_local": "2030-06-11T10:00" } } }),
        ),
        (
            "meetup_update",
            json!({ "req": { "id": NO_SUCH_ID, "input": {} } }),
        ),
        ("meetup_delete", json!({ "req": id })),
        ("meetup_list", json!({ "req": {} })),
        (
            "meetup_outcome",
            json!({ "req": { "id": NO_SUCH_ID, "outcome": "x" } }),
        ),
        ("city_view", json!({ "req": { "city": "Paris" } })),
        (
            "capture_preview",
            json!({ "req": { "line": "Amélie: hello" } }),
        ),
        ("capture_save", json!({ "req": { "line": "" } })),
        // Nothing is picked in the tests' save dialog unless a test says so: this call cancels.
        (
            "file_save",
            json!({ "req": { "file_name": "x.csv", "text": "x" } }),
        ),
        // Nothing is picked in the open dialog either: null, and the imports refuse the path.
        ("file_pick", json!({ "req": { "filters": [] } })),
        (
            "import_csv_preview",
            json!({ "req": { "path": "/no/such.csv" } }),
        ),
        (
            "csv_mapping_check",
            json!({ "req": { "mapping": [{ "field": "display_name" }] } }),
        ),
        ("import_csv", json!({ "req": { "path": "/no/such.csv" } })),
        ("import_vcard", json!({ "req": { "path": "/no/such.vcf" } })),
        (
            "import_bundle",
            json!({ "req": { "path": "/no/such.json" } }),
        ),
        ("import_cancel", json!({ "req": { "job": "nothing" } })),
        ("export_save", json!({ "req": { "kind": "people_csv" } })),
        (
            "list_create",
            json!({ "req": { "input": { "name": "x" } } }),
        ),
        (
            "list_update",
            json!({ "req": { "id": NO_SUCH_ID, "patch": {} } }),
        ),
        ("list_delete", json!({ "req": id })),
        ("list_all", json!({})),
        ("smart_list_all", json!({})),
        (
            "smart_list_create",
            json!({ "req": { "input": { "name": "x" } } }),
        ),
        (
            "smart_list_update",
            json!({ "req": { "id": NO_SUCH_ID, "input": { "name": "x" } } }),
        ),
        ("smart_list_delete", json!({ "req": id })),
        ("duplicates_find", json!({ "req": {} })),
        (
            "duplicates_dismiss",
            json!({ "req": { "a": NO_SUCH_ID, "b": NO_SUCH_ID } }),
        ),
        (
            "person_merge",
            json!({ "req": { "survivor": NO_SUCH_ID, "other": NO_SUCH_ID } }),
        ),
        ("merge_undo", json!({ "req": { "merge_id": NO_SUCH_ID } })),
        (
            "person_bulk",
            json!({ "req": { "target": { "kind": "ids", "ids": [NO_SUCH_ID] }, "changes": [{ "kind": "archive" }] } }),
        ),
        ("bulk_undo", json!({ "req": { "id": NO_SUCH_ID } })),
        ("list_detail", json!({ "req": id })),
        (
            "list_add",
            json!({ "req": { "id": NO_SUCH_ID, "person_ids": [] } }),
        ),
        (
            "list_remove",
            json!({ "req": { "id": NO_SUCH_ID, "person_ids": [] } }),
        ),
        ("person_lists", json!({ "req": person })),
        ("org_all", json!({})),
        (
            "org_update",
            json!({ "req": { "id": NO_SUCH_ID, "input": { "name": "x" } } }),
        ),
        ("colleague_all", json!({})),
        (
            "colleague_create",
            json!({ "req": { "input": { "name": "x" } } }),
        ),
        (
            "colleague_update",
            json!({ "req": { "id": NO_SUCH_ID, "input": { "name": "x" } } }),
        ),
        ("colleague_delete", json!({ "req": id })),
        ("person_team", json!({ "req": { "person_id": NO_SUCH_ID } })),
        (
            "person_owner_set",
            json!({ "req": { "person_id": NO_SUCH_ID } }),
        ),
        (
            "collision_check",
            json!({ "req": { "people": [NO_SUCH_ID], "colleague_id": NO_SUCH_ID } }),
        ),
        ("collisions", json!({ "req": {} })),
        (
            "affiliation_add",
            json!({ "req": { "input": { "person_id": NO_SUCH_ID, "brand_id": NO_SUCH_ID, "kind": "gifted" } } }),
        ),
        (
            "affiliation_update",
            json!({ "req": { "id": NO_SUCH_ID, "input": { "person_id": NO_SUCH_ID, "brand_id": NO_SUCH_ID, "kind": "gifted" } } }),
        ),
        ("affiliation_end", json!({ "req": id })),
        ("affiliation_remove", json!({ "req": id })),
        ("person_affiliations", json!({ "req": person })),
        (
            "conflict_check",
            json!({ "req": { "people": [NO_SUCH_ID], "action": "list" } }),
        ),
        (
            "org_brand_side_set",
            json!({ "req": { "id": NO_SUCH_ID, "side": "competitor" } }),
        ),
        ("org_create", json!({ "req": { "input": { "name": "x" } } })),
        ("org_detail", json!({ "req": id })),
        (
            "membership_set",
            json!({ "req": { "person_id": NO_SUCH_ID, "org_id": NO_SUCH_ID } }),
        ),
        (
            "membership_remove",
            json!({ "req": { "person_id": NO_SUCH_ID, "org_id": NO_SUCH_ID } }),
        ),
        (
            "connect",
            json!({ "req": { "input": { "from": NO_SUCH_ID, "to": NO_SUCH_ID, "kind": "knows" } } }),
        ),
        ("disconnect", json!({ "req": id })),
        (
            "person_network",
            json!({ "req": { "person_id": NO_SUCH_ID } }),
        ),
        (
            "network_graph",
            json!({ "req": { "scope": { "kind": "person", "id": NO_SUCH_ID } } }),
        ),
        ("unlock_status", json!({})),
        (
            "unlock",
            json!({ "req": { "secret": "correct horse battery" } }),
        ),
        ("recovery_key_take", json!({})),
        ("recovery_key_show", json!({ "req": {} })),
        (
            "passphrase_change",
            json!({ "req": { "current": "correct horse battery", "new": "staple horse battery" } }),
        ),
        ("backup_list", json!({})),
        ("backup_create", json!({})),
        (
            "backup_restore",
            json!({ "req": { "name": "no-such-backup.db" } }),
        ),
        ("book_check", json!({})),
    ]
}

#[test]
fn every_command_is_registered_and_granted_to_the_main_window() {
    let calls = every_command();
    let names: BTreeSet<&str> = calls.iter().map(|(c, _)| *c).collect();
    assert_eq!(
        names,
        COMMANDS.iter().copied().collect(),
        "test covers COMMANDS"
    );

    let h = Harness::new();
    for (cmd, args) in calls {
        // An unknown command or an ACL refusal comes back as a bare string from Tauri;
        // our own failures (here: not_found for a made-up id) are always objects.
        if let Err(e) = h.call(cmd, args) {
            assert!(e.is_object(), "{cmd} must reach our code, got {e}");
        }
    }
}

#[test]
fn another_window_gets_no_command() {
    let h = Harness::new();
    let other = WebviewWindowBuilder::new(&h.app, "other", Default::default())
        .build()
        .expect("a second window");
    // Capabilities name the main window only: anything else (a future popup showing
    // untrusted content, say) must be granted commands deliberately.
    let e = invoke(&other, "person_list", json!({ "req": {} })).expect_err("ACL refusal");
    assert!(e.is_string(), "refused by Tauri's ACL, not our code: {e}");
}

/// The policy the UI team builds against (see tauri.conf.json). Loosening it must be a
/// deliberate change to this test, never a side effect: the window shows personal data.
#[test]
fn the_shipped_csp_stays_strict() {
    let ctx = context::<MockRuntime>();
    let security = &ctx.config().app.security;
    assert!(
        security.freeze_prototype,
        "prototype pollution hardening stays on"
    );
    assert!(
        !ctx.config().app.with_global_tauri,
        "no window.__TAURI__ for scripts"
    );

    let csp = security
        .csp
        .as_ref()
        .expect("a CSP, never null")
        .to_string();
    let directive = |name: &str| -> String {
        csp.split(';')
            .map(str::trim)
            .find_map(|d| d.strip_prefix(name).filter(|rest| rest.starts_with(' ')))
            .unwrap_or_else(|| panic!("{name} is set in {csp}"))
            .trim()
            .to_string()
    };
    assert_eq!(directive("default-src"), "'self'");
    assert_eq!(
        directive("script-src"),
        "'self'",
        "no inline or eval'd script"
    );
    assert_eq!(
        directive("style-src"),
        "'self'",
        "no inline style attributes"
    );
    assert_eq!(
        directive("connect-src"),
        "ipc: http://ipc.localhost",
        "no network"
    );
    assert_eq!(directive("object-src"), "'none'");
    assert_eq!(directive("frame-ancestors"), "'none'");
}

/// The UI listens to `followup-due` (and `followup-open`), so the window may listen and stop
/// listening; it may not emit (it talks to the shell through commands) nor reach any plugin
/// directly: notifications and links go through Rust, where they are checked.
#[test]
fn the_window_may_listen_to_events_but_not_emit_or_call_plugins() {
    let h = Harness::new();
    let listen = json!({ "event": "followup-due", "target": { "kind": "Any" }, "handler": 7 });
    let id = h
        .call("plugin:event|listen", listen)
        .expect("core:event:allow-listen is granted");
    h.call(
        "plugin:event|unlisten",
        json!({ "event": "followup-due", "eventId": id }),
    )
    .expect("core:event:allow-unlisten is granted");

    let refused = [
        ("plugin:event|emit", json!({ "event": "followup-due" })),
        (
            "plugin:notification|notify",
            json!({ "options": { "title": "x" } }),
        ),
        ("plugin:notification|is_permission_granted", json!({})),
        (
            "plugin:opener|open_url",
            json!({ "url": "https://example.com" }),
        ),
    ];
    for (cmd, args) in refused {
        let e = h.call(cmd, args).expect_err(cmd);
        assert!(e.is_string(), "{cmd} is refused by Tauri itself: {e}");
    }
}
