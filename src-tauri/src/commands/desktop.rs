//! The app's place on this computer's desktop, for Settings: start at login, the tray menu's words, the log folder; and the person a `liaison://` link asked for.

use super::settings::LinkOpener;
use crate::desktop::capture::CaptureShortcut;
use crate::desktop::links::PendingLink;
use crate::error::IpcError;
use liaison_core::{DesktopInfo, DesktopSetReq, ThemeChoice};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_autostart::AutoLaunchManager;

/// Start at login as the system has it, the log folder, and the capture shortcut if granted.
#[tauri::command]
pub async fn desktop_get<R: Runtime>(app: AppHandle<R>) -> Result<DesktopInfo, IpcError> {
    // The autostart check reads a file in ~/.config/autostart: off the async workers.
    tauri::async_runtime::spawn_blocking(move || info(&app))
        .await
        .map_err(|e| IpcError::internal(format!("the operation stopped unexpectedly: {e}")))?
}

fn info<R: Runtime>(app: &AppHandle<R>) -> Result<DesktopInfo, IpcError> {
    // Not registered in the IPC tests and the development backend: nothing to say there.
    let start_at_login = app
        .try_state::<AutoLaunchManager>()
        .and_then(|m| m.is_enabled().ok());
    Ok(DesktopInfo {
        start_at_login,
        log_dir: log_dir(app)?.display().to_string(),
        capture_shortcut: app.try_state::<CaptureShortcut>().and_then(|s| s.granted()),
    })
}

/// The title-bar theme the window last chose, for windows made after (the capture window).
#[derive(Default)]
pub struct ChosenTheme(pub std::sync::Mutex<Option<tauri::Theme>>);

/// The theme a new window's title bar should have: the app's choice, else the desktop's.
pub fn chosen_theme<R: Runtime>(app: &AppHandle<R>) -> Option<tauri::Theme> {
    app.try_state::<ChosenTheme>()
        .and_then(|s| *s.0.lock().unwrap_or_else(|p| p.into_inner()))
}

/// Turns start at login on or off, relabels the tray menu, sets the title bars' theme;
/// answers the state as it now is.
#[tauri::command]
pub async fn desktop_set<R: Runtime>(
    app: AppHandle<R>,
    req: DesktopSetReq,
) -> Result<DesktopInfo, IpcError> {
    if let Some(labels) = &req.tray {
        crate::desktop::tray::relabel(&app, labels);
    }
    if let Some(choice) = req.theme {
        // Each open window's title bar, and the capture window's when it is opened later.
        // `None` hands the choice back to the desktop.
        let chosen = match choice {
            ThemeChoice::System => None,
            ThemeChoice::Light => Some(tauri::Theme::Light),
            ThemeChoice::Dark => Some(tauri::Theme::Dark),
        };
        for w in app.webview_windows().values() {
            let _ = w.set_theme(chosen);
        }
        if app.try_state::<ChosenTheme>().is_none() {
            app.manage(ChosenTheme::default());
        }
        if let Some(state) = app.try_state::<ChosenTheme>() {
            *state.0.lock().unwrap_or_else(|p| p.into_inner()) = chosen;
        }
    }
    tauri::async_runtime::spawn_blocking(move || {
        if let Some(on) = req.start_at_login {
            let manager = app
                .try_state::<AutoLaunchManager>()
                .ok_or_else(|| IpcError::io("starting at login cannot be set from this window"))?;
            let done = if on {
                manager.enable()
            } else {
                manager.disable()
            };
            done.map_err(|e| {
                IpcError::io(format!("the system did not change starting at login: {e}"))
            })?;
        }
        info(&app)
    })
    .await
    .map_err(|e| IpcError::internal(format!("the operation stopped unexpectedly: {e}")))?
}

/// Opens the log folder in the file manager, so the person can attach the log to a report. The
/// log plugin makes it at start (the app writes a first line); it is never made here.
#[tauri::command]
pub async fn log_folder_open<R: Runtime>(
    app: AppHandle<R>,
    opener: State<'_, LinkOpener>,
) -> Result<(), IpcError> {
    let dir = log_dir(&app)?;
    let opener = opener.inner().clone();
    tauri::async_runtime::spawn_blocking(move || {
        if !dir.is_dir() {
            return Err(IpcError::io("there is no log folder yet"));
        }
        let url = tauri::Url::from_directory_path(&dir)
            .map_err(|()| IpcError::io("the log folder is not a full path"))?;
        opener
            .open(url.as_str())
            .map_err(|e| IpcError::io(format!("no program could open the log folder: {e}")))
    })
    .await
    .map_err(|e| IpcError::internal(format!("the operation stopped unexpectedly: {e}")))?
}

/// The person a `liaison://person/<id>` link asked for, once; `null` when none waits.
#[tauri::command]
pub fn link_take(pending: State<'_, PendingLink>) -> Option<String> {
    pending.take()
}

fn log_dir<R: Runtime>(app: &AppHandle<R>) -> Result<std::path::PathBuf, IpcError> {
    app.path()
        .app_log_dir()
        .map_err(|e| IpcError::io(format!("this system has no folder for logs: {e}")))
}
