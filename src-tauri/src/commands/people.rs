//! Person commands: thin wrappers that hand each `req` to the core's `Book` and map its error.

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::{
    DuplicateWarning, Person, PersonArchiveReq, PersonCreateReq, PersonDeleteReq,
    PersonExistingReq, PersonGetReq, PersonListReq, PersonPage, PersonSaved, PersonSummary,
    PersonUpdateReq, SearchReq,
};
use tauri::State;

/// Saves a new person; `duplicates` warns about look-alikes but never blocks the save.
#[tauri::command]
pub async fn person_create(
    state: State<'_, BookState>,
    req: PersonCreateReq,
) -> Result<PersonSaved, IpcError> {
    with_book(&state, move |book| {
        book.person_create_via(req.input, req.introduced_by.as_deref())
    })
    .await
}

/// Who the book already holds that a person about to be created may be (e-mail, handle, phone,
/// name), so the form and quick capture offer them first.
#[tauri::command]
pub async fn person_existing(
    state: State<'_, BookState>,
    req: PersonExistingReq,
) -> Result<Vec<DuplicateWarning>, IpcError> {
    with_book(&state, move |book| {
        book.person_existing(&req.input, req.except.as_deref())
    })
    .await
}

#[tauri::command]
pub async fn person_get(
    state: State<'_, BookState>,
    req: PersonGetReq,
) -> Result<Person, IpcError> {
    with_book(&state, move |book| book.person_get(&req.id)).await
}

/// Changes only the fields present in `req.patch`.
#[tauri::command]
pub async fn person_update(
    state: State<'_, BookState>,
    req: PersonUpdateReq,
) -> Result<PersonSaved, IpcError> {
    with_book(&state, move |book| book.person_update(&req.id, req.patch)).await
}

/// Archives (or, with `archived: false`, restores) a person; it stays in the book either way.
#[tauri::command]
pub async fn person_archive(
    state: State<'_, BookState>,
    req: PersonArchiveReq,
) -> Result<Person, IpcError> {
    with_book(&state, move |book| {
        book.person_archive(&req.id, req.archived)
    })
    .await
}

/// Erases a person completely (the GDPR "right to erasure"); there is no undo.
#[tauri::command]
pub async fn person_delete(
    state: State<'_, BookState>,
    req: PersonDeleteReq,
) -> Result<(), IpcError> {
    with_book(&state, move |book| book.person_delete(&req.id)).await
}

#[tauri::command]
pub async fn person_list(
    state: State<'_, BookState>,
    req: PersonListReq,
) -> Result<PersonPage, IpcError> {
    with_book(&state, move |book| book.person_list(&req)).await
}

/// Ranked, accent-insensitive search for the search box and the command palette.
#[tauri::command]
pub async fn person_search(
    state: State<'_, BookState>,
    req: SearchReq,
) -> Result<Vec<PersonSummary>, IpcError> {
    with_book(&state, move |book| book.person_search(&req)).await
}
