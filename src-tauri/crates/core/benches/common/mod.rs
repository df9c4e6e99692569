//! What every bench binary reads and prints the same way: its size from the environment, this thread's CPU time, the load average beside each figure, and its deterministic random numbers.
#![allow(dead_code)] // each bench uses the part it needs

use std::time::Duration;

/// A size or run count from the environment (`LIAISON_BENCH_…`), or the default.
pub fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// This thread's CPU time: beside wall time, it says how much the machine's load took. Zero with
/// `LIAISON_BENCH_CPU=0`: under valgrind (instruction counts, steady on a shared machine), rustix's
/// vDSO lookup reads memory valgrind has not mapped and the binary dies.
pub fn cpu() -> Duration {
    static OFF: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if *OFF.get_or_init(|| std::env::var("LIAISON_BENCH_CPU").is_ok_and(|v| v == "0")) {
        return Duration::ZERO;
    }
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// Whether phase `name` runs: all unless `LIAISON_BENCH_ONLY` (a comma-separated list) names
/// some, so one phase can be profiled alone after the same seeding.
pub fn phase(name: &str) -> bool {
    std::env::var("LIAISON_BENCH_ONLY")
        .map_or(true, |only| only.split(',').any(|o| o.trim() == name))
}

/// The 1, 5 and 15-minute load averages, printed with each figure.
pub fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

/// SplitMix64: deterministic, so every run measures the same book and the same queries.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Zipf-like: index i is drawn about 1/(i+1) as often, so a few words (or people) are
    /// everywhere and most are rare — the shape of real notes and of a network's hubs.
    pub fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        (((n as f64 + 1.0).powf(u)) as usize)
            .saturating_sub(1)
            .min(n - 1)
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
