//! Where the app's start-up time goes, for `scripts/bench-app.sh`: with `LIAISON_START_MARKS=1`, each step prints `liaison-mark <name> <ms since the epoch>` on stderr.

use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

/// Read once: a launch either measures itself or prints nothing, at the cost of one check.
fn on() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("LIAISON_START_MARKS").is_some_and(|v| v == "1"))
}

/// Prints the mark `name` now, when asked. Wall-clock milliseconds, so the bench compares them
/// with the page's `performance.timeOrigin + mark.startTime` and its own launch clock.
pub fn mark(name: &str) {
    if !on() {
        return;
    }
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(0.0);
    eprintln!("liaison-mark {name} {ms:.1}");
}
