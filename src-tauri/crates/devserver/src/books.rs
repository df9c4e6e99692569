//! The books a page can ask for (`?book=` in the URL): made on disk by the real core, through the
//! shell's own commands, in the states the screens must be seen in.

use crate::app::DevApp;
use liaison_app_lib::BookState;
use liaison_core::{Book, DbKey, MemoryKeyStore, SampleLoadReq, SystemClock};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The passphrase of a `locked` book: the browser flows type it.
pub const PASSPHRASE: &str = "correct horse battery";

/// People in a `locked` book, so the screen behind the key is not empty.
const LOCKED_PEOPLE: u32 = 40;

/// A book's starting state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BookSpec {
    /// The sample data, as "Load sample data" gives it.
    Demo,
    /// The sample data with `n` people in all.
    People(u32),
    /// A first run: nothing in it.
    Empty,
    /// Written by a newer Liaison: every command says so and the file stays as it is.
    TooNew,
    /// An encrypted book the keychain cannot open: it asks for its passphrase (`PASSPHRASE`).
    Locked,
    /// No book yet and no keychain: it asks for a new passphrase.
    NewLocked,
}

impl BookSpec {
    pub fn parse(s: &str) -> Result<Self, String> {
        Ok(match s.trim() {
            "" | "demo" => BookSpec::Demo,
            "empty" => BookSpec::Empty,
            "toonew" => BookSpec::TooNew,
            "locked" => BookSpec::Locked,
            "newlocked" => BookSpec::NewLocked,
            n => BookSpec::People(n.parse().map_err(|_| {
                format!(
                    "unknown book {n:?}: use demo, empty, a number of people, toonew, locked or newlocked"
                )
            })?),
        })
    }
}

/// Makes the book at `dir/book.db` and opens the shell on it. `recovery` leaves the recovery key
/// of a new book for the page to show once, as a first start does; otherwise it is taken here,
/// as a person who wrote it down would have. `zone` replaces the computer's time zone, so the
/// flows see the same days wherever they run.
pub fn open(
    spec: &BookSpec,
    dir: &Path,
    recovery: bool,
    zone: Option<&str>,
) -> Result<DevApp, String> {
    let path = dir.join("book.db");
    let saved = dir.join("saved");
    std::fs::create_dir_all(&saved).map_err(|e| format!("{}: {e}", saved.display()))?;
    let keys = match spec {
        BookSpec::Locked => {
            // Made through the core, not a shell: a shell's book outlives it (its background
            // threads hold it), and a second open book in this process would keep the WAL
            // alive, which a passphrase change rightly takes for another program.
            let book = Book::open(
                &path,
                Arc::new(SystemClock),
                &DbKey::Passphrase(PASSPHRASE.into()),
            )
            .map_err(|e| format!("the locked book was not made: {e}"))?;
            book.sample_load(&SampleLoadReq {
                count: Some(LOCKED_PEOPLE),
            })
            .map_err(|e| format!("the locked book was not filled: {e}"))?;
            drop(book);
            locked_keys()
        }
        BookSpec::NewLocked => locked_keys(),
        BookSpec::TooNew => {
            rusqlite::Connection::open(&path)
                .and_then(|c| c.pragma_update(None, "user_version", 9999))
                .map_err(|e| format!("the too-new book was not written: {e}"))?;
            Arc::new(MemoryKeyStore::default())
        }
        BookSpec::Demo | BookSpec::People(_) | BookSpec::Empty => {
            Arc::new(MemoryKeyStore::default())
        }
    };
    let app = DevApp::new(state(&path, keys), saved)?;
    if let (Some(zone), BookSpec::Demo | BookSpec::People(_) | BookSpec::Empty) = (zone, spec) {
        ok(app.invoke("settings_set", req(json!({ "time_zone": zone }))))?;
    }
    match spec {
        BookSpec::Demo => ok(app.invoke("sample_load", req(json!({}))))?,
        BookSpec::People(n) => ok(app.invoke("sample_load", req(json!({ "count": n }))))?,
        _ => Value::Null,
    };
    if !recovery {
        // A book that is not open (too new, locked) has no key to show: nothing to take.
        let _ = app.invoke("recovery_key_take", json!({}));
    }
    Ok(app)
}

fn state(path: &Path, keys: Arc<MemoryKeyStore>) -> BookState {
    BookState::open_with_keys(Some(PathBuf::from(path)), keys)
}

/// A keychain that cannot be used: the shell then asks for a passphrase.
fn locked_keys() -> Arc<MemoryKeyStore> {
    Arc::new(MemoryKeyStore::unavailable())
}

fn req(v: Value) -> Value {
    json!({ "req": v })
}

fn ok(r: Result<Value, Value>) -> Result<Value, String> {
    r.map_err(|e| format!("preparing the book failed: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_parse_and_a_typo_is_refused_with_the_choices() {
        assert_eq!(BookSpec::parse("300"), Ok(BookSpec::People(300)));
        assert_eq!(BookSpec::parse(""), Ok(BookSpec::Demo));
        assert_eq!(BookSpec::parse("locked"), Ok(BookSpec::Locked));
        let e = BookSpec::parse("lockd").expect_err("a typo must not give some other book");
        assert!(
            e.contains("newlocked"),
            "the message lists the choices: {e}"
        );
    }
}
