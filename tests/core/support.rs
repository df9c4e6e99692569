//! A temp-file book with a fixed clock: WAL needs a real file, and time must not drift under a test.

use liaison_core::{Book, ChannelInput, DbKey, FixedClock, PersonInput, Platform};
use rusqlite::Connection;
use std::path::Path;
use std::sync::Arc;

/// The key of every test book: a raw key, so no test pays for passphrase stretching.
pub fn key() -> DbKey {
    DbKey::Raw([0x5A; 32])
}

/// A plain rusqlite connection to a test book, keyed, for looking under the core's API.
pub fn raw(path: &Path) -> Connection {
    let c = Connection::open(path).expect("the book file opens");
    c.pragma_update(
        None,
        "key",
        "x'5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A'",
    )
    .expect("the key is set");
    c
}

pub struct TestBook {
    pub book: Book,
    pub clock: Arc<FixedClock>,
    pub dir: tempfile::TempDir,
}

pub fn book() -> TestBook {
    let dir = tempfile::tempdir().expect("a temp dir is available");
    let clock = Arc::new(FixedClock::at("2026-11-22T10:00:00Z"));
    let book = Book::open(&dir.path().join("liaison.db"), clock.clone(), &key())
        .expect("a fresh book opens");
    TestBook { book, clock, dir }
}

impl TestBook {
    /// A person known only by a display name; answers their id (most tests need nothing more).
    pub fn person(&self, name: &str) -> String {
        self.book
            .person_create(named(name))
            .expect("a named person is valid")
            .person
            .id
    }

    pub fn reopen(self) -> TestBook {
        let path = self.book.path().to_path_buf();
        drop(self.book);
        let book = Book::open(&path, self.clock.clone(), &key()).expect("the same file reopens");
        TestBook {
            book,
            clock: self.clock,
            dir: self.dir,
        }
    }
}

pub fn amelie() -> PersonInput {
    PersonInput {
        first_name: "Amélie".into(),
        last_name: "Dubois".into(),
        city: "Montréal".into(),
        country: "ca".into(),
        emails: vec!["amelie@example.fr".into()],
        topics: vec!["mode éthique".into(), "beauté".into()],
        tags: vec!["#PFW".into()],
        languages: vec!["fr-ca".into(), "en".into()],
        channels: vec![ChannelInput {
            platform: Platform::Instagram,
            handle: "@AmelieD".into(),
            audience: Some(45_300),
            as_of: Some("2026-11-01".into()),
            ..Default::default()
        }],
        ..Default::default()
    }
}

pub fn named(name: &str) -> PersonInput {
    PersonInput {
        display_name: name.into(),
        ..Default::default()
    }
}

/// Everyone in a test's book (up to a thousand), whole, in the people list's order.
pub fn everyone(b: &Book) -> Vec<liaison_core::Person> {
    let page = b
        .person_list(&liaison_core::PersonListReq {
            limit: Some(1000),
            ..Default::default()
        })
        .unwrap();
    page.items
        .iter()
        .map(|s| b.person_get(&s.id).unwrap())
        .collect()
}

/// The one person whose name matches `q`, whole.
pub fn find(b: &Book, q: &str) -> liaison_core::Person {
    let hits = b
        .person_search(&liaison_core::SearchReq {
            query: q.into(),
            ..Default::default()
        })
        .expect("search runs");
    assert_eq!(hits.len(), 1, "exactly one person matches {q:?}: {hits:?}");
    b.person_get(&hits[0].id).expect("the hit loads")
}
