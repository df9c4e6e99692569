//! Settings kept in the book (the time zone follow-ups are due in), and opening a note's link.

use super::with_book;
use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::{Error, LinkOpenReq, Settings};
use std::sync::Arc;
use tauri::{State, Url};

#[tauri::command]
pub async fn settings_get(state: State<'_, BookState>) -> Result<Settings, IpcError> {
    with_book(&state, |book| book.settings_get()).await
}

/// Saves the settings and answers with them as stored (the zone's canonical IANA name).
#[tauri::command]
pub async fn settings_set(
    state: State<'_, BookState>,
    req: Settings,
) -> Result<Settings, IpcError> {
    with_book(&state, move |book| book.settings_set(&req)).await
}

/// Opens a link from a rendered note in the system browser or mail program. The UI asks the
/// user first; this side refuses every scheme but web and mail links, so a crafted note cannot
/// start a local program or open a file (`file:`, `javascript:`, custom handlers).
#[tauri::command]
pub async fn link_open(opener: State<'_, LinkOpener>, req: LinkOpenReq) -> Result<(), IpcError> {
    let url = safe_link(&req.url)?;
    let opener = opener.inner().clone();
    // xdg-open and friends are started detached, but finding them still touches the disk.
    tauri::async_runtime::spawn_blocking(move || (opener.0)(url.as_str()))
        .await
        .map_err(|e| IpcError::internal(format!("the operation stopped unexpectedly: {e}")))?
        .map_err(|e| IpcError::io(format!("no program could open this link: {e}")))
}

/// Longer than any real link; a bigger one is a paste gone wrong or an attack on the opener.
const MAX_URL: usize = 8 * 1024;

/// The link as it will be handed to the system, or a validation error on field `url`.
fn safe_link(raw: &str) -> Result<Url, IpcError> {
    let refuse = |why: &str| IpcError::from(Error::invalid("url", why));
    let raw = raw.trim();
    if raw.len() > MAX_URL {
        return Err(refuse("this link is too long to open"));
    }
    let url = Url::parse(raw).map_err(|_| refuse("this is not a link that can be opened"))?;
    match url.scheme() {
        "http" | "https" if url.host_str().is_some_and(|h| !h.is_empty()) => Ok(url),
        "mailto" => Ok(url),
        _ => Err(refuse(
            "only web (http, https) and e-mail (mailto) links are opened",
        )),
    }
}

/// How a checked link reaches the system. Managed state, so the IPC tests can record the link
/// instead of starting a browser.
#[derive(Clone)]
pub struct LinkOpener(Arc<OpenFn>);

/// Hands a checked link to the system; the error is for the user ("no browser", say).
type OpenFn = dyn Fn(&str) -> Result<(), String> + Send + Sync;

impl LinkOpener {
    /// The system's default handler (xdg-open on Linux), through tauri-plugin-opener's Rust
    /// function: the plugin itself is not registered, so the webview gets no opener command.
    pub fn system() -> Self {
        Self::new(|url| tauri_plugin_opener::open_url(url, None::<&str>).map_err(|e| e.to_string()))
    }

    pub fn new(open: impl Fn(&str) -> Result<(), String> + Send + Sync + 'static) -> Self {
        LinkOpener(Arc::new(open))
    }

    /// Hands `url` to the system (or, in tests, to the recorder); also `file://` folders,
    /// which only the shell itself asks for (`log_folder_open`), never a note's link.
    pub fn open(&self, url: &str) -> Result<(), String> {
        (self.0)(url)
    }
}

#[cfg(test)]
mod tests {
    use super::safe_link;

    #[test]
    fn only_web_and_mail_links_pass() {
        for ok in [
            "https://example.com/a?b=c",
            "HTTP://Example.com",
            " mailto:amelie@example.com ",
        ] {
            assert!(safe_link(ok).is_ok(), "{ok} is a plain web or mail link");
        }
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "data:text/html,<b>x</b>",
            "vscode://open",
            "http://",
            "example.com",
            "",
        ] {
            let e = safe_link(bad).expect_err(bad);
            assert_eq!(e.0.fields[0].field, "url", "the form marks the link: {bad}");
        }
    }
}
