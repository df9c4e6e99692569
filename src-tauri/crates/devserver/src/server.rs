//! The HTTP side: one session (one book, one shell) per page, `invoke` answered by the shell,
//! its events long-polled, and the dialogs answered by whoever drives the page.
//!
//! Routes (JSON in and out; the page's bridge is ui/src/ipc/devBackend.ts):
//! - `POST /__liaison/session` `{book, recovery, zone}` → `{session, dir}`
//! - `POST /__liaison/invoke` `{session, cmd, args}` → `{ok: reply}` or `{err: error}`
//! - `GET /__liaison/events?session=S&after=N` → events newer than N (waits up to 20 s)
//! - `POST /__liaison/dev` `{session, op, …}`: `pick` `{paths}` queues open-dialog answers;
//!   `save` `{path?, cancel?}` sets the save dialog's answer; `record` → what was saved and opened;
//!   `tick` runs the reminder check now; `close` drops the session.

use crate::app::DevApp;
use crate::books::{self, BookSpec};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tiny_http::{Header, Method, Request, Response, Server};

/// Sessions kept at once: each holds a book; a developer reloading all day must not fill memory.
const MAX_SESSIONS: usize = 64;
/// A long poll returns empty after this, so proxies and browsers never time it out.
const POLL: Duration = Duration::from_secs(20);
/// Larger bodies are refused: nothing the UI sends comes near it.
const MAX_BODY: u64 = 16 << 20;

struct Session {
    app: DevApp,
    // Last: the book's folder goes after the shell that has it open.
    _dir: tempfile::TempDir,
}

#[derive(Default)]
struct State {
    sessions: Mutex<BTreeMap<u64, Arc<Session>>>,
    next: Mutex<u64>,
}

/// A server bound to loopback, not yet serving.
pub struct Bound {
    server: Server,
    addr: SocketAddr,
}

impl Bound {
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
}

/// Binds 127.0.0.1:`port` (0: any free port). Loopback only: the books hold sample people, but
/// the commands can read and write files the developer can.
pub fn bind(port: u16) -> Result<Bound, String> {
    let server = Server::http(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or("the server has no IP address")?;
    Ok(Bound { server, addr })
}

/// Serves until the process ends: a thread per request, since polls wait and imports run long.
pub fn serve(bound: Bound) {
    let state = Arc::new(State::default());
    for request in bound.server.incoming_requests() {
        let state = Arc::clone(&state);
        std::thread::spawn(move || handle(&state, request));
    }
}

fn handle(state: &State, mut request: Request) {
    let (status, body) = match answer(state, &mut request) {
        Ok(v) => (200, v),
        Err((status, message)) => (status, json!({ "message": message })),
    };
    let header = Header::from_bytes("content-type", "application/json").expect("a valid header");
    let response = Response::from_string(body.to_string())
        .with_status_code(status)
        .with_header(header);
    // The page may have gone (a reload during a poll): nothing to tell anyone.
    let _ = request.respond(response);
}

type Answer = Result<Value, (u16, String)>;

fn answer(state: &State, request: &mut Request) -> Answer {
    // A page on another host name (DNS rebinding) must not reach a loopback server.
    let host = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("host"))
        .map(|h| h.value.as_str().to_string())
        .unwrap_or_default();
    let name = host.rsplit_once(':').map_or(host.as_str(), |(n, _)| n);
    if !matches!(name, "127.0.0.1" | "localhost" | "[::1]") {
        return Err((403, format!("host {host:?} is not loopback")));
    }
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    match (request.method(), path) {
        (Method::Get, "/__liaison/health") => Ok(json!("ok")),
        (Method::Get, "/__liaison/events") => {
            let q = parse_query(query);
            let session = state.get(q.get("session").map_or("", |s| s.as_str()))?;
            let after = q.get("after").and_then(|a| a.parse().ok()).unwrap_or(0);
            Ok(json!(session.app.events_after(after, POLL)))
        }
        (Method::Post, "/__liaison/session") => state.open(body(request)?),
        (Method::Post, "/__liaison/invoke") => {
            let call: Invoke = body(request)?;
            let session = state.get(&call.session)?;
            Ok(match session.app.invoke(&call.cmd, call.args) {
                Ok(reply) => json!({ "ok": reply }),
                Err(error) => json!({ "err": error }),
            })
        }
        (Method::Post, "/__liaison/dev") => state.dev(body(request)?),
        _ => Err((404, format!("no route {path}"))),
    }
}

#[derive(Deserialize)]
struct Open {
    #[serde(default)]
    book: String,
    #[serde(default)]
    recovery: bool,
    #[serde(default)]
    zone: Option<String>,
}

#[derive(Deserialize)]
struct Invoke {
    session: String,
    cmd: String,
    #[serde(default)]
    args: Value,
}

#[derive(Deserialize)]
struct Dev {
    session: String,
    op: String,
    #[serde(default)]
    paths: Vec<PathBuf>,
    #[serde(default)]
    path: Option<PathBuf>,
    #[serde(default)]
    cancel: bool,
    #[serde(default)]
    url: String,
}

impl State {
    fn open(&self, open: Open) -> Answer {
        let spec = BookSpec::parse(&open.book).map_err(|e| (400, e))?;
        let dir = tempfile::Builder::new()
            .prefix("liaison-dev-")
            .tempdir()
            .map_err(|e| (500, format!("no temp folder: {e}")))?;
        let app = books::open(&spec, dir.path(), open.recovery, open.zone.as_deref())
            .map_err(|e| (500, e))?;
        let folder = dir.path().display().to_string();
        let mut next = guard(&self.next);
        *next += 1;
        let id = *next;
        let mut sessions = guard(&self.sessions);
        sessions.insert(id, Arc::new(Session { app, _dir: dir }));
        while sessions.len() > MAX_SESSIONS {
            sessions.pop_first();
        }
        Ok(json!({ "session": id.to_string(), "dir": folder }))
    }

    fn get(&self, id: &str) -> Result<Arc<Session>, (u16, String)> {
        let sessions = guard(&self.sessions);
        id.parse()
            .ok()
            .and_then(|id: u64| sessions.get(&id).cloned())
            // 410: the page outlived its session (the server restarted): reload it.
            .ok_or((410, format!("no session {id:?}: reload the page")))
    }

    fn dev(&self, dev: Dev) -> Answer {
        let session = self.get(&dev.session)?;
        let answers = &session.app.answers;
        match dev.op.as_str() {
            "pick" => {
                let mut picks = guard(&answers.picks);
                picks.extend(dev.paths);
                Ok(json!(picks.len()))
            }
            "save" => {
                *guard(&answers.save_to) = dev.path;
                *guard(&answers.cancel_saves) = dev.cancel;
                Ok(Value::Null)
            }
            "record" => {
                let saved = guard(&answers.saved).clone();
                let opened = guard(&answers.opened).clone();
                let saved: Vec<Value> = saved
                    .into_iter()
                    .map(|s| {
                        // Text files come with their text, for the flows to check what was written.
                        let text = std::fs::read(&s.path)
                            .ok()
                            .and_then(|b| String::from_utf8(b).ok());
                        json!({ "suggested": s.suggested, "path": s.path, "text": text })
                    })
                    .collect();
                Ok(json!({ "saved": saved, "opened": opened }))
            }
            "tick" => Ok(json!(session.app.announce_due())),
            "drop" => {
                session.app.drop_files(dev.paths);
                Ok(Value::Null)
            }
            "link" => Ok(json!(session.app.open_link(&dev.url))),
            "close" => {
                let mut sessions = guard(&self.sessions);
                sessions.retain(|_, s| !Arc::ptr_eq(s, &session));
                Ok(Value::Null)
            }
            op => Err((400, format!("unknown op {op:?}"))),
        }
    }
}

fn guard<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A poisoned lock only means a request thread panicked; the data itself is whole.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn body<T: for<'de> Deserialize<'de>>(request: &mut Request) -> Result<T, (u16, String)> {
    let mut text = String::new();
    request
        .as_reader()
        .take(MAX_BODY)
        .read_to_string(&mut text)
        .map_err(|e| (400, format!("the body is not UTF-8 text: {e}")))?;
    serde_json::from_str(&text)
        .map_err(|e| (400, format!("the body is not the JSON expected: {e}")))
}

/// `a=1&b=2` → map; the values here are ids and numbers, so no percent-decoding is needed.
fn parse_query(query: &str) -> HashMap<String, String> {
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}
