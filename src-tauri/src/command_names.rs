// Included (not a module) by build.rs and by lib.rs, so one list feeds both the generated
// `allow-<command>` permissions and the IPC tests that check each command is registered and
// granted to the main window. Keep it in step with `generate_handler!` in lib.rs.

/// Every command the window may call.
pub const COMMANDS: &[&str] = &[
    "app_info",
    "sample_load",
    "person_create",
    "person_get",
    "person_update",
    "person_archive",
    "person_delete",
    "person_list",
    "person_search",
    "interaction_create",
    "interaction_update",
    "interaction_delete",
    "interaction_restore",
    "timeline_list",
    "note_create",
    "note_update",
    "note_delete",
    "note_list",
    "person_insights",
    "takers_list",
    "text_search",
    "followup_create",
    "followup_update",
    "followup_done",
    "followup_snooze",
    "followup_delete",
    "followup_list",
    "today_get",
    "settings_get",
    "settings_set",
    "link_open",
];
