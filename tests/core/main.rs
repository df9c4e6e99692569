//! Integration tests of the core on real temp-file databases, one binary for the whole area.

mod backups;
mod bindings;
mod bundle;
mod bundle_blocks;
mod capture;
mod capture_parse;
mod check;
mod encryption;
mod event_files;
mod events;
mod export;
mod failsafe;
mod followups;
mod import_bulk;
mod import_csv;
mod insights;
mod keychain;
mod list_bundles;
mod listing;
mod lists;
mod migrations;
mod people;
mod search;
mod support;
mod timeline;
mod vcard;
