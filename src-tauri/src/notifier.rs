//! Follow-up reminders while the window runs: a desktop notification and an in-app event for each
//! follow-up that comes due, once (the core marks it announced, so not again after a restart).

use crate::state::BookState;
use liaison_core::Followup;
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

/// The event the UI listens to for its in-app toast ("Open" goes to the person). Carries the
/// `Followup`. It is the dependable path: a desktop notification may not be seen at all.
pub const FOLLOWUP_DUE: &str = "followup-due";
/// Sent when the user clicks a desktop notification, where the notification server reports it;
/// carries the `Followup`, like `followup-due`, and the window is raised first.
pub const FOLLOWUP_OPEN: &str = "followup-open";

/// Soon after start, so what came due while the app was closed shows at once, but after the
/// window had time to load the UI and listen.
const FIRST_CHECK: Duration = Duration::from_secs(3);
/// A follow-up is due at a minute; half a minute late at most is on time for a reminder.
const EVERY: Duration = Duration::from_secs(30);
const EXTRA_KEY: &str = "followup";

/// Where a due follow-up is announced. The app shows it on the desktop and in the window;
/// tests record it.
pub trait DueSink {
    fn deliver(&self, followup: &Followup);
}

/// Takes the follow-ups that came due and were never announced, marking them announced. Blocks
/// on SQLite: call it from a blocking thread. A book that is not open announces nothing (and is
/// not retried here: the UI's "Try again" does that, with the user watching).
pub fn due_followups(state: &BookState) -> Vec<Followup> {
    let Some(book) = state.book_if_open() else {
        return Vec::new();
    };
    book.followups_to_notify().unwrap_or_else(|e| {
        // The code only: a message could quote a note or a name, and logs leave the machine.
        liaison_core::warn_redacted("follow-up reminders skipped", &e.code().as_str());
        Vec::new()
    })
}

/// One check: announces every newly due follow-up to `sink`; answers how many.
pub fn announce_due(state: &BookState, sink: &dyn DueSink) -> usize {
    let due = due_followups(state);
    for followup in &due {
        sink.deliver(followup);
    }
    due.len()
}

/// Starts the checks for the running app, and raises the window when a notification is clicked.
/// The checks run on one thread of their own that sleeps between them: a task on the async
/// runtime would hand each check to a blocking thread, and the runtime ends an idle blocking
/// thread after 10 s, so every check would start a thread again (issue 17's idle budget).
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<BookState>().inner().clone();
    let sink = AppSink { app: app.clone() };
    listen_for_clicks(app);
    let started = std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || {
            // After a suspend the sleep resumes where it was: one check catches up, late by
            // at most the time the machine slept within one interval.
            std::thread::sleep(FIRST_CHECK);
            loop {
                for followup in &due_followups(&state) {
                    sink.deliver(followup);
                }
                std::thread::sleep(EVERY);
            }
        });
    if let Err(e) = started {
        liaison_core::warn_redacted("follow-up reminders will not be shown", &e);
    }
}

/// The running app's sink: a desktop notification plus the `followup-due` event to the window.
pub struct AppSink<R: Runtime> {
    pub app: AppHandle<R>,
}

impl<R: Runtime> DueSink for AppSink<R> {
    fn deliver(&self, followup: &Followup) {
        emit_due(&self.app, followup);
        let shown = self
            .app
            .notification()
            .builder()
            .title(&followup.title)
            .body(notification_body(followup))
            .extra(EXTRA_KEY, followup)
            .show();
        // Without a notification server (a bare X session, CI under Xvfb) the plugin fails on
        // its own thread and says nothing; here only preparing it can fail. Either way the
        // in-app event above already went out.
        if let Err(e) = shown {
            liaison_core::warn_redacted("a desktop notification could not be prepared", &e);
        }
    }
}

/// Tells the main window, for its toast. Public so the tests check the event without a
/// notification server.
pub fn emit_due<R: Runtime>(app: &AppHandle<R>, followup: &Followup) {
    if let Err(e) = app.emit_to("main", FOLLOWUP_DUE, followup) {
        liaison_core::warn_redacted("the window was not told of a due follow-up", &e);
    }
}

/// Who and when, without words to translate: "Amélie Dubois, Jon Snow · 2026-11-23 09:00".
pub fn notification_body(f: &Followup) -> String {
    let when = f.due_local.replacen('T', " ", 1);
    if f.person_names.is_empty() {
        when
    } else {
        format!("{} · {when}", f.person_names.join(", "))
    }
}

/// A click on a notification (reported by the plugin as `tap` where the server supports it)
/// raises the window and tells the UI which follow-up, so it opens the person.
fn listen_for_clicks<R: Runtime>(app: &AppHandle<R>) {
    let handle = app.clone();
    let registered = app.notification().on_action(move |performed| {
        if performed.action_id() != "tap" {
            return;
        }
        let Some(followup) = performed
            .notification()
            .and_then(|n| n.extra().get(EXTRA_KEY).cloned())
        else {
            return;
        };
        if let Some(window) = handle.get_webview_window("main") {
            let _ = window.unminimize();
            let _ = window.show();
            let _ = window.set_focus();
        }
        let _ = handle.emit_to("main", FOLLOWUP_OPEN, followup);
    });
    if let Err(e) = registered {
        liaison_core::warn_redacted("notification clicks will not open the person", &e);
    }
}
