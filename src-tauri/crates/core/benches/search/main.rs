//! The Foundation benchmark: seeds a book of 100k multilingual sample people and reports search and
//! list latency per query class, so "search p95 ≤ 5 ms at 100k" is a number anyone can re-measure.
//!
//! Run: `cargo bench -p liaison-core --bench search` (release profile). Environment knobs:
//! `LIAISON_BENCH_PEOPLE` (default 100000), `LIAISON_BENCH_ROUNDS` (default 5),
//! `LIAISON_BENCH_QUERIES` (per class, default 300), `LIAISON_BENCH_SLOWEST` (print that many of
//! each class's slowest queries, for profiling), `LIAISON_BENCH_DB` (keep the seeded file there and
//! reuse it next time instead of seeding again), `LIAISON_BENCH_ONLY` (only the classes whose
//! name contains this text). Each round times every query of every class once;
//! a query's time is its median over the rounds, and the table gives percentiles over the queries
//! of a class (wall clock), the p95 of this thread's CPU time, and the range of single-round p95s,
//! so that disturbance by other load on the machine shows.

#[path = "../common/mod.rs"]
mod common;
mod queries;

use common::{env, load};

use liaison_core::{Book, FixedClock, PersonListReq, PersonSort, SearchReq};
use queries::{add_phones, list_filters, name_box, search_classes, Class};
use std::sync::Arc;
use std::time::{Duration, Instant};

const SEED: u64 = 2026;

fn main() {
    let n_people = env("LIAISON_BENCH_PEOPLE", 100_000);
    let rounds = env("LIAISON_BENCH_ROUNDS", 5).max(1);
    let n_queries = env("LIAISON_BENCH_QUERIES", 300).max(1);
    machine();
    println!("load before: {}", load());

    let dir = tempfile::tempdir().expect("a temp dir is available");
    let kept = std::env::var_os("LIAISON_BENCH_DB").map(std::path::PathBuf::from);
    let reuse = kept.as_ref().is_some_and(|p| p.exists());
    let path = kept.unwrap_or_else(|| dir.path().join("bench.db"));
    let clock = Arc::new(FixedClock::at("2026-11-22T10:00:00Z"));
    let book =
        Book::open(&path, clock, &liaison_core::DbKey::Raw([1; 32])).expect("a fresh book opens");

    let t = Instant::now();
    let mut people = liaison_core::sample_people(n_people, SEED);
    add_phones(&mut people);
    let generate = t.elapsed();
    if reuse {
        println!("reusing the people already in {}", path.display());
    } else {
        // Validation alone, timed apart, to tell how much of the bulk insert is SQLite's.
        let inputs = people.clone();
        let t = Instant::now();
        for p in inputs {
            liaison_core::clean_person(p).expect("sample people are valid");
        }
        let validate = t.elapsed();
        let t = Instant::now();
        book.person_create_many(people.clone())
            .expect("sample people are valid");
        report_seed(n_people, generate, validate, t.elapsed(), &path);
    }

    // LIAISON_BENCH_ONLY=<text> keeps the classes whose name contains it, for profiling one.
    let only = std::env::var("LIAISON_BENCH_ONLY").unwrap_or_default();
    let mut classes = search_classes(&people, n_queries, SEED);
    classes.retain(|c| c.name.contains(&only));
    let mut lists = list_cases(&book, &people, n_queries);
    lists.retain(|(name, _)| name.contains(&only));
    // One untimed pass, so every round sees the same warm page cache a running app has.
    for c in &classes {
        time_search(&book, c);
    }
    for (_, reqs) in &lists {
        time_list(&book, reqs);
    }

    // times[class][round][query]: every round runs every class, so a burst of load from
    // another process hits one round of a class, not all of them.
    let mut times: Vec<Vec<Vec<Sample>>> = vec![Vec::new(); classes.len() + lists.len()];
    let mut hits = vec![0usize; times.len()];
    for round in 0..rounds {
        let runs = classes
            .iter()
            .map(|c| time_search(&book, c))
            .chain(lists.iter().map(|(_, reqs)| time_list(&book, reqs)));
        for (i, (t, h)) in runs.enumerate() {
            times[i].push(t);
            hits[i] = h;
        }
        println!("round {}/{rounds} done, load {}", round + 1, load());
    }

    let names: Vec<&str> = classes
        .iter()
        .map(|c| c.name)
        .chain(lists.iter().map(|(n, _)| *n))
        .collect();
    println!(
        "\n{n_people} people, {n_queries} queries per class, {rounds} rounds; a query's time is its \
         median over the rounds (ms):"
    );
    println!(
        "| {:<20} | {:>6} | {:>6} | {:>6} | {:>6} | {:>6} | {:>7} | {:>18} |",
        "class", "hits", "p50", "p95", "p99", "max", "cpu p95", "1-round p95 range"
    );
    println!(
        "|{:-<22}|{:->8}|{:->8}|{:->8}|{:->8}|{:->8}|{:->9}|{:->20}|",
        "", "", "", "", "", "", "", ""
    );
    let slowest = env("LIAISON_BENCH_SLOWEST", 0);
    let mut slow = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let per_query = |of: fn(&Sample) -> Duration| -> Vec<f64> {
            (0..times[i][0].len())
                .map(|q| median(times[i].iter().map(|round| ms(of(&round[q]))).collect()))
                .collect()
        };
        let cpu = per_query(|s| s.cpu);
        let per_query = per_query(|s| s.wall);
        let round_p95: Vec<f64> = times[i]
            .iter()
            .map(|round| percentile(round.iter().map(|s| ms(s.wall)).collect(), 0.95))
            .collect();
        let at = |q| percentile(per_query.clone(), q);
        println!(
            "| {:<20} | {:>6.1} | {:>6.2} | {:>6.2} | {:>6.2} | {:>6.2} | {:>7.2} | {:>18} |",
            name,
            hits[i] as f64 / per_query.len() as f64,
            at(0.50),
            at(0.95),
            at(0.99),
            at(1.0),
            percentile(cpu, 0.95),
            format!(
                "{:.2}–{:.2}",
                round_p95.iter().copied().fold(f64::MAX, f64::min),
                round_p95.iter().copied().fold(0.0, f64::max)
            ),
        );
        if let Some(c) = classes.get(i) {
            let mut order: Vec<usize> = (0..per_query.len()).collect();
            order.sort_by(|a, b| per_query[*b].total_cmp(&per_query[*a]));
            for q in order.into_iter().take(slowest) {
                slow.push(format!(
                    "slow {:<18} {:>7.2} ms  {:?} {:?}",
                    c.name, per_query[q], c.queries[q].text, c.queries[q].filter
                ));
            }
        }
    }
    println!("\nload after: {}", load());
    for line in slow {
        println!("{line}");
    }
}

fn report_seed(
    n: usize,
    generate: Duration,
    validate: Duration,
    insert: Duration,
    path: &std::path::Path,
) {
    let wal = path.with_file_name(format!(
        "{}-wal",
        path.file_name().unwrap().to_string_lossy()
    ));
    println!(
        "seed {n} people: generate {:.0} ms; person_create_many {:.0} ms ({:.0} people/s), of \
         which validation alone takes {:.0} ms; db {:.1} MB + wal {:.1} MB",
        ms(generate),
        ms(insert),
        n as f64 / insert.as_secs_f64(),
        ms(validate),
        mb(path),
        mb(&wal),
    );
}

/// Nearest-rank percentile: the smallest value at or above fraction `q` of the samples.
fn percentile(mut xs: Vec<f64>, q: f64) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[((xs.len() as f64 * q).ceil() as usize).clamp(1, xs.len()) - 1]
}

/// Times `Book::person_search` as the shell calls it: read transaction, query, summaries, all included.
fn time_search(book: &Book, class: &Class) -> (Vec<Sample>, usize) {
    let mut times = Vec::with_capacity(class.queries.len());
    let mut hits = 0;
    for q in &class.queries {
        let req = SearchReq {
            query: q.text.clone(),
            filter: q.filter.clone(),
            limit: None,
        };
        let (found, t) = timed(|| book.person_search(&req).expect("search succeeds"));
        times.push(t);
        hits += found.len();
    }
    (times, hits)
}

fn time_list(book: &Book, reqs: &[PersonListReq]) -> (Vec<Sample>, usize) {
    let mut times = Vec::with_capacity(reqs.len());
    let mut hits = 0;
    for req in reqs {
        let (page, t) = timed(|| book.person_list(req).expect("list succeeds"));
        times.push(t);
        hits += page.items.len();
    }
    (times, hits)
}

/// The list requests measured: a first page in every order, a page deep in the list reached
/// by cursor, a page jumped to by offset around the middle, and a filtered first page.
fn list_cases(
    book: &Book,
    people: &[liaison_core::PersonInput],
    n: usize,
) -> Vec<(&'static str, Vec<PersonListReq>)> {
    let sorts = [PersonSort::Name, PersonSort::Created, PersonSort::Updated];
    let first = (0..n)
        .map(|i| PersonListReq {
            sort: sorts[i % 3],
            descending: i % 2 == 1,
            ..Default::default()
        })
        .collect();
    // Cursors all along the name order, gathered by walking the whole list once.
    let mut cursors = Vec::new();
    let mut req = PersonListReq {
        limit: Some(1000),
        ..Default::default()
    };
    loop {
        let page = book.person_list(&req).expect("list succeeds");
        match page.next_cursor {
            Some(c) => cursors.push(c),
            None => break,
        }
        req.cursor = cursors.last().cloned();
    }
    let mut r = queries::Rng(SEED);
    let half = (people.len() / 2) as u32;
    let keyset = (0..n)
        .map(|_| PersonListReq {
            cursor: Some(cursors[cursors.len() / 4 + r.below(cursors.len() / 2 + 1)].clone()),
            ..Default::default()
        })
        .collect();
    let offset = (0..n)
        .map(|_| PersonListReq {
            offset: Some(half - half / 10 + r.below(half as usize / 5 + 1) as u32),
            ..Default::default()
        })
        .collect();
    let filtered = list_filters(people, n, SEED + 1)
        .into_iter()
        .map(|filter| PersonListReq {
            filter,
            ..Default::default()
        })
        .collect();
    let name_box = name_box(people, n, SEED + 2)
        .into_iter()
        .map(|filter| PersonListReq {
            filter,
            ..Default::default()
        })
        .collect();
    vec![
        ("list first page", first),
        ("list keyset (deep)", keyset),
        ("list offset ~50%", offset),
        ("list filtered", filtered),
        ("list name box", name_box),
    ]
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let m = xs.len() / 2;
    if xs.len().is_multiple_of(2) {
        (xs[m - 1] + xs[m]) / 2.0
    } else {
        xs[m]
    }
}

/// One call's wall-clock time, and the CPU time this thread spent in it: on a machine shared
/// with builds the two part when the scheduler runs someone else in the middle of a query.
#[derive(Clone, Copy)]
struct Sample {
    wall: Duration,
    cpu: Duration,
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Sample) {
    let cpu = || {
        let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
        Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
    };
    let (c, t) = (cpu(), Instant::now());
    let out = f();
    let wall = t.elapsed();
    (
        out,
        Sample {
            wall,
            cpu: cpu().saturating_sub(c),
        },
    )
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn mb(path: &std::path::Path) -> f64 {
    std::fs::metadata(path).map_or(0.0, |m| m.len() as f64 / 1e6)
}

/// The machine, as BENCHMARKS.md records it.
fn machine() {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = info
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .map(|m| m.trim_start_matches([' ', '\t', ':']))
        })
        .unwrap_or("unknown");
    let mem = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let total = mem
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
        .map_or("unknown".into(), |kb| {
            format!("{:.1} GiB", kb / 1024.0 / 1024.0)
        });
    println!(
        "machine: {cpus} cpus, {model}, {total} RAM, {}",
        std::env::consts::ARCH
    );
}
