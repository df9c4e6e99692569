//! Issue 15's benchmark: a duplicate scan of a 100k-person book (budget: 5 s), with progress.
//!
//! `cargo bench -p liaison-core --bench duplicates`. Knobs: LIAISON_BENCH_PEOPLE (100000),
//! LIAISON_BENCH_RUNS (3). The book is the seeded sample people (their generated names repeat, as
//! real books' names do) plus one planted copy in 200 of an e-mail, a phone in another form, and
//! a name in another order. Each figure is the median of the runs: wall clock and the calling
//! thread's CPU time (the machine may be shared: the load average is printed beside it).

use liaison_core::{Book, DbKey, FixedClock, PersonInput, Progress};
use std::sync::Arc;
use std::time::Instant;

mod common;
use common::{cpu, env, load, ms};

/// A copy of `p` as a second record of the same person would be: same e-mail, phone in
/// international form, or the name words swapped.
fn copy_of(p: &PersonInput, n: usize) -> PersonInput {
    let mut c = PersonInput {
        display_name: format!("{} {}", p.last_name, p.first_name),
        ..Default::default()
    };
    match n % 3 {
        0 => c.emails = p.emails.clone(),
        1 => {
            c.phones = vec!["+33 6 12 34 56 78".to_string()];
            c.display_name = format!("Copy {n}");
        }
        _ => {}
    }
    c
}

fn main() {
    let n = env("LIAISON_BENCH_PEOPLE", 100_000);
    let runs = env("LIAISON_BENCH_RUNS", 3).max(1);
    let dir = tempfile::tempdir().unwrap();
    let book = Book::open(
        &dir.path().join("bench.db"),
        Arc::new(FixedClock::at("2026-12-06T10:00:00Z")),
        &DbKey::Raw([7; 32]),
    )
    .unwrap();
    let mut people = liaison_core::sample_people(n, 2026);
    let copies: Vec<PersonInput> = people
        .iter()
        .step_by(200)
        .enumerate()
        .map(|(i, p)| copy_of(p, i))
        .collect();
    people.truncate(n - copies.len());
    people.extend(copies);
    people[0].phones = vec!["06 12 34 56 78".into()];
    people[0].country = "FR".into();
    let t = Instant::now();
    book.person_create_many(people).unwrap();
    println!("built {n} people in {:.1} s", t.elapsed().as_secs_f64());
    let mut wall = Vec::new();
    let mut cpus = Vec::new();
    let mut note = String::new();
    for _ in 0..runs {
        let progress = Progress::new();
        let (t, c) = (Instant::now(), cpu());
        let report = book.duplicates_find(&progress).unwrap();
        wall.push(t.elapsed());
        cpus.push(cpu() - c);
        let pairs: usize = report.groups.iter().map(|g| g.pairs.len()).sum();
        let s = progress.snapshot();
        note = format!(
            "{} groups, {pairs} pairs, progress {}/{}",
            report.groups.len(),
            s.done,
            s.total
        );
    }
    let each: Vec<String> = wall.iter().map(|d| format!("{:.0}", ms(*d))).collect();
    wall.sort();
    cpus.sort();
    println!(
        "duplicate scan of {n} people   median {:.1} ms   cpu {:.1} ms   runs [{}]   {note}   load {}",
        ms(wall[runs / 2]),
        ms(cpus[runs / 2]),
        each.join(", "),
        load()
    );
}
