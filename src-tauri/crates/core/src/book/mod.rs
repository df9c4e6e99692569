//! `Book`: one relations manager's whole book of people, the store plus the clock every write is stamped by.

mod capture;
mod event_export;
mod events;
mod followups;
mod interchange;
mod interchange_exports;
mod meetups;
mod notes;
mod people;
mod timeline;

use crate::clock::{stamp, Clock};
use crate::error::Result;
use crate::store::Db;
use std::path::Path;
use std::sync::Arc;

/// A relations manager's book: open one per data file and share it (it is `Send + Sync`).
pub struct Book {
    pub(crate) db: Db,
    pub(crate) clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for Book {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Book")
            .field("db", &self.db)
            .finish_non_exhaustive()
    }
}

impl Book {
    /// Opens or creates the book at `path`, migrating it; refuses files from a newer version.
    pub fn open(path: &Path, clock: Arc<dyn Clock>) -> Result<Book> {
        Ok(Book {
            db: Db::open(path)?,
            clock,
        })
    }

    pub fn path(&self) -> &Path {
        self.db.path()
    }

    pub(crate) fn now(&self) -> String {
        stamp(self.clock.now())
    }
}
