//! The CSV exports at the big book's size: `export csv --what interactions` (1M rows) and the people (100k), each streamed into its file as the app and the CLI write it.

use liaison_core::{ExportOf, ExportSpec, ExportWhat, Progress};

/// `LIAISON_BENCH_ONLY=export`: the interactions and people CSV of the seeded book (the same
/// one as the bundle's, `LIAISON_BENCH_DB` to keep it), into a file; `LIAISON_BENCH_EXPORT=
/// interactions` (or `people`) for one of them, as an A/B under callgrind wants.
pub fn bench_exports(dir: &std::path::Path, runs: usize) {
    let people = super::env("LIAISON_BENCH_ROWS", 100_000);
    let interactions = super::env("LIAISON_BENCH_INTERACTIONS", 1_000_000);
    let book = super::seeded(dir, people, interactions);
    let file = dir.join("export.csv");
    for (name, what) in [
        ("csv export (interactions), file", ExportWhat::Interactions),
        ("csv export (people), file", ExportWhat::People),
    ] {
        let one = std::env::var("LIAISON_BENCH_EXPORT").unwrap_or_default();
        if !one.is_empty() && !name.contains(one.as_str()) {
            continue;
        }
        let spec = ExportSpec::new(what, ExportOf::Book);
        super::measure(name, runs, || {
            let export = book.export(&spec).unwrap();
            let n = book.export_write(&export, &file, &Progress::new()).unwrap();
            format!("{:.0} MB", n as f64 / 1e6)
        });
    }
    let _ = std::fs::remove_file(&file);
}
