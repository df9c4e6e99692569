//! What the first screen shows, the settings kept in the book, sample people, a note's link to open.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Adds sample people, for a first look at the app: the first time, the demo book (people with
/// their timelines, notes, follow-ups, events and lists), then generated people.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct SampleLoadReq {
    /// How many people to add, at most 10 000; defaults to 40. The demo is added with the first
    /// load of 9 or more.
    #[ts(optional)]
    pub count: Option<u32>,
}

/// What the first screen needs to know about the book.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AppInfo {
    pub version: String,
    pub db_path: String,
    #[ts(type = "number")]
    pub person_count: u64,
}

/// The user's settings that live in the book (the UI keeps its language itself). Saved as one
/// value: send back what `settings_get` answered, with the changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Settings {
    /// IANA zone follow-ups are due in; set from the system on first start.
    pub time_zone: String,
    /// Two colleagues contacting one person within this many days is a message collision
    /// (always given back; when saving, absent keeps the stored value).
    #[serde(default)]
    #[ts(optional)]
    pub collision_days: Option<u32>,
    /// Closing the window hides it in the tray, so follow-up reminders keep coming; on unless
    /// the user turns it off. Absent from a request means on, as for a new book.
    #[serde(default = "on")]
    pub close_to_tray: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            time_zone: String::new(),
            close_to_tray: true,
            collision_days: None,
        }
    }
}

fn on() -> bool {
    true
}

/// A link from a rendered note, to open in the system browser once the user confirmed it.
/// Only `http://`, `https://` and `mailto:` links are opened.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct LinkOpenReq {
    pub url: String,
}

/// How the app sits on this computer's desktop, for the Settings screen. Not in the book: start
/// at login is the system's own record, and the log folder is this computer's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DesktopInfo {
    /// Whether the app starts when the user logs in; `None` where it cannot be set here.
    pub start_at_login: Option<bool>,
    /// The folder the log files are written to (for "Open the log folder").
    pub log_dir: String,
    /// The key combination that opens the capture window from anywhere, as the system was
    /// asked for it (`Ctrl+Alt+L`); `None` when the desktop refused it (some Wayland sessions).
    pub capture_shortcut: Option<String>,
}

/// Changes to the app's place on this computer's desktop; an absent field is left as it is.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(optional_fields)]
pub struct DesktopSetReq {
    pub start_at_login: Option<bool>,
    /// The window's light/dark choice, so the native title bars (the main window's and the
    /// capture window's) follow it instead of the desktop's.
    pub theme: Option<ThemeChoice>,
    /// The tray menu's words in the window's language (the shell does not know it).
    pub tray: Option<TrayLabels>,
}

/// Light, dark, or whatever the desktop says: the app's theme setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    System,
    Light,
    Dark,
}

/// The tray menu's items, as the window's language says them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct TrayLabels {
    pub open: String,
    pub capture: String,
    pub quit: String,
}
