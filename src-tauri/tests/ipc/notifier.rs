//! The follow-up reminders' loop step, without a notification server: a due follow-up is
//! announced once, not again on the next check nor after a restart, and reaches the window.

use crate::*;
use liaison_app_lib::notifier::{self, DueSink, FOLLOWUP_DUE};
use liaison_core::Followup;
use std::sync::{Arc, Mutex};
use tauri::Listener;

/// Records the titles of what was announced.
#[derive(Default)]
struct Recorder(Mutex<Vec<String>>);

impl DueSink for Recorder {
    fn deliver(&self, followup: &Followup) {
        self.0
            .lock()
            .expect("not poisoned")
            .push(followup.title.clone());
    }
}

impl Recorder {
    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().expect("not poisoned"))
    }
}

fn due(title: &str, person: &Value, due_local: &str) -> Value {
    json!({ "input": { "title": title, "people": [person], "due_local": due_local } })
}

#[test]
fn a_due_followup_is_announced_once_even_across_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("book.db");
    let state = crate::open_book(path.clone());
    let h = Harness::with_book(dir, state.clone());
    let amelie = person(&h, "Amélie", "Dubois");
    h.ok(
        "followup_create",
        due("Send the brief", &amelie, "2020-01-06"),
    );
    h.ok("followup_create", due("Not yet", &amelie, "2999-01-01"));

    let sink = Recorder::default();
    assert_eq!(notifier::announce_due(&state, &sink), 1);
    assert_eq!(sink.take(), ["Send the brief"], "only what came due");
    assert_eq!(
        notifier::announce_due(&state, &sink),
        0,
        "the next check (30 s later) must not nag again"
    );

    let restarted = crate::open_book(path);
    assert_eq!(
        notifier::announce_due(&restarted, &sink),
        0,
        "nor the first check after a restart"
    );
    assert!(sink.take().is_empty());
}

#[test]
fn a_book_that_cannot_open_announces_nothing_and_does_not_crash() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A folder where the file should be: the open fails.
    let path = dir.path().join("book.db");
    std::fs::create_dir(&path).expect("a folder in the way");
    let state = crate::open_book(path);
    let sink = Recorder::default();
    assert_eq!(notifier::announce_due(&state, &sink), 0);
}

#[test]
fn the_window_is_told_with_the_followup_for_its_toast() {
    let h = Harness::new();
    let amelie = person(&h, "Amélie", "Dubois");
    let created = h.ok(
        "followup_create",
        due("Send the brief", &amelie, "2020-01-06"),
    );

    let heard = Arc::new(Mutex::new(Vec::new()));
    let record = Arc::clone(&heard);
    h.app.listen_any(FOLLOWUP_DUE, move |event| {
        let payload: Value = serde_json::from_str(event.payload()).expect("JSON payload");
        record.lock().expect("not poisoned").push(payload);
    });
    let followup: Followup = serde_json::from_value(created.clone()).expect("a Followup");
    notifier::emit_due(h.app.handle(), &followup);

    let heard = heard.lock().expect("not poisoned");
    assert_eq!(
        *heard,
        [created],
        "the toast gets the whole follow-up, people included, to open the person"
    );
}

#[test]
fn the_notification_says_who_and_when_without_words_to_translate() {
    let h = Harness::new();
    let amelie = person(&h, "Amélie", "Dubois");
    let jon = person(&h, "Jon", "Snow");
    let mut input = due("Send the brief", &amelie, "2020-01-06T14:30");
    input["input"]["people"] = json!([amelie, jon]);
    let created = h.ok("followup_create", input);
    let followup: Followup = serde_json::from_value(created).expect("a Followup");
    assert_eq!(
        notifier::notification_body(&followup),
        "Amélie Dubois, Jon Snow · 2020-01-06 14:30"
    );
}
