//! Integration tests of the `liaison` command line: the real binary on temp-file databases.

mod bad_files;
mod bulk;
mod capture;
mod duplicates;
mod errors;
mod events;
mod example;
mod export_people;
mod faults;
mod followups;
mod interchange;
mod listing;
mod lists;
mod network;
mod now;
mod people;
mod person_fields;
mod relations;
mod safety;
mod search_total;
mod support;
mod team;
mod vcard;
mod workbooks;
mod worklist;
