//! The search box's two core calls timed on a real book, query by query: what a keystroke asks of the core, without the window (BENCHMARKS.md, issue 17).
//!
//! `LIAISON_PASSPHRASE=… cargo run --release -p liaison-core --example search_timings -- BOOK
//! QUERY…`, on a copy of the book (it is opened and migrated like the app's). For each query: the
//! median of 9 runs (and the first, on pages not yet in the book's cache) of `person_search` (20 rows, archived hidden) and of the capped People count
//! the dialog asks beside it (`limit: 0`, `count_cap: 1000`).

use liaison_core::{
    ArchivedFilter, Book, DbKey, PersonFilter, PersonListReq, PersonSort, SearchReq, SystemClock,
};
use std::sync::Arc;
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: search_timings BOOK QUERY…");
    let passphrase = std::env::var("LIAISON_PASSPHRASE").expect("LIAISON_PASSPHRASE");
    let book = Book::open(
        std::path::Path::new(&path),
        Arc::new(SystemClock),
        &DbKey::Passphrase(passphrase),
    )
    .expect("the book opens");
    let hide = PersonFilter {
        archived: ArchivedFilter::Hide,
        ..Default::default()
    };
    for q in args {
        let (mut search, mut count, mut rows, mut total) = (Vec::new(), Vec::new(), 0, 0);
        for _ in 0..9 {
            let t = Instant::now();
            rows = book
                .person_search(&SearchReq {
                    query: q.clone(),
                    filter: hide.clone(),
                    limit: Some(20),
                })
                .unwrap()
                .len();
            search.push(t.elapsed().as_secs_f64() * 1e3);
            let t = Instant::now();
            total = book
                .person_list(&PersonListReq {
                    filter: PersonFilter {
                        query: Some(q.clone()),
                        ..hide.clone()
                    },
                    sort: PersonSort::Name,
                    limit: Some(0),
                    count_cap: Some(1000),
                    ..Default::default()
                })
                .unwrap()
                .total;
            count.push(t.elapsed().as_secs_f64() * 1e3);
        }
        println!(
            "{q:>14}: search {:6.2} ms (first {:6.2}, {rows} rows)  count {:6.2} ms (first {:6.2}, total {total})",
            median(search.clone()),
            search[0],
            median(count.clone()),
            count[0]
        );
    }
}
