//! Smart list commands: saved filters under a name, with how many people match each now.

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::{SmartList, SmartListCreateReq, SmartListIdReq, SmartListUpdateReq};
use tauri::State;

#[tauri::command]
pub async fn smart_list_all(state: State<'_, BookState>) -> Result<Vec<SmartList>, IpcError> {
    with_book(&state, move |book| book.smart_list_all()).await
}

#[tauri::command]
pub async fn smart_list_create(
    state: State<'_, BookState>,
    req: SmartListCreateReq,
) -> Result<SmartList, IpcError> {
    with_book(&state, move |book| book.smart_list_create(req.input)).await
}

/// Replaces its name, filter and sort.
#[tauri::command]
pub async fn smart_list_update(
    state: State<'_, BookState>,
    req: SmartListUpdateReq,
) -> Result<SmartList, IpcError> {
    with_book(&state, move |book| {
        book.smart_list_update(&req.id, req.input)
    })
    .await
}

/// Nobody leaves the book.
#[tauri::command]
pub async fn smart_list_delete(
    state: State<'_, BookState>,
    req: SmartListIdReq,
) -> Result<(), IpcError> {
    with_book(&state, move |book| book.smart_list_delete(&req.id)).await
}
