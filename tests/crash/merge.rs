//! A bundle merge into an empty book, SIGKILLed at random moments: it commits through a rollback
//! journal instead of the WAL (`Db::write_alone`), so after each kill the book must reopen in WAL,
//! sound, with every record of the bundle or none, and no journal left behind.
//!
//! `LIAISON_MERGE_CRASH_RUNS` sets the number of kills (default 12).

use liaison_core::{
    Book, BundleScope, DbKey, Direction, InteractionInput, InteractionKind, Progress, SystemClock,
};
use rusqlite::Connection;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Above the bulk paths' thresholds (2,000 people, 2,000 interactions), as a large merge runs.
const PEOPLE: usize = 2_500;
const INTERACTIONS: usize = 3_000;

fn key() -> DbKey {
    DbKey::Raw([0x5A; 32])
}

fn raw(path: &Path) -> Connection {
    let c = Connection::open(path).unwrap();
    c.pragma_update(None, "key", format!("x'{}'", "5A".repeat(32)))
        .unwrap();
    c
}

/// A book of `PEOPLE` people and `INTERACTIONS` interactions, written to `out` as a bundle.
fn bundle(dir: &Path, out: &Path) {
    let book = Book::open(&dir.join("source.db"), Arc::new(SystemClock), &key()).unwrap();
    book.person_create_many(liaison_core::sample_people(PEOPLE, 11))
        .unwrap();
    let ids: Vec<String> = {
        let c = raw(&dir.join("source.db"));
        let mut st = c.prepare("SELECT id FROM people ORDER BY rowid").unwrap();
        let ids = st.query_map([], |r| r.get(0)).unwrap();
        ids.map(Result::unwrap).collect()
    };
    let logged = (0..INTERACTIONS)
        .map(|n| InteractionInput {
            kind: InteractionKind::Call,
            direction: [Direction::Given, Direction::Received][n % 2],
            occurred_at: Some(format!(
                "2026-{:02}-{:02}T09:00:00Z",
                1 + n % 11,
                1 + n % 27
            )),
            body: format!("appel n°{n}"),
            people: vec![
                ids[n % ids.len()].clone(),
                ids[(n * 13 + 1) % ids.len()].clone(),
            ],
            ..Default::default()
        })
        .collect();
    book.interaction_create_many(logged).unwrap();
    book.bundle_export_file(&BundleScope::All, out, &Progress::new())
        .unwrap();
}

/// What a writer's run did: whether it said it merged, whether the book's journal was there at
/// the kill, and the time from its READY to its end or its kill.
struct Run {
    merged: bool,
    journal_seen: bool,
    took: Duration,
}

/// When the writer is killed.
enum Kill {
    Never,
    /// This long after it is ready.
    After(Duration),
    /// This long after its rollback journal appears (at once if it ends first).
    InJournal(Duration),
}

/// Runs the writer's merge into a new book at `db`, killed as `kill` says.
fn merge(db: &Path, bundle: &Path, kill: Kill) -> Run {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_crash-writer"))
        .args([db.to_str().unwrap(), "merge", bundle.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::from(std::fs::File::create(errors(db)).unwrap()))
        .spawn()
        .expect("the crash writer starts");
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let ready = rx.recv_timeout(Duration::from_secs(30)).expect("READY");
    assert_eq!(ready, "READY");
    let started = Instant::now();
    let journal = Path::new(&format!("{}-journal", db.display())).to_path_buf();
    let mut journal_seen = false;
    let after = match kill {
        Kill::Never => {
            let ended = child.wait().unwrap();
            let said = std::fs::read_to_string(errors(db)).unwrap_or_default();
            assert!(ended.success(), "the merge ends: {ended}, {said}");
            None
        }
        Kill::After(after) => Some(after),
        Kill::InJournal(after) => {
            let waited = Instant::now();
            while !journal.exists() && child.try_wait().unwrap().is_none() {
                assert!(
                    waited.elapsed() < Duration::from_secs(60),
                    "the merge never ends"
                );
                std::thread::sleep(Duration::from_micros(200));
            }
            Some(after)
        }
    };
    if let Some(after) = after {
        std::thread::sleep(after);
        journal_seen = journal.exists();
        child.kill().expect("SIGKILL");
    }
    child.wait().unwrap();
    let took = started.elapsed();
    reader.join().unwrap();
    let merged = rx.try_iter().any(|l| l.starts_with("merged "));
    Run {
        merged,
        journal_seen,
        took,
    }
}

/// Where the writer's standard error goes, to be shown when it fails.
fn errors(db: &Path) -> std::path::PathBuf {
    db.with_extension("stderr")
}

/// Reopens the book as the app does and checks it: sound, in WAL, no journal left, and holding
/// the whole bundle or nothing. The number of people found.
fn reopened(db: &Path, what: &str) -> i64 {
    let book = Book::open(db, Arc::new(SystemClock), &key())
        .unwrap_or_else(|e| panic!("{what}: the book must reopen after a kill: {e}"));
    let c = raw(db);
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok", "{what}: integrity_check");
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal", "{what}: the book is back in WAL");
    assert!(
        !Path::new(&format!("{}-journal", db.display())).exists(),
        "{what}: the hot journal was played back and removed"
    );
    let count = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
    let (people, interactions) = (
        count("SELECT count(*) FROM people"),
        count("SELECT count(*) FROM interactions"),
    );
    let links = count("SELECT count(*) FROM interaction_people");
    match people {
        0 => assert_eq!((interactions, links), (0, 0), "{what}: nothing half-merged"),
        _ => {
            assert_eq!(people, PEOPLE as i64, "{what}: every person or none");
            assert_eq!(
                interactions, INTERACTIONS as i64,
                "{what}: every interaction"
            );
            assert_eq!(links, 2 * INTERACTIONS as i64, "{what}: every link");
        }
    }
    drop(book);
    people
}

#[test]
fn a_merge_into_an_empty_book_killed_anywhere_leaves_all_or_nothing() {
    let runs: u32 = std::env::var("LIAISON_MERGE_CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(12);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bundle.json");
    bundle(dir.path(), &file);
    let db = dir.path().join("merged.db");

    // Once to the end: how long it takes here, and that it merges everything.
    let whole = merge(&db, &file, Kill::Never);
    assert!(whole.merged, "the uninterrupted merge says so");
    assert_eq!(reopened(&db, "uninterrupted"), PEOPLE as i64);

    let (mut rolled_back, mut killed_in_journal) = (0, 0);
    for run in 0..runs {
        // Every other kill spread from the merge's first reads to a little past its commit; the
        // others inside its journalled write, however this machine's load moves the timings.
        let share = f64::from(run) / f64::from(runs.max(2) - 1);
        let (kill, what) = match run % 2 {
            0 => {
                let after = whole.took.mul_f64(1.15 * share);
                (
                    Kill::After(after),
                    format!("run {run}, killed {after:?} after READY"),
                )
            }
            _ => {
                let after = whole.took.mul_f64(0.5 * share);
                let what = format!("run {run}, killed {after:?} into the journalled write");
                (Kill::InJournal(after), what)
            }
        };
        let r = merge(&db, &file, kill);
        let people = reopened(&db, &what);
        if r.merged {
            assert_eq!(
                people, PEOPLE as i64,
                "{what}: an acknowledged merge is kept"
            );
        }
        rolled_back += usize::from(people == 0);
        killed_in_journal += usize::from(r.journal_seen && people == 0);
    }
    eprintln!(
        "{runs} kills over a {:?} merge: {rolled_back} left an empty book, \
         {killed_in_journal} of them with the rollback journal there; the others the whole bundle",
        whole.took
    );
    assert!(
        killed_in_journal > 0,
        "some kill must fall inside the journalled write, or this proves nothing about it"
    );
}
