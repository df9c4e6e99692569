//! The floor under issue 5's import target: SQLite and SQLCipher alone writing what a 100k-row CSV import writes.
//!
//! `LIAISON_BENCH_ONLY=floor cargo bench -p liaison-core --bench interchange`. The CSV is imported
//! once through `Book::csv_import` (untimed, in `main`); then, per run, every row that import wrote is copied
//! by plain SQL (`INSERT INTO … SELECT * FROM src.…`, no Rust per row, no validation, no duplicate
//! search) into a fresh book with the same schema, and the full-text index is filled from the
//! people's own columns. It is the most favourable order SQLite has: tables first, every
//! secondary index built after by one sorted pass. What this takes is what any design that keeps
//! those rows, indexes and full-text entries in one SQLite transaction would take, at the least.

use rusqlite::Connection;
use std::path::Path;
use std::time::Instant;

const KEY: &str = "x'0101010101010101010101010101010101010101010101010101010101010101'";

/// The tables a people import writes, in the order a copy can fill them (parents first).
const TABLES: &[&str] = &[
    "people",
    "person_emails",
    "person_tags",
    "person_languages",
    "channels",
    "person_keys",
    "notes",
    // Each person's history line (issue 14's provenance): the import writes one per person.
    "person_sources",
    // The People table's counts (migration 0014): the import writes each new person's copy.
    "person_facets",
    // Employers become organizations and each person a member (issue 14): the import writes
    // one membership per person with an employer, which every sample person has.
    "organizations",
    "memberships",
];

/// The page cache of the copy (MiB): the import's for a large file, 16 MiB since issue 14
/// (`LIAISON_BENCH_FLOOR_CACHE_MIB` to try another). A floor with more memory than the import
/// may use would not be a floor under that import.
fn cache_mib() -> i64 {
    std::env::var("LIAISON_BENCH_FLOOR_CACHE_MIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(16)
}

/// This thread's CPU time (s): the copy is one thread's SQL.
fn thread_cpu() -> f64 {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9
}

/// Opens `path` as the app opens a book (key, WAL, synchronous FULL) with an import's page cache.
fn open(path: &Path, encrypted: bool) -> Connection {
    let c = Connection::open(path).unwrap();
    if encrypted {
        c.pragma_update(None, "key", KEY).unwrap();
    }
    c.pragma_update(None, "journal_mode", "WAL").unwrap();
    c.pragma_update(None, "synchronous", "FULL").unwrap();
    c.pragma_update(None, "cache_size", -cache_mib() * 1024)
        .unwrap();
    c
}

/// Copies the import's rows from `src` into a new book at `dst`: returns (rows copied, seconds,
/// seconds per phase: rows, indexes, full text, commit, then the CPU seconds of the whole).
fn copy(src: &Path, dst: &Path, encrypted: bool) -> (i64, f64, [f64; 5]) {
    for ext in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", dst.display()));
    }
    let c = open(dst, encrypted);
    // The source is an app book, so always encrypted; only the destination varies.
    c.execute_batch(&format!("ATTACH '{}' AS src KEY \"{KEY}\"", src.display()))
        .unwrap();
    // The schema of the source, split into tables (created before the copy) and indexes (after).
    let schema: Vec<(String, String)> = {
        let mut st = c
            .prepare(
                "SELECT type, sql FROM src.sqlite_schema WHERE sql IS NOT NULL
                 AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts_%' ORDER BY rowid",
            )
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    // Triggers (migration 0012 keeps each person's largest audience and next follow-up on their
    // row) come after the copy with the indexes: the copied rows carry what they compute, and
    // fired per row into tables with no index yet each would scan its table (100 s, not a floor).
    for (kind, sql) in &schema {
        if kind != "index" && kind != "trigger" {
            c.execute_batch(sql).unwrap();
        }
    }
    let (t, cpu) = (Instant::now(), thread_cpu());
    c.execute_batch("BEGIN").unwrap();
    let mut rows = 0;
    let mut phases = [0.0; 5];
    let mut lap = Instant::now();
    let mut mark = |i: usize| {
        phases[i] = lap.elapsed().as_secs_f64();
        lap = Instant::now();
    };
    for table in TABLES {
        rows += c
            .execute(
                &format!("INSERT INTO main.{table} SELECT * FROM src.{table}"),
                [],
            )
            .unwrap() as i64;
    }
    mark(0);
    for (kind, sql) in &schema {
        if kind == "index" || kind == "trigger" {
            c.execute_batch(sql).unwrap();
        }
    }
    mark(1);
    // What `people_rows` indexes, from the columns it folds them from (lower() stands in for the
    // fold; the tokenizer removes diacritics either way), the e-mails and phones (migration 0009)
    // included: the import writes all nine columns.
    rows += c
        .execute(
            "INSERT INTO person_fts (rowid, names, handles, bio, topics, tags, place, employer,
                emails, phones)
             SELECT p.rowid, lower(p.first_name || ' ' || p.last_name || ' ' || p.display_name),
                    (SELECT group_concat(lower(handle), ' ') FROM channels WHERE person_rowid = p.rowid),
                    lower(p.bio), lower(p.topics),
                    (SELECT group_concat(lower(tag), ' ') FROM person_tags WHERE person_rowid = p.rowid),
                    lower(p.city || ' ' || p.country), lower(p.employer),
                    (SELECT group_concat(email_norm, ' ') FROM person_emails WHERE person_rowid = p.rowid),
                    (SELECT group_concat(value, ' ') FROM json_each(p.phones))
             FROM people p",
            [],
        )
        .unwrap() as i64;
    mark(2);
    c.execute_batch("COMMIT").unwrap();
    mark(3);
    phases[4] = thread_cpu() - cpu;
    (rows, t.elapsed().as_secs_f64(), phases)
}

/// Prints the median time of `runs` copies of the book at `src` (a `csv_bytes` CSV imported)
/// into an encrypted and into a plain book.
pub fn bench_floor(dir: &Path, src: &Path, runs: usize, csv_bytes: usize) {
    for encrypted in [true, false] {
        let mut rows = 0;
        // (seconds, seconds per phase) of each run, fastest first.
        let mut times = Vec::new();
        for _ in 0..runs {
            let (n, s, p) = copy(src, &dir.join("floor-dst.db"), encrypted);
            rows = n;
            times.push((s, p));
        }
        times.sort_by(|a, b| a.0.total_cmp(&b.0));
        let (median, p) = times[runs / 2];
        let mut cpus: Vec<f64> = times.iter().map(|t| t.1[4]).collect();
        cpus.sort_by(f64::total_cmp);
        let each: Vec<String> = times.iter().map(|t| format!("{:.0}", t.0 * 1e3)).collect();
        println!(
            "floor: SQL copy of the import's rows{:<12} median {:>8.1} ms   cpu {:>8.1} ms   runs [{}]   median run: rows {:.0}, indexes {:.0}, full text {:.0}, commit {:.0} ms   {rows} rows from a {:.1} MB CSV, page cache {} MiB",
            if encrypted { " (encrypted)" } else { " (plain)" },
            median * 1e3,
            cpus[runs / 2] * 1e3,
            each.join(", "),
            p[0] * 1e3,
            p[1] * 1e3,
            p[2] * 1e3,
            p[3] * 1e3,
            csv_bytes as f64 / 1e6,
            cache_mib()
        );
    }
}
