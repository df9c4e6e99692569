//! Every command the UI calls (ui/src/ipc/ipc.ts, the one place that invokes) exists in the shell
//! and is granted to the main window: a renamed or forgotten command fails here, not in a user's
//! hands.

use liaison_devserver::{books, BookSpec};
use serde_json::json;
use std::collections::BTreeSet;

/// The command names in `call<…>("name", …)` of the UI's ipc module.
fn ui_commands() -> BTreeSet<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../ui/src/ipc/ipc.ts");
    let text = std::fs::read_to_string(path).expect("the UI's ipc module");
    text.split("call<")
        .skip(1)
        .filter_map(|rest| {
            let start = rest.find(">(\"")? + 3;
            let len = rest[start..].find('"')?;
            Some(rest[start..start + len].to_string())
        })
        .collect()
}

#[test]
fn every_command_the_ui_calls_is_registered_and_granted() {
    let commands = ui_commands();
    assert!(
        commands.len() > 50,
        "the parser must see the UI's commands (found {commands:?})"
    );
    assert!(
        commands.contains("person_create"),
        "a command the UI surely calls is found"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let app = books::open(&BookSpec::Empty, dir.path(), false, None).expect("a book");
    for cmd in &commands {
        // A request the command cannot read still proves it is there and allowed: Tauri answers
        // "not allowed" (a plain string) before any argument is looked at.
        let answer = app.invoke(cmd, json!({}));
        if let Err(e) = &answer {
            let text = e.as_str().unwrap_or_default();
            assert!(
                !text.contains("not allowed") && !text.contains("not found"),
                "the UI calls `{cmd}`, which the shell refuses: {text}"
            );
        }
    }
    // And the check can fail: a name the shell does not have is refused as such.
    let e = app
        .invoke("person_teleport", json!({}))
        .expect_err("no such command");
    assert!(
        e.as_str().unwrap_or_default().contains("not allowed"),
        "{e}"
    );
}
