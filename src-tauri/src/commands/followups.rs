//! Follow-up commands: reminders (create, edit, done, snooze, delete, list) and the Today screen.

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::{
    Followup, FollowupCreateReq, FollowupDeleteReq, FollowupDoneReq, FollowupListReq,
    FollowupUpdateReq, SnoozeReq, Today,
};
use tauri::State;

#[tauri::command]
pub async fn followup_create(
    state: State<'_, BookState>,
    req: FollowupCreateReq,
) -> Result<Followup, IpcError> {
    with_book(&state, move |book| book.followup_create(req.input)).await
}

#[tauri::command]
pub async fn followup_update(
    state: State<'_, BookState>,
    req: FollowupUpdateReq,
) -> Result<Followup, IpcError> {
    with_book(&state, move |book| book.followup_update(&req.id, req.input)).await
}

/// A one-off closes; a recurring one answers with its next occurrence.
#[tauri::command]
pub async fn followup_done(
    state: State<'_, BookState>,
    req: FollowupDoneReq,
) -> Result<Followup, IpcError> {
    with_book(&state, move |book| book.followup_done(&req.id)).await
}

/// Either a preset (`preset`) or an exact instant (`until`), never both.
#[tauri::command]
pub async fn followup_snooze(
    state: State<'_, BookState>,
    req: SnoozeReq,
) -> Result<Followup, IpcError> {
    with_book(&state, move |book| book.followup_snooze(&req)).await
}

/// Answers with the deleted follow-up, so the UI can offer to create it again.
#[tauri::command]
pub async fn followup_delete(
    state: State<'_, BookState>,
    req: FollowupDeleteReq,
) -> Result<Followup, IpcError> {
    with_book(&state, move |book| book.followup_delete(&req.id)).await
}

#[tauri::command]
pub async fn followup_list(
    state: State<'_, BookState>,
    req: FollowupListReq,
) -> Result<Vec<Followup>, IpcError> {
    with_book(&state, move |book| book.followup_list(&req)).await
}

/// The start screen: overdue, due today (in the user's zone), and people going cold.
#[tauri::command]
pub async fn today_get(state: State<'_, BookState>) -> Result<Today, IpcError> {
    with_book(&state, |book| book.today_get()).await
}
