//! Network commands: organizations and memberships, connections between people, and a person's network with who can introduce us.

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::{
    ConnectReq, DisconnectReq, Membership, MembershipRemoveReq, MembershipSetReq, NetworkGraph,
    NetworkGraphReq, OrgCreateReq, OrgDetailReq, OrgUpdateReq, Organization, OrganizationDetail,
    PersonConnection, PersonNetwork, PersonNetworkReq,
};
use tauri::State;

#[tauri::command]
pub async fn org_all(state: State<'_, BookState>) -> Result<Vec<Organization>, IpcError> {
    with_book(&state, move |book| book.org_all()).await
}

/// A new organization; its name must not be taken (case aside).
#[tauri::command]
pub async fn org_create(
    state: State<'_, BookState>,
    req: OrgCreateReq,
) -> Result<Organization, IpcError> {
    with_book(&state, move |book| book.org_create(req.input)).await
}

/// Replaces an organization's fields; its name must not be another's.
#[tauri::command]
pub async fn org_update(
    state: State<'_, BookState>,
    req: OrgUpdateReq,
) -> Result<Organization, IpcError> {
    with_book(&state, move |book| book.org_update(&req.id, req.input)).await
}

#[tauri::command]
pub async fn org_detail(
    state: State<'_, BookState>,
    req: OrgDetailReq,
) -> Result<OrganizationDetail, IpcError> {
    with_book(&state, move |book| book.org_detail(&req.id)).await
}

/// The person's organizations after the change.
#[tauri::command]
pub async fn membership_set(
    state: State<'_, BookState>,
    req: MembershipSetReq,
) -> Result<Vec<Membership>, IpcError> {
    with_book(&state, move |book| {
        book.membership_set(
            &req.person_id,
            &req.org_id,
            &req.role,
            req.since.as_deref(),
            req.until.as_deref(),
            req.employer,
        )
    })
    .await
}

#[tauri::command]
pub async fn membership_remove(
    state: State<'_, BookState>,
    req: MembershipRemoveReq,
) -> Result<Vec<Membership>, IpcError> {
    with_book(&state, move |book| {
        book.membership_remove(&req.person_id, &req.org_id)
    })
    .await
}

/// The same pair and kind twice is refused.
#[tauri::command]
pub async fn connect(
    state: State<'_, BookState>,
    req: ConnectReq,
) -> Result<PersonConnection, IpcError> {
    with_book(&state, move |book| book.connect(req.input)).await
}

#[tauri::command]
pub async fn disconnect(state: State<'_, BookState>, req: DisconnectReq) -> Result<(), IpcError> {
    with_book(&state, move |book| book.disconnect(&req.id)).await
}

#[tauri::command]
pub async fn person_network(
    state: State<'_, BookState>,
    req: PersonNetworkReq,
) -> Result<PersonNetwork, IpcError> {
    with_book(&state, move |book| {
        book.person_network(&req.person_id, req.intro_paths)
    })
    .await
}

/// The graph view's nodes and edges: a person's network, a list's or an event's.
#[tauri::command]
pub async fn network_graph(
    state: State<'_, BookState>,
    req: NetworkGraphReq,
) -> Result<NetworkGraph, IpcError> {
    with_book(&state, move |book| {
        book.network_graph(&req.scope, req.max_nodes)
    })
    .await
}
