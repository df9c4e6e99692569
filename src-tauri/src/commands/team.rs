//! Team commands: the colleagues on our side, a person's touchpoints and owner, and the message-collision warnings.

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::{
    Colleague, ColleagueCreateReq, ColleagueDeleteReq, ColleagueUpdateReq, Collision,
    CollisionCheckReq, CollisionsReq, PersonOwnerSetReq, PersonTeam, PersonTeamReq,
};
use tauri::State;

#[tauri::command]
pub async fn colleague_all(state: State<'_, BookState>) -> Result<Vec<Colleague>, IpcError> {
    with_book(&state, move |book| book.colleague_all()).await
}

/// A new colleague; their name must not be taken (case aside).
#[tauri::command]
pub async fn colleague_create(
    state: State<'_, BookState>,
    req: ColleagueCreateReq,
) -> Result<Colleague, IpcError> {
    with_book(&state, move |book| book.colleague_create(req.input)).await
}

#[tauri::command]
pub async fn colleague_update(
    state: State<'_, BookState>,
    req: ColleagueUpdateReq,
) -> Result<Colleague, IpcError> {
    with_book(&state, move |book| {
        book.colleague_update(&req.id, req.input)
    })
    .await
}

#[tauri::command]
pub async fn colleague_delete(
    state: State<'_, BookState>,
    req: ColleagueDeleteReq,
) -> Result<(), IpcError> {
    with_book(&state, move |book| book.colleague_delete(&req.id)).await
}

#[tauri::command]
pub async fn person_team(
    state: State<'_, BookState>,
    req: PersonTeamReq,
) -> Result<PersonTeam, IpcError> {
    with_book(&state, move |book| book.person_team(&req.person_id)).await
}

/// The person's team section after the change.
#[tauri::command]
pub async fn person_owner_set(
    state: State<'_, BookState>,
    req: PersonOwnerSetReq,
) -> Result<PersonTeam, IpcError> {
    with_book(&state, move |book| {
        book.person_owner_set(&req.person_id, req.owner_id.as_deref())
    })
    .await
}

/// Before saving an interaction: the other colleagues who contacted its people in the window.
#[tauri::command]
pub async fn collision_check(
    state: State<'_, BookState>,
    req: CollisionCheckReq,
) -> Result<Vec<Collision>, IpcError> {
    with_book(&state, move |book| {
        book.collision_check(
            &req.people,
            &req.colleague_id,
            req.occurred_at.as_deref(),
            req.except.as_deref(),
        )
    })
    .await
}

#[tauri::command]
pub async fn collisions(
    state: State<'_, BookState>,
    req: CollisionsReq,
) -> Result<Vec<Collision>, IpcError> {
    with_book(&state, move |book| book.collisions(req.days)).await
}
