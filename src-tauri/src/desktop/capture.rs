//! Capture from anywhere: a global shortcut (and the tray's item) brings up quick capture, even with the window hidden in the tray.
//!
//! The desktop may refuse the shortcut: another program holds it, or a Wayland session lets no
//! program grab keys for the whole desktop (GNOME, KDE without the X11 compatibility grab).
//! Settings then says so instead of showing a shortcut that does nothing.

use std::sync::Mutex;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_global_shortcut::{GlobalShortcutExt, ShortcutState};

/// Tells the main window to open its quick capture box.
pub const CAPTURE_OPEN: &str = "capture-open";
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

/// Brings quick capture in front of the person.
pub fn open<R: Runtime>(app: &AppHandle<R>) {
    super::tray::show_main(app);
    let _ = app.emit_to(super::tray::MAIN, CAPTURE_OPEN, ());
}
