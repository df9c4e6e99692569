//! The CSV import at 10k and 100k rows (issue 5 and 14): read, dry run, into an empty book, again into a full one; and the French Excel file the bench imports.

use super::*;

/// The sample people as a French Excel file would hold them: `;`, spaced thousands, `|` lists.
pub fn csv_of(people: &[PersonInput]) -> Vec<u8> {
    let mut w = ::csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    w.write_record([
        "Prénom",
        "Nom",
        "E-mail",
        "Ville",
        "Pays",
        "Langue",
        "Abonnés",
        "Pseudo",
        "Plateforme",
        "Thématiques",
        "Étiquettes",
        "Bio",
        "Employeur",
    ])
    .unwrap();
    for p in people {
        let c = &p.channels[0];
        let n = c.audience.unwrap_or(0);
        let followers = if n >= 1000 {
            format!("{}\u{00A0}{:03}", n / 1000, n % 1000)
        } else {
            n.to_string()
        };
        w.write_record([
            p.first_name.as_str(),
            p.last_name.as_str(),
            p.emails.first().map(String::as_str).unwrap_or(""),
            &p.city,
            &p.country,
            &p.languages.join("|"),
            &followers,
            &c.handle,
            c.platform.as_str(),
            &p.topics.join("|"),
            &p.tags.join("|"),
            &p.bio,
            &p.employer,
        ])
        .unwrap();
    }
    w.into_inner().unwrap()
}

pub fn fresh(dir: &std::path::Path, name: &str) -> Book {
    let path = dir.join(name);
    for ext in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
    }
    Book::open(
        &path,
        Arc::new(FixedClock::at("2026-11-22T10:00:00Z")),
        &liaison_core::DbKey::Raw([1; 32]),
    )
    .unwrap()
}

/// `LIAISON_BENCH_CSV=import` runs only the import into an empty book, so its peak memory is
/// measured in a process that held nothing else but the file.
pub fn bench_csv(dir: &std::path::Path, rows: usize, runs: usize) {
    let (bytes, query) = {
        let people = liaison_core::sample_people(rows, 2026);
        (csv_of(&people), people[rows / 2].last_name.clone())
    };
    let all = std::env::var("LIAISON_BENCH_CSV").map_or(true, |v| v != "import");
    println!("CSV: {rows} rows, {:.1} MB", bytes.len() as f64 / 1e6);
    if all {
        measure("csv read+parse (read_table)", runs, || {
            format!("{} records", read_table(&bytes).unwrap().records.len())
        });
    }
    measure("csv import, dry run", if all { runs } else { 0 }, || {
        let book = fresh(dir, "dry.db");
        let opts = ImportOptions {
            dry_run: true,
            ..Default::default()
        };
        let r = book
            .csv_import(&bytes, None, &opts, &Progress::new())
            .unwrap();
        format!(
            "created {} merged {} skipped {}",
            r.created, r.merged, r.skipped
        )
    });
    let mut last = None;
    measure("csv import into an empty book", runs, || {
        let book = fresh(dir, "csv.db");
        let r = book
            .csv_import(&bytes, None, &ImportOptions::default(), &Progress::new())
            .unwrap();
        assert!(
            r.errors.is_empty(),
            "{:?}",
            &r.errors[..r.errors.len().min(3)]
        );
        let note = format!("created {} merged {}", r.created, r.merged);
        last = Some(book);
        note
    });
    let book = last.unwrap();
    let hits = book
        .person_search(&SearchReq {
            query,
            ..Default::default()
        })
        .unwrap();
    assert!(!hits.is_empty(), "imported people are searchable");
    if !all {
        return;
    }
    measure("csv re-import (all duplicates)", runs.min(3), || {
        let r = book
            .csv_import(&bytes, None, &ImportOptions::default(), &Progress::new())
            .unwrap();
        format!("merged {} skipped {}", r.merged, r.skipped)
    });
}
