//! The TypeScript types the UI sees, generated from these Rust types and committed under
//! `ui/src/ipc/bindings`; a test fails when the committed files are stale.

use std::path::Path;
use ts_rs::{Config, TS};

/// Writes every IPC-facing type (and what they reference) into `dir`.
pub fn export_all(dir: &Path) -> Result<(), ts_rs::ExportError> {
    let cfg = Config::new().with_out_dir(dir);
    macro_rules! export {
        ($($t:ty),+ $(,)?) => { $( <$t>::export_all(&cfg)?; )+ };
    }
    export!(
        crate::Person,
        crate::PersonInput,
        crate::PersonPatch,
        crate::PersonSaved,
        crate::PersonSummary,
        crate::PersonListReq,
        crate::PersonPage,
        crate::SearchReq,
        crate::error::ErrorBody,
        crate::requests::PersonCreateReq,
        crate::requests::PersonGetReq,
        crate::requests::PersonUpdateReq,
        crate::requests::PersonArchiveReq,
        crate::requests::PersonDeleteReq,
        crate::requests::SampleLoadReq,
        crate::requests::AppInfo,
        crate::domain::interaction::Interaction,
        crate::domain::interaction::InteractionInput,
        crate::domain::interaction::Note,
        crate::domain::interaction::NoteInput,
        crate::domain::interaction::TimelineReq,
        crate::domain::interaction::TimelinePage,
        crate::domain::interaction::Reciprocity,
        crate::domain::interaction::MonthActivity,
        crate::domain::followup::Followup,
        crate::domain::followup::FollowupInput,
        crate::domain::followup::FollowupListReq,
        crate::domain::followup::SnoozeReq,
        crate::domain::followup::Today,
        crate::domain::interaction::PersonInsights,
        crate::search_text::TextHit,
        crate::requests::InteractionCreateReq,
        crate::requests::InteractionUpdateReq,
        crate::requests::InteractionDeleteReq,
        crate::requests::InteractionRestoreReq,
        crate::requests::NoteCreateReq,
        crate::requests::NoteUpdateReq,
        crate::requests::NoteDeleteReq,
        crate::requests::NoteListReq,
        crate::requests::PersonInsightsReq,
        crate::requests::TakersListReq,
        crate::requests::FollowupCreateReq,
        crate::requests::FollowupUpdateReq,
        crate::requests::FollowupDoneReq,
        crate::requests::FollowupDeleteReq,
        crate::requests::TextSearchReq,
        crate::requests::Settings,
        crate::requests::LinkOpenReq,
    );
    Ok(())
}
