//! Bad input gets a message saying what is wrong and where, a non-zero exit, and nothing half-done.

use crate::support::{error_body, shell, stderr, stdout};

#[test]
fn a_validation_error_names_the_field_and_saves_nothing() {
    let sh = shell();
    sh.add(&["--name", "Already here"]);
    let out = sh.run(&[
        "person",
        "add",
        "--name",
        "Amélie Dubois",
        "--email",
        "amelie-at-example.fr",
        "--country",
        "Canada",
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "invalid input exits 2, as --help documents"
    );
    let err = stderr(&out);
    assert!(
        err.contains("--email") && err.contains("emails.0") && err.contains("e-mail address"),
        "the message points at the flag and the field, and says what is wrong: {err}"
    );
    assert!(
        err.contains("--country"),
        "every bad field is reported at once, not one per attempt: {err}"
    );
    assert!(
        stdout(&out).is_empty(),
        "no id is printed for a refused add"
    );
    let all = sh.json(&["person", "list", "--json"]);
    assert_eq!(
        all.as_array().map(Vec::len),
        Some(1),
        "a refused add saves nothing"
    );
}

#[test]
fn with_json_the_error_body_is_the_last_line_of_stderr() {
    let sh = shell();
    let out = sh.run(&["person", "add", "--json", "--name", "X", "--resonance", "7"]);
    assert_eq!(out.status.code(), Some(2));
    let body = error_body(&out);
    assert_eq!(body["code"], "validation", "scripts branch on the code");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "a message to show"
    );
    assert_eq!(
        body["fields"][0]["field"], "resonance",
        "fields use the core's names, as the app's forms do"
    );
    assert!(
        body["fields"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("1 to 5")),
        "the field message says what is allowed: {body}"
    );
    assert!(
        stdout(&out).is_empty(),
        "stdout stays empty so a pipe to jq sees nothing rather than half a result"
    );
}

#[test]
fn a_name_is_required() {
    let sh = shell();
    let out = sh.run(&["person", "add", "--city", "Paris", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--name"),
        "the message tells which flag gives a name: {}",
        stderr(&out)
    );
    assert_eq!(error_body(&out)["fields"][0]["field"], "display_name");
}

#[test]
fn an_unknown_platform_is_refused_with_the_known_ones_listed() {
    let sh = shell();
    let out = sh.run(&[
        "person",
        "add",
        "--name",
        "Tom",
        "--handle",
        "myspace:tom",
        "--json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown platform is invalid input"
    );
    let err = stderr(&out);
    assert!(
        err.contains("unknown platform 'myspace'") && err.contains("instagram"),
        "the message names the bad platform and lists the good ones: {err}"
    );
    let body = error_body(&out);
    assert_eq!(body["code"], "validation");
    assert_eq!(
        body["fields"][0]["field"], "--handle",
        "the field is the flag that was wrong"
    );
    assert!(
        !sh.db.exists(),
        "nothing was written: the command line was refused before the book was opened"
    );

    let out = sh.run(&["person", "add", "--name", "Tom", "--handle", "tom"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("PLATFORM:HANDLE"),
        "a handle without a platform explains the expected form: {}",
        stderr(&out)
    );
}

#[test]
fn platform_spellings_people_type_are_accepted() {
    let sh = shell();
    let saved = sh.json(&[
        "person",
        "add",
        "--name",
        "Joel",
        "--handle",
        "Twitter:@JoelBackaler",
        "--handle",
        "IG:joel",
        "--json",
    ]);
    let channels = &saved["person"]["channels"];
    assert_eq!(channels[0]["platform"], "x", "Twitter is X");
    assert_eq!(channels[1]["platform"], "instagram", "IG is Instagram");
}

#[test]
fn an_audience_needs_a_handle_before_it() {
    let sh = shell();
    let out = sh.run(&[
        "person",
        "add",
        "--name",
        "Tom",
        "--audience",
        "10k",
        "--handle",
        "x:tom",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--handle"),
        "the message says an --audience follows its --handle: {}",
        stderr(&out)
    );
}

#[test]
fn reading_a_database_that_does_not_exist_says_so_and_creates_nothing() {
    let sh = shell();
    for args in [
        vec!["search", "amelie", "--json"],
        vec!["person", "list", "--json"],
    ] {
        let out = sh.run(&args);
        assert_eq!(
            out.status.code(),
            Some(3),
            "`{}` on a missing file is not found, not an empty result that hides a typo",
            args.join(" ")
        );
        assert!(
            stderr(&out).contains("x.db"),
            "the message names the path it looked at: {}",
            stderr(&out)
        );
        assert_eq!(error_body(&out)["code"], "not_found");
    }
    assert!(!sh.db.exists(), "a read never creates a database");
}

#[test]
fn a_cursor_liaison_did_not_make_is_refused() {
    let sh = shell();
    sh.add(&["--name", "Someone"]);
    let out = sh.run(&["person", "list", "--cursor", "page-two", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(error_body(&out)["fields"][0]["field"], "cursor");
}

#[test]
fn an_unknown_kind_lists_the_possible_values() {
    let sh = shell();
    sh.add(&["--name", "Someone"]);
    let out = sh.run(&["person", "list", "--kind", "blogger"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("consumer_advocate"),
        "the message lists the kinds there are: {}",
        stderr(&out)
    );
}

#[test]
fn help_documents_the_exit_codes() {
    let sh = shell();
    let out = sh.bare().arg("--help").output().expect("liaison starts");
    assert!(out.status.success());
    let help = stdout(&out);
    for line in [
        "2  invalid input",
        "3  not found",
        "4  the database is busy",
    ] {
        assert!(
            help.contains(line),
            "scripts rely on the exit codes, so --help must list them: missing `{line}`"
        );
    }
}
