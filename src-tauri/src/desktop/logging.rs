//! The log file a person can attach to a bug report: tauri-plugin-log into the app's log folder, rotating, and every line through the core's redaction.
//!
//! The core's `warn_redacted` lines arrive through the `log` facade already redacted (and still
//! go to stderr); the libraries' own warnings (Tauri, WebKit glue) are redacted here, since a
//! library can quote a path or a URL with a name in it. Not twice: redacting the core's lines
//! again would turn its `"<path>.json"` into `"<text>"` and lose the shape of the failure.

use tauri::plugin::TauriPlugin;
use tauri::Runtime;
use tauri_plugin_log::{RotationStrategy, Target, TargetKind, TimezoneStrategy};

/// The file's name in the log folder: `liaison.log`, then `liaison_<date>.log` once rotated.
pub const FILE_NAME: &str = "liaison";
/// The target of `liaison_core::warn_redacted`'s lines (and the shell's own), redacted at the source.
const CORE_TARGET: &str = "liaison";
/// A file is rotated at this size; a few of them are a long history of warnings.
const MAX_BYTES: u128 = 1024 * 1024;
const KEEP_FILES: usize = 5;

/// The plugin: warnings and errors from everyone, the app's own information lines, into the log
/// folder only (stderr already gets the core's lines, once).
pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .target(Target::new(TargetKind::LogDir {
            file_name: Some(FILE_NAME.into()),
        }))
        .max_file_size(MAX_BYTES)
        .rotation_strategy(RotationStrategy::KeepSome(KEEP_FILES))
        .timezone_strategy(TimezoneStrategy::UseUtc)
        .level(log::LevelFilter::Warn)
        .level_for(CORE_TARGET, log::LevelFilter::Info)
        .level_for("liaison_app_lib", log::LevelFilter::Info)
        .format(|out, message, record| {
            let text = message.to_string();
            let text = if record.target() == CORE_TARGET {
                text
            } else {
                liaison_core::redact(&text)
            };
            out.finish(format_args!(
                "{} {} [{}] {text}",
                now_utc(),
                record.level(),
                record.target(),
            ))
        })
        .build()
}

/// An RFC 3339 UTC time for the line, from the time crate the plugin already uses.
fn now_utc() -> String {
    let now = TimezoneStrategy::UseUtc.get_now();
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
