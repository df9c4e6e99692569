//! Changing a passphrase book's passphrase: the current one is asked, the book stays open and whole, and afterwards only the new one opens it; a change stopped at any step leaves the old one working.

use liaison_core::{Book, DbKey, Error, ErrorCode, FixedClock, PersonInput, RekeyStep};
use std::path::Path;
use std::sync::Arc;

const OLD: &str = "correct horse battery";
const NEW: &str = "tres bien merci beaucoup";

fn open(path: &Path, pass: &str) -> liaison_core::Result<Book> {
    Book::open(
        path,
        Arc::new(FixedClock::at("2026-11-22T10:00:00Z")),
        &DbKey::Passphrase(pass.into()),
    )
}

fn with_people(path: &Path) -> Book {
    let b = open(path, OLD).unwrap();
    for name in ["Amélie Roux", "Bastien Caron", "Chloé Marchand"] {
        b.person_create(PersonInput {
            display_name: name.into(),
            ..PersonInput::default()
        })
        .unwrap();
    }
    b
}

#[test]
fn after_a_change_only_the_new_passphrase_opens_the_book_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("liaison.db");
    let b = with_people(&path);
    b.passphrase_change(OLD, NEW).unwrap();
    assert_eq!(
        b.person_count().unwrap(),
        3,
        "the open book keeps working after the change"
    );
    b.person_create(PersonInput {
        display_name: "Damien Lefort".into(),
        ..PersonInput::default()
    })
    .expect("and keeps taking writes");
    drop(b);
    assert_eq!(
        open(&path, OLD).unwrap_err().code(),
        ErrorCode::WrongKey,
        "the old passphrase no longer opens the book"
    );
    let again = open(&path, NEW).expect("the new passphrase opens it");
    assert_eq!(again.person_count().unwrap(), 4, "every person is there");
    assert!(
        !dir.path().join("liaison.db.rekeying").exists(),
        "no copy is left beside the book"
    );
}

#[test]
fn a_wrong_current_passphrase_a_short_new_one_or_a_keychain_book_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("liaison.db");
    let b = with_people(&path);
    let field = |e: Error| (e.code(), e.fields()[0].field.clone());
    assert_eq!(
        field(b.passphrase_change("not it at all", NEW).unwrap_err()),
        (ErrorCode::Validation, "current".to_string()),
        "someone at an unlocked computer cannot change it without the current one"
    );
    assert_eq!(
        field(b.passphrase_change(OLD, "short").unwrap_err()),
        (ErrorCode::Validation, "new".to_string())
    );
    assert_eq!(
        field(b.passphrase_change(OLD, OLD).unwrap_err()),
        (ErrorCode::Validation, "new".to_string())
    );
    drop(b);
    open(&path, OLD).expect("nothing changed after refusals");

    let raw = Book::open(
        &dir.path().join("keychain.db"),
        Arc::new(FixedClock::at("2026-11-22T10:00:00Z")),
        &DbKey::Raw([0x5A; 32]),
    )
    .unwrap();
    let e = raw.passphrase_change(OLD, NEW).unwrap_err();
    assert!(
        e.to_string().contains("keychain"),
        "a keychain book says why it has no passphrase: {e}"
    );
}

#[test]
fn a_change_stopped_at_any_step_leaves_a_book_that_opens_with_the_old_or_the_new_passphrase() {
    for stop in [
        RekeyStep::Exported,
        RekeyStep::Verified,
        RekeyStep::BeforeSwap,
        RekeyStep::Swapped,
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("liaison.db");
        let b = with_people(&path);
        let r = b.passphrase_change_with(OLD, NEW, &|step| {
            if step == stop {
                Err(Error::Cancelled)
            } else {
                Ok(())
            }
        });
        assert!(r.is_err(), "{stop:?}: the hook's failure is reported");
        assert_eq!(
            b.person_count().unwrap(),
            3,
            "{stop:?}: the open book still answers"
        );
        drop(b);
        let expected = if stop == RekeyStep::Swapped { NEW } else { OLD };
        let reopened = open(&path, expected)
            .unwrap_or_else(|e| panic!("{stop:?}: the book must open with {expected:?}: {e}"));
        assert_eq!(reopened.person_count().unwrap(), 3, "{stop:?}");
        assert!(
            !dir.path().join("liaison.db.rekeying").exists(),
            "{stop:?}: no copy is left beside the book"
        );
    }
}
