//! Plain data and the rules on it: no SQL, no I/O.

pub mod affiliation;
pub mod birthday;
pub mod cadence;
pub mod capture;
pub mod channel;
pub mod countries;
pub mod duplicates;
pub mod event;
pub mod fold;
pub mod followup;
pub mod graph;
pub mod interaction;
pub mod list;
pub mod network;
pub mod person;
pub mod photo;
pub mod provenance;
pub mod recurrence;
pub mod smart_list;
pub mod team;
pub mod validate;
pub mod when;
pub mod when_value;
