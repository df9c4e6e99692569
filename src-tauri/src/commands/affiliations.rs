//! Brand commands: a person's affiliations, the conflict check a form runs before saving, and marking a brand as ours or a competitor's.

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::{
    Affiliation, AffiliationAddReq, AffiliationEndReq, AffiliationRemoveReq, AffiliationUpdateReq,
    Conflict, ConflictCheckReq, OrgBrandSideReq, Organization, PersonAffiliations,
    PersonAffiliationsReq,
};
use tauri::State;

#[tauri::command]
pub async fn affiliation_add(
    state: State<'_, BookState>,
    req: AffiliationAddReq,
) -> Result<Affiliation, IpcError> {
    with_book(&state, move |book| book.affiliation_add(req.input)).await
}

#[tauri::command]
pub async fn affiliation_update(
    state: State<'_, BookState>,
    req: AffiliationUpdateReq,
) -> Result<Affiliation, IpcError> {
    with_book(&state, move |book| {
        book.affiliation_update(&req.id, req.input)
    })
    .await
}

/// Ends it today, or on `on`.
#[tauri::command]
pub async fn affiliation_end(
    state: State<'_, BookState>,
    req: AffiliationEndReq,
) -> Result<Affiliation, IpcError> {
    with_book(&state, move |book| {
        book.affiliation_end(&req.id, req.on.as_deref())
    })
    .await
}

#[tauri::command]
pub async fn affiliation_remove(
    state: State<'_, BookState>,
    req: AffiliationRemoveReq,
) -> Result<(), IpcError> {
    with_book(&state, move |book| book.affiliation_remove(&req.id)).await
}

#[tauri::command]
pub async fn person_affiliations(
    state: State<'_, BookState>,
    req: PersonAffiliationsReq,
) -> Result<PersonAffiliations, IpcError> {
    with_book(&state, move |book| book.person_affiliations(&req.person_id)).await
}

/// Before adding to a list or an event, planning a follow-up or logging: the conflicts to warn
/// of; the user may go on.
#[tauri::command]
pub async fn conflict_check(
    state: State<'_, BookState>,
    req: ConflictCheckReq,
) -> Result<Vec<Conflict>, IpcError> {
    with_book(&state, move |book| {
        book.conflict_check(&req.people, req.action)
    })
    .await
}

#[tauri::command]
pub async fn org_brand_side_set(
    state: State<'_, BookState>,
    req: OrgBrandSideReq,
) -> Result<Organization, IpcError> {
    with_book(&state, move |book| {
        book.org_brand_side_set(&req.id, req.side)
    })
    .await
}
