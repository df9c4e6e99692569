//! Long imports and exports on the command line: a progress bar on a terminal, and Ctrl+C that cancels with nothing written.

use crate::fail::Outcome;
use indicatif::{ProgressBar, ProgressStyle};
use liaison_core::Progress;
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A job shorter than this shows nothing: a bar that flashes by is noise.
const LONG: Duration = Duration::from_secs(1);

/// Runs `work` on a worker thread while this one draws the bar. The first Ctrl+C asks the core
/// to stop (it rolls back and answers `cancelled`); a second one quits at once, which SQLite
/// also rolls back.
pub fn run<T, F>(verb: &str, work: F) -> Outcome<T>
where
    T: Send,
    F: FnOnce(&Progress) -> liaison_core::Result<T> + Send,
{
    let progress = Arc::new(Progress::new());
    let p = Arc::clone(&progress);
    let presses = AtomicU32::new(0);
    // One job per process, so the handler is set once; if it cannot be, Ctrl+C still stops
    // the process, and SQLite rolls the open transaction back.
    let _ = ctrlc::set_handler(move || {
        if presses.fetch_add(1, Ordering::Relaxed) > 0 {
            std::process::exit(130);
        }
        p.cancel();
    });
    let result = std::thread::scope(|s| {
        let worker = s.spawn(|| work(&progress));
        let start = Instant::now();
        let mut bar: Option<ProgressBar> = None;
        let mut noted = false;
        while !worker.is_finished() {
            std::thread::sleep(Duration::from_millis(50));
            if start.elapsed() < LONG {
                continue;
            }
            if !noted {
                noted = true;
                if std::io::stderr().is_terminal() {
                    bar = Some(new_bar(verb));
                } else {
                    crate::output::note(&format!("{verb}… (Ctrl+C cancels; nothing is written)"));
                }
            }
            if let Some(b) = &bar {
                let s = progress.snapshot();
                b.set_length(s.total.max(1));
                b.set_position(s.done);
            }
        }
        if let Some(b) = bar {
            b.finish_and_clear();
        }
        worker.join()
    });
    match result {
        Ok(r) => Ok(r?),
        // The worker panicked: let the panic speak as it would have on this thread.
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

fn new_bar(verb: &str) -> ProgressBar {
    let bar = ProgressBar::new(1);
    let style =
        ProgressStyle::with_template("{msg} [{bar:30}] {percent:>3}% {pos}/{len} (Ctrl+C cancels)")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
    bar.set_style(style);
    bar.set_message(verb.to_string());
    bar
}
