//! `liaison export … --smart-list / --ids / --where-…`: some people as a bundle (and CSV), with what is theirs, for a teammate's empty book.

use crate::support::shell;
use serde_json::Value;

fn bundle_names(v: &Value) -> Vec<String> {
    let mut n: Vec<String> = v["people"]
        .as_array()
        .expect("a people section")
        .iter()
        .map(|p| p["display_name"].as_str().unwrap().to_string())
        .collect();
    n.sort();
    n
}

#[test]
fn a_smart_list_a_filter_or_ids_export_as_a_bundle_of_those_people() {
    let sh = shell();
    let nadia = sh.add(&["--name", "Nadia Never", "--stage", "engaged"]);
    sh.add(&["--name", "Carl Cold", "--stage", "engaged"]);
    sh.add(&["--name", "Zoé Other"]);
    sh.ok(&["log", "carl", "--kind", "email", "--at", "yesterday"]);
    sh.ok(&["note", "add", "carl", "Prefers DMs"]);
    sh.ok(&["smart-list", "add", "Never contacted", "--never-contacted"]);

    let smart = sh.json(&["export", "json", "--smart-list", "Never contacted"]);
    assert_eq!(
        bundle_names(&smart),
        ["Nadia Never", "Zoé Other"],
        "a smart list's bundle holds whoever it matches now"
    );

    let engaged = sh.json(&["export", "json", "--where-stage", "engaged"]);
    assert_eq!(bundle_names(&engaged), ["Carl Cold", "Nadia Never"]);
    assert_eq!(
        engaged["manifest"]["counts"]["interactions"], 1,
        "with Carl's interaction: {}",
        engaged["manifest"]
    );
    assert_eq!(engaged["manifest"]["counts"]["notes"], 1, "and his note");

    let picked = sh.json(&["export", "json", "--ids", &nadia]);
    assert_eq!(bundle_names(&picked), ["Nadia Never"]);
    let csv = sh.ok(&["export", "csv", "--where-stage", "engaged"]);
    assert!(csv.contains("Carl Cold") && !csv.contains("Zoé"), "{csv}");

    let both = sh.run(&[
        "export",
        "json",
        "--ids",
        &nadia,
        "--smart-list",
        "Never contacted",
    ]);
    assert_eq!(
        both.status.code(),
        Some(2),
        "people picked twice over is refused, not one of them silently"
    );
    let all = sh.json(&["export", "json"]);
    assert_eq!(bundle_names(&all).len(), 3, "no filter: the whole book");
}
