//! Person commands and the app-level ones: shapes, validation errors, and a book that cannot open.

use crate::*;

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
    let id = NO_SUCH_ID;
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
        page["total"], 12,
        "the total counts every match, not the page: 12 sample people (the demo's one archived \
         person hidden) and Amélie"
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
fn country_list_offers_the_codes_the_core_accepts() {
    let h = Harness::new();
    let codes = h
        .call("country_list", json!({}))
        .expect("country_list needs no req");
    let codes: Vec<&str> = codes
        .as_array()
        .expect("a list of codes")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(codes.len(), 249, "every assigned ISO 3166-1 alpha-2 code");
    assert!(
        codes.windows(2).all(|w| w[0] < w[1]),
        "sorted, so the suggestions read in order"
    );
    // Whatever the form suggests must save: each code is accepted on a person.
    for code in ["FR", "CA", "CN", "ZW"] {
        assert!(codes.contains(&code), "{code} is offered");
    }
    let mut p = amelie();
    p["input"]["country"] = json!(codes[0]);
    h.ok("person_create", p);
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

    let h = Harness::with_book(dir, crate::open_book(path.clone()));
    // link_open, file_save, file_pick and import_cancel never touch the book: a broken book
    // must not stop the user opening a link or saving an export already made. The imports
    // refuse a path the user did not pick before they reach the book. country_list answers
    // from the code alone, so a person form can still suggest countries. The desktop commands
    // (start at login, the log folder, a waiting liaison:// link) are about the computer, not
    // the book: the log folder is what a person attaches when the book will not open.
    let book_commands = crate::acl::every_command().into_iter().filter(|(cmd, _)| {
        !matches!(
            *cmd,
            "link_open" | "file_save" | "file_pick" | "country_list" | "csv_mapping_check"
        ) && !cmd.starts_with("import_")
            && !matches!(
                *cmd,
                "desktop_get" | "desktop_set" | "log_folder_open" | "link_take"
            )
    });
    for (cmd, args) in book_commands {
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

#[test]
fn a_photo_is_set_by_its_bytes_refused_by_field_and_listed_for_the_rows_shown() {
    let h = Harness::new();
    let id = h.ok("person_create", amelie())["person"]["id"].clone();
    // A PDF's first bytes, in base64: not an image.
    let e = h.err(
        "person_photo_set",
        json!({ "id": id, "data": "JVBERi0xLjcKMSAwIG9iago=" }),
    );
    assert_error_body(&e, "validation");
    assert_eq!(
        e["fields"][0]["field"], "photo",
        "the form can mark it: {e}"
    );
    let e = h.err(
        "person_photo_set",
        json!({ "id": id, "data": "not base64!" }),
    );
    assert_eq!(e["fields"][0]["field"], "photo", "{e}");

    // A real 1×1 PNG.
    let png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4z8DwHwAFAAIBoLXFtQAAAABJRU5ErkJggg==";
    let p = h.ok("person_photo_set", json!({ "id": id, "data": png }));
    assert_eq!(
        (&p["photo"]["mime"], &p["photo"]["data"]),
        (&json!("image/png"), &json!(png)),
        "the person comes back with the photo, its type read from the bytes"
    );
    let page = h.ok("person_list", json!({}));
    assert_eq!(page["items"][0]["has_photo"], true);
    let shown = h.ok("person_photos", json!({ "ids": [id, NO_SUCH_ID] }));
    assert_eq!(shown.as_array().map(Vec::len), Some(1), "{shown}");
    let p = h.ok("person_photo_delete", json!({ "id": id }));
    assert!(p.get("photo").is_none(), "no photo key once removed: {p}");
    assert_eq!(h.ok("person_sources", json!({ "id": id })), json!([]));
}
