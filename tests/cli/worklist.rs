//! `person list` as a work list and `smart-list …`: relationship filters and sorts from scripts, saved filters with live counts, exported as these people.

use crate::support::{error_body, shell, stderr};
use serde_json::Value;

fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("an array of people")
        .iter()
        .map(|p| p["display_name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn person_list_filters_the_never_contacted_and_sorts_by_audience() {
    let sh = shell();
    sh.add(&["--name", "Nadia Never", "--stage", "contacted"]);
    sh.add(&[
        "--name",
        "Carl Cold",
        "--handle",
        "instagram:@carlcold",
        "--audience",
        "150000",
    ]);
    sh.add(&[
        "--name",
        "Dana Due",
        "--handle",
        "tiktok:@danadue",
        "--audience",
        "12500",
    ]);
    sh.ok(&["log", "carl", "--kind", "email", "--at", "yesterday"]);
    sh.ok(&["log", "dana", "--kind", "call", "--at", "yesterday"]);

    let never = sh.json(&["person", "list", "--never-contacted", "--json"]);
    assert_eq!(names(&never), ["Nadia Never"], "{never}");
    let recent = sh.json(&["person", "list", "--contacted-within", "7", "--json"]);
    assert_eq!(names(&recent), ["Carl Cold", "Dana Due"]);
    let big = sh.json(&["person", "list", "--sort", "audience", "--desc", "--json"]);
    assert_eq!(
        names(&big),
        ["Carl Cold", "Dana Due", "Nadia Never"],
        "the biggest first, no audience known last"
    );
    let both = sh.json(&[
        "person",
        "list",
        "--audience-min",
        "100000",
        "--audience-platform",
        "instagram",
        "--contacted-within",
        "7",
        "--json",
    ]);
    assert_eq!(names(&both), ["Carl Cold"], "two filters hold together");

    let out = sh.run(&["person", "list", "--created-from", "22/11/2026", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a date that is not one is invalid input"
    );
    let body = error_body(&out);
    assert_eq!(body["code"], "validation", "{}", stderr(&out));
    assert!(
        body.to_string().contains("YYYY-MM-DD"),
        "the message says how to write the date: {body}"
    );
}

#[test]
fn a_smart_list_is_saved_counted_shown_exported_and_deleted() {
    let sh = shell();
    sh.add(&["--name", "Nadia Never"]);
    sh.add(&["--name", "Carl Cold"]);
    sh.ok(&["log", "carl", "--kind", "email", "--at", "yesterday"]);

    let id = sh
        .ok(&[
            "smart-list",
            "add",
            "Never contacted",
            "--never-contacted",
            "--sort",
            "audience",
            "--desc",
        ])
        .trim()
        .to_string();
    assert_eq!(
        id.len(),
        36,
        "`smart-list add` prints only the new id: {id:?}"
    );
    let ls = sh.json(&["smart-list", "ls", "--json"]);
    assert_eq!(
        (
            ls[0]["name"].as_str(),
            ls[0]["count"].as_u64(),
            ls[0]["sort"].as_str()
        ),
        (Some("Never contacted"), Some(1), Some("audience")),
        "{ls}"
    );
    assert!(sh.ok(&["smart-list", "ls"]).contains("Never contacted"));

    let shown = sh.json(&["smart-list", "show", "never CONTACTED", "--json"]);
    assert_eq!(
        names(&shown["people"]),
        ["Nadia Never"],
        "by name, case aside: {shown}"
    );
    sh.add(&["--name", "Zoé New"]);
    let again = sh.json(&["smart-list", "show", &id, "--json"]);
    assert_eq!(
        names(&again["people"]),
        // Its order: audience descending; neither has one, so the newest first.
        ["Zoé New", "Nadia Never"],
        "whoever matches now, not who matched when it was saved"
    );

    let csv = sh.ok(&["export", "csv", "--smart-list", "Never contacted"]);
    assert!(
        csv.contains("Nadia Never") && csv.contains("Zoé New"),
        "{csv}"
    );
    assert!(!csv.contains("Carl Cold"), "only its people: {csv}");

    let dup = sh.run(&["smart-list", "add", "never contacted", "--json"]);
    assert_eq!(dup.status.code(), Some(2), "names are unique, case aside");

    sh.ok(&["smart-list", "delete", &id]);
    assert_eq!(
        sh.json(&["smart-list", "ls", "--json"]),
        serde_json::json!([])
    );
    assert_eq!(
        names(&sh.json(&["person", "list", "--json"])).len(),
        3,
        "nobody left the book"
    );
}
