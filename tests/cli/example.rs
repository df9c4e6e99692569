//! The example from the issue, verbatim: it is the promise the command line was built to keep.

use crate::support::{ids, shell};

#[test]
fn the_issue_example_works_on_a_fresh_database() {
    let sh = shell();
    assert!(
        !sh.db.exists(),
        "the example starts from no database at all"
    );
    let out = sh.ok(&[
        "person",
        "add",
        "--name",
        "Amélie Dubois",
        "--city",
        "Montréal",
        "--country",
        "CA",
        "--email",
        "amelie@example.fr",
        "--handle",
        "instagram:@AmelieD",
    ]);
    let id = out.trim().to_string();
    assert_eq!(
        id.len(),
        36,
        "add prints the new id and nothing else: {out:?}"
    );
    assert!(sh.db.exists(), "the first add creates the database file");

    let found = sh.json(&["search", "amelie", "--json"]);
    assert_eq!(
        ids(&found),
        vec![id.clone()],
        "`amelie` without its accent must find Amélie, and only her"
    );
    let p = &found[0];
    assert_eq!(
        p["display_name"], "Amélie Dubois",
        "the name is stored as typed, accent included"
    );
    assert_eq!(p["city"], "Montréal", "the city keeps its accent too");
    assert_eq!(p["country"], "CA");
    assert_eq!(
        p["primary_handle"], "instagram:amelied",
        "the handle is normalised: no @, lower case because Instagram ignores case"
    );
    assert_eq!(p["archived"], false);

    let by_city = sh.json(&["search", "montreal", "--json"]);
    assert_eq!(
        ids(&by_city),
        vec![id],
        "searching the city without its accent must find her too"
    );
    assert_eq!(by_city[0]["display_name"], "Amélie Dubois");
}

#[test]
fn the_example_also_reads_well_without_json() {
    let sh = shell();
    sh.add(&[
        "--name",
        "Amélie Dubois",
        "--city",
        "Montréal",
        "--country",
        "CA",
        "--handle",
        "instagram:@AmelieD",
    ]);
    let table = sh.ok(&["search", "montreal"]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 2, "a heading and one row: {table}");
    assert!(
        lines[0].starts_with("NAME"),
        "the table opens with its headings: {table}"
    );
    assert!(
        lines[1].contains("Amélie Dubois") && lines[1].contains("Montréal, CA"),
        "the row shows the name and the place as typed: {table}"
    );
}
