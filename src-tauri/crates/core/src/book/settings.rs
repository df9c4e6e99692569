//! The settings kept in the book, read and saved as one value (the UI keeps its language itself).

use super::Book;
use crate::api::Settings;
use crate::error::Result;

impl Book {
    pub fn settings_get(&self) -> Result<Settings> {
        Ok(Settings {
            time_zone: self.time_zone()?.name().to_string(),
            collision_days: Some(self.collision_days()?),
        })
    }

    /// Saves the settings and answers with them as stored (the zone's canonical IANA name).
    pub fn settings_set(&self, settings: &Settings) -> Result<Settings> {
        self.set_time_zone(settings.time_zone.trim())?;
        if let Some(days) = settings.collision_days {
            self.set_collision_days(days)?;
        }
        self.settings_get()
    }
}
