//! The Foundation benchmark: seeds a book of 100k multilingual sample people and reports search and
//! list latency per query class, so "search p95 ≤ 5 ms at 100k" is a number anyone can re-measure.
//!
//! Run: `cargo bench -p liaison-core --bench search` (release profile). Environment knobs:
//! `LIAISON_BENCH_PEOPLE` (default 100000), `LIAISON_BENCH_ROUNDS` (default 5),
//! `LIAISON_BENCH_QUERIES` (per class, default 300), `LIAISON_BENCH_SLOWEST` (print that many of
//! each class's slowest queries, for profiling), `LIAISON_BENCH_DB` (keep the seeded file there and
//! reuse it next time instead of seeding again). Each round times every query of every class once;
//! the table shows, per class, the median over rounds of each percentile.

mod queries;

use liaison_core::{Book, FixedClock, PersonListReq, PersonSort, SearchReq};
use queries::{list_filters, search_classes, Class};
use std::sync::Arc;
use std::time::{Duration, Instant};

const SEED: u64 = 2026;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

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
    let book = Book::open(&path, clock).expect("a fresh book opens");

    let t = Instant::now();
    let people = liaison_core::sample::people(n_people, SEED);
    let generate = t.elapsed();
    if reuse {
        println!("reusing the people already in {}", path.display());
    } else {
        let t = Instant::now();
        book.person_create_many(people.clone())
            .expect("sample people are valid");
        report_seed(n_people, generate, t.elapsed(), &path);
    }

    let classes = search_classes(&people, n_queries, SEED);
    let lists = list_cases(&book, &people, n_queries);
    // One untimed pass, so every round sees the same warm page cache a running app has.
    for c in &classes {
        time_search(&book, c);
    }
    for (_, reqs) in &lists {
        time_list(&book, reqs);
    }

    let mut results: Vec<Vec<Stats>> = Vec::new();
    for round in 0..rounds {
        let mut row: Vec<Stats> = classes.iter().map(|c| time_search(&book, c)).collect();
        row.extend(lists.iter().map(|(_, reqs)| time_list(&book, reqs)));
        println!(
            "round {}/{rounds} done, load {}, worst p95 {:.2} ms",
            round + 1,
            load(),
            row.iter().map(|s| s.p95).fold(0.0, f64::max)
        );
        results.push(row);
    }

    let names: Vec<&str> = classes
        .iter()
        .map(|c| c.name)
        .chain(lists.iter().map(|(n, _)| *n))
        .collect();
    println!("\nmedian of {rounds} rounds, {n_queries} queries per class, {n_people} people (ms):");
    println!(
        "| {:<24} | {:>7} | {:>6} | {:>6} | {:>6} | {:>6} | {:>13} |",
        "class", "hits", "p50", "p95", "p99", "max", "p95 min–max"
    );
    println!(
        "|{:-<26}|{:->9}|{:->8}|{:->8}|{:->8}|{:->8}|{:->15}|",
        "", "", "", "", "", "", ""
    );
    for (i, name) in names.iter().enumerate() {
        let col = |f: fn(&Stats) -> f64| median(results.iter().map(|r| f(&r[i])).collect());
        let p95s: Vec<f64> = results.iter().map(|r| r[i].p95).collect();
        println!(
            "| {:<24} | {:>7.1} | {:>6.2} | {:>6.2} | {:>6.2} | {:>6.2} | {:>13} |",
            name,
            col(|s| s.hits),
            col(|s| s.p50),
            col(|s| s.p95),
            col(|s| s.p99),
            col(|s| s.max),
            format!(
                "{:.2}–{:.2}",
                p95s.iter().copied().fold(f64::MAX, f64::min),
                p95s.iter().copied().fold(0.0, f64::max)
            ),
        );
    }
    println!("\nload after: {}", load());
    let last = results.last().expect("at least one round");
    for (c, s) in classes.iter().zip(last) {
        for (t, i) in &s.slowest {
            let q = &c.queries[*i];
            println!(
                "slow {:<18} {t:>7.2} ms  {:?} {:?}",
                c.name, q.text, q.filter
            );
        }
    }
}

fn report_seed(n: usize, generate: Duration, insert: Duration, path: &std::path::Path) {
    let wal = path.with_file_name(format!(
        "{}-wal",
        path.file_name().unwrap().to_string_lossy()
    ));
    println!(
        "seed {n} people: generate {:.0} ms, person_create_many {:.0} ms ({:.0} people/s); \
         db {:.1} MB + wal {:.1} MB",
        ms(generate),
        ms(insert),
        n as f64 / insert.as_secs_f64(),
        mb(path),
        mb(&wal),
    );
}

/// Latency percentiles of one class in one round, and the mean number of results.
struct Stats {
    hits: f64,
    p50: f64,
    p95: f64,
    p99: f64,
    max: f64,
    /// Indexes of the slowest queries, slowest first, with their times.
    slowest: Vec<(f64, usize)>,
}

fn stats(times: Vec<Duration>, hits: usize) -> Stats {
    let mut slowest: Vec<(f64, usize)> = times.iter().map(|t| ms(*t)).zip(0..).collect();
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    slowest.truncate(env("LIAISON_BENCH_SLOWEST", 0));
    let mut times = times;
    times.sort();
    let at =
        |q: f64| ms(times[((times.len() as f64 * q).ceil() as usize).clamp(1, times.len()) - 1]);
    Stats {
        hits: hits as f64 / times.len() as f64,
        p50: at(0.50),
        p95: at(0.95),
        p99: at(0.99),
        max: at(1.0),
        slowest,
    }
}

/// Times `Book::search` as the shell calls it: read transaction, query, summaries, all included.
fn time_search(book: &Book, class: &Class) -> Stats {
    let mut times = Vec::with_capacity(class.queries.len());
    let mut hits = 0;
    for q in &class.queries {
        let req = SearchReq {
            query: q.text.clone(),
            filter: q.filter.clone(),
            limit: None,
        };
        let t = Instant::now();
        let found = book.search(&req).expect("search succeeds");
        times.push(t.elapsed());
        hits += found.len();
    }
    stats(times, hits)
}

fn time_list(book: &Book, reqs: &[PersonListReq]) -> Stats {
    let mut times = Vec::with_capacity(reqs.len());
    let mut hits = 0;
    for req in reqs {
        let t = Instant::now();
        let page = book.person_list(req).expect("list succeeds");
        times.push(t.elapsed());
        hits += page.items.len();
    }
    stats(times, hits)
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
    vec![
        ("list first page", first),
        ("list keyset (deep)", keyset),
        ("list offset ~50%", offset),
        ("list filtered", filtered),
    ]
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let m = xs.len() / 2;
    if xs.len() % 2 == 0 {
        (xs[m - 1] + xs[m]) / 2.0
    } else {
        xs[m]
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn mb(path: &std::path::Path) -> f64 {
    std::fs::metadata(path).map_or(0.0, |m| m.len() as f64 / 1e6)
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
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
