//! Finding the book a command works on: the same file the desktop app uses, unless told otherwise.

use crate::fail::{Failure, Outcome};
use liaison_core::{resolve_db_path, Book, Clock, ErrorCode, FixedClock, SystemClock};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    /// `person add`: a first run starts a new book.
    CreateIfMissing,
    /// Everything else: a mistyped `--db` must say so, not quietly create an empty book and
    /// report that nobody matches.
    MustExist,
}

pub fn open(db: Option<PathBuf>, mode: Open) -> Outcome<Book> {
    // An empty `--db ""` or `LIAISON_DB=` means "not set", as the core treats the variable.
    let explicit = db.filter(|p| !p.as_os_str().is_empty());
    let path = resolve_db_path(explicit)?;
    if mode == Open::MustExist && !path.exists() {
        return Err(Failure::not_found(format!(
            "no Liaison database at {} (`liaison person add` creates one; --db or LIAISON_DB \
             point at another)",
            path.display()
        )));
    }
    let key = crate::unlock::key_for(&path)?;
    let book = Book::open(&path, clock()?, &key)?;
    // The first command on a book takes the computer's time zone, as the app's first start does;
    // later ones keep the setting. A read-only file cannot store it: reads still work, in UTC.
    match book.init_time_zone_from_system() {
        Err(e) if e.code() != ErrorCode::ReadOnly => return Err(e.into()),
        _ => {}
    }
    Ok(book)
}

/// The book's clock: the system's, or, for tests, the instant `LIAISON_NOW` names (RFC 3339;
/// not in `--help`, see TESTING.md). Every "now" and "today" a command uses comes from it, so a
/// test can say what `fri` means.
fn clock() -> Outcome<Arc<dyn Clock>> {
    match std::env::var("LIAISON_NOW") {
        Ok(s) if !s.trim().is_empty() => {
            let t = chrono::DateTime::parse_from_rfc3339(s.trim()).map_err(|e| {
                Failure::invalid(
                    "LIAISON_NOW",
                    format!("LIAISON_NOW '{s}' is not RFC 3339: {e}"),
                )
            })?;
            Ok(Arc::new(FixedClock::new(t.with_timezone(&chrono::Utc))))
        }
        _ => Ok(Arc::new(SystemClock)),
    }
}
