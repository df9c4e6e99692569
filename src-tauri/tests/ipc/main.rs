//! IPC tests: the production command list and capabilities, driven through Tauri's mock runtime
//! (no webview), checking what the UI codes against: `invoke(cmd, { req })`, the reply shapes,
//! and errors as `{code, message, fields}`.

use liaison_app_lib::{configure, context, BookState, COMMANDS};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};
use tempfile::TempDir;

/// One app on its own temp-file book (WAL needs a real file), built from the real context so
/// the capabilities in capabilities/*.json are enforced exactly as in the shipped app.
struct Harness {
    dir: TempDir,
    app: App<MockRuntime>,
    main: WebviewWindow<MockRuntime>,
}

impl Harness {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let book = BookState::open(Some(dir.path().join("book.db")));
        Self::with_book(dir, book)
    }

    fn with_book(dir: TempDir, book: BookState) -> Self {
        let app = configure(mock_builder(), book)
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
        Harness { dir, app, main }
    }

    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        invoke(&self.main, cmd, args)
    }

    /// Calls a command that must succeed, with the error in the panic message if it does not.
    fn ok(&self, cmd: &str, req: Value) -> Value {
        self.call(cmd, json!({ "req": req }))
            .unwrap_or_else(|e| panic!("{cmd} should succeed, got {e}"))
    }

    fn err(&self, cmd: &str, req: Value) -> Value {
        match self.call(cmd, json!({ "req": req })) {
            Ok(v) => panic!("{cmd} should fail, got {v}"),
            Err(e) => e,
        }
    }
}

/// What `invoke(cmd, args)` does in the webview, from a page served by the app itself.
fn invoke(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
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
fn assert_error_body(e: &Value, code: &str) {
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

fn amelie() -> Value {
    json!({ "input": {
        "first_name": "Amélie", "last_name": "Dubois", "city": "Paris", "country": "fr",
        "emails": ["amelie@example.com"], "topics": ["mode éthique"],
    }})
}

#[test]
fn create_then_get_returns_the_same_person() {
    let h = Harness::new();
    let saved = h.ok("person_create", amelie());
    let created = &saved["person"];
    assert_eq!(
        created["display_name"], "Amélie Dubois",
        "derived from names"
    );
    assert_eq!(
        created["country"], "FR",
        "country codes are stored upper-case"
    );
    assert_eq!(saved["duplicates"], json!([]), "nobody else in a new book");

    let got = h.ok("person_get", json!({ "id": created["id"] }));
    assert_eq!(&got, created, "what was saved is what comes back");
}

#[test]
fn invalid_input_comes_back_as_a_validation_error_with_fields() {
    let h = Harness::new();
    let e = h.err(
        "person_create",
        json!({ "input": { "first_name": " ", "emails": ["not-an-email"] } }),
    );
    assert_error_body(&e, "validation");
    let fields: BTreeSet<&str> = e["fields"]
        .as_array()
        .expect("fields is a list")
        .iter()
        .map(|f| {
            assert!(f["message"].is_string(), "each field error says why: {f}");
            f["field"].as_str().expect("field is a dotted path")
        })
        .collect();
    assert_eq!(
        fields,
        BTreeSet::from(["display_name", "emails.0"]),
        "the form marks exactly the bad fields"
    );
    let count = h.ok("person_list", json!({}))["total"].clone();
    assert_eq!(count, 0, "a rejected create saves nothing");
}

#[test]
fn a_missing_person_is_not_found_with_no_fields() {
    let h = Harness::new();
    let id = "0192f0c1-0000-7000-8000-000000000000";
    let e = h.err("person_get", json!({ "id": id }));
    assert_error_body(&e, "not_found");
    assert_eq!(
        e["fields"],
        json!([]),
        "not_found is not about a form field"
    );
    assert_error_body(&h.err("person_delete", json!({ "id": id })), "not_found");
}

#[test]
fn list_and_search_find_people_loaded_through_ipc() {
    let h = Harness::new();
    assert_eq!(h.ok("sample_load", json!({ "count": 12 })), 12);
    h.ok("person_create", amelie());

    let page = h.ok("person_list", json!({ "limit": 5 }));
    assert_eq!(
        page["total"], 13,
        "the total counts every match, not the page"
    );
    assert_eq!(
        page["items"].as_array().map(Vec::len),
        Some(5),
        "limit respected"
    );
    assert!(page["next_cursor"].is_string(), "more pages to come");

    let hits = h.ok("person_search", json!({ "query": "amelie dubois" }));
    let names: Vec<&str> = hits
        .as_array()
        .expect("search returns a list")
        .iter()
        .filter_map(|s| s["display_name"].as_str())
        .collect();
    assert_eq!(
        names.first(),
        Some(&"Amélie Dubois"),
        "accent-insensitive search ranks the exact name first: {names:?}"
    );
}

#[test]
fn update_archive_and_delete_change_what_the_list_shows() {
    let h = Harness::new();
    let id = h.ok("person_create", amelie())["person"]["id"].clone();

    let updated = h.ok(
        "person_update",
        json!({ "id": id, "patch": { "city": "Lyon" } }),
    );
    assert_eq!(updated["person"]["city"], "Lyon");
    assert_eq!(
        updated["person"]["first_name"], "Amélie",
        "absent fields stay"
    );

    let archived = h.ok("person_archive", json!({ "id": id, "archived": true }));
    assert_eq!(archived["archived"], true);
    assert_eq!(
        h.ok("person_list", json!({}))["total"],
        0,
        "archived are hidden"
    );

    h.ok("person_archive", json!({ "id": id, "archived": false }));
    assert_eq!(h.ok("person_delete", json!({ "id": id })), Value::Null);
    assert_error_body(&h.err("person_get", json!({ "id": id })), "not_found");
}

#[test]
fn app_info_reports_version_path_and_count() {
    let h = Harness::new();
    let info = h
        .call("app_info", json!({}))
        .expect("app_info needs no req");
    assert_eq!(info["version"], env!("CARGO_PKG_VERSION"));
    let path = h.dir.path().join("book.db");
    assert_eq!(
        info["db_path"],
        path.display().to_string(),
        "the file in use"
    );
    assert_eq!(info["person_count"], 0, "zero means first run to the UI");

    assert_eq!(
        h.ok("sample_load", json!({})),
        40,
        "the default sample size"
    );
    let info = h.call("app_info", json!({})).expect("app_info");
    assert_eq!(info["person_count"], 40);
}

#[test]
fn an_oversized_sample_is_refused_before_touching_the_book() {
    let h = Harness::new();
    let e = h.err("sample_load", json!({ "count": 1_000_000 }));
    assert_error_body(&e, "validation");
    assert_eq!(e["fields"][0]["field"], "count");
}

#[test]
fn a_book_from_a_newer_version_keeps_the_window_up_and_every_command_says_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("book.db");

    let set_version = |v: i64| {
        rusqlite::Connection::open(&path)
            .and_then(|c| c.pragma_update(None, "user_version", v))
            .expect("set the schema version")
    };
    set_version(9999);

    let h = Harness::with_book(dir, BookState::open(Some(path.clone())));
    for (cmd, args) in every_command() {
        let e = h.call(cmd, args).expect_err("no command can use that book");
        assert_error_body(&e, "database_too_new");
    }
    // Once the cause is gone (here: the file replaced by an old, empty one), "Try again" works.
    set_version(0);
    let info = h
        .call("app_info", json!({}))
        .expect("the book opens on retry");
    assert_eq!(info["person_count"], 0);
}

#[test]
fn requests_must_be_wrapped_in_req() {
    let h = Harness::new();
    let e = h
        .call("person_get", json!({ "id": "x" }))
        .expect_err("the argument is named req");
    assert!(
        e.is_string(),
        "Tauri rejects the shape before our code runs: {e}"
    );
}

/// One well-formed call per command. Must cover `COMMANDS`, the list the permissions come from.
fn every_command() -> Vec<(&'static str, Value)> {
    let id = json!({ "id": "0192f0c1-0000-7000-8000-000000000000" });
    vec![
        ("app_info", json!({})),
        ("sample_load", json!({ "req": { "count": 1 } })),
        ("person_create", json!({ "req": amelie() })),
        ("person_get", json!({ "req": id })),
        (
            "person_update",
            json!({ "req": { "id": id["id"], "patch": {} } }),
        ),
        (
            "person_archive",
            json!({ "req": { "id": id["id"], "archived": true } }),
        ),
        ("person_delete", json!({ "req": id })),
        ("person_list", json!({ "req": {} })),
        ("person_search", json!({ "req": { "query": "a" } })),
    ]
}

#[test]
fn every_command_is_registered_and_granted_to_the_main_window() {
    let calls = every_command();
    let names: BTreeSet<&str> = calls.iter().map(|(c, _)| *c).collect();
    assert_eq!(
        names,
        COMMANDS.iter().copied().collect(),
        "test covers COMMANDS"
    );

    let h = Harness::new();
    for (cmd, args) in calls {
        // An unknown command or an ACL refusal comes back as a bare string from Tauri;
        // our own failures (here: not_found for a made-up id) are always objects.
        if let Err(e) = h.call(cmd, args) {
            assert!(e.is_object(), "{cmd} must reach our code, got {e}");
        }
    }
}

#[test]
fn another_window_gets_no_command() {
    let h = Harness::new();
    let other = WebviewWindowBuilder::new(&h.app, "other", Default::default())
        .build()
        .expect("a second window");
    // Capabilities name the main window only: anything else (a future popup showing
    // untrusted content, say) must be granted commands deliberately.
    let e = invoke(&other, "person_list", json!({ "req": {} })).expect_err("ACL refusal");
    assert!(e.is_string(), "refused by Tauri's ACL, not our code: {e}");
}

/// The policy the UI team builds against (see tauri.conf.json). Loosening it must be a
/// deliberate change to this test, never a side effect: the window shows personal data.
#[test]
fn the_shipped_csp_stays_strict() {
    let ctx = context::<MockRuntime>();
    let security = &ctx.config().app.security;
    assert!(
        security.freeze_prototype,
        "prototype pollution hardening stays on"
    );
    assert!(
        !ctx.config().app.with_global_tauri,
        "no window.__TAURI__ for scripts"
    );

    let csp = security
        .csp
        .as_ref()
        .expect("a CSP, never null")
        .to_string();
    let directive = |name: &str| -> String {
        csp.split(';')
            .map(str::trim)
            .find_map(|d| d.strip_prefix(name).filter(|rest| rest.starts_with(' ')))
            .unwrap_or_else(|| panic!("{name} is set in {csp}"))
            .trim()
            .to_string()
    };
    assert_eq!(directive("default-src"), "'self'");
    assert_eq!(
        directive("script-src"),
        "'self'",
        "no inline or eval'd script"
    );
    assert_eq!(
        directive("style-src"),
        "'self'",
        "no inline style attributes"
    );
    assert_eq!(
        directive("connect-src"),
        "ipc: http://ipc.localhost",
        "no network"
    );
    assert_eq!(directive("object-src"), "'none'");
    assert_eq!(directive("frame-ancestors"), "'none'");
}
