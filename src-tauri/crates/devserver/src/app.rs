//! One shell on Tauri's MockRuntime over one book: the production command list, capabilities and
//! state, driven without a webview, with the dialogs and the link opener answered by the caller.

use liaison_app_lib::notifier::{self, DueSink};
use liaison_app_lib::{configure_with, context, BookState, FilePicker, FileSaver, LinkOpener};
use liaison_core::Followup;
use serde::Serialize;
use serde_json::Value;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{mpsc, Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, AppHandle, Listener, WebviewWindow, WebviewWindowBuilder};

/// The events the shell sends the window: the page's listeners get them through the event pump.
pub const EVENTS: &[&str] = &[
    liaison_app_lib::IMPORT_PROGRESS,
    liaison_app_lib::EXPORT_PROGRESS,
    liaison_app_lib::SCAN_PROGRESS,
    notifier::FOLLOWUP_DUE,
    notifier::FOLLOWUP_OPEN,
    liaison_app_lib::desktop::drop::FILE_DROPPED,
    liaison_app_lib::desktop::links::LINK_PENDING,
];

/// An event the shell emitted, numbered so a page that polls asks only for newer ones.
#[derive(Debug, Clone, Serialize)]
pub struct Emitted {
    pub seq: u64,
    pub event: String,
    pub payload: Value,
}

/// A file the save dialog was answered with, and the name the shell suggested for it.
#[derive(Debug, Clone, Serialize)]
pub struct Saved {
    pub suggested: String,
    pub path: PathBuf,
}

/// What the "user" did with the dialogs and links, shared between the shell's callbacks and
/// whoever drives the app.
#[derive(Debug, Default)]
pub struct Answers {
    /// Paths the open dialog answers with, first in first out; empty means "cancelled".
    pub picks: Mutex<VecDeque<PathBuf>>,
    /// Where the save dialog answers: a fixed path, or (None) a file under `saved_dir` named as
    /// the shell suggested. `cancel_saves` makes it answer "cancelled".
    pub save_to: Mutex<Option<PathBuf>>,
    pub cancel_saves: Mutex<bool>,
    pub saved: Mutex<Vec<Saved>>,
    pub opened: Mutex<Vec<String>>,
}

/// Events kept for the pump: a page that stopped polling must not grow the server forever.
const KEPT_EVENTS: usize = 2_000;

#[derive(Debug, Default)]
struct Queue {
    events: Mutex<VecDeque<Emitted>>,
    next: Mutex<u64>,
    more: Condvar,
}

/// A shell on its own book. Dropping it closes the book.
pub struct DevApp {
    pub book: BookState,
    pub answers: Arc<Answers>,
    queue: Arc<Queue>,
    main: WebviewWindow<MockRuntime>,
    handle: AppHandle<MockRuntime>,
    /// Dropped with the DevApp: the thread that keeps the `App` then drops it. The `App` lives on
    /// a thread of its own because Tauri does not promise it may be shared between the threads
    /// that serve requests; its window and handle are.
    _close: mpsc::Sender<()>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A poisoned lock only means a callback panicked; the data itself is whole.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl DevApp {
    /// Builds the shell with the production context (so capabilities are enforced as in the
    /// shipped app) over `book`; saved files go under `saved_dir`.
    pub fn new(book: BookState, saved_dir: PathBuf) -> Result<Self, String> {
        let answers = Arc::new(Answers::default());
        let queue = Arc::new(Queue::default());
        let (ready, built) = mpsc::channel();
        let (close, closed) = mpsc::channel::<()>();
        let (b, a, q) = (book.clone(), Arc::clone(&answers), Arc::clone(&queue));
        std::thread::Builder::new()
            .name("liaison-dev-app".into())
            .spawn(move || match build(b, a, q, saved_dir) {
                Ok((app, main)) => {
                    let _ = ready.send(Ok((main, app.handle().clone())));
                    let _ = closed.recv();
                    drop(app);
                }
                Err(e) => {
                    let _ = ready.send(Err(e));
                }
            })
            .map_err(|e| format!("no thread for the shell: {e}"))?;
        let (main, handle) = built
            .recv()
            .map_err(|_| "the shell's thread stopped while building".to_string())??;
        Ok(DevApp {
            book,
            answers,
            queue,
            main,
            handle,
            _close: close,
        })
    }

    /// What `invoke(cmd, args)` does in the app's own page: Ok with the reply, Err with the
    /// error as the page receives it (`{code, message, fields}`, or Tauri's own string).
    pub fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("a valid URL"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.main, request).map(|body| body.deserialize().unwrap_or(Value::Null))
    }

    /// The events after `after`, waiting up to `wait` for one to come.
    pub fn events_after(&self, after: u64, wait: Duration) -> Vec<Emitted> {
        self.queue.after(after, wait)
    }

    /// One check of the shell's reminder loop, now: every follow-up that came due and was not
    /// announced goes to the page as `followup-due` (the desktop notification is left out: a
    /// browser has its own). Answers how many.
    pub fn announce_due(&self) -> usize {
        notifier::announce_due(&self.book, &PageSink(self.handle.clone()))
    }

    /// Files dropped on the window, as Tauri reports a drop: through the shell's own handler,
    /// which tells the page (`file-dropped`) and lets the imports read an accepted file.
    pub fn drop_files(&self, paths: Vec<PathBuf>) {
        let event = tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop {
            paths,
            position: Default::default(),
        });
        liaison_app_lib::desktop::drop::on_drop(&self.main.as_ref().window(), &event);
    }

    /// A `liaison://` link handed to the app (a second launch's argument); answers whether it
    /// named a person.
    pub fn open_link(&self, url: &str) -> bool {
        tauri::Url::parse(url)
            .map(|u| liaison_app_lib::desktop::links::open(&self.handle, &[u]))
            .unwrap_or(false)
    }
}

/// The in-window half of the shell's reminder sink.
struct PageSink(AppHandle<MockRuntime>);

impl DueSink for PageSink {
    fn deliver(&self, followup: &Followup) {
        notifier::emit_due(&self.0, followup);
    }
}

impl Queue {
    fn push(&self, event: &str, payload: Value) {
        let mut next = lock(&self.next);
        *next += 1;
        let mut events = lock(&self.events);
        events.push_back(Emitted {
            seq: *next,
            event: event.to_string(),
            payload,
        });
        if events.len() > KEPT_EVENTS {
            events.pop_front();
        }
        self.more.notify_all();
    }

    fn after(&self, after: u64, wait: Duration) -> Vec<Emitted> {
        let newer = |events: &VecDeque<Emitted>| -> Vec<Emitted> {
            events.iter().filter(|e| e.seq > after).cloned().collect()
        };
        let events = lock(&self.events);
        let (events, _) = self
            .more
            .wait_timeout_while(events, wait, |events| newer(events).is_empty())
            .unwrap_or_else(|p| p.into_inner());
        newer(&events)
    }
}

type Built = (App<MockRuntime>, WebviewWindow<MockRuntime>);

fn build(
    book: BookState,
    answers: Arc<Answers>,
    queue: Arc<Queue>,
    saved_dir: PathBuf,
) -> Result<Built, String> {
    let record = Arc::clone(&answers);
    let links = LinkOpener::new(move |url| {
        lock(&record.opened).push(url.to_string());
        Ok(())
    });
    let on_save = Arc::clone(&answers);
    let saves = FileSaver::chosen(move |name| {
        if *lock(&on_save.cancel_saves) {
            return None;
        }
        let path = lock(&on_save.save_to)
            .clone()
            .unwrap_or_else(|| saved_dir.join(name));
        lock(&on_save.saved).push(Saved {
            suggested: name.to_string(),
            path: path.clone(),
        });
        Some(path)
    });
    let picks = FilePicker::chosen(move |_filters| lock(&answers.picks).pop_front());
    let app = configure_with(mock_builder(), book, links, saves, picks)
        .build(context())
        .map_err(|e| format!("the shell did not build: {e}"))?;
    // Tauri opens the configured windows when its event loop starts, which never runs here;
    // open the main one from the same tauri.conf.json entry, so its capabilities apply.
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == "main")
        .ok_or("tauri.conf.json declares no window labelled main")?
        .clone();
    let main = WebviewWindowBuilder::from_config(app.handle(), &config)
        .and_then(|b| b.build())
        .map_err(|e| format!("the main window did not open: {e}"))?;
    for &name in EVENTS {
        let queue = Arc::clone(&queue);
        app.listen_any(name, move |event| {
            let payload = serde_json::from_str(event.payload()).unwrap_or(Value::Null);
            queue.push(name, payload);
        });
    }
    Ok((app, main))
}
