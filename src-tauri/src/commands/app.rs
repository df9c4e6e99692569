//! App-level commands: what the first screen needs to know, the sample data for a first look, and the country codes forms offer.

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::{country_list as country_codes, AppInfo, SampleLoadReq};
use tauri::State;

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

/// The demo book the first time, then generated people (see `Book::sample_load`); returns how many were added.
#[tauri::command]
pub async fn sample_load(state: State<'_, BookState>, req: SampleLoadReq) -> Result<u32, IpcError> {
    with_book(&state, move |book| book.sample_load(&req)).await
}

/// The ISO 3166-1 alpha-2 codes a country field accepts, sorted; needs no open book.
#[tauri::command]
pub fn country_list() -> Vec<&'static str> {
    country_codes().to_vec()
}
