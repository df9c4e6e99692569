//! List commands: hand-picked lists of people, their members, and the lists a person is on.

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::{
    List, ListCreateReq, ListDeleteReq, ListDetail, ListDetailReq, ListMembersReq, ListUpdateReq,
    PersonListsReq,
};
use tauri::State;

#[tauri::command]
pub async fn list_create(
    state: State<'_, BookState>,
    req: ListCreateReq,
) -> Result<List, IpcError> {
    with_book(&state, move |book| book.list_create(req.input)).await
}

/// Rename and/or describe.
#[tauri::command]
pub async fn list_update(
    state: State<'_, BookState>,
    req: ListUpdateReq,
) -> Result<List, IpcError> {
    with_book(&state, move |book| book.list_update(&req.id, req.patch)).await
}

/// The people on it stay in the book.
#[tauri::command]
pub async fn list_delete(state: State<'_, BookState>, req: ListDeleteReq) -> Result<(), IpcError> {
    with_book(&state, move |book| book.list_delete(&req.id)).await
}

#[tauri::command]
pub async fn list_all(state: State<'_, BookState>) -> Result<Vec<List>, IpcError> {
    with_book(&state, move |book| book.list_all()).await
}

#[tauri::command]
pub async fn list_detail(
    state: State<'_, BookState>,
    req: ListDetailReq,
) -> Result<ListDetail, IpcError> {
    with_book(&state, move |book| book.list_detail(&req.id)).await
}

/// Idempotent: someone already on the list keeps their place.
#[tauri::command]
pub async fn list_add(state: State<'_, BookState>, req: ListMembersReq) -> Result<List, IpcError> {
    with_book(&state, move |book| book.list_add(&req.id, &req.person_ids)).await
}

/// Idempotent: takes people off the list, never out of the book.
#[tauri::command]
pub async fn list_remove(
    state: State<'_, BookState>,
    req: ListMembersReq,
) -> Result<List, IpcError> {
    with_book(&state, move |book| {
        book.list_remove(&req.id, &req.person_ids)
    })
    .await
}

#[tauri::command]
pub async fn person_lists(
    state: State<'_, BookState>,
    req: PersonListsReq,
) -> Result<Vec<List>, IpcError> {
    with_book(&state, move |book| book.person_lists(&req.person_id)).await
}
