//! The request and reply types of the shell's commands (`<Noun><Verb>Req`), in one home by area, shared with the UI through ts-rs.

mod affiliations;
mod app;
mod bulk;
mod capture;
mod duplicates;
mod events;
mod files;
mod followups;
mod lists;
mod network;
mod people;
mod safety;
mod search;
mod smart_lists;
mod team;
mod timeline;

pub use affiliations::*;
pub use app::*;
pub use bulk::*;
pub use capture::*;
pub use duplicates::*;
pub use events::*;
pub use files::*;
pub use followups::*;
pub use lists::*;
pub use network::*;
pub use people::*;
pub use safety::*;
pub use search::*;
pub use smart_lists::*;
pub use team::*;
pub use timeline::*;
