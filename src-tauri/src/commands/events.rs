//! Event commands: conferences and who attends them, meetups and their outcomes, the city view,
//! quick capture, and an event's files (attendees CSV, meetups iCalendar).

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::{
    AttendReq, Attendee, AttendeeListReq, CapturePreview, CaptureReq, CaptureSaved, CityView,
    CityViewReq, Event, EventCreateReq, EventDetail, EventExportReq, EventIdReq, EventListReq,
    EventUpdateReq, ExportedText, Meetup, MeetupCreateReq, MeetupDeleteReq, MeetupListReq,
    MeetupOutcomeReq, MeetupUpdateReq, UnattendReq,
};
use liaison_core::{ExportOf, ExportSpec, ExportWhat};
use tauri::State;

#[tauri::command]
pub async fn event_create(
    state: State<'_, BookState>,
    req: EventCreateReq,
) -> Result<Event, IpcError> {
    with_book(&state, move |book| book.event_create(req.input)).await
}

/// Replaces every field of the event; its id, attendees and meetups stay.
#[tauri::command]
pub async fn event_update(
    state: State<'_, BookState>,
    req: EventUpdateReq,
) -> Result<Event, IpcError> {
    with_book(&state, move |book| book.event_update(&req.id, req.input)).await
}

/// Answers with what was deleted, so the UI can name it in its confirmation.
#[tauri::command]
pub async fn event_delete(state: State<'_, BookState>, req: EventIdReq) -> Result<Event, IpcError> {
    with_book(&state, move |book| book.event_delete(&req.id)).await
}

#[tauri::command]
pub async fn event_get(state: State<'_, BookState>, req: EventIdReq) -> Result<Event, IpcError> {
    with_book(&state, move |book| book.event_get(&req.id)).await
}

/// The event page in one read: the event, "who's here" (by name) and its meetups.
#[tauri::command]
pub async fn event_detail(
    state: State<'_, BookState>,
    req: EventIdReq,
) -> Result<EventDetail, IpcError> {
    with_book(&state, move |book| book.event_detail(&req.id)).await
}

#[tauri::command]
pub async fn event_list(
    state: State<'_, BookState>,
    req: EventListReq,
) -> Result<Vec<Event>, IpcError> {
    with_book(&state, move |book| book.event_list(&req)).await
}

/// Adds a person to the event, or changes their role, status or "why they matter".
#[tauri::command]
pub async fn event_attend(
    state: State<'_, BookState>,
    req: AttendReq,
) -> Result<Attendee, IpcError> {
    with_book(&state, move |book| book.event_attend(&req)).await
}

#[tauri::command]
pub async fn event_unattend(state: State<'_, BookState>, req: UnattendReq) -> Result<(), IpcError> {
    with_book(&state, move |book| book.event_unattend(&req)).await
}

/// "Who's here", sorted and filtered.
#[tauri::command]
pub async fn event_attendees(
    state: State<'_, BookState>,
    req: AttendeeListReq,
) -> Result<Vec<Attendee>, IpcError> {
    with_book(&state, move |book| book.event_attendees(&req)).await
}

/// The text only: the UI hands it to `file_save`, so the user picks where it goes.
#[tauri::command]
pub async fn event_attendees_csv(
    state: State<'_, BookState>,
    req: EventExportReq,
) -> Result<ExportedText, IpcError> {
    let mut spec = ExportSpec::new(ExportWhat::Attendees, ExportOf::Event(req.id));
    spec.csv.semicolon = req.semicolon;
    with_book(&state, move |book| book.export_text(&spec)).await
}

/// The event and its meetups as iCalendar, the text only (as `event_attendees_csv`).
#[tauri::command]
pub async fn event_ics(
    state: State<'_, BookState>,
    req: EventExportReq,
) -> Result<ExportedText, IpcError> {
    let spec = ExportSpec::new(ExportWhat::Ics, ExportOf::Event(req.id));
    with_book(&state, move |book| book.export_text(&spec)).await
}

#[tauri::command]
pub async fn meetup_create(
    state: State<'_, BookState>,
    req: MeetupCreateReq,
) -> Result<Meetup, IpcError> {
    with_book(&state, move |book| book.meetup_create(req.input)).await
}

#[tauri::command]
pub async fn meetup_update(
    state: State<'_, BookState>,
    req: MeetupUpdateReq,
) -> Result<Meetup, IpcError> {
    with_book(&state, move |book| book.meetup_update(&req.id, req.input)).await
}

/// Answers with what was deleted; interactions logged by its outcome stay on the timelines.
#[tauri::command]
pub async fn meetup_delete(
    state: State<'_, BookState>,
    req: MeetupDeleteReq,
) -> Result<Meetup, IpcError> {
    with_book(&state, move |book| book.meetup_delete(&req.id)).await
}

#[tauri::command]
pub async fn meetup_list(
    state: State<'_, BookState>,
    req: MeetupListReq,
) -> Result<Vec<Meetup>, IpcError> {
    with_book(&state, move |book| book.meetup_list(&req)).await
}

/// Logs what came of a meetup: one interaction per person met, who are then marked met.
#[tauri::command]
pub async fn meetup_outcome(
    state: State<'_, BookState>,
    req: MeetupOutcomeReq,
) -> Result<Meetup, IpcError> {
    with_book(&state, move |book| book.meetup_outcome(&req)).await
}

/// Planning a trip: who lives in or near the city, and what is on there.
#[tauri::command]
pub async fn city_view(
    state: State<'_, BookState>,
    req: CityViewReq,
) -> Result<CityView, IpcError> {
    with_book(&state, move |book| book.city_view(&req)).await
}

/// What the typed line would save; writes nothing, so the box can call it on every keystroke.
#[tauri::command]
pub async fn capture_preview(
    state: State<'_, BookState>,
    req: CaptureReq,
) -> Result<CapturePreview, IpcError> {
    with_book(&state, move |book| book.capture_preview(&req)).await
}

/// Saves the line in one transaction; an unresolved name is a validation error on `line`.
#[tauri::command]
pub async fn capture_save(
    state: State<'_, BookState>,
    req: CaptureReq,
) -> Result<CaptureSaved, IpcError> {
    with_book(&state, move |book| book.capture_save(&req)).await
}
