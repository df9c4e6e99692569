//! `liaison list …` and `export --list`: lists made, filled, shown, renamed and deleted from scripts, with the usual exit codes and `--json`.

use crate::support::{error_body, shell, stderr};
use serde_json::Value;

#[test]
fn a_list_is_made_filled_shown_renamed_and_deleted() {
    let sh = shell();
    let amelie = sh.add(&["--name", "Amélie Dubois"]);
    let marc = sh.add(&["--name", "Marc Levy"]);
    let id = sh
        .ok(&["list", "add", "PFW shortlist", "--description", "Beauty"])
        .trim()
        .to_string();
    assert_eq!(id.len(), 36, "`list add` prints only the new id: {id:?}");

    let l = sh.json(&["list", "put", &id, &amelie, "Marc Levy", "--json"]);
    assert_eq!(l["member_count"], 2, "people by id or by name: {l}");
    let again = sh.json(&["list", "put", &id, &amelie, "--json"]);
    assert_eq!(
        again["member_count"], 2,
        "putting someone twice is no error"
    );

    let d = sh.json(&["list", "show", "pfw SHORTLIST", "--json"]);
    let names: Vec<&str> = d["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["display_name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Amélie Dubois", "Marc Levy"],
        "a list by its name, members in order: {d}"
    );
    let table = sh.ok(&["list", "show", &id]);
    assert!(
        table.contains("PFW shortlist (2 people)") && table.contains("Marc Levy"),
        "{table}"
    );

    sh.ok(&["list", "drop", &id, &marc]);
    let ls = sh.json(&["list", "ls", "--json"]);
    assert_eq!(ls[0]["member_count"], 1, "{ls}");
    assert!(sh.ok(&["list", "ls"]).contains("PFW shortlist"));

    sh.ok(&["list", "rename", &id, "PFW final"]);
    assert_eq!(
        sh.json(&["list", "show", &id, "--json"])["list"]["name"],
        "PFW final"
    );

    let dup = sh.ok(&["list", "add", "Other"]);
    let out = sh.run(&["list", "rename", dup.trim(), "pfw final", "--json"]);
    assert_eq!(out.status.code(), Some(2), "a taken name is invalid input");
    assert_eq!(error_body(&out)["code"], "validation", "{}", stderr(&out));

    sh.ok(&["list", "delete", &id]);
    assert_eq!(
        sh.json(&["list", "ls", "--json"]).as_array().unwrap().len(),
        1
    );
    assert_eq!(
        sh.json(&["person", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        2,
        "deleting a list keeps its people"
    );
    let out = sh.run(&["list", "show", &id]);
    assert_eq!(out.status.code(), Some(3), "a deleted list is not found");
    let out = sh.run(&["list", "put", dup.trim(), "Nobody Here"]);
    assert_eq!(out.status.code(), Some(3), "an unknown person is not found");
}

#[test]
fn export_by_list_writes_only_its_members() {
    let sh = shell();
    let amelie = sh.add(&["--name", "Amélie Dubois"]);
    sh.add(&["--name", "Outsider"]);
    let id = sh.ok(&["list", "add", "VIP"]).trim().to_string();
    sh.ok(&["list", "put", &id, &amelie]);

    let bundle: Value = serde_json::from_str(&sh.ok(&["export", "json", "--list", &id])).unwrap();
    assert_eq!(
        bundle["manifest"]["scope"],
        serde_json::json!({"kind": "list", "id": id})
    );
    assert_eq!(
        bundle["people"].as_array().unwrap().len(),
        1,
        "only the member"
    );
    assert_eq!(bundle["people"][0]["id"], amelie);
    assert_eq!(bundle["lists"][0]["name"], "VIP");

    let csv = sh.ok(&["export", "csv", "--list", "vip"]);
    assert_eq!(csv.lines().count(), 2, "a header and the member:\n{csv}");
    assert!(!csv.contains("Outsider"));
    let vcf = sh.ok(&["export", "vcard", "--list", &id]);
    assert_eq!(vcf.matches("BEGIN:VCARD").count(), 1, "{vcf}");

    let out = sh.run(&["export", "ics", "--list", &id]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "ics has no list scope: {}",
        stderr(&out)
    );
    let out = sh.run(&["export", "json", "--list", "nope"]);
    assert_eq!(out.status.code(), Some(3));
}
