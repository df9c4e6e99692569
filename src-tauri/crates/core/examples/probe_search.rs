//! Scratch probe (not committed): core search timings on a copy of the big book.
use liaison_core::*;
use std::sync::Arc;
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).unwrap();
    let book = Book::open(
        std::path::Path::new(&path),
        Arc::new(SystemClock),
        &DbKey::Passphrase("benchpass-long-enough-123".into()),
    )
    .unwrap();
    let qs: Vec<String> = std::env::args().skip(2).collect();
    for q in &qs {
        let mut s = Vec::new();
        let mut c = Vec::new();
        let mut n = 0;
        let mut total = 0;
        for _ in 0..9 {
            let t = Instant::now();
            n = book
                .person_search(&SearchReq {
                    query: q.clone(),
                    filter: PersonFilter {
                        archived: ArchivedFilter::Hide,
                        ..Default::default()
                    },
                    limit: Some(20),
                })
                .unwrap()
                .len();
            s.push(t.elapsed().as_secs_f64() * 1e3);
            let t = Instant::now();
            total = book
                .person_list(&PersonListReq {
                    filter: PersonFilter {
                        query: Some(q.clone()),
                        archived: ArchivedFilter::Hide,
                        ..Default::default()
                    },
                    sort: PersonSort::Name,
                    limit: Some(0),
                    count_cap: Some(1000),
                    ..Default::default()
                })
                .unwrap()
                .total;
            c.push(t.elapsed().as_secs_f64() * 1e3);
        }
        s.sort_by(|a, b| a.partial_cmp(b).unwrap());
        c.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!(
            "{q:>14}: search {:6.2} ms ({n} rows)  count {:6.2} ms (total {total})",
            s[4], c[4]
        );
    }
}
