//! Liaison's core: every behaviour of the app and the CLI, behind a synchronous, Tauri-free API.

pub mod bindings;
mod book;
pub mod clock;
pub mod domain;
pub mod error;
mod file_requests;
pub mod files;
pub mod ics;
pub mod interchange;
pub mod keys;
pub mod list_requests;
pub mod redact;
pub mod requests;
mod safety_requests;
pub mod sample;
pub mod search;
pub mod search_text;
pub mod store;

pub use clock::{Clock, FixedClock, SystemClock};
pub use domain::channel::{Channel, ChannelInput, Platform};
pub use domain::person::{
    DuplicateWarning, Person, PersonInput, PersonKind, PersonPatch, PersonSaved, PersonSummary,
    Stage,
};
pub use error::{Error, ErrorCode, FieldError, Result};
pub use search::SearchReq;
pub use store::filter::{ArchivedFilter, PersonFilter};
pub use store::list::{PersonListReq, PersonPage, PersonSort};

pub use book::Book;
pub use keys::{DbKey, KeyStore, RecoveryKey};

/// A new UUIDv7: time-ordered, so ids sort by creation and merge well across teammates.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
