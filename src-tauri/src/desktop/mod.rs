//! The app as a desktop citizen (issue 17): tray and close-to-tray, the window's place remembered, a log file, dropped files, `liaison://` links, start at login and capture from anywhere.

pub mod capture;
pub mod drop;
pub mod links;
pub mod logging;
pub mod tray;
pub mod webview;

use tauri::{App, Builder, Runtime};
use tauri_plugin_window_state::StateFlags;

/// What is remembered of the main window: not "visible", or a window hidden in the tray at Quit
/// would come back hidden.
pub const WINDOW_STATE: StateFlags = StateFlags::SIZE
    .union(StateFlags::POSITION)
    .union(StateFlags::MAXIMIZED);

/// The argument start at login launches the app with: it then starts hidden in the tray.
pub const AUTOSTART_ARG: &str = "--autostart";

/// The plugins of the real app only: the IPC tests and the development backend run without a
/// desktop (no tray, no log file in the user's folders, no login item, no key grab).
pub fn plugins<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(logging::plugin())
        // Saved at Quit (the plugin) and each time the window goes to the tray (tray::on_close):
        // an app that runs for weeks in the tray may end with the session, never quitting.
        .plugin(
            tauri_plugin_window_state::Builder::new()
                .with_state_flags(WINDOW_STATE)
                // The capture window opens centred at its own size each time.
                .with_denylist(&[capture::WINDOW])
                .build(),
        )
        .plugin(tauri_plugin_deep_link::init())
        .plugin(
            tauri_plugin_autostart::Builder::new()
                .arg(AUTOSTART_ARG)
                .build(),
        )
        .plugin(tauri_plugin_global_shortcut::Builder::new().build())
        .on_window_event(|window, event| {
            tray::on_close(window, event);
            drop::on_drop(window, event);
        })
}

/// Starts what needs the running app: the tray, link handling, the capture shortcut.
pub fn setup<R: Runtime>(app: &App<R>) {
    let handle = app.handle();
    webview::tune(handle);
    log::info!(target: "liaison", "Liaison {} started", env!("CARGO_PKG_VERSION"));
    if let Err(e) = tray::build(handle) {
        // Without a tray, hiding would lose the window: close-to-tray then closes for real.
        liaison_core::warn_redacted("the tray icon could not be made", &e);
    }
    links::start(handle);
    capture::register(handle);
    if std::env::args().any(|a| a == AUTOSTART_ARG) {
        // Started at login: stay in the tray, reminders run; the person opens it when needed.
        if let Some(w) = tauri::Manager::get_webview_window(handle, tray::MAIN) {
            let _ = w.hide();
        }
    }
}
