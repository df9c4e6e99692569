//! Capture from anywhere: a global shortcut (and the tray's item) brings up quick capture, even with the window hidden in the tray.
//!
//! The desktop may refuse the shortcut: another program holds it, or a Wayland session lets no
//! program grab keys for the whole desktop (GNOME, KDE without the X11 compatibility grab).
//! Settings then says so instead of showing a shortcut that does nothing.

use std::sync::Mutex;
use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};
use tauri_plugin_global_shortcut::{GlobalShortcutExt, ShortcutState};

/// Tells the main window to open its quick capture box (where no capture window could be made).
pub const CAPTURE_OPEN: &str = "capture-open";
/// The capture window's label: the UI mounts quick capture alone under it, and
/// capabilities/capture.json grants it only what capture needs.
pub const WINDOW: &str = "capture";
/// Ctrl+Alt+L ("Liaison"): Ctrl+J is the in-window capture, and too common to take globally.
pub const SHORTCUT: &str = "CommandOrControl+Alt+L";
/// How Settings shows it.
const SHOWN_AS: &str = "Ctrl+Alt+L";

/// The shortcut the desktop granted, if it did.
#[derive(Default)]
pub struct CaptureShortcut(Mutex<Option<String>>);

impl CaptureShortcut {
    pub fn granted(&self) -> Option<String> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

/// Asks the desktop for the shortcut; remembers whether it was granted.
pub fn register<R: Runtime>(app: &AppHandle<R>) {
    let granted = app
        .global_shortcut()
        .on_shortcut(SHORTCUT, |app, _shortcut, event| {
            if event.state == ShortcutState::Pressed {
                open(app);
            }
        });
    let state = CaptureShortcut::default();
    match granted {
        Ok(()) => *state.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(SHOWN_AS.into()),
        Err(e) => liaison_core::warn_redacted("the capture shortcut is not available", &e),
    }
    app.manage(state);
}

/// Brings quick capture in front of the person: a small window of its own, over whatever is in
/// front, whether the main window is open, hidden in the tray or behind other programs.
pub fn open<R: Runtime>(app: &AppHandle<R>) {
    if let Some(w) = app.get_webview_window(WINDOW) {
        let _ = w.show();
        let _ = w.set_focus();
        return;
    }
    let built = WebviewWindowBuilder::new(app, WINDOW, WebviewUrl::App("index.html".into()))
        .title("Liaison")
        .inner_size(720.0, 420.0)
        .resizable(false)
        .always_on_top(true)
        .skip_taskbar(true)
        .center()
        .theme(crate::commands::desktop::chosen_theme(app))
        .focused(true)
        .build();
    match built {
        Ok(window) => super::webview::tune_window(&window),
        Err(e) => {
            // The main window's own capture box, then.
            liaison_core::warn_redacted("the capture window could not be made", &e);
            super::tray::show_main(app);
            let _ = app.emit_to(super::tray::MAIN, CAPTURE_OPEN, ());
        }
    }
}
