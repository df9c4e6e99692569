//! The book's safety net: backups on demand, restore, and the integrity check.

use super::Book;
use crate::error::Result;
use crate::interchange::Progress;
use crate::store::backup::{self, BackupInfo};
use crate::store::check::{self, CheckDepth, CheckReport};
use crate::store::{configure, migrations};

impl Book {
    /// Takes a backup now (imports and bundle merges call this first); `reason` is a short
    /// lower-case slug that ends up in the file name, e.g. `manual` or `before-import`.
    pub fn backup_create(&self, reason: &str) -> Result<BackupInfo> {
        let now = self.clock.now();
        self.db
            .with_writer(|conn| backup::create(conn, self.path(), &self.db.key(), now, reason))
    }

    /// This book's backups, newest first.
    pub fn backup_list(&self) -> Result<Vec<BackupInfo>> {
        backup::list(self.path())
    }

    /// Replaces the book's content with the backup `name`, after backing up the current state
    /// (returned, so the person can undo the restore). A backup from before a migration is
    /// brought up to date at once; the book stays open and usable.
    pub fn backup_restore(&self, name: &str) -> Result<BackupInfo> {
        let now = self.clock.now();
        let path = self.path().to_path_buf();
        let key = self.db.key();
        self.db.with_writer(|conn| {
            // Refuse an unknown name before taking a safety backup nobody asked for.
            if !backup::list(&path)?.iter().any(|b| b.name == name) {
                return Err(crate::Error::NotFound {
                    what: "backup",
                    id: name.to_string(),
                });
            }
            let saved = backup::create_unrotated(conn, &path, &key, now, "before-restore")?;
            backup::restore(conn, &path, &key, name)?;
            configure(conn)?;
            migrations::migrate(conn)?;
            backup::rotate(&path)?;
            Ok(saved)
        })
    }

    /// Runs SQLite's structure checks (every index entry and reference too with
    /// `CheckDepth::Full`) and Liaison's own invariants; `progress` counts the checks.
    pub fn book_check(&self, depth: CheckDepth, progress: &Progress) -> Result<CheckReport> {
        self.db.read(|c| check::run(c, depth, progress))
    }
}
