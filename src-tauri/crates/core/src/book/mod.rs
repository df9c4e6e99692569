//! `Book`: one relations manager's whole book of people, the store plus the clock every write is stamped by.

mod affiliations;
mod attendees;
mod bulk;
mod capture;
mod capture_people;
mod duplicates;
mod event_export;
mod events;
mod existing;
pub(crate) mod export;
mod followup_input;
mod followups;
mod graph;
mod interchange;
mod interchange_exports;
mod list_dossier;
mod lists;
mod meetups;
mod net_index;
mod network;
mod network_many;
mod notes;
mod passphrase;
mod paths;
mod people;
mod person_extras;
mod recovery;
mod safety;
mod settings;
mod smart_lists;
mod team;
mod timeline;
mod when;

use crate::clock::{stamp, Clock};
use crate::error::Result;
use crate::keys::DbKey;
use crate::store::{backup, Db};
pub use passphrase::RekeyStep;
use std::path::Path;
use std::sync::Arc;

/// A relations manager's book: open one per data file and share it (it is `Send + Sync`).
pub struct Book {
    pub(crate) db: Db,
    pub(crate) clock: Arc<dyn Clock>,
    /// The network in memory, made again when a commit changes it.
    pub(crate) net: net_index::NetCache,
}

impl std::fmt::Debug for Book {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Book")
            .field("db", &self.db)
            .finish_non_exhaustive()
    }
}

impl Book {
    /// Opens or creates the encrypted book at `path` with `key` (see `keys::unlock` for where a
    /// key comes from), converting a plain file from an older release and migrating it; takes a
    /// backup first when a migration will run or the newest backup is over a day old. A wrong key
    /// is `Error::WrongKey` and leaves the file as it was; a newer schema is refused.
    pub fn open(path: &Path, clock: Arc<dyn Clock>, key: &DbKey) -> Result<Book> {
        let now = clock.now();
        let db = Db::open_with(path, key, |conn, found| {
            backup::at_open(conn, path, key, found, now).map(|_| ())
        })?;
        Ok(Book {
            db,
            clock,
            net: Default::default(),
        })
    }

    pub fn path(&self) -> &Path {
        self.db.path()
    }

    pub(crate) fn now(&self) -> String {
        stamp(self.clock.now())
    }
}
