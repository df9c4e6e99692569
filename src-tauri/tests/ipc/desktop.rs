//! The app on the desktop (issue 17): a dropped file goes through the same door as a picked one, `liaison://person/<id>` links reach the page once, and the desktop commands answer without a desktop.

use crate::*;
use liaison_app_lib::desktop::{drop, links, tray};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use tauri::{DragDropEvent, Listener, Manager, Url, WindowEvent};

/// Drops `paths` on the main window as Tauri reports it; answers what the page was told.
fn drop_on(h: &Harness, paths: Vec<PathBuf>) -> Vec<Value> {
    let heard = Arc::new(Mutex::new(Vec::new()));
    let record = Arc::clone(&heard);
    let id = h.app.listen_any(drop::FILE_DROPPED, move |event| {
        let payload: Value = serde_json::from_str(event.payload()).expect("JSON payload");
        record.lock().expect("not poisoned").push(payload);
    });
    let event = WindowEvent::DragDrop(DragDropEvent::Drop {
        paths,
        position: Default::default(),
    });
    let window = h.main.as_ref().window();
    drop::on_drop(&window, &event);
    h.app.unlisten(id);
    let heard = heard.lock().expect("not poisoned").clone();
    heard
}

#[test]
fn a_dropped_csv_opens_the_import_as_if_it_had_been_picked() {
    let h = Harness::new();
    let file = h.dir.path().join("Contacts Salon.CSV");
    std::fs::write(&file, "Name,Email\nAnaïs Lefèvre,anais@example.com\n").unwrap();
    let path = file.display().to_string();

    let e = h.err("import_csv_preview", json!({ "path": path }));
    assert_error_body(&e, "validation");

    let told = drop_on(&h, vec![file.clone()]);
    assert_eq!(
        told,
        [json!({ "path": path, "kind": "csv", "refused": null })],
        "the page hears of the file and which import reads it (the extension in any case)"
    );
    let preview = h.ok("import_csv_preview", json!({ "path": path }));
    assert_eq!(
        preview["headers"],
        json!(["Name", "Email"]),
        "the import now reads the dropped file, as after the picker: {preview}"
    );
}

#[test]
fn drops_the_imports_cannot_take_are_refused_with_the_reason_and_stay_unreadable() {
    let h = Harness::new();
    let a = h.dir.path().join("a.vcf");
    let b = h.dir.path().join("b.vcf");
    let photo = h.dir.path().join("portrait.png");
    for f in [&a, &b, &photo] {
        std::fs::write(f, "x").unwrap();
    }
    let refused = |paths: Vec<PathBuf>| drop_on(&h, paths)[0]["refused"].clone();
    assert_eq!(
        refused(vec![a.clone(), b.clone()]),
        "several",
        "one file at a time"
    );
    assert_eq!(refused(vec![h.dir.path().to_path_buf()]), "folder");
    assert_eq!(refused(vec![photo.clone()]), "unknown_type");
    for f in [&a, &b, &photo] {
        let e = h.err(
            "import_vcard",
            json!({ "path": f.display().to_string(), "options": {} }),
        );
        assert_error_body(&e, "validation");
    }
    let told = drop_on(&h, vec![a.clone()]);
    assert_eq!(told[0]["kind"], "vcard");
    assert_eq!(
        drop::kind_of(&PathBuf::from("team.liaison")),
        Some("bundle")
    );
    assert_eq!(drop::kind_of(&PathBuf::from("carnet.ods")), Some("csv"));
}

#[test]
fn a_person_link_waits_for_the_page_once_and_other_links_do_nothing() {
    let h = Harness::new();
    let id = person(&h, "Anaïs", "Lefèvre");
    let id = id.as_str().unwrap();
    assert_eq!(
        h.call("link_take", json!({})).unwrap(),
        Value::Null,
        "nothing waits at first"
    );
    let url = |s: &str| Url::parse(s).unwrap();
    for other in [
        "liaison://event/abc",
        "liaison://person/",
        "liaison://person/../../etc",
        "https://person/abc",
    ] {
        assert!(
            !links::open(h.app.handle(), &[url(other)]),
            "{other} opens nothing"
        );
    }
    assert!(links::open(
        h.app.handle(),
        &[url(&format!("liaison://person/{}", id.to_uppercase()))]
    ));
    assert_eq!(
        h.call("link_take", json!({})).unwrap(),
        json!(id),
        "the page takes the person (ids compare in lower case)"
    );
    assert_eq!(
        h.call("link_take", json!({})).unwrap(),
        Value::Null,
        "once: a reload does not open her again"
    );
}

#[test]
fn the_desktop_commands_answer_where_there_is_no_desktop() {
    let h = Harness::new();
    let info = h.call("desktop_get", json!({})).unwrap();
    assert_eq!(
        info["start_at_login"],
        Value::Null,
        "no login item can be made here: Settings says so instead of a box that lies"
    );
    assert!(
        info["log_dir"].as_str().unwrap().ends_with("logs"),
        "the log folder is named: {info}"
    );
    let e = h.err("desktop_set", json!({ "start_at_login": true }));
    assert_error_body(&e, "io");
    // The tray menu's words alone change nothing else (there is no tray under the mock).
    h.ok(
        "desktop_set",
        json!({ "tray": { "open": "Ouvrir Liaison", "capture": "Saisie rapide", "quit": "Quitter Liaison" } }),
    );
    assert!(h.app.try_state::<tray::TrayMenu<MockRuntime>>().is_none());
    // The title bars follow the app's theme: each choice is taken, an unknown one refused.
    for choice in ["dark", "light", "system"] {
        h.ok("desktop_set", json!({ "theme": choice }));
    }
    assert!(
        h.call("desktop_set", json!({ "req": { "theme": "purple" } }))
            .is_err(),
        "only light, dark or system"
    );
}

#[test]
fn the_capture_window_may_capture_and_close_and_nothing_else() {
    let h = Harness::new();
    let capture = WebviewWindowBuilder::new(&h.app, "capture", Default::default())
        .build()
        .expect("the capture window");
    let req = json!({ "req": { "line": "Anaïs Lefèvre: dîner au salon", "choices": [], "no_event": false } });
    let preview = invoke(&capture, "capture_preview", req.clone())
        .expect("capture_preview is granted to the capture window");
    assert!(preview.is_object(), "{preview}");
    invoke(&capture, "capture_save", req).expect("and capture_save");
    for (cmd, args) in [
        ("person_list", json!({ "req": {} })),
        ("settings_set", json!({ "req": { "time_zone": "UTC" } })),
        ("log_folder_open", json!({})),
    ] {
        let e = invoke(&capture, cmd, args).expect_err(cmd);
        assert!(
            e.is_string(),
            "{cmd} is refused to the capture window by Tauri's ACL: {e}"
        );
    }
}
