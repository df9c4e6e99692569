//! The People table as a work list at 100k people and 1M interactions: count and first page for every pair of filters (budget: p95 ≤ 20 ms), and the first page sorted by last contact or audience (≤ 20 ms).

use crate::common::{cpu, env, load, ms, phase};
use liaison_core::{
    Book, CadenceState, ContactFilter, Direction, FollowupFilter, InteractionInput,
    InteractionKind, PersonFilter, PersonKind, PersonListReq, PersonSort, Stage,
};
use std::time::{Duration, Instant};

/// Writes `n` interactions, each with one person, spread over the 400 days before the clock
/// (deterministic: person and day follow from the position), so last contact and cadence have
/// something to read.
pub fn seed(book: &Book, ids: &[String], n: usize) {
    let t = Instant::now();
    for block in (0..n).collect::<Vec<_>>().chunks(50_000) {
        let inputs: Vec<InteractionInput> = block
            .iter()
            .map(|&i| {
                // Half the people never contacted: the "never" and "more than N days" filters
                // then keep half the book, as in a book grown by imports.
                let who = (i.wrapping_mul(2_654_435_761) % (ids.len() / 2).max(1)) * 2;
                let day = 1 + (i * 7919) % 400;
                let at = chrono::DateTime::parse_from_rfc3339("2026-12-06T10:00:00Z").unwrap()
                    - chrono::Duration::days(day as i64);
                InteractionInput {
                    kind: InteractionKind::Email,
                    direction: Direction::Neutral,
                    occurred_at: Some(at.to_rfc3339()),
                    body: format!("Bench interaction {i}"),
                    people: vec![ids[who].clone()],
                    ..Default::default()
                }
            })
            .collect();
        book.interaction_create_many(inputs).unwrap();
    }
    println!(
        "seeded {n} interactions in {:.1} s",
        t.elapsed().as_secs_f64()
    );
}

/// One filter each, as the People table and the work filters set them.
fn singles(book: &Book) -> Vec<(&'static str, PersonFilter)> {
    let some = book
        .person_list(&PersonListReq {
            limit: Some(1),
            ..Default::default()
        })
        .unwrap()
        .items;
    let p = book.person_get(&some[0].id).unwrap();
    let f = PersonFilter::default;
    vec![
        (
            "stage",
            PersonFilter {
                stage: Some(Stage::Engaged),
                ..f()
            },
        ),
        (
            "kind",
            PersonFilter {
                kind: Some(PersonKind::OpinionLeader),
                ..f()
            },
        ),
        (
            "country",
            PersonFilter {
                country: Some(p.country.clone()),
                ..f()
            },
        ),
        (
            "city",
            PersonFilter {
                city: Some(p.city.clone()),
                ..f()
            },
        ),
        (
            "tag",
            PersonFilter {
                tag: p.tags.first().cloned(),
                ..f()
            },
        ),
        (
            "topic",
            PersonFilter {
                topic: p.topics.first().cloned(),
                ..f()
            },
        ),
        (
            "never contacted",
            PersonFilter {
                last_contact: Some(ContactFilter::Never),
                ..f()
            },
        ),
        (
            "not in 60 days",
            PersonFilter {
                last_contact: Some(ContactFilter::MoreThan { days: 60 }),
                ..f()
            },
        ),
        (
            "within 30 days",
            PersonFilter {
                last_contact: Some(ContactFilter::Within { days: 30 }),
                ..f()
            },
        ),
        (
            "no follow-up",
            PersonFilter {
                next_followup: Some(FollowupFilter::None),
                ..f()
            },
        ),
        (
            "cold",
            PersonFilter {
                cadence: Some(CadenceState::Cold),
                ..f()
            },
        ),
        (
            "audience ≥ 100k",
            PersonFilter {
                audience_min: Some(100_000),
                ..f()
            },
        ),
    ]
}

/// Both filters in one.
fn both(a: &PersonFilter, b: &PersonFilter) -> PersonFilter {
    let mut out = a.clone();
    let b = b.clone();
    out.stage = out.stage.or(b.stage);
    out.kind = out.kind.or(b.kind);
    out.country = out.country.or(b.country);
    out.city = out.city.or(b.city);
    out.tag = out.tag.or(b.tag);
    out.topic = out.topic.or(b.topic);
    out.last_contact = out.last_contact.or(b.last_contact);
    out.next_followup = out.next_followup.or(b.next_followup);
    out.cadence = out.cadence.or(b.cadence);
    out.audience_min = out.audience_min.or(b.audience_min);
    out
}

fn timed(book: &Book, req: &PersonListReq) -> (u32, Duration, Duration) {
    let (t, c) = (Instant::now(), cpu());
    let page = book.person_list(req).unwrap();
    (page.total, t.elapsed(), cpu() - c)
}

fn p95(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[((xs.len() as f64 * 0.95).ceil() as usize).clamp(1, xs.len()) - 1]
}

/// Prints the p95 of count + first page over every pair of filters, then the sorted first pages
/// (each phase unless `LIAISON_BENCH_ONLY` leaves it out).
pub fn run(book: &Book, runs: usize) {
    if phase("pairs") {
        pairs(book, runs);
    }
    if phase("sorts") {
        sorts(book, runs);
    }
}

/// Count + first page of every pair of filters (a function of its own for `--toggle-collect`).
#[inline(never)]
fn pairs(book: &Book, runs: usize) {
    let each = env("LIAISON_BENCH_EACH", 0) == 1;
    let singles = singles(book);
    let (mut wall, mut cpu_ms, mut worst) = (Vec::new(), Vec::new(), (0.0, String::new()));
    for (i, (an, a)) in singles.iter().enumerate() {
        for (bn, b) in &singles[i + 1..] {
            let req = PersonListReq {
                filter: both(a, b),
                limit: Some(50),
                ..Default::default()
            };
            let mut mine = Vec::new();
            for _ in 0..runs {
                let (total, w, c) = timed(book, &req);
                if ms(w) > worst.0 {
                    worst = (ms(w), format!("{an} + {bn}"));
                }
                wall.push(ms(w));
                cpu_ms.push(ms(c));
                mine.push((ms(w), ms(c), total));
            }
            if each {
                mine.sort_by(|a, b| a.0.total_cmp(&b.0));
                let (w, c, total) = mine[mine.len() / 2];
                println!("  {an} + {bn}: {total} people   median {w:.1} ms   cpu {c:.1} ms");
            }
        }
    }
    println!(
        "count + first page, {} pairs of filters   p95 {:.1} ms   cpu p95 {:.1} ms   max {:.1} ms ({})   load {}",
        singles.len() * (singles.len() - 1) / 2,
        p95(wall),
        p95(cpu_ms),
        worst.0,
        worst.1,
        load()
    );
}

/// The first page by each work sort (a function of its own for `--toggle-collect`).
#[inline(never)]
fn sorts(book: &Book, runs: usize) {
    for (name, sort, descending) in [
        ("last contact, oldest first", PersonSort::LastContact, false),
        ("last contact, newest first", PersonSort::LastContact, true),
        ("audience, biggest first", PersonSort::Audience, true),
        ("audience, smallest first", PersonSort::Audience, false),
    ] {
        let req = PersonListReq {
            sort,
            descending,
            limit: Some(50),
            ..Default::default()
        };
        let (mut wall, mut cpu_ms) = (Vec::new(), Vec::new());
        for _ in 0..runs.max(5) {
            let (_, w, c) = timed(book, &req);
            wall.push(ms(w));
            cpu_ms.push(ms(c));
        }
        println!(
            "first page by {name}   p95 {:.1} ms   cpu p95 {:.1} ms   load {}",
            p95(wall),
            p95(cpu_ms),
            load()
        );
    }
}
