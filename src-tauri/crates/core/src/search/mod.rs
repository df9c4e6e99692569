//! Search: people as you type (`people`), and words in interactions and notes (`text`).

pub(crate) mod people;
pub(crate) mod terms;
pub(crate) mod text;

pub use text::{TextHit, TextHitKind, MIN_TERM};
