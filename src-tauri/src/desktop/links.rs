//! `liaison://person/<id>` links, from the dossier and calendar exports or anywhere else: the window comes to the front and opens the person.
//!
//! Linux and Windows start a new process with the link as its only argument; the single-instance
//! plugin (its `deep-link` feature) hands that to the running app, where the deep-link plugin
//! reports it. A cold start with a link reports it at setup, before the page listens: so the link
//! waits here until the page takes it (`link_take`), and `link-pending` tells a page already
//! listening to take it now.

use std::sync::Mutex;
use tauri::{AppHandle, Emitter, Manager, Runtime, Url};

/// Tells the main window that a link waits for it (no payload: it calls `link_take`).
pub const LINK_PENDING: &str = "link-pending";
/// The scheme, as registered in tauri.conf.json (`plugins.deep-link.desktop.schemes`).
pub const SCHEME: &str = "liaison";

/// The person a link asked for, until the page takes it.
#[derive(Default)]
pub struct PendingLink(Mutex<Option<String>>);

impl PendingLink {
    /// The waiting person's id, once.
    pub fn take(&self) -> Option<String> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    fn put(&self, id: String) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(id);
    }
}

/// The person's id in `liaison://person/<id>`; `None` for any other link (which is ignored:
/// a link cannot make the app do anything else).
pub fn person_of(url: &Url) -> Option<String> {
    if url.scheme() != SCHEME || url.host_str() != Some("person") {
        return None;
    }
    let id = url.path().trim_matches('/');
    // Ids are UUIDs (8-4-4-4-12 hex digits); anything else is a made-up link, not worth a page
    // that says "not found".
    let groups: Vec<&str> = id.split('-').collect();
    let ok = groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()));
    ok.then(|| id.to_ascii_lowercase())
}

/// Opens the person of the first usable link among `urls`: keeps it for the page and raises
/// the window. Answers whether one was usable.
pub fn open<R: Runtime>(app: &AppHandle<R>, urls: &[Url]) -> bool {
    let Some(id) = urls.iter().find_map(person_of) else {
        return false;
    };
    app.state::<PendingLink>().put(id);
    super::tray::show_main(app);
    let _ = app.emit_to(super::tray::MAIN, LINK_PENDING, ());
    true
}

/// Listens for links while running, and takes the one the app was started with.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    use tauri_plugin_deep_link::DeepLinkExt;
    let handle = app.clone();
    app.deep_link().on_open_url(move |event| {
        open(&handle, &event.urls());
    });
    if let Ok(Some(urls)) = app.deep_link().get_current() {
        open(app, &urls);
    }
}
