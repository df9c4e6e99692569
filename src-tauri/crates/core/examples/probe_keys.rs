//! Scratch probe (not committed): word keys and full-text matches per first letter.
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let c = rusqlite::Connection::open(path).unwrap();
    c.pragma_update(None, "key", "benchpass-long-enough-123")
        .unwrap();
    let t = Instant::now();
    for l in "abcdefghijklmnopqrstuvwxyz".chars() {
        let lo = l.to_string();
        let hi = format!("{l}\u{10FFFF}");
        let n: i64 = c
            .query_row(
                "SELECT count(*) FROM person_keys WHERE key >= ?1 AND key < ?2",
                [&lo, &hi],
                |r| r.get(0),
            )
            .unwrap();
        let p: i64 = c
            .query_row(
                "SELECT count(DISTINCT person_rowid) FROM person_keys WHERE key >= ?1 AND key < ?2",
                [&lo, &hi],
                |r| r.get(0),
            )
            .unwrap();
        print!("{l}:{n}/{p} ");
    }
    println!("\n{:?}", t.elapsed());
    for a in std::env::args().skip(2) {
        let n: i64 = c
            .query_row(
                "SELECT count(*) FROM person_fts WHERE person_fts MATCH ?1",
                [&a],
                |r| r.get(0),
            )
            .unwrap();
        println!("{a}: {n}");
    }
}
