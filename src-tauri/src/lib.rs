//! The desktop shell: opens the book, registers the commands, and hands the window to Tauri.
//! All behaviour is in `liaison-core`; this crate only carries requests across the IPC bridge.

mod commands;
pub mod desktop;
pub mod error;
pub mod jobs;
pub mod notifier;
pub mod startmarks;
pub mod state;

pub use commands::file_pick::FilePicker;
pub use commands::files::FileSaver;
pub use commands::settings::LinkOpener;
pub use error::IpcError;
pub use jobs::{Jobs, EXPORT_PROGRESS, IMPORT_PROGRESS, SCAN_PROGRESS};
pub use state::BookState;

use tauri::{Builder, Runtime};

include!("command_names.rs");

/// Adds the managed book and the command list to `builder`. Production passes
/// `tauri::Builder::default()`; the IPC tests pass `tauri::test::mock_builder()`, so both run
/// exactly this list (which must match `COMMANDS`, the list the permissions are made from).
pub fn configure<R: Runtime>(builder: Builder<R>, book: BookState) -> Builder<R> {
    configure_with(
        builder,
        book,
        LinkOpener::system(),
        FileSaver::System,
        FilePicker::system(),
    )
}

/// `configure` with chosen ways to open links and to pick files: tests record links instead of
/// starting a browser, and answer the save and open dialogs instead of showing them.
pub fn configure_with<R: Runtime>(
    builder: Builder<R>,
    book: BookState,
    links: LinkOpener,
    saves: FileSaver,
    picks: FilePicker,
) -> Builder<R> {
    builder
        // Desktop notifications for due follow-ups, sent from Rust only: no capability grants
        // the webview any notification:* permission.
        .plugin(tauri_plugin_notification::init())
        // The save and open dialogs, shown from Rust by `file_save`, `export_save` and
        // `file_pick`. No capability grants dialog:*, so
        // the plugin's own commands (and the window.alert/confirm it routes through them)
        // are refused: the UI uses its own dialogs.
        .plugin(tauri_plugin_dialog::init())
        .manage(book)
        .manage(links)
        .manage(saves)
        .manage(picks)
        .manage(Jobs::default())
        .manage(desktop::links::PendingLink::default())
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::sample_load,
            commands::app::country_list,
            commands::people::person_create,
            commands::people::person_existing,
            commands::people::person_get,
            commands::people::person_update,
            commands::people::person_archive,
            commands::people::person_delete,
            commands::people::person_list,
            commands::people::person_search,
            commands::person_extras::person_photos,
            commands::person_extras::person_photo_set,
            commands::person_extras::person_photo_delete,
            commands::person_extras::person_sources,
            commands::timeline::interaction_create,
            commands::timeline::interaction_update,
            commands::timeline::interaction_delete,
            commands::timeline::interaction_restore,
            commands::timeline::timeline_list,
            commands::timeline::note_create,
            commands::timeline::note_update,
            commands::timeline::note_delete,
            commands::timeline::note_list,
            commands::timeline::person_insights,
            commands::timeline::takers_list,
            commands::timeline::text_search,
            commands::followups::followup_create,
            commands::followups::followup_update,
            commands::followups::followup_done,
            commands::followups::followup_snooze,
            commands::followups::followup_delete,
            commands::followups::followup_list,
            commands::followups::today_get,
            commands::settings::settings_get,
            commands::settings::settings_set,
            commands::settings::link_open,
            commands::desktop::desktop_get,
            commands::desktop::desktop_set,
            commands::desktop::log_folder_open,
            commands::desktop::link_take,
            commands::events::event_create,
            commands::events::event_update,
            commands::events::event_delete,
            commands::events::event_get,
            commands::events::event_detail,
            commands::events::event_list,
            commands::events::event_attend,
            commands::events::event_unattend,
            commands::events::event_attendees,
            commands::events::event_attendees_csv,
            commands::events::event_ics,
            commands::events::meetup_create,
            commands::events::meetup_update,
            commands::events::meetup_delete,
            commands::events::meetup_list,
            commands::events::meetup_outcome,
            commands::events::city_view,
            commands::events::capture_preview,
            commands::events::capture_save,
            commands::files::file_save,
            commands::file_pick::file_pick,
            commands::imports::import_csv_preview,
            commands::imports::csv_mapping_check,
            commands::imports::import_csv,
            commands::imports::import_vcard,
            commands::imports::import_bundle,
            commands::imports::import_cancel,
            commands::exports::export_save,
            commands::lists::list_create,
            commands::lists::list_update,
            commands::lists::list_delete,
            commands::lists::list_all,
            commands::lists::list_detail,
            commands::lists::list_add,
            commands::lists::list_remove,
            commands::lists::person_lists,
            commands::smart_lists::smart_list_all,
            commands::smart_lists::smart_list_create,
            commands::smart_lists::smart_list_update,
            commands::smart_lists::smart_list_delete,
            commands::network::org_all,
            commands::network::org_create,
            commands::network::org_detail,
            commands::network::membership_set,
            commands::network::membership_remove,
            commands::network::connect,
            commands::network::disconnect,
            commands::network::person_network,
            commands::network::network_graph,
            commands::network::org_update,
            commands::team::colleague_all,
            commands::team::colleague_create,
            commands::team::colleague_update,
            commands::team::colleague_delete,
            commands::team::person_team,
            commands::team::person_owner_set,
            commands::team::collision_check,
            commands::team::collisions,
            commands::affiliations::affiliation_add,
            commands::affiliations::affiliation_update,
            commands::affiliations::affiliation_end,
            commands::affiliations::affiliation_remove,
            commands::affiliations::person_affiliations,
            commands::affiliations::conflict_check,
            commands::affiliations::org_brand_side_set,
            commands::safety::unlock_status,
            commands::safety::unlock,
            commands::safety::recovery_key_take,
            commands::safety::recovery_key_show,
            commands::safety::passphrase_change,
            commands::safety::backup_list,
            commands::safety::backup_create,
            commands::safety::backup_restore,
            commands::safety::book_check,
            commands::duplicates::duplicates_find,
            commands::duplicates::duplicates_dismiss,
            commands::duplicates::person_merge,
            commands::duplicates::merge_undo,
            commands::bulk::person_bulk,
            commands::bulk::bulk_undo,
        ])
}

/// The app's compiled configuration: tauri.conf.json, the capabilities (ACL) and, in release
/// builds (`custom-protocol`), the UI files from ui/dist. Public so tests check the real ACL.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Opens the book (`LIAISON_DB` overrides its path) and runs the window until it is closed.
pub fn run() {
    startmarks::mark("main");
    desktop::webview::quiet_memory_monitor();
    // A book that fails to open does not stop the window: commands report the error instead.
    // It opens in `setup`, after the single-instance check, so a second launch touches nothing.
    let book = BookState::unopened(None);
    // First plugin, so a second launch hands over before anything else starts: it focuses the
    // window already open on the same book (one writer per book) and exits. On Linux this goes
    // through the D-Bus session bus; without one, each launch opens normally. The id is per
    // book, so `LIAISON_DB=other.db` opens a second window on another book.
    let single = tauri_plugin_single_instance::Builder::new()
        .dbus_id(instance_id(&book))
        // With the `deep-link` feature, a second launch's `liaison://` argument reaches the
        // deep-link plugin here first (desktop::links opens the person).
        .callback(|app, _args, _cwd| desktop::tray::show_main(app))
        .build();
    let opening = book.clone();
    let shell = desktop::plugins(Builder::default().plugin(single));
    let app = configure(shell, book)
        .on_page_load(|_, payload| match payload.event() {
            tauri::webview::PageLoadEvent::Started => startmarks::mark("page-load-started"),
            tauri::webview::PageLoadEvent::Finished => startmarks::mark("page-load-finished"),
        })
        .setup(move |app| {
            startmarks::mark("setup");
            // Open now (errors are kept for the UI to show), so reminders start with the window,
            // but on its own thread: the keychain, SQLCipher and a new book's migrations take
            // 100–300 ms, and the window's page only starts loading once `setup` returns. The
            // first command that needs the book waits on the slot's lock until it is open.
            let spawned = std::thread::Builder::new()
                .name("book-open".into())
                .spawn(move || {
                    let _ = opening.book();
                    startmarks::mark("book-opened");
                });
            if let Err(e) = spawned {
                // No thread to spare: the first command opens the book instead.
                liaison_core::warn_redacted("the book opens on first use", &e);
            }
            desktop::setup(app);
            // Only in the real app: the IPC tests drive the notifier's steps themselves.
            notifier::start(app.handle());
            startmarks::mark("setup-done");
            Ok(())
        });
    startmarks::mark("builder");
    if let Err(e) = app.run(context()) {
        // Launched while the last window on this book was still closing: its instance name was
        // still on the bus, but it no longer answered. Try once more a moment later, as the
        // person would, instead of leaving them with nothing on screen.
        let handover_race = e.to_string().contains("single-instance");
        if handover_race && std::env::var_os(RELAUNCHED).is_none() {
            std::thread::sleep(std::time::Duration::from_millis(1500));
            if let Ok(exe) = std::env::current_exe() {
                let again = std::process::Command::new(exe)
                    .args(std::env::args_os().skip(1))
                    .env(RELAUNCHED, "1")
                    .spawn();
                if again.is_ok() {
                    std::process::exit(0);
                }
            }
        }
        liaison_core::warn_redacted("the window could not start", &e);
        std::process::exit(1);
    }
}

/// Set on the one relaunch after a failed hand-over, so a lasting failure cannot loop.
const RELAUNCHED: &str = "LIAISON_RELAUNCHED";

/// A D-Bus name for "the app on this book": the identifier plus a hash of the book's path
/// (a name element may not start with a digit, hence the `b`). FNV-1a rather than std's
/// `DefaultHasher`, whose algorithm may change between Rust releases: an updated app must find
/// a window that an older build still has open on the same book.
fn instance_id(book: &BookState) -> String {
    let path = book.path().map(|p| p.into_os_string());
    let bytes = match &path {
        Ok(p) => p.as_encoded_bytes(),
        Err(_) => b"no-path".as_slice(),
    };
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("app.liaison.desktop.b{hash:016x}")
}
