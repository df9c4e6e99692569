//! WebKit's own settings for the app's web views, reached through the platform handle: Tauri has no option for them.

use tauri::{Manager, Runtime};

/// WebKitGTK caches as a web browser does by default (pages kept for back/forward, a large
/// in-memory cache for resources fetched again): a single-page app served from its own binary
/// gains nothing from it and pays tens of MB of the web process's memory. The document viewer
/// model turns those caches off. All the app's windows share the default web context, so
/// setting it on the main window covers the capture window too. Other platforms keep theirs.
pub fn tune<R: Runtime>(app: &tauri::AppHandle<R>) {
    #[cfg(target_os = "linux")]
    if let Some(window) = app.get_webview_window(super::tray::MAIN) {
        let done = window.with_webview(|webview| {
            use webkit2gtk::{CacheModel, WebContextExt, WebViewExt};
            if let Some(context) = webview.inner().context() {
                context.set_cache_model(CacheModel::DocumentViewer);
            }
        });
        if let Err(e) = done {
            liaison_core::warn_redacted("the web view's cache could not be set", &e);
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}
