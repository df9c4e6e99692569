//! The settings kept in the book, read and saved as one value (the UI keeps its language itself).

use super::Book;
use crate::api::Settings;
use crate::error::Result;
use crate::store::followups as rows;

/// Stored as "1" or "0"; absent (a book made before the setting existed) means on.
const CLOSE_TO_TRAY_KEY: &str = "close_to_tray";

impl Book {
    pub fn settings_get(&self) -> Result<Settings> {
        Ok(Settings {
            time_zone: self.time_zone()?.name().to_string(),
            collision_days: Some(self.collision_days()?),
            close_to_tray: self.close_to_tray()?,
        })
    }

    /// Saves the settings and answers with them as stored (the zone's canonical IANA name).
    pub fn settings_set(&self, settings: &Settings) -> Result<Settings> {
        let tz = Self::parse_time_zone(settings.time_zone.trim())?;
        let days = settings
            .collision_days
            .map(crate::domain::team::clean_window)
            .transpose()?;
        let flag = if settings.close_to_tray { "1" } else { "0" };
        let now = self.now();
        // One transaction: the value is saved whole or not at all.
        self.db.write(|tx| {
            rows::set_setting(tx, super::followups::TZ_KEY, tz.name(), &now)?;
            if let Some(days) = days {
                rows::set_setting(tx, super::team::WINDOW_KEY, &days.to_string(), &now)?;
            }
            rows::set_setting(tx, CLOSE_TO_TRAY_KEY, flag, &now)
        })?;
        self.settings_get()
    }

    /// Whether closing the window hides it in the tray (the shell asks at each close).
    pub fn close_to_tray(&self) -> Result<bool> {
        let stored = self.db.read(|c| rows::setting(c, CLOSE_TO_TRAY_KEY))?;
        Ok(stored.as_deref() != Some("0"))
    }
}
