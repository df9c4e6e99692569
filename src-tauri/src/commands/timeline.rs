//! Timeline commands: interactions (with Undo), notes, the person page's figures, text search.

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::{
    Interaction, InteractionCreateReq, InteractionDeleteReq, InteractionRestoreReq,
    InteractionUpdateReq, Note, NoteCreateReq, NoteDeleteReq, NoteListReq, NoteUpdateReq,
    PersonInsights, PersonInsightsReq, PersonSummary, TakersListReq, TextHit, TextSearchReq,
    TimelinePage, TimelineReq,
};
use tauri::State;

const DEFAULT_TAKERS: u32 = 50;
const DEFAULT_TEXT_HITS: u32 = 20;

#[tauri::command]
pub async fn interaction_create(
    state: State<'_, BookState>,
    req: InteractionCreateReq,
) -> Result<Interaction, IpcError> {
    with_book(&state, move |book| book.interaction_create(req.input)).await
}

/// Replaces every field of the interaction; its id and `created_at` stay.
#[tauri::command]
pub async fn interaction_update(
    state: State<'_, BookState>,
    req: InteractionUpdateReq,
) -> Result<Interaction, IpcError> {
    with_book(&state, move |book| {
        book.interaction_update(&req.id, req.input)
    })
    .await
}

/// Answers with what was deleted, which the UI keeps for its "Undo".
#[tauri::command]
pub async fn interaction_delete(
    state: State<'_, BookState>,
    req: InteractionDeleteReq,
) -> Result<Interaction, IpcError> {
    with_book(&state, move |book| book.interaction_delete(&req.id)).await
}

/// "Undo" of a delete: puts the interaction back with its id and stamps.
#[tauri::command]
pub async fn interaction_restore(
    state: State<'_, BookState>,
    req: InteractionRestoreReq,
) -> Result<Interaction, IpcError> {
    with_book(&state, move |book| {
        book.interaction_restore(req.interaction)
    })
    .await
}

/// One page of a person's timeline, newest first.
#[tauri::command]
pub async fn timeline_list(
    state: State<'_, BookState>,
    req: TimelineReq,
) -> Result<TimelinePage, IpcError> {
    with_book(&state, move |book| book.timeline_list(&req)).await
}

#[tauri::command]
pub async fn note_create(
    state: State<'_, BookState>,
    req: NoteCreateReq,
) -> Result<Note, IpcError> {
    with_book(&state, move |book| book.note_create(req.input)).await
}

#[tauri::command]
pub async fn note_update(
    state: State<'_, BookState>,
    req: NoteUpdateReq,
) -> Result<Note, IpcError> {
    with_book(&state, move |book| {
        book.note_update(&req.id, &req.body, req.pinned)
    })
    .await
}

/// Answers with the deleted note, so the UI can offer to write it again.
#[tauri::command]
pub async fn note_delete(
    state: State<'_, BookState>,
    req: NoteDeleteReq,
) -> Result<Note, IpcError> {
    with_book(&state, move |book| book.note_delete(&req.id)).await
}

#[tauri::command]
pub async fn note_list(
    state: State<'_, BookState>,
    req: NoteListReq,
) -> Result<Vec<Note>, IpcError> {
    with_book(&state, move |book| book.note_list(&req.person_id)).await
}

/// Reciprocity, monthly activity and cadence for the person page, in one read.
#[tauri::command]
pub async fn person_insights(
    state: State<'_, BookState>,
    req: PersonInsightsReq,
) -> Result<PersonInsights, IpcError> {
    with_book(&state, move |book| book.person_insights(&req.person_id)).await
}

/// People who gave and got nothing back yet ("people we only take from").
#[tauri::command]
pub async fn takers_list(
    state: State<'_, BookState>,
    req: TakersListReq,
) -> Result<Vec<PersonSummary>, IpcError> {
    let limit = req.limit.unwrap_or(DEFAULT_TAKERS);
    with_book(&state, move |book| book.takers_list(limit)).await
}

/// Interactions and notes whose text matches every term, newest first.
#[tauri::command]
pub async fn text_search(
    state: State<'_, BookState>,
    req: TextSearchReq,
) -> Result<Vec<TextHit>, IpcError> {
    let limit = req.limit.unwrap_or(DEFAULT_TEXT_HITS);
    with_book(&state, move |book| book.text_search(&req.query, limit)).await
}
