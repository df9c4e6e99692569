//! Merging a teammate's whole-book bundle (100k people + 1M interactions) into an empty book, streamed from its file as the app and the CLI do (issue 14: ≤ 15 s, bounded memory).

use liaison_core::{BundleScope, Progress};

/// `LIAISON_BENCH_ONLY=merge`: exports the seeded book (`LIAISON_BENCH_DB` keeps it) once into
/// `LIAISON_BENCH_BUNDLE` (kept and reused, for measuring the CLI on the same file) or a
/// temporary file, then merges it into a fresh book per run. Each run's peak RSS is the
/// process's since the run began, so the figure is the merge's own.
pub fn bench_merge(dir: &std::path::Path, runs: usize) {
    let file = std::env::var("LIAISON_BENCH_BUNDLE")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| dir.join("merge.json"));
    if !file.exists() {
        let people = super::env("LIAISON_BENCH_ROWS", 100_000);
        let interactions = super::env("LIAISON_BENCH_INTERACTIONS", 1_000_000);
        let book = super::seeded(dir, people, interactions);
        book.bundle_export_file(&BundleScope::All, &file, &Progress::new())
            .unwrap();
    }
    let size = std::fs::metadata(&file).unwrap().len();
    println!("bundle: {} ({:.0} MB)", file.display(), size as f64 / 1e6);
    super::measure("bundle merge into an empty book", runs, || {
        let book = super::fresh(dir, "merged.db");
        super::reset_peak();
        let r = book
            .bundle_import_file(&file, false, false, &Progress::new())
            .unwrap();
        format!("added {} conflicts {}", r.added, r.conflict_count)
    });
}
