//! A person's photo and where they came from: thin wrappers over the core's `Book`.

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::{
    Person, PersonGetReq, PersonPhoto, PersonPhotoSetReq, PersonPhotosReq, PersonSource,
    PersonSourcesReq, Photo,
};
use tauri::State;

/// The photos of the people a list shows (those whose summary says `has_photo`).
#[tauri::command]
pub async fn person_photos(
    state: State<'_, BookState>,
    req: PersonPhotosReq,
) -> Result<Vec<PersonPhoto>, IpcError> {
    with_book(&state, move |book| book.person_photos(&req.ids)).await
}

/// Sets a person's photo from base64 image bytes (JPEG, PNG, WebP or GIF, at most 256 KB);
/// answers the person as saved.
#[tauri::command]
pub async fn person_photo_set(
    state: State<'_, BookState>,
    req: PersonPhotoSetReq,
) -> Result<Person, IpcError> {
    with_book(&state, move |book| {
        let photo = Photo::from_base64(&req.data)?;
        book.person_photo_set(&req.id, photo.data)?;
        book.person_get(&req.id)
    })
    .await
}

/// Removes a person's photo; answers the person as saved.
#[tauri::command]
pub async fn person_photo_delete(
    state: State<'_, BookState>,
    req: PersonGetReq,
) -> Result<Person, IpcError> {
    with_book(&state, move |book| {
        book.person_photo_delete(&req.id)?;
        book.person_get(&req.id)
    })
    .await
}

/// Each import that created or changed the person: file, format, date, and since when.
#[tauri::command]
pub async fn person_sources(
    state: State<'_, BookState>,
    req: PersonSourcesReq,
) -> Result<Vec<PersonSource>, IpcError> {
    with_book(&state, move |book| book.person_sources(&req.id)).await
}
