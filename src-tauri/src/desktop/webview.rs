//! WebKit's own settings for the app's web views, reached through the platform handle: Tauri has no option for them.

use tauri::{Manager, Runtime, WebviewWindow};

/// WebKit's compositing: unset or `auto` turns it off where GL can only be software (`decide`),
/// `off` draws without GL everywhere, `on` keeps WebKit's own choice. `auto` became the default
/// once the e2e screenshots' stall with compositing off was traced to WebKitWebDriver, not the
/// app (BENCHMARKS.md, issue 17, "The e2e screenshots' stall with compositing off, traced"; the
/// client's side is in `tests/e2e/lib/webdriver.mjs`).
pub const COMPOSITING_ENV: &str = "LIAISON_COMPOSITING";

/// Whether WebKit should composite the page with GL (its default) or draw it without.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compositing {
    /// WebKit's default: layers drawn and composited with GL.
    Keep,
    /// `hardware-acceleration-policy` = never: the page drawn on the CPU, no GL.
    Off,
}

/// The choice for this machine. `setting` is `LIAISON_COMPOSITING` (unset means `auto`);
/// `mesa_software` is `LIBGL_ALWAYS_SOFTWARE`; `render_nodes` says whether `/dev/dri` holds a
/// `renderD*` node.
///
/// Where GL is Mesa's software renderer (llvmpipe: no GPU, a VM without 3D, Xvfb), every frame
/// WebKit composites is rasterised by the CPU through GL: measured under Xvfb (BENCHMARKS.md,
/// issue 17), the first screen took 1.5–4.5 s from "in the DOM" to painted instead of ~0.15 s
/// without compositing, and each repaint ~15 CPU ticks instead of 1–2. With a GPU, compositing
/// is what makes scrolling and the graph smooth, so it stays. Without a render node no GPU
/// driver can be reached, so Mesa can only draw in software: that is the test.
pub fn decide(
    setting: Option<&str>,
    mesa_software: Option<&str>,
    render_nodes: bool,
) -> Compositing {
    match setting.map(str::trim) {
        Some("off") => return Compositing::Off,
        Some("on") => return Compositing::Keep,
        // Unset, `auto`, or a value the app does not know: the machine decides.
        _ => {}
    }
    let forced_software = mesa_software.is_some_and(|v| !matches!(v.trim(), "" | "0" | "false"));
    if forced_software || !render_nodes {
        Compositing::Off
    } else {
        Compositing::Keep
    }
}

/// Whether `/dev/dri` holds a render node (`renderD128`…), the door to a GPU's driver.
fn has_render_node() -> bool {
    std::fs::read_dir("/dev/dri").is_ok_and(|dir| {
        dir.flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
    })
}

/// This machine's choice, from its environment and devices.
pub fn for_this_machine() -> Compositing {
    let var = |name: &str| std::env::var(name).ok();
    decide(
        var(COMPOSITING_ENV).as_deref(),
        var("LIBGL_ALWAYS_SOFTWARE").as_deref(),
        has_render_node(),
    )
}

/// WebKitGTK's switch for its memory monitor, read as each web process starts.
pub const MEMORY_MONITOR_ENV: &str = "WEBKIT_DISABLE_MEMORY_PRESSURE_MONITOR";

/// Turns WebKit's memory monitor off, unless the environment already says (`0` keeps it). Call
/// before the first web view exists.
///
/// Every 30 s, all day, WebKit's web process measured its own memory by reading the whole of
/// `/proc/self/smaps` (the periodic monitor of WebKit's `MemoryPressureHandler`): 15–25 ms of CPU
/// each time for the app's page, the last timer left when the app sits idle (BENCHMARKS.md,
/// issue 17, "Idle CPU, thread by thread"). It is there to shed caches above ~1 GB and to end a
/// runaway page above several GB, for browsers with many tabs. The app has one page of 150–300 MB
/// with WebKit's caches already off (the document viewer model, `tune`) and paged lists, so it
/// gives up little: WebKit still collects its garbage as usual.
pub fn quiet_memory_monitor() {
    #[cfg(target_os = "linux")]
    if std::env::var_os(MEMORY_MONITOR_ENV).is_none() {
        // At the top of `run`, before any thread that could read the environment exists.
        std::env::set_var(MEMORY_MONITOR_ENV, "1");
    }
}

/// Sets up the main window's web view (see `tune_window`) and the cache model all the app's
/// windows share.
///
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
        tune_window(&window);
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

/// Each web view's own settings (the main window's, the capture window's): compositing off
/// where GL is drawn in software (`decide`). Set before the page is first drawn.
pub fn tune_window<R: Runtime>(window: &WebviewWindow<R>) {
    #[cfg(target_os = "linux")]
    if for_this_machine() == Compositing::Off {
        let done = window.with_webview(|webview| {
            use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
            if let Some(settings) = webview.inner().settings() {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            }
        });
        match done {
            Ok(()) => {
                log::info!(target: "liaison", "WebKit draws without compositing")
            }
            Err(e) => {
                liaison_core::warn_redacted("the web view's compositing could not be set", &e)
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}

#[cfg(test)]
mod tests {
    use super::{decide, Compositing::*};

    #[test]
    fn auto_keeps_compositing_with_a_gpu_and_turns_it_off_for_software_gl() {
        assert_eq!(decide(Some("auto"), None, true), Keep);
        assert_eq!(decide(Some("auto"), None, false), Off, "no render node");
        assert_eq!(decide(Some("auto"), Some("1"), true), Off, "Mesa forced");
        assert_eq!(decide(Some("auto"), Some("0"), true), Keep);
        assert_eq!(decide(Some("auto"), Some(""), true), Keep);
    }

    #[test]
    fn unset_is_auto_and_the_setting_wins_either_way() {
        assert_eq!(decide(None, None, false), Off, "no render node");
        assert_eq!(decide(None, None, true), Keep, "a GPU");
        assert_eq!(decide(None, Some("1"), true), Off, "Mesa forced");
        assert_eq!(decide(Some(""), None, true), Keep);
        assert_eq!(decide(Some("on"), Some("1"), false), Keep);
        assert_eq!(decide(Some("off"), None, true), Off);
    }
}
