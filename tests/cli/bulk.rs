//! `liaison person bulk` and `liaison undo`: a change to everyone a filter matches or to given ids, its dry run, its undo, and a delete that asks first.

use crate::support::{error_body, shell, stderr};

#[test]
fn a_bulk_change_by_filter_is_counted_made_and_undone() {
    let sh = shell();
    let amelie = sh.add(&["--name", "Amélie Dubois", "--stage", "identified"]);
    sh.add(&["--name", "Bruno Costa"]);
    sh.add(&["--name", "Chloé Martin", "--stage", "contacted"]);
    sh.ok(&["list", "add", "PFW"]);

    let dry = sh.json(&[
        "person",
        "bulk",
        "--where-stage",
        "identified",
        "--tag",
        "PFW",
        "--list",
        "pfw",
        "--stage",
        "engaged",
        "--dry-run",
        "--json",
    ]);
    assert_eq!(
        (dry["matched"].as_u64(), dry["changed"].as_u64()),
        (Some(2), Some(2)),
        "the two identified people would change: {dry}"
    );
    let shown = sh.json(&["person", "show", &amelie, "--json"]);
    assert_eq!(shown["stage"], "identified", "a dry run changes nothing");

    let text = sh.ok(&[
        "person",
        "bulk",
        "--where-stage",
        "identified",
        "--tag",
        "PFW",
        "--list",
        "pfw",
        "--stage",
        "engaged",
    ]);
    assert!(
        text.contains("Changed 2 of the 2 people matched") && text.contains("liaison undo "),
        "says how many changed and how to undo: {text}"
    );
    let shown = sh.json(&["person", "show", &amelie, "--json"]);
    assert_eq!(shown["stage"], "engaged");
    assert_eq!(shown["tags"][0], "PFW");
    let l = sh.json(&["list", "show", "pfw", "--json"]);
    assert_eq!(l["members"].as_array().unwrap().len(), 2, "{l}");

    let undone = sh.json(&["undo", "--json"]);
    assert_eq!(undone["restored"], 2, "{undone}");
    let shown = sh.json(&["person", "show", &amelie, "--json"]);
    assert_eq!(shown["stage"], "identified", "undo puts the stage back");
    assert!(
        shown["tags"].as_array().unwrap().is_empty(),
        "and takes the tag away"
    );
    let l = sh.json(&["list", "show", "pfw", "--json"]);
    assert!(
        l["members"].as_array().unwrap().is_empty(),
        "and the memberships"
    );

    let again = sh.run(&["undo", "--json"]);
    assert_eq!(
        again.status.code(),
        Some(2),
        "nothing left to undo is invalid input"
    );
    assert!(
        error_body(&again)["message"]
            .as_str()
            .unwrap()
            .contains("no bulk change left to undo"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn bulk_by_ids_and_a_delete_that_needs_yes() {
    let sh = shell();
    let a = sh.add(&["--name", "Amélie Dubois"]);
    let b = sh.add(&["--name", "Bruno Costa"]);
    let ids = format!("{a},{b}");
    let out = sh.json(&["person", "bulk", "--ids", &ids, "--archive", "--json"]);
    assert_eq!(out["changed"], 2, "{out}");
    let id = out["undo_id"].as_str().unwrap().to_string();
    let text = sh.ok(&["undo", &id]);
    assert!(text.contains("2 people put back"), "{text}");

    let refused = sh.run(&["person", "bulk", "--ids", &a, "--delete"]);
    assert_eq!(
        refused.status.code(),
        Some(2),
        "no terminal to ask and no --yes: nothing is erased"
    );
    assert!(stderr(&refused).contains("--yes"), "{}", stderr(&refused));
    sh.ok(&["person", "show", &a]);
    let out = sh.json(&["person", "bulk", "--ids", &a, "--delete", "--yes", "--json"]);
    assert_eq!(out["changed"], 1);
    assert!(out["undo_id"].is_null(), "erasing has no undo: {out}");
    let gone = sh.run(&["person", "show", &a, "--json"]);
    assert_eq!(error_body(&gone)["code"], "not_found");
}
