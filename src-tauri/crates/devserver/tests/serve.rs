//! The dev backend as the page meets it: the real binary on a free loopback port, spoken to over
//! HTTP, answering with the real core's rules, errors and events.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, ChildStdin, Command, Stdio};

struct Server {
    child: Child,
    // Held open: the server exits when it closes (`--exit-with-stdin`).
    _stdin: ChildStdin,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_liaison-devserver"))
        .args(["--port", "0", "--exit-with-stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the devserver starts");
    let stdin = child.stdin.take().expect("stdin");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("the first line");
    let addr = line
        .trim()
        .rsplit_once("http://")
        .map(|(_, a)| a.to_string())
        .unwrap_or_else(|| panic!("the first line names the address: {line:?}"));
    Server {
        child,
        _stdin: stdin,
        addr,
    }
}

impl Server {
    /// One request over a fresh connection; answers the status and the JSON body.
    fn http(&self, method: &str, path: &str, host: &str, body: &Value) -> (u16, Value) {
        let mut s = TcpStream::connect(&self.addr).expect("connect");
        let text = body.to_string();
        write!(
            s,
            "{method} {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
            text.len()
        )
        .expect("send");
        let mut reply = String::new();
        s.read_to_string(&mut reply).expect("read");
        let status = reply[9..12].parse().expect("a status code");
        let body = reply.split_once("\r\n\r\n").map_or("", |(_, b)| b);
        (status, serde_json::from_str(body).unwrap_or(Value::Null))
    }

    fn post(&self, path: &str, body: Value) -> Value {
        let (status, v) = self.http("POST", path, "127.0.0.1", &body);
        assert_eq!(status, 200, "{path} answered {status}: {v}");
        v
    }

    fn session(&self, book: &str) -> String {
        let v = self.post("/__liaison/session", json!({ "book": book }));
        v["session"].as_str().expect("a session id").to_string()
    }

    fn invoke(&self, session: &str, cmd: &str, req: Value) -> Result<Value, Value> {
        let v = self.post(
            "/__liaison/invoke",
            json!({ "session": session, "cmd": cmd, "args": { "req": req } }),
        );
        match v.get("ok") {
            Some(ok) => Ok(ok.clone()),
            None => Err(v["err"].clone()),
        }
    }
}

#[test]
fn a_page_gets_the_real_core_rules_errors_and_reminders() {
    let server = start();
    let s = server.session("empty");

    let saved = server
        .invoke(
            &s,
            "person_create",
            json!({ "input": { "first_name": "Amélie", "last_name": "Dubois", "emails": ["amelie@example.fr"] } }),
        )
        .expect("a valid person is saved");
    let id = saved["person"]["id"].as_str().expect("an id").to_string();
    let found = server
        .invoke(&s, "person_search", json!({ "query": "amelie" }))
        .expect("search");
    assert_eq!(
        found[0]["id"], id,
        "the core's search folds accents: the page must see that, not a copy's idea of it"
    );

    let e = server
        .invoke(
            &s,
            "person_create",
            json!({ "input": { "emails": ["not-an-address"] } }),
        )
        .expect_err("the core's validation refuses it");
    assert_eq!(
        e["code"], "validation",
        "errors keep their {{code, message, fields}} shape: {e}"
    );
    assert!(
        e["fields"].as_array().is_some_and(|f| !f.is_empty()),
        "the form needs to know which field: {e}"
    );

    let other = server.session("empty");
    let theirs = server
        .invoke(&other, "person_search", json!({ "query": "amelie" }))
        .expect("search");
    assert_eq!(theirs, json!([]), "each page has a book of its own");

    server
        .invoke(
            &s,
            "followup_create",
            json!({ "input": { "title": "Send the moodboard", "body": "", "people": [id], "due_local": "2020-01-01T09:00" } }),
        )
        .expect("a follow-up already due");
    let told = server.post("/__liaison/dev", json!({ "session": s, "op": "tick" }));
    assert_eq!(
        told,
        json!(1),
        "the reminder check announces the due follow-up once"
    );
    let (status, events) = server.http(
        "GET",
        &format!("/__liaison/events?session={s}&after=0"),
        "localhost",
        &Value::Null,
    );
    assert_eq!(status, 200);
    let due: Vec<&Value> = events
        .as_array()
        .expect("a list of events")
        .iter()
        .filter(|e| e["event"] == "followup-due")
        .collect();
    assert_eq!(
        due.len(),
        1,
        "the page's toast comes from the shell's event: {events}"
    );
    assert_eq!(due[0]["payload"]["title"], "Send the moodboard");
}

#[test]
fn a_book_from_a_newer_liaison_and_a_foreign_host_are_refused() {
    let server = start();
    let s = server.session("toonew");
    let e = server
        .invoke(&s, "app_info", json!({}))
        .expect_err("nothing can use a book from a newer version");
    assert_eq!(e["code"], "database_too_new", "{e}");

    let (status, _) = server.http(
        "POST",
        "/__liaison/session",
        "attacker.example:5173",
        &json!({ "book": "empty" }),
    );
    assert_eq!(
        status, 403,
        "a page on another host name (DNS rebinding) gets nothing"
    );

    let (status, v) = server.http(
        "POST",
        "/__liaison/session",
        "127.0.0.1",
        &json!({ "book": "lockd" }),
    );
    assert_eq!(status, 400, "a typo in ?book= is not some other book: {v}");
}
