//! Issue 15's benchmark: the work list at 100k people and 1M interactions (count + first page for every pair of filters, first page by last contact or audience: `bulk/worklist.rs`), then a bulk tag change and a bulk stage change of every person, and the undo of each (budget: 2 s each).
//!
//! `cargo bench -p liaison-core --bench bulk`. Knobs: LIAISON_BENCH_PEOPLE (100000),
//! LIAISON_BENCH_INTERACTIONS (1000000), LIAISON_BENCH_RUNS (3), LIAISON_BENCH_ONLY (phases to
//! run, comma-separated: `pairs`, `sorts`, `tag`, `stage`; all by default), LIAISON_BENCH_EACH=1
//! (print every filter pair's median), LIAISON_BENCH_PAUSE=seconds (a pause after the seeding), LIAISON_BENCH_KEEP=path (write the book there and keep it;
//! its key is 32 bytes of 7), LIAISON_BENCH_CPU=0 (no CPU clock: for valgrind).
//! Instruction counts of one phase, steady on a shared machine: build with
//! `cargo bench --no-run`, then e.g. `LIAISON_BENCH_CPU=0 LIAISON_BENCH_RUNS=1
//! LIAISON_BENCH_PEOPLE=20000 LIAISON_BENCH_INTERACTIONS=200000 LIAISON_BENCH_PAUSE=5 valgrind
//! --tool=callgrind --instr-atstart=no --toggle-collect='*bulk::apply_once*'
//! target/release/deps/bulk-… --bench`, and `callgrind_control -i on` once it prints "seeded"
//! (the phases' functions: `worklist::pairs`, `worklist::sorts`, `bulk::apply_once`,
//! `bulk::undo_once`). The book is the seeded sample people; the target is "all matching" the
//! empty filter (everyone not archived), resolved inside the change as the People table's "select
//! all N matching" sends it. Each figure is the median of the runs: wall clock and the calling
//! thread's CPU time (the machine may be shared: the load average is printed beside it).

use liaison_core::{
    Book, BulkChange, BulkTarget, DbKey, FixedClock, PersonBulkReq, PersonFilter, Stage,
};
use std::sync::Arc;
use std::time::{Duration, Instant};

mod common;
#[path = "bulk/worklist.rs"]
mod worklist;
use common::{cpu, env, load, ms, phase};

/// Median wall and CPU time of some measured calls.
fn median(mut v: Vec<(Duration, Duration)>) -> (f64, f64) {
    let mid = v.len() / 2;
    v.sort_by_key(|(w, _)| *w);
    let wall = ms(v[mid].0);
    v.sort_by_key(|(_, c)| *c);
    (wall, ms(v[mid].1))
}

/// Runs `f`, answering its result with the wall and CPU time it took.
fn measured<T>(f: impl FnOnce() -> T) -> (T, (Duration, Duration)) {
    let (t, c) = (Instant::now(), cpu());
    let out = f();
    (out, (t.elapsed(), cpu() - c))
}

/// One bulk change of the target (a function of its own, for valgrind's `--toggle-collect`).
#[inline(never)]
fn apply_once(book: &Book, target: &BulkTarget, change: &BulkChange) -> liaison_core::BulkOutcome {
    book.bulk_apply(&PersonBulkReq {
        target: target.clone(),
        changes: vec![change.clone()],
        dry_run: false,
    })
    .unwrap()
}

/// Its undo (a function of its own, as `apply_once`).
#[inline(never)]
fn undo_once(book: &Book, id: &str) -> liaison_core::UndoOutcome {
    book.undo(Some(id)).unwrap()
}

fn main() {
    let n = env("LIAISON_BENCH_PEOPLE", 100_000);
    let runs = env("LIAISON_BENCH_RUNS", 3).max(1);
    let dir = tempfile::tempdir().unwrap();
    // LIAISON_BENCH_KEEP=path: the book is written there (a new file) and left for inspection.
    let path = std::env::var_os("LIAISON_BENCH_KEEP")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("bench.db"));
    let book = Book::open(
        &path,
        Arc::new(FixedClock::at("2026-12-06T10:00:00Z")),
        &DbKey::Raw([7; 32]),
    )
    .unwrap();
    let t = Instant::now();
    book.person_create_many(liaison_core::sample_people(n, 2026))
        .unwrap();
    println!("built {n} people in {:.1} s", t.elapsed().as_secs_f64());
    let ids = book.person_ids_matching(&PersonFilter::default()).unwrap();
    worklist::seed(&book, &ids, env("LIAISON_BENCH_INTERACTIONS", 1_000_000));
    // Time to turn valgrind's instrumentation on after the seeding (`--instr-atstart=no`).
    std::thread::sleep(Duration::from_secs(env("LIAISON_BENCH_PAUSE", 0) as u64));
    worklist::run(&book, runs);
    let everyone = BulkTarget::Matching {
        filter: PersonFilter::default(),
    };
    let cases: [(&str, BulkChange); 2] = [
        (
            "tag",
            BulkChange::AddTag {
                tag: "Paris Fashion Week".into(),
            },
        ),
        (
            "stage",
            BulkChange::SetStage {
                stage: Stage::DoNotContact,
            },
        ),
    ];
    for (name, change) in cases {
        if !phase(name) {
            continue;
        }
        // Each run changes everyone and is undone, so the next run changes everyone again.
        let (mut applied, mut undone, mut note) = (Vec::new(), Vec::new(), String::new());
        for _ in 0..runs {
            let (out, took) = measured(|| apply_once(&book, &everyone, &change));
            applied.push(took);
            let id = out.undo_id.clone().expect("everyone changed");
            let (back, took) = measured(|| undo_once(&book, &id));
            undone.push(took);
            assert_eq!(back.restored, out.changed, "the undo puts everyone back");
            note = format!("{} of {} changed", out.changed, out.matched);
        }
        let (wall, cpu_ms) = median(applied);
        println!(
            "bulk {name} of {n} people   median {wall:.1} ms   cpu {cpu_ms:.1} ms   ({note})   load {}",
            load()
        );
        let (wall, cpu_ms) = median(undone);
        println!(
            "undo of bulk {name} of {n} people   median {wall:.1} ms   cpu {cpu_ms:.1} ms   load {}",
            load()
        );
    }
}
