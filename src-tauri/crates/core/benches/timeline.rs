//! Issue 3's benchmark: global search, timelines and Today at 100k people and 1M interactions (and issue 17's book check, issue 16's collision check).
//!
//! `cargo bench -p liaison-core --bench timeline`. Knobs: LIAISON_BENCH_PEOPLE (100000),
//! LIAISON_BENCH_INTERACTIONS (1000000), LIAISON_BENCH_ROUNDS (5), LIAISON_BENCH_QUERIES (200).

use liaison_core::{
    Book, Direction, Exchange, FixedClock, InteractionInput, InteractionKind, PersonListReq,
    SearchReq, TimelineReq,
};
use std::sync::Arc;

mod common;
use common::{cpu, env, Rng};
use std::time::{Duration, Instant};

const SEED: u64 = 2026;

const COMMON: &[&str] = &[
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
    "post",
    "newsletter",
    "thanks",
    "for",
    "the",
    "call",
    "meeting",
    "launch",
    "preview",
    "feedback",
    "partnership",
    "exclusive",
    "beta",
    "event",
    "panel",
    "interview",
    "podcast",
    "mention",
    "share",
    "gift",
    "payment",
    "contract",
    "présentation",
    "rencontre",
    "projet",
    "produit",
    "équipe",
    "relance",
    "proposition",
    "retour",
    "спасибо",
    "встреча",
    "запуск",
    "活动",
    "合作",
    "发布",
    "会议",
    "ありがとう",
    "イベント",
];

/// Rare, made-up words (campaign codes, product names): the selective terms people search for.
fn rare_word(i: usize) -> String {
    const SYL: &[&str] = &[
        "ka", "lo", "mi", "zé", "ru", "ta", "vi", "no", "ché", "ba", "xo", "dé", "fu", "ly",
    ];
    let mut w = String::new();
    let mut k = i + 7;
    for _ in 0..4 {
        w.push_str(SYL[k % SYL.len()]);
        k /= SYL.len();
    }
    w
}

fn body(r: &mut Rng, rare: usize) -> String {
    let n = 6 + r.below(18);
    let mut words: Vec<String> = (0..n)
        .map(|_| COMMON[r.skewed(COMMON.len())].to_string())
        .collect();
    if r.below(3) == 0 {
        words.insert(r.below(words.len()), rare_word(r.skewed(rare)));
    }
    words.join(" ")
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    let i = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1e3
}

/// Each case's time is its median over the rounds; percentiles are over the cases.
fn measure<T>(name: &str, rounds: usize, cases: &[T], mut run: impl FnMut(&T) -> usize) {
    let mut per_case = vec![Vec::with_capacity(rounds); cases.len()];
    let mut per_case_cpu = vec![Vec::with_capacity(rounds); cases.len()];
    let mut hits = 0usize;
    for c in cases {
        run(c); // warm-up, untimed
    }
    for _ in 0..rounds {
        for (i, c) in cases.iter().enumerate() {
            let (t, c0) = (Instant::now(), cpu());
            hits += run(c);
            per_case[i].push(t.elapsed());
            per_case_cpu[i].push(cpu() - c0);
        }
    }
    let mut med: Vec<Duration> = per_case
        .into_iter()
        .map(|mut v| {
            v.sort();
            v[v.len() / 2]
        })
        .collect();
    med.sort();
    let mut med_cpu: Vec<Duration> = per_case_cpu
        .into_iter()
        .map(|mut v| {
            v.sort();
            v[v.len() / 2]
        })
        .collect();
    med_cpu.sort();
    println!(
        "{name:<34} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>8.1}",
        pct(&med, 0.50),
        pct(&med, 0.95),
        pct(&med, 0.99),
        med.last().unwrap().as_secs_f64() * 1e3,
        pct(&med_cpu, 0.95),
        hits as f64 / (rounds * cases.len()) as f64
    );
}

fn main() {
    let n_people = env("LIAISON_BENCH_PEOPLE", 100_000);
    let n_inter = env("LIAISON_BENCH_INTERACTIONS", 1_000_000);
    let rounds = env("LIAISON_BENCH_ROUNDS", 5).max(1);
    let n_q = env("LIAISON_BENCH_QUERIES", 200).max(1);
    let load = || {
        std::fs::read_to_string("/proc/loadavg")
            .unwrap_or_default()
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    };
    println!(
        "machine: {} cpus; load before: {}",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0),
        load()
    );

    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("bench.db");
    let book = Book::open(
        &path,
        Arc::new(FixedClock::at("2026-11-22T10:00:00Z")),
        &liaison_core::DbKey::Raw([1; 32]),
    )
    .expect("a fresh book");
    let t = Instant::now();
    book.person_create_many(liaison_core::sample_people(n_people, SEED))
        .expect("valid sample people");
    println!(
        "seeded {n_people} people in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    // Ids in list order, to draw interaction participants from.
    let mut ids = Vec::with_capacity(n_people);
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

    // Issue 16: seven in ten interactions name one of a team of six colleagues, drawn from their
    // own generator so the rest of the book is the one earlier runs measured.
    let colleagues: Vec<String> = ["Léa", "Tom", "Sam", "Inès", "Kofi", "Mei"]
        .iter()
        .map(|n| {
            book.colleague_create(liaison_core::ColleagueInput {
                name: n.to_string(),
                ..Default::default()
            })
            .expect("a colleague")
            .id
        })
        .collect();
    let mut rc = Rng(SEED ^ 0x7EA7);
    let mut r = Rng(SEED);
    let rare = 20_000;
    let kinds = InteractionKind::ALL;
    let t = Instant::now();
    let batch = 100_000;
    let mut made = 0;
    while made < n_inter {
        let n = batch.min(n_inter - made);
        let inputs: Vec<InteractionInput> = (0..n)
            .map(|_| {
                let dir = [Direction::Given, Direction::Received, Direction::Neutral][r.below(3)];
                let exchange = (dir != Direction::Neutral)
                    .then(|| Exchange::ALL[r.below(Exchange::ALL.len())]);
                let mut people = vec![ids[r.skewed(ids.len())].clone()];
                if r.below(10) == 0 {
                    people.push(ids[r.below(ids.len())].clone());
                }
                let days = r.below(3 * 365) as i64;
                let at = chrono::DateTime::parse_from_rfc3339("2026-11-22T10:00:00Z").unwrap()
                    - chrono::Duration::days(days)
                    - chrono::Duration::minutes(r.below(24 * 60) as i64);
                InteractionInput {
                    kind: kinds[r.below(kinds.len())],
                    direction: dir,
                    exchange,
                    occurred_at: Some(at.to_rfc3339()),
                    body: body(&mut r, rare),
                    people,
                    colleague_id: (rc.below(10) < 7)
                        .then(|| colleagues[rc.below(colleagues.len())].clone()),
                    ..Default::default()
                }
            })
            .collect();
        book.interaction_create_many(inputs)
            .expect("valid interactions");
        made += n;
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "seeded {n_inter} interactions in {secs:.1} s ({:.0}/s); file {} MB",
        n_inter as f64 / secs,
        std::fs::metadata(&path)
            .map(|m| m.len() / 1_000_000)
            .unwrap_or(0)
    );
    println!("load after seeding: {}", load());

    // Queries, drawn deterministically.
    let mut q = Rng(SEED ^ 0xABCD);
    let selective: Vec<String> = (0..n_q).map(|_| rare_word(q.skewed(rare))).collect();
    let broad: Vec<String> = (0..n_q)
        .map(|i| {
            let w = COMMON[i % 20]; // the most frequent words
            w.chars().take(3).collect()
        })
        .filter(|p: &String| p.chars().count() == 3)
        .collect();
    let people_q: Vec<String> = (0..n_q).map(|_| ids[q.below(ids.len())].clone()).collect();
    let names: Vec<String> = people_q
        .iter()
        .take(n_q)
        .map(|id| {
            book.person_get(id)
                .expect("person")
                .last_name
                .to_lowercase()
        })
        .collect();
    let busy: Vec<String> = ids.iter().take(n_q).cloned().collect(); // skewed draw: the most-contacted

    println!(
        "\n{:<34} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}",
        "class (ms)", "p50", "p95", "p99", "max", "cpu p95", "hits"
    );
    measure("text search, selective word", rounds, &selective, |w| {
        book.text_search(w, 20).unwrap().len()
    });
    measure("text search, broad 3-letter prefix", rounds, &broad, |w| {
        book.text_search(w, 20).unwrap().len()
    });
    // Ctrl+K runs both for a query of 3+ letters: people, then interaction and note text.
    let people = |w: &String| {
        book.person_search(&SearchReq {
            query: w.clone(),
            ..Default::default()
        })
        .unwrap()
        .len()
    };
    let global = |w: &String| people(w) + book.text_search(w, 20).unwrap().len();
    measure(
        "global (people + text), selective",
        rounds,
        &selective,
        global,
    );
    measure("global (people + text), broad", rounds, &broad, global);
    measure("people search, surname", rounds, &names, people);
    measure("timeline first page (50)", rounds, &people_q, |id| {
        book.timeline_list(&TimelineReq {
            person_id: id.clone(),
            ..Default::default()
        })
        .unwrap()
        .items
        .len()
    });
    measure("timeline, busiest people", rounds, &busy, |id| {
        book.timeline_list(&TimelineReq {
            person_id: id.clone(),
            ..Default::default()
        })
        .unwrap()
        .items
        .len()
    });
    measure("person insights (busiest)", rounds, &busy, |id| {
        book.person_insights(id).unwrap().activity.len()
    });
    measure("today", rounds, &[()], |_| {
        book.today_get().unwrap().going_cold.len()
    });
    // Issue 16: the check the log form runs before saving (target 2 ms), and Today's list.
    measure("collision check on logging", rounds, &people_q, |id| {
        book.collision_check(std::slice::from_ref(id), &colleagues[0], None, None)
            .unwrap()
            .len()
    });
    measure("collision check, busiest people", rounds, &busy, |id| {
        book.collision_check(std::slice::from_ref(id), &colleagues[0], None, None)
            .unwrap()
            .len()
    });
    measure("collisions across the book", rounds, &[()], |_| {
        book.collisions(None).unwrap().len()
    });
    // Issue 17: `liaison check` answers in seconds by default; the full check is asked for.
    for (name, depth) in [
        ("quick", liaison_core::CheckDepth::Quick),
        ("full", liaison_core::CheckDepth::Full),
    ] {
        let t = Instant::now();
        let report = book
            .book_check(depth, &liaison_core::Progress::new())
            .expect("the check runs");
        println!(
            "book check, {name}: {:.2} s ({} problems)",
            t.elapsed().as_secs_f64(),
            report.problems.len()
        );
    }
    println!("\nload after: {}", load());
}
