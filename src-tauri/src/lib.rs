//! The desktop shell: opens the book, registers the commands, and hands the window to Tauri.
//! All behaviour is in `liaison-core`; this crate only carries requests across the IPC bridge.

mod commands;
pub mod error;
pub mod state;

pub use error::IpcError;
pub use state::BookState;

use tauri::{Builder, Runtime};

include!("command_names.rs");

/// Adds the managed book and the command list to `builder`. Production passes
/// `tauri::Builder::default()`; the IPC tests pass `tauri::test::mock_builder()`, so both run
/// exactly this list (which must match `COMMANDS`, the list the permissions are made from).
pub fn configure<R: Runtime>(builder: Builder<R>, book: BookState) -> Builder<R> {
    builder
        .manage(book)
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::sample_load,
            commands::people::person_create,
            commands::people::person_get,
            commands::people::person_update,
            commands::people::person_archive,
            commands::people::person_delete,
            commands::people::person_list,
            commands::people::person_search,
        ])
}

/// The app's compiled configuration: tauri.conf.json, the capabilities (ACL) and, in release
/// builds (`custom-protocol`), the UI files from ui/dist. Public so tests check the real ACL.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Opens the book (`LIAISON_DB` overrides its path) and runs the window until it is closed.
pub fn run() {
    // A book that fails to open does not stop the window: commands report the error instead.
    let book = BookState::open(None);
    if let Err(e) = configure(Builder::default(), book).run(context()) {
        eprintln!("liaison: the window could not start: {e}");
        std::process::exit(1);
    }
}
