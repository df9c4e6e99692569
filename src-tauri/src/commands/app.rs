//! App-level commands: what the first screen needs to know, and the sample data for a first look.

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::requests::{AppInfo, SampleLoadReq};
use liaison_core::{sample, Error};
use tauri::State;

const DEFAULT_SAMPLE: u32 = 40;
/// Sample data is for a first look; a bigger request is a mistake, and would hold the write
/// lock (and the CLI) for long. Benchmarks load large books through the core directly.
const MAX_SAMPLE: u32 = 10_000;

/// Version, where the data lives, and how many people it holds (zero means a first run).
#[tauri::command]
pub async fn app_info(state: State<'_, BookState>) -> Result<AppInfo, IpcError> {
    with_book(&state, |book| {
        Ok(AppInfo {
            version: env!("CARGO_PKG_VERSION").to_string(),
            db_path: book.path().display().to_string(),
            person_count: book.person_count()?,
        })
    })
    .await
}

/// Adds `req.count` (default 40) sample people in one transaction; returns how many were added.
#[tauri::command]
pub async fn sample_load(state: State<'_, BookState>, req: SampleLoadReq) -> Result<u32, IpcError> {
    let count = req.count.unwrap_or(DEFAULT_SAMPLE);
    if count > MAX_SAMPLE {
        return Err(Error::invalid("count", format!("at most {MAX_SAMPLE} sample people")).into());
    }
    with_book(&state, move |book| {
        // Seeded by the book's size: a fresh book always gets the same people (stable e2e
        // tests and screenshots), and loading again adds new faces rather than twins.
        let seed = book.person_count()?;
        let added = book.person_create_many(sample::people(count as usize, seed))?;
        Ok(u32::try_from(added).unwrap_or(u32::MAX))
    })
    .await
}
