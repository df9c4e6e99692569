//! A passphrase change SIGKILLed at every step and at random moments: the book must always open
//! with the old or the new passphrase, whole, never with neither.
//!
//! `LIAISON_REKEY_CRASH_RUNS` sets the number of kills (default 10, two kills at each step: each run stretches two
//! passphrases several times, which takes a second or so in a debug build).

use liaison_core::{Book, DbKey, ErrorCode, PersonInput, SystemClock};
use rusqlite::Connection;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

const A: &str = "first passphrase here";
const B: &str = "second passphrase here";
const PEOPLE: i64 = 40;

fn open(path: &Path, pass: &str) -> liaison_core::Result<Book> {
    Book::open(path, Arc::new(SystemClock), &DbKey::Passphrase(pass.into()))
}

#[test]
fn a_killed_passphrase_change_leaves_a_book_that_opens_with_the_old_or_the_new_one() {
    let runs: usize = std::env::var("LIAISON_REKEY_CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rekey.db");
    {
        let b = open(&db, A).unwrap();
        for i in 0..PEOPLE {
            b.person_create(PersonInput {
                display_name: format!("Personne {i}"),
                ..PersonInput::default()
            })
            .unwrap();
        }
    }
    let writer = env!("CARGO_BIN_EXE_rekey-writer");
    // Each step by name, then a kill at whatever moment the clock gives (mid-export, mid-check).
    let targets = [
        "step Exported",
        "step Verified",
        "step BeforeSwap",
        "step Swapped",
        "",
    ];
    let mut current = A;
    let mut opened_with_new = 0;
    for run in 0..runs {
        let other = if current == A { B } else { A };
        let mut child = Command::new(writer)
            .args([db.to_str().unwrap(), current, other])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the writer starts");
        let (tx, rx) = mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            for l in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(l).is_err() {
                    break;
                }
            }
        });
        let target = targets[run % targets.len()];
        let wait = |want: &str| loop {
            let l = rx
                .recv_timeout(Duration::from_secs(60))
                .unwrap_or_else(|_| panic!("run {run}: the writer never printed {want:?}"));
            if l == want {
                break;
            }
        };
        wait("READY");
        if target.is_empty() {
            std::thread::sleep(Duration::from_millis(50 + (run as u64 * 137) % 1500));
        } else {
            wait(target);
        }
        child.kill().expect("SIGKILL"); // std's kill is SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();

        let (book, now) = match open(&db, current) {
            Ok(b) => (b, current),
            Err(e) if e.code() == ErrorCode::WrongKey => (
                open(&db, other).unwrap_or_else(|e| {
                    panic!("run {run} ({target:?}): neither passphrase opens the book: {e}")
                }),
                other,
            ),
            Err(e) => panic!("run {run} ({target:?}): the book must reopen after a kill: {e}"),
        };
        if target == "step Swapped" {
            assert_eq!(
                now, other,
                "run {run}: killed after the rename, the new one opens it"
            );
        }
        if matches!(
            target,
            "step Exported" | "step Verified" | "step BeforeSwap"
        ) {
            assert_eq!(
                now, current,
                "run {run}: killed before the rename, the old one opens it"
            );
        }
        if now != current {
            opened_with_new += 1;
        }
        assert_eq!(
            book.person_count().unwrap(),
            PEOPLE as u64,
            "run {run} ({target:?}): every person is there"
        );
        drop(book);
        let c = Connection::open(&db).unwrap();
        c.pragma_update(None, "key", now).unwrap();
        let ok: String = c
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok", "run {run} ({target:?}): integrity_check");
        current = now;
    }
    eprintln!("{runs} kills; the new passphrase opened the book after {opened_with_new}");
    assert!(
        opened_with_new > 0 && opened_with_new < runs,
        "kills must land both before and after the rename for this to prove anything"
    );
}
