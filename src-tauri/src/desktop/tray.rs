//! The tray icon and close-to-tray: closing the window hides it so follow-up reminders keep coming, and the tray's Quit is the way out.
//!
//! On Linux the icon goes through libayatana-appindicator (StatusNotifierItem): a desktop without
//! a tray host (GNOME without the AppIndicator extension, a bare X server) shows no icon. The
//! window can then still be brought back by launching the app again (the single-instance
//! hand-over shows it), by a notification click or by the capture shortcut's window.

use crate::state::BookState;
use liaison_core::TrayLabels;
use std::sync::Mutex;
use tauri::menu::{Menu, MenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime, Window, WindowEvent};

/// The main window's label (tauri.conf.json).
pub const MAIN: &str = "main";
const OPEN: &str = "open";
const CAPTURE: &str = "capture";
const QUIT: &str = "quit";

/// The menu's items, kept to translate them when the window says its language.
pub struct TrayMenu<R: Runtime> {
    items: Mutex<Option<[MenuItem<R>; 3]>>,
}

/// Builds the tray icon with Open, Capture and Quit (English until the window says its language).
pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let open = MenuItem::with_id(app, OPEN, "Open Liaison", true, None::<&str>)?;
    let capture = MenuItem::with_id(app, CAPTURE, "Quick capture", true, None::<&str>)?;
    let quit = MenuItem::with_id(app, QUIT, "Quit Liaison", true, None::<&str>)?;
    let menu = Menu::with_items(app, &[&open, &capture, &quit])?;
    let mut tray = TrayIconBuilder::with_id("liaison")
        .tooltip("Liaison")
        .menu(&menu)
        // Linux shows the menu on any click; elsewhere a left click opens the window.
        .show_menu_on_left_click(false)
        .on_menu_event(|app, event| match event.id().as_ref() {
            OPEN => show_main(app),
            CAPTURE => super::capture::open(app),
            // Really quits: `exit` ends the event loop whatever the close-to-tray setting says,
            // and the window-state plugin saves the window's place on the way out.
            QUIT => app.exit(0),
            _ => {}
        })
        .on_tray_icon_event(|tray, event| {
            if let tauri::tray::TrayIconEvent::Click {
                button: tauri::tray::MouseButton::Left,
                button_state: tauri::tray::MouseButtonState::Up,
                ..
            } = event
            {
                show_main(tray.app_handle());
            }
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    app.manage(TrayMenu {
        items: Mutex::new(Some([open, capture, quit])),
    });
    Ok(())
}

/// Says the menu in the window's language.
pub fn relabel<R: Runtime>(app: &AppHandle<R>, labels: &TrayLabels) {
    let Some(menu) = app.try_state::<TrayMenu<R>>() else {
        return;
    };
    let items = menu.items.lock().unwrap_or_else(|p| p.into_inner());
    if let Some([open, capture, quit]) = items.as_ref() {
        for (item, text) in [
            (open, &labels.open),
            (capture, &labels.capture),
            (quit, &labels.quit),
        ] {
            if !text.trim().is_empty() {
                let _ = item.set_text(text.trim());
            }
        }
    }
}

/// Brings the main window in front of the person, wherever it was (hidden, minimised, behind).
pub fn show_main<R: Runtime>(app: &AppHandle<R>) {
    if let Some(w) = app.get_webview_window(MAIN) {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}

/// The main window's close button: hidden instead of closed when the book says so (the
/// default). A book that is not open (locked, failed) has no setting to read: closing then
/// quits, as the person has nothing running that needs the tray yet.
pub fn on_close<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else {
        return;
    };
    if window.label() != MAIN {
        return;
    }
    let state = window.state::<BookState>();
    // Without a tray icon, a hidden window could not be found again.
    let has_tray = window.try_state::<TrayMenu<R>>().is_some();
    let to_tray = has_tray
        && state
            .book_if_open()
            .map(|book| book.close_to_tray().unwrap_or(true))
            .unwrap_or(false);
    if to_tray {
        api.prevent_close();
        // The window's place is saved now, while it is still on screen.
        use tauri_plugin_window_state::AppHandleExt;
        if let Err(e) = window.app_handle().save_window_state(super::WINDOW_STATE) {
            liaison_core::warn_redacted("the window's size and place were not saved", &e);
        }
        let _ = window.hide();
    }
}
