//! Issue 5's benchmark: a 100k-row CSV import, and a bundle export of 100k people + 1M interactions.
//!
//! `cargo bench -p liaison-core --bench interchange`. Knobs: LIAISON_BENCH_ROWS (100000),
//! LIAISON_BENCH_RUNS (5), LIAISON_BENCH_INTERACTIONS (1000000), LIAISON_BENCH_ONLY
//! (csv|bundle|export: the CSV exports of the same seeded book|merge: that book's bundle merged
//! into an empty one), LIAISON_BENCH_CSV=import (the import line alone),
//! LIAISON_BENCH_WRITE_CSV=path (write the CSV there and stop).
//! Each figure is the median of the runs: wall clock, the calling thread's CPU time, and the
//! process's (every thread's) CPU time.

use liaison_core::testing::read_table;
use liaison_core::{
    Book, BundleScope, Direction, FixedClock, ImportOptions, InteractionInput, InteractionKind,
    PersonInput, Progress, SearchReq,
};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[path = "interchange/csv.rs"]
mod csv_import;
#[path = "interchange/export.rs"]
mod export;
use csv_import::{bench_csv, csv_of, fresh};
#[path = "interchange_floor.rs"]
mod floor;
#[path = "interchange/merge.rs"]
mod merge;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn cpu() -> Duration {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// The whole process's CPU time: the export and import use a second thread.
fn proc_cpu() -> Duration {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ProcessCPUTime);
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The process's peak resident memory (MB) since the last `reset_peak`, from /proc (Linux).
fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Makes the peak resident memory start again from the current size.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The process's resident memory now (MB).
fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Runs `f` `runs` times (none: the line is skipped) and prints the median wall and CPU time (and each run's wall time).
fn measure(name: &str, runs: usize, mut f: impl FnMut() -> String) {
    if runs == 0 {
        return;
    }
    let mut wall = Vec::new();
    let mut cpus = Vec::new();
    let mut procs = Vec::new();
    let mut note = String::new();
    reset_peak();
    // What the process held before (the generated file, earlier lines' freed heap): the peak
    // above it is what the measured code added, at least.
    let before = rss_mb();
    for _ in 0..runs {
        let (t, c, p) = (Instant::now(), cpu(), proc_cpu());
        note = f();
        cpus.push(cpu() - c);
        procs.push(proc_cpu() - p);
        wall.push(t.elapsed());
    }
    let each: Vec<String> = wall.iter().map(|d| format!("{:.0}", ms(*d))).collect();
    wall.sort();
    cpus.sort();
    procs.sort();
    println!(
        "{name:<34} median {:>8.1} ms   cpu {:>8.1} ms   all threads {:>8.1} ms   runs [{}]   {note}   peak RSS {:.0} MB ({:.0} MB above the {:.0} MB held before)   load {}",
        ms(wall[runs / 2]),
        ms(cpus[runs / 2]),
        ms(procs[runs / 2]),
        each.join(", "),
        peak_mb(),
        peak_mb() - before,
        before,
        load()
    );
}

/// 100k people and 1M interactions (1–2 people each), seeded once; `LIAISON_BENCH_DB` keeps the file.
fn seeded(dir: &std::path::Path, people: usize, interactions: usize) -> Book {
    let path = std::env::var("LIAISON_BENCH_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| dir.join("bundle.db"));
    let book = Book::open(
        &path,
        Arc::new(FixedClock::at("2026-11-22T10:00:00Z")),
        &liaison_core::DbKey::Raw([1; 32]),
    )
    .unwrap();
    if book.person_count().unwrap() as usize >= people {
        println!("reusing {}", path.display());
        return book;
    }
    let t = Instant::now();
    book.person_create_many(liaison_core::sample_people(people, 2026))
        .unwrap();
    let ids: Vec<String> = {
        let mut v = Vec::with_capacity(people);
        let mut cursor = None;
        loop {
            let page = book
                .person_list(&liaison_core::PersonListReq {
                    cursor: cursor.clone(),
                    limit: Some(1000),
                    ..Default::default()
                })
                .unwrap();
            v.extend(page.items.into_iter().map(|s| s.id));
            match page.next_cursor {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
        v
    };
    println!(
        "seeded {} people in {:.1} s",
        ids.len(),
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let mut x: u64 = 2026;
    let mut next = || {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        x >> 33
    };
    const WORDS: &[&str] = &[
        "merci",
        "pour",
        "le",
        "brief",
        "campagne",
        "collection",
        "capsule",
        "lancement",
        "invitation",
        "salon",
        "déjeuner",
        "café",
        "échange",
        "contenu",
        "vidéo",
        "story",
        "thanks",
        "for",
        "the",
        "call",
        "meeting",
        "launch",
        "preview",
        "feedback",
        "partnership",
    ];
    for batch in 0..interactions.div_ceil(100_000) {
        let n = (interactions - batch * 100_000).min(100_000);
        let inputs: Vec<InteractionInput> = (0..n)
            .map(|_| {
                let who = ids[next() as usize % ids.len()].clone();
                let mut people = vec![who];
                if next() % 5 == 0 {
                    people.push(ids[next() as usize % ids.len()].clone());
                }
                let words = 6 + next() as usize % 18;
                InteractionInput {
                    kind: InteractionKind::Email,
                    direction: if next() % 2 == 0 {
                        Direction::Given
                    } else {
                        Direction::Received
                    },
                    occurred_at: Some(format!(
                        "2026-{:02}-{:02}T{:02}:00:00Z",
                        1 + next() % 11,
                        1 + next() % 28,
                        next() % 24
                    )),
                    body: (0..words)
                        .map(|_| WORDS[next() as usize % WORDS.len()])
                        .collect::<Vec<_>>()
                        .join(" "),
                    people,
                    ..Default::default()
                }
            })
            .collect();
        book.interaction_create_many(inputs).unwrap();
    }
    println!(
        "seeded {interactions} interactions in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    book
}

fn bench_bundle(dir: &std::path::Path, runs: usize) {
    let people = env("LIAISON_BENCH_ROWS", 100_000);
    let interactions = env("LIAISON_BENCH_INTERACTIONS", 1_000_000);
    let book = seeded(dir, people, interactions);
    // As the app and the CLI make it: straight into the file, renamed at the end.
    let file = dir.join("bundle.json");
    measure("bundle export (everything), file", runs, || {
        let n = book
            .bundle_export_file(&BundleScope::All, &file, &Progress::new())
            .unwrap();
        format!("{:.0} MB", n as f64 / 1e6)
    });
    let _ = std::fs::remove_file(&file);
    measure("bundle export (everything), memory", runs, || {
        let b = book
            .bundle_export(&BundleScope::All, &Progress::new())
            .unwrap();
        format!("{:.0} MB", b.len() as f64 / 1e6)
    });
    // What the app did before the export was streamed: all in memory, then written and renamed.
    let part = dir.join("bundle.json.part");
    measure("bundle export, memory then file", runs, || {
        let b = book
            .bundle_export(&BundleScope::All, &Progress::new())
            .unwrap();
        std::fs::write(&part, &b).unwrap();
        std::fs::rename(&part, &file).unwrap();
        format!("{:.0} MB", b.len() as f64 / 1e6)
    });
    let _ = std::fs::remove_file(&file);
    let first = book
        .person_list(&liaison_core::PersonListReq::default())
        .unwrap()
        .items[0]
        .id
        .clone();
    measure("bundle export (one person)", runs, || {
        let b = book
            .bundle_export(&BundleScope::Person { id: first.clone() }, &Progress::new())
            .unwrap();
        format!("{} bytes", b.len())
    });
}

fn main() {
    let rows = env("LIAISON_BENCH_ROWS", 100_000);
    let runs = env("LIAISON_BENCH_RUNS", 5).max(1);
    let only = std::env::var("LIAISON_BENCH_ONLY").unwrap_or_default();
    println!(
        "machine: {} cpus; load before: {}",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0),
        load()
    );
    let dir = tempfile::tempdir().unwrap();
    // The bench's CSV written to a file, for timing the release CLI on it.
    if let Ok(path) = std::env::var("LIAISON_BENCH_WRITE_CSV") {
        std::fs::write(&path, csv_of(&liaison_core::sample_people(rows, 2026))).unwrap();
        println!("wrote {rows} rows to {path}");
        return;
    }
    if only.is_empty() || only == "csv" {
        bench_csv(dir.path(), rows, runs);
    }
    if only == "floor" {
        let bytes = csv_of(&liaison_core::sample_people(rows, 2026));
        let src = fresh(dir.path(), "floor-src.db");
        src.csv_import(&bytes, None, &ImportOptions::default(), &Progress::new())
            .unwrap();
        floor::bench_floor(dir.path(), src.path(), runs, bytes.len());
    }
    if only.is_empty() || only == "bundle" {
        bench_bundle(dir.path(), runs);
    }
    if only.is_empty() || only == "export" {
        export::bench_exports(dir.path(), runs);
    }
    if only.is_empty() || only == "merge" {
        merge::bench_merge(dir.path(), runs);
    }
}
