//! Crash safety: a writing process is SIGKILLed at random moments, hundreds of times; nothing
//! acknowledged may be lost, nothing half-imported may remain, and the file must stay sound.
//!
//! `LIAISON_CRASH_RUNS` sets the number of kills (default 200, what CI runs).

use liaison_core::{Book, SystemClock};
use rusqlite::Connection;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const BATCH: i64 = 500;

/// xorshift64*: reproducible random kill times from the run number, no extra crate.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// What one killed writer acknowledged.
#[derive(Default)]
struct Acks {
    people: Vec<String>,
    bios: HashMap<String, u64>,
    interactions: Vec<(String, String)>,
    batches: Vec<String>,
}

fn parse(lines: &[String]) -> Acks {
    let mut a = Acks::default();
    for l in lines {
        let parts: Vec<&str> = l.split(' ').collect();
        match parts.as_slice() {
            ["person", id] => a.people.push(id.to_string()),
            ["bio", id, n] => {
                a.bios.insert(id.to_string(), n.parse().unwrap());
            }
            ["interaction", id, person] => {
                a.interactions.push((id.to_string(), person.to_string()))
            }
            ["batch", name] => a.batches.push(name.to_string()),
            ["READY"] => {}
            other => panic!("unexpected writer output {other:?}"),
        }
    }
    a
}

#[test]
fn killed_writers_lose_nothing_acknowledged_and_leave_no_half_import() {
    let runs: u64 = std::env::var("LIAISON_CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db");
    let writer = env!("CARGO_BIN_EXE_crash-writer");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut acked_writes, mut killed_mid_batch) = (0usize, 0usize);
    for run in 0..runs {
        let mode = if rng.below(3) == 0 { "import" } else { "edits" };
        let mut child = Command::new(writer)
            .args([db.to_str().unwrap(), mode, &run.to_string()])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the writer starts");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let reader = {
            let lines = lines.clone();
            let stdout = child.stdout.take().unwrap();
            std::thread::spawn(move || {
                for l in BufReader::new(stdout).lines() {
                    match l {
                        Ok(l) => lines.lock().unwrap().push(l),
                        Err(_) => break,
                    }
                }
            })
        };
        // Kill at a random moment once the writer is writing (after READY).
        let start = Instant::now();
        while lines.lock().unwrap().is_empty() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "run {run}: writer never started"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        std::thread::sleep(Duration::from_micros(500 + rng.below(40_000)));
        child.kill().expect("SIGKILL"); // std's kill is SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        let acks = parse(&lines.lock().unwrap());
        acked_writes +=
            acks.people.len() + acks.bios.len() + acks.interactions.len() + acks.batches.len();

        // Reopen as the app would, then check the file and every acknowledged write.
        let book = Book::open(
            &db,
            Arc::new(SystemClock),
            &liaison_core::DbKey::Raw([0x5A; 32]),
        )
        .unwrap_or_else(|e| panic!("run {run}: the book must reopen after a kill: {e}"));
        let c = Connection::open(&db).unwrap();
        c.pragma_update(None, "key", format!("x'{}'", "5A".repeat(32)))
            .unwrap();
        let ok: String = c
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok", "run {run}: integrity_check");
        for id in &acks.people {
            book.person_get(id)
                .unwrap_or_else(|e| panic!("run {run}: acknowledged person {id} lost: {e}"));
        }
        for (id, n) in &acks.bios {
            let bio = book.person_get(id).unwrap().bio;
            let stored: u64 = bio.trim_start_matches("bio ").parse().unwrap();
            assert!(
                stored >= *n,
                "run {run}: acknowledged bio {n} of {id} lost (found {bio:?})"
            );
        }
        for (id, person) in &acks.interactions {
            let i = book
                .interaction_get(id)
                .unwrap_or_else(|e| panic!("run {run}: acknowledged interaction {id} lost: {e}"));
            assert_eq!(i.people, std::slice::from_ref(person));
        }
        // Every batch ever started is whole or absent: count people per batch prefix.
        let mut st = c
            .prepare("SELECT display_name FROM people WHERE display_name LIKE 'B%'")
            .unwrap();
        let mut counts: HashMap<String, i64> = HashMap::new();
        for name in st.query_map([], |r| r.get::<_, String>(0)).unwrap() {
            let name = name.unwrap();
            let batch = name.rsplit_once('-').expect("B<seed>-<batch>-<i>").0;
            *counts.entry(batch.to_string()).or_default() += 1;
        }
        for (batch, n) in &counts {
            assert_eq!(
                *n, BATCH,
                "run {run}: batch {batch} is half-imported ({n} of {BATCH})"
            );
        }
        for b in &acks.batches {
            assert_eq!(
                counts.get(b),
                Some(&BATCH),
                "run {run}: acknowledged {b} lost"
            );
        }
        if mode == "import" && acks.batches.is_empty() {
            killed_mid_batch += 1;
        }
        drop(book);
    }
    eprintln!(
        "{runs} kills: {acked_writes} acknowledged writes all found; {killed_mid_batch} kills during a first batch"
    );
    assert!(
        acked_writes > 0,
        "the writers must have written something for this to prove anything"
    );
}
