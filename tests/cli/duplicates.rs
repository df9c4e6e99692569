//! `liaison duplicates`, `duplicates dismiss`, `person merge` and `undo-merge` on a planted test book: candidates with reasons and ids, a merge that moves the timeline, and its undo.

use crate::support::{error_body, shell, stderr, Shell};
use serde_json::Value;

/// A book with three planted pairs (an e-mail, a handle, a transposed name) and strangers.
fn planted(sh: &Shell) -> [String; 6] {
    let a = sh.add(&[
        "--name",
        "Camille Roux",
        "--email",
        "Camille.Roux@example.com",
    ]);
    let b = sh.add(&[
        "--name",
        "Studio Lumen",
        "--email",
        "camille.roux@example.com",
    ]);
    let c = sh.add(&[
        "--name",
        "Hugo Martin",
        "--handle",
        "instagram:@hugo.travels",
    ]);
    let d = sh.add(&[
        "--name",
        "Hugo Travels",
        "--handle",
        "instagram:https://instagram.com/hugo.travels",
    ]);
    let e = sh.add(&["--first", "Amélie", "--last", "Dubois"]);
    let f = sh.add(&["--name", "DUBOIS Amélie"]);
    for n in [
        "Marie Lefèvre",
        "Marie Bernard",
        "Paul Dubois",
        "Lucas Martin",
    ] {
        sh.add(&["--name", n]);
    }
    [a, b, c, d, e, f]
}

fn pairs(v: &Value) -> Vec<(String, String, Vec<String>)> {
    let mut out = Vec::new();
    for g in v["groups"].as_array().unwrap() {
        for p in g["pairs"].as_array().unwrap() {
            let (a, b) = (p["a"].as_str().unwrap(), p["b"].as_str().unwrap());
            let (a, b) = if a < b { (a, b) } else { (b, a) };
            let reasons = p["matches"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["reason"].as_str().unwrap().to_string())
                .collect();
            out.push((a.to_string(), b.to_string(), reasons));
        }
    }
    out.sort();
    out
}

fn sorted(a: &str, b: &str, reason: &str) -> (String, String, Vec<String>) {
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    (a.into(), b.into(), vec![reason.into()])
}

#[test]
fn duplicates_lists_the_planted_pairs_and_forgets_a_dismissed_one() {
    let sh = shell();
    let [a, b, c, d, e, f] = planted(&sh);
    let v = sh.json(&["duplicates", "--json"]);
    let mut want = vec![
        sorted(&a, &b, "email"),
        sorted(&c, &d, "handle"),
        sorted(&e, &f, "name"),
    ];
    want.sort();
    assert_eq!(
        pairs(&v),
        want,
        "exactly the planted pairs, for their reasons: {v}"
    );
    assert_eq!(v["scanned"], 10);
    let text = sh.ok(&["duplicates"]);
    assert!(
        text.contains("same e-mail: camille.roux@example.com") && text.contains(&a),
        "the table names the reason, the value and the ids:\n{text}"
    );
    assert!(text.contains("95%"), "confidence shown:\n{text}");
    let one = sh.ok(&["duplicates", "--limit", "1"]);
    assert!(
        one.contains("camille.roux@example.com") && !one.contains("hugo.travels"),
        "--limit keeps the most certain groups:\n{one}"
    );
    assert!(
        one.contains("and 2 more group(s)"),
        "and says how many it left out:\n{one}"
    );
    sh.ok(&["duplicates", "dismiss", &e, "DUBOIS Amélie"]);
    let v = sh.json(&["duplicates", "--json"]);
    assert_eq!(
        pairs(&v).len(),
        2,
        "the dismissed pair is not listed again: {v}"
    );
    let out = sh.run(&["duplicates", "dismiss", &e, "nobody-at-all", "--json"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
}

#[test]
fn merge_moves_everything_and_undo_merge_takes_it_back() {
    let sh = shell();
    let [a, b, ..] = planted(&sh);
    sh.ok(&["log", &b, "--kind", "email", "--body", "brief reçu"]);
    sh.ok(&["note", "add", &b, "préfère les e-mails"]);
    let before = sh.json(&["person", "show", &a, "--json"]);
    let m = sh.json(&[
        "person",
        "merge",
        &a,
        &b,
        "--keep-both",
        "--take",
        "bio",
        "--json",
    ]);
    assert_eq!(m["person"]["id"], a.as_str(), "{m}");
    assert_eq!(m["merged_id"], b.as_str());
    assert_eq!(
        m["person"]["emails"].as_array().unwrap().len(),
        1,
        "the same address (case aside) is kept once: {m}"
    );
    let old = sh.json(&["person", "show", &b, "--json"]);
    assert_eq!(old["id"], a.as_str(), "the old id shows the survivor");
    let timeline = sh.ok(&["timeline", &a]);
    assert!(
        timeline.contains("brief reçu"),
        "the interaction moved:\n{timeline}"
    );
    let notes = sh.ok(&["note", "list", &a]);
    assert!(
        notes.contains("préfère les e-mails"),
        "the note moved:\n{notes}"
    );
    let v = sh.json(&["duplicates", "--json"]);
    assert_eq!(pairs(&v).len(), 2, "the merged pair is gone: {v}");

    let merge_id = m["merge_id"].as_str().unwrap();
    let text = sh.ok(&["undo-merge", merge_id]);
    assert!(text.contains("two people again"), "{text}");
    let back = sh.json(&["person", "show", &a, "--json"]);
    assert_eq!(back, before, "the survivor is exactly as before");
    let other = sh.json(&["person", "show", &b, "--json"]);
    assert_eq!(
        other["display_name"], "Studio Lumen",
        "the other is back under their id"
    );
    let again = sh.run(&["undo-merge", merge_id, "--json"]);
    assert_eq!(
        again.status.code(),
        Some(3),
        "undone once: {}",
        stderr(&again)
    );
}

#[test]
fn merge_refuses_an_unknown_field_and_oneself() {
    let sh = shell();
    let [a, b, ..] = planted(&sh);
    let out = sh.run(&["person", "merge", &a, &b, "--take", "shoe_size", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    let body = error_body(&out);
    assert!(
        body["message"].as_str().unwrap().contains("shoe_size"),
        "the message names the bad field: {body}"
    );
    let out = sh.run(&["person", "merge", &a, &a, "--json"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}
