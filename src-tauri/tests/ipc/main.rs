//! IPC tests: the production command list and capabilities, driven through Tauri's mock runtime
//! (no webview), checking what the UI codes against: `invoke(cmd, { req })`, the reply shapes,
//! and errors as `{code, message, fields}`.

mod acl;
mod conflicts;
mod desktop;
mod events;
mod followups;
mod interchange;
mod lists;
mod notifier;
mod people;
mod relationship;
mod safety;
mod team;

pub(crate) use liaison_app_lib::{
    configure_with, context, BookState, FilePicker, FileSaver, LinkOpener, COMMANDS,
};
pub(crate) use serde_json::{json, Value};
pub(crate) use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use tauri::ipc::{CallbackFn, InvokeBody};
pub(crate) use tauri::test::MockRuntime;
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
pub(crate) use tauri::{App, WebviewWindow, WebviewWindowBuilder};
pub(crate) use tempfile::TempDir;

/// The app's book opened with its keys in memory: tests never touch the real keychain, and one
/// store shared by the whole binary lets a "restarted" app find the key its first run made.
pub(crate) fn open_book(path: std::path::PathBuf) -> BookState {
    static KEYS: std::sync::OnceLock<Arc<liaison_core::MemoryKeyStore>> =
        std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(Default::default).clone();
    BookState::open_with_keys(Some(path), keys)
}

/// One app on its own temp-file book (WAL needs a real file), built from the real context so
/// the capabilities in capabilities/*.json are enforced exactly as in the shipped app.
pub(crate) struct Harness {
    pub dir: TempDir,
    pub app: App<MockRuntime>,
    pub main: WebviewWindow<MockRuntime>,
    /// The links `link_open` handed to the system: recorded, so no browser starts in tests.
    pub opened: Arc<Mutex<Vec<String>>>,
    /// What the "user" picks in the save dialog: a path, or `None` (the default) to cancel.
    pub save_to: Arc<Mutex<Option<std::path::PathBuf>>>,
    /// The file names the save dialog was opened with.
    pub suggested: Arc<Mutex<Vec<String>>>,
    /// What the "user" picks in the open dialog: a path, or `None` (the default) to cancel.
    pub pick: Arc<Mutex<Option<std::path::PathBuf>>>,
}

impl Harness {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let book = open_book(dir.path().join("book.db"));
        Self::with_book(dir, book)
    }

    pub fn with_book(dir: TempDir, book: BookState) -> Self {
        let opened = Arc::new(Mutex::new(Vec::new()));
        let record = Arc::clone(&opened);
        let links = LinkOpener::new(move |url| {
            record.lock().expect("not poisoned").push(url.to_string());
            Ok(())
        });
        let save_to = Arc::new(Mutex::new(None));
        let suggested = Arc::new(Mutex::new(Vec::new()));
        let (answer, names) = (Arc::clone(&save_to), Arc::clone(&suggested));
        let saves = FileSaver::chosen(move |name| {
            names.lock().expect("not poisoned").push(name.to_string());
            answer.lock().expect("not poisoned").clone()
        });
        let pick = Arc::new(Mutex::new(None));
        let picked = Arc::clone(&pick);
        let picks =
            FilePicker::chosen(move |_filters| picked.lock().expect("not poisoned").clone());
        let app = configure_with(mock_builder(), book, links, saves, picks)
            .build(context())
            .expect("the app builds with the production context");
        // Tauri opens the configured windows when the event loop starts, which tests never
        // run; open the main one from the same tauri.conf.json entry instead.
        let config = app
            .config()
            .app
            .windows
            .iter()
            .find(|w| w.label == "main")
            .expect("tauri.conf.json declares the window labelled main")
            .clone();
        let main = WebviewWindowBuilder::from_config(app.handle(), &config)
            .and_then(|b| b.build())
            .expect("the main window opens");
        Harness {
            dir,
            app,
            main,
            opened,
            save_to,
            suggested,
            pick,
        }
    }

    pub fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        invoke(&self.main, cmd, args)
    }

    /// Calls a command that must succeed, with the error in the panic message if it does not.
    pub fn ok(&self, cmd: &str, req: Value) -> Value {
        self.call(cmd, json!({ "req": req }))
            .unwrap_or_else(|e| panic!("{cmd} should succeed, got {e}"))
    }

    pub fn err(&self, cmd: &str, req: Value) -> Value {
        match self.call(cmd, json!({ "req": req })) {
            Ok(v) => panic!("{cmd} should fail, got {v}"),
            Err(e) => e,
        }
    }
}

/// What `invoke(cmd, args)` does in the webview, from a page served by the app itself.
pub(crate) fn invoke(
    window: &WebviewWindow<MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().expect("url"),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(window, request).map(|body| body.deserialize().expect("JSON reply"))
}

/// The UI's `ErrorBody`: exactly these three keys, so it can branch on `code` alone.
pub(crate) fn assert_error_body(e: &Value, code: &str) {
    let keys: BTreeSet<&str> = e
        .as_object()
        .unwrap_or_else(|| panic!("errors must be objects, not {e}"))
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        BTreeSet::from(["code", "fields", "message"]),
        "in {e}"
    );
    assert_eq!(e["code"], code, "the UI branches on code: {e}");
    let message = e["message"].as_str().expect("message is a string");
    assert!(!message.is_empty(), "a person needs words to act on: {e}");
}

pub(crate) fn amelie() -> Value {
    json!({ "input": {
        "first_name": "Amélie", "last_name": "Dubois", "city": "Paris", "country": "fr",
        "emails": ["amelie@example.com"], "topics": ["mode éthique"],
    }})
}

/// A person to hang interactions, notes and follow-ups on; answers their id.
pub(crate) fn person(h: &Harness, first: &str, last: &str) -> Value {
    let input = json!({ "input": { "first_name": first, "last_name": last } });
    h.ok("person_create", input)["person"]["id"].clone()
}

/// The field paths of a validation error, for asserting which form fields get marked.
pub(crate) fn fields(e: &Value) -> BTreeSet<String> {
    e["fields"]
        .as_array()
        .expect("fields is a list")
        .iter()
        .map(|f| f["field"].as_str().expect("field is a path").to_string())
        .collect()
}

/// An id no row has: made-up ids must come back as `not_found`, never as a crash.
pub(crate) const NO_SUCH_ID: &str = "0192f0c1-0000-7000-8000-000000000000";
