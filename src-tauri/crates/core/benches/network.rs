//! Issue 16's benchmark: a person's two-hop network (target 10 ms p95), introduction paths (50 ms p95) and the collision check on logging (2 ms) at 100k people, 300k connections, 20k organizations.
//!
//! `cargo bench -p liaison-core --bench network`. Knobs: LIAISON_BENCH_PEOPLE (100000),
//! LIAISON_BENCH_CONNECTIONS (3 per person), LIAISON_BENCH_ORGS (one per 5 people),
//! LIAISON_BENCH_INTERACTIONS (2 per person), LIAISON_BENCH_ROUNDS (5), LIAISON_BENCH_QUERIES
//! (200). One end of each connection and each membership's organization are drawn skewed, so a
//! few people and companies are hubs, as in a real book; the queries are random people plus
//! the busiest hubs. Each query's median over the rounds, then p50/p95/p99/max across queries.
//! LIAISON_BENCH_BOOK=/path/book.db keeps the seeded book there and, when the file exists,
//! opens it instead of seeding again (give the same sizes: the queries are drawn from its
//! people); LIAISON_BENCH_LINES=paths,collision runs only the lines whose name holds one of
//! the words; LIAISON_BENCH_ROUNDS=0 makes only the untimed pass over each line's queries and
//! prints its mean hits. Counting instructions (`valgrind --tool=callgrind
//! --toggle-collect=network::measure`) needs ROUNDS=0: the CPU clock's vDSO lookup (rustix)
//! faults under valgrind.

use liaison_core::{
    Book, ConnectionInput, ConnectionKind, FixedClock, GraphScope, InteractionInput,
    InteractionKind, MembershipSetReq, OrganizationInput, PersonListReq,
};
use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

mod common;
use common::{cpu, env, load, ms, Rng};

const KINDS: [ConnectionKind; 5] = [
    ConnectionKind::Knows,
    ConnectionKind::Knows,
    ConnectionKind::WorksWith,
    ConnectionKind::Introduced,
    ConnectionKind::Represents,
];

fn measure<T>(name: &str, rounds: usize, cases: &[T], run: &mut dyn FnMut(&T) -> usize) {
    let mut med = Vec::with_capacity(cases.len());
    let mut med_cpu = Vec::with_capacity(cases.len());
    let mut hits = 0usize;
    for c in cases {
        hits += run(c); // warm-up, untimed
    }
    if rounds == 0 {
        println!(
            "{name:<34} untimed pass, hits {:.1}",
            hits as f64 / cases.len() as f64
        );
        return;
    }
    hits = 0;
    for c in cases {
        let (mut wall, mut used) = (Vec::new(), Vec::new());
        for _ in 0..rounds {
            let (t, c0) = (Instant::now(), cpu());
            hits += run(c);
            wall.push(t.elapsed());
            used.push(cpu() - c0);
        }
        wall.sort();
        used.sort();
        med.push(wall[wall.len() / 2]);
        med_cpu.push(used[used.len() / 2]);
    }
    med.sort();
    med_cpu.sort();
    let pct = |v: &[Duration], p: f64| ms(v[((v.len() - 1) as f64 * p).round() as usize]);
    println!(
        "{name:<34} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>8.1}   load {}",
        pct(&med, 0.50),
        pct(&med, 0.95),
        pct(&med, 0.99),
        ms(*med.last().unwrap()),
        pct(&med_cpu, 0.95),
        hits as f64 / (rounds * cases.len()) as f64,
        load()
    );
}

fn main() {
    let n = env("LIAISON_BENCH_PEOPLE", 100_000).max(10);
    let n_conn = env("LIAISON_BENCH_CONNECTIONS", 3 * n);
    let n_org = env("LIAISON_BENCH_ORGS", n / 5).max(1);
    let n_inter = env("LIAISON_BENCH_INTERACTIONS", 2 * n);
    let rounds = env("LIAISON_BENCH_ROUNDS", 5);
    let n_q = env("LIAISON_BENCH_QUERIES", 200).max(1);
    println!("load before: {}", load());
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = std::env::var_os("LIAISON_BENCH_BOOK")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("bench.db"));
    let kept = path.exists();
    let book = Book::open(
        &path,
        Arc::new(FixedClock::at("2026-12-06T10:00:00Z")),
        &liaison_core::DbKey::Raw([3; 32]),
    )
    .expect("a fresh book");
    let t = Instant::now();
    if !kept {
        book.person_create_many(liaison_core::sample_people(n, 2026))
            .expect("valid sample people");
    }
    let mut ids = Vec::with_capacity(n);
    let mut req = PersonListReq {
        limit: Some(1000),
        ..Default::default()
    };
    loop {
        let page = book.person_list(&req).expect("list");
        ids.extend(page.items.into_iter().map(|s| s.id));
        match page.next_cursor {
            Some(c) => req.cursor = Some(c),
            None => break,
        }
    }
    let colleagues: Vec<String> = if kept {
        println!("opened the kept book {}", path.display());
        book.colleague_all()
            .unwrap()
            .into_iter()
            .map(|c| c.id)
            .collect()
    } else {
        let mut r = Rng(2026);

        book.org_create_many(
            (0..n_org)
                .map(|i| OrganizationInput {
                    name: format!("Organization {i:06}"),
                    ..Default::default()
                })
                .collect(),
        )
        .expect("valid organizations");
        let orgs: Vec<String> = book.org_all().unwrap().into_iter().map(|o| o.id).collect();
        // Everyone works somewhere; a few organizations hold many.
        let members = ids
            .iter()
            .map(|p| MembershipSetReq {
                person_id: p.clone(),
                org_id: orgs[r.skewed(orgs.len())].clone(),
                role: "Creator".into(),
                since: None,
                until: None,
                employer: true,
            })
            .collect();
        book.membership_set_many(members).expect("memberships");

        let mut pairs = HashSet::new();
        let mut batch = Vec::new();
        while pairs.len() < n_conn {
            let (a, b) = (r.skewed(n), r.below(n));
            let kind = KINDS[r.below(KINDS.len())];
            if a == b || !pairs.insert((a.min(b), a.max(b), kind)) {
                continue;
            }
            batch.push(ConnectionInput {
                from: ids[a].clone(),
                to: ids[b].clone(),
                kind,
                note: String::new(),
                since: None,
            });
            if batch.len() == 50_000 {
                book.connect_many(std::mem::take(&mut batch))
                    .expect("connections");
            }
        }
        book.connect_many(batch).expect("connections");

        let colleagues: Vec<String> = (0..6)
            .map(|i| {
                book.colleague_create(liaison_core::ColleagueInput {
                    name: format!("Colleague {i}"),
                    ..Default::default()
                })
                .expect("a colleague")
                .id
            })
            .collect();
        let mut day = 0usize;
        let inputs: Vec<InteractionInput> = (0..n_inter)
            .map(|_| {
                day = (day + 1) % 400;
                InteractionInput {
                    kind: InteractionKind::Email,
                    occurred_at: Some(format!(
                        "{}T10:00:00Z",
                        (chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()
                            - chrono::Duration::days(day as i64))
                        .format("%Y-%m-%d")
                    )),
                    people: vec![ids[r.skewed(n)].clone()],
                    colleague_id: Some(colleagues[r.below(colleagues.len())].clone()),
                    body: "bench".into(),
                    ..Default::default()
                }
            })
            .collect();
        book.interaction_create_many(inputs).expect("interactions");
        colleagues
    };
    println!(
        "{n} people, {n_conn} connections, {n_org} organizations, {n_inter} interactions ready in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    let mut q = Rng(2026 ^ 0xABCD);
    let random: Vec<String> = (0..n_q).map(|_| ids[q.below(n)].clone()).collect();
    let hubs: Vec<String> = ids.iter().take(n_q.min(20)).cloned().collect();
    println!(
        "\n{:<34} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}",
        "class (ms)", "p50", "p95", "p99", "max", "cpu p95", "hits"
    );
    let lines = std::env::var("LIAISON_BENCH_LINES").unwrap_or_default();
    let wanted = |name: &str| {
        lines.is_empty()
            || lines
                .split(',')
                .any(|w| !w.trim().is_empty() && name.contains(w.trim()))
    };
    let measure = |name: &str, rounds, cases: &[String], run: &mut dyn FnMut(&String) -> usize| {
        if wanted(name) {
            measure(name, rounds, cases, run)
        }
    };
    let two_hop = |id: &String| {
        book.network_graph(&GraphScope::Person(id.clone()), None)
            .unwrap()
            .nodes
            .len()
    };
    measure(
        "two-hop network (nodes)",
        rounds,
        &random,
        &mut two_hop.clone(),
    );
    measure("two-hop network, hubs", rounds, &hubs, &mut two_hop.clone());
    let paths = |id: &String| book.intro_paths(id, 5).unwrap().len();
    measure("introduction paths", rounds, &random, &mut paths.clone());
    measure(
        "introduction paths, hubs",
        rounds,
        &hubs,
        &mut paths.clone(),
    );
    measure(
        "person page network (no paths)",
        rounds,
        &random,
        &mut |id| book.person_network(id, false).unwrap().connections.len(),
    );
    measure("collision check on logging", rounds, &random, &mut |id| {
        book.collision_check(std::slice::from_ref(id), &colleagues[0], None, None)
            .unwrap()
            .len()
    });
    println!("\nload after: {}", load());
}
