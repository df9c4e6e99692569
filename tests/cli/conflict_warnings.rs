//! Issue 16's warnings from the command line, as the app's forms give them before saving: "do not contact" on `log` and `followup add`, a competitor's ambassador or a running exclusivity on `followup add`, `list put` and `attend`; on stderr, never a refusal, and a `warnings` field with `--json`. Also `person add --via` (who introduced them) and the dossier's Conflicts section in English and French (`export dossier --lang`).

use crate::support::{error_body, shell, stderr, stdout, Shell};
use serde_json::Value;
use std::process::Output;

/// Sunday 22 November 2026, 10:00 UTC (the test books' zone is UTC).
const NOW: &str = "2026-11-22T10:00:00Z";

pub(crate) fn at(sh: &Shell, args: &[&str]) -> Output {
    sh.run_at(NOW, args)
}

pub(crate) fn ok(sh: &Shell, args: &[&str]) -> Output {
    let out = at(sh, args);
    assert!(
        out.status.success(),
        "{args:?} must not refuse: {}",
        stderr(&out)
    );
    out
}

pub(crate) fn json(sh: &Shell, args: &[&str]) -> Value {
    serde_json::from_slice(&ok(sh, args).stdout).expect("--json prints JSON")
}

/// The `warning:` lines of a command's stderr.
fn warnings(out: &Output) -> Vec<String> {
    stderr(out)
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .map(str::to_string)
        .collect()
}

/// Ana: a competitor's ambassador; Chloé: exclusive with a brand not ours; Eli: do not contact;
/// Gus: nothing.
pub(crate) fn planted() -> (Shell, [String; 4]) {
    let sh = shell();
    let ana = sh.add(&["--name", "Ana Costa"]);
    let chloe = sh.add(&["--name", "Chloé Martin"]);
    let eli = sh.add(&["--name", "Eli Moreau", "--stage", "do-not-contact"]);
    let gus = sh.add(&["--name", "Gus Petit"]);
    ok(&sh, &["org", "add", "Lumière Cosmetics", "--kind", "brand"]);
    ok(&sh, &["org", "side", "Lumière Cosmetics", "competitor"]);
    ok(&sh, &["org", "add", "Glow & Co", "--kind", "brand"]);
    ok(
        &sh,
        &[
            "affiliation",
            "add",
            &ana,
            "Lumière Cosmetics",
            "--kind",
            "ambassador",
            "--since",
            "2026-01-01",
        ],
    );
    ok(
        &sh,
        &[
            "affiliation",
            "add",
            &chloe,
            "Glow & Co",
            "--kind",
            "exclusive",
            "--since",
            "2026-06-01",
        ],
    );
    (sh, [ana, chloe, eli, gus])
}

#[test]
fn log_and_followup_warn_of_do_not_contact_and_go_on() {
    let (sh, [ana, _, eli, gus]) = planted();
    let out = ok(&sh, &["log", &eli, "--kind", "call"]);
    assert_eq!(
        warnings(&out),
        vec!["warning: Eli Moreau: do not contact"],
        "logging with someone marked \"do not contact\" warns"
    );
    assert_eq!(
        stdout(&out).trim().len(),
        36,
        "and logs all the same: the new id"
    );
    // Logging warns only of "do not contact" (it already happened): Ana's brand is not its
    // business, and Gus has nothing.
    assert!(warnings(&ok(&sh, &["log", &ana, &gus, "--kind", "dm"])).is_empty());

    let logged = json(&sh, &["--json", "log", &eli, "--kind", "email"]);
    assert_eq!(logged["kind"], "email", "the interaction's own fields stay");
    assert_eq!(logged["warnings"].as_array().unwrap().len(), 1);
    assert_eq!(logged["warnings"][0]["kind"], "do_not_contact");
    assert_eq!(logged["warnings"][0]["person_id"], eli.as_str());
    let quiet = json(&sh, &["--json", "log", &gus, "--kind", "email"]);
    assert_eq!(
        quiet["warnings"],
        serde_json::json!([]),
        "no conflict: an empty list"
    );

    // Planning a follow-up warns of every conflict.
    let out = ok(
        &sh,
        &[
            "followup",
            "add",
            &eli,
            &ana,
            "--title",
            "Check in",
            "--due",
            "2026-12-01",
        ],
    );
    let said = warnings(&out);
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(said.contains(&"warning: Eli Moreau: do not contact".to_string()));
    assert!(
        said.contains(
            &"warning: Ana Costa: ambassador of a competitor, Lumière Cosmetics (2026-01-01 → …)"
                .to_string()
        ),
        "{said:?}"
    );
    let planned = json(
        &sh,
        &[
            "--json",
            "followup",
            "add",
            &eli,
            "--title",
            "Again",
            "--due",
            "2026-12-02",
        ],
    );
    assert_eq!(planned["title"], "Again");
    assert_eq!(planned["warnings"][0]["kind"], "do_not_contact");
    let followups = json(&sh, &["--json", "followup", "list", "--person", &eli]);
    assert_eq!(
        followups.as_array().unwrap().len(),
        2,
        "a warning never refuses: both follow-ups were planned"
    );
}

#[test]
fn list_put_and_attend_warn_of_brand_conflicts() {
    let (sh, [ana, chloe, eli, gus]) = planted();
    ok(&sh, &["list", "add", "PFW"]);
    let out = ok(&sh, &["list", "put", "PFW", &ana, &gus, &eli]);
    assert_eq!(
        warnings(&out),
        vec!["warning: Ana Costa: ambassador of a competitor, Lumière Cosmetics (2026-01-01 → …)"],
        "a list warns of brand conflicts, not of \"do not contact\" (as the app's list does)"
    );
    let put = json(&sh, &["--json", "list", "put", "PFW", &chloe]);
    assert_eq!(put["member_count"], 4, "everyone was added");
    assert_eq!(put["warnings"][0]["kind"], "exclusive");
    assert_eq!(put["warnings"][0]["brand_name"], "Glow & Co");

    let event = stdout(&ok(
        &sh,
        &[
            "event",
            "add",
            "--name",
            "VivaTech 2030",
            "--start",
            "2030-06-11",
            "--end",
            "2030-06-14",
        ],
    ))
    .trim()
    .to_string();
    let out = ok(&sh, &["attend", &event, &chloe]);
    assert_eq!(
        warnings(&out),
        vec!["warning: Chloé Martin: exclusive with Glow & Co (2026-06-01 → …)"]
    );
    assert!(
        stdout(&out).contains("Chloé Martin is at VivaTech 2030"),
        "added all the same"
    );
    // Changing the part of someone already there is not adding them: no second warning.
    let again = json(
        &sh,
        &["--json", "attend", &event, &chloe, "--status", "confirmed"],
    );
    assert_eq!(again["warnings"], serde_json::json!([]));
    assert_eq!(again["status"], "confirmed");
    let line = json(&sh, &["--json", "attend", &event, &ana]);
    assert_eq!(line["warnings"][0]["kind"], "competitor");
    assert!(warnings(&ok(&sh, &["attend", &event, &gus])).is_empty());
}

#[test]
fn person_add_via_records_who_introduced_them_or_creates_no_one() {
    let sh = shell();
    let kwame = sh.add(&["--name", "Kwame Mensah"]);
    let out = ok(
        &sh,
        &["person", "add", "--name", "Amélie Dubois", "--via", "kwame"],
    );
    let amelie = stdout(&out).trim().to_string();
    assert_eq!(amelie.len(), 36, "still prints only the new id");
    assert!(
        stderr(&out).contains("Introduced by Kwame Mensah."),
        "{}",
        stderr(&out)
    );
    let ties = json(&sh, &["--json", "connections", &amelie]);
    assert_eq!(ties.as_array().unwrap().len(), 1);
    assert_eq!(ties[0]["kind"], "introduced");
    assert_eq!(ties[0]["other_id"], kwame.as_str());
    assert_eq!(ties[0]["outgoing"], false, "she was introduced by him");
    assert!(ok(&sh, &["connections", "Kwame Mensah"])
        .stdout
        .starts_with(b"WHO"));
    assert!(stdout(&ok(&sh, &["connections", "Kwame Mensah"])).contains("introduced them"));

    let count = || {
        json(&sh, &["--json", "person", "list"])
            .as_array()
            .unwrap()
            .len()
    };
    let before = count();
    let out = at(
        &sh,
        &[
            "--json",
            "person",
            "add",
            "--name",
            "Zoé Adam",
            "--via",
            "nobody",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(3),
        "an unknown introducer is not found"
    );
    assert!(error_body(&out)["message"]
        .as_str()
        .unwrap()
        .contains("no one named 'nobody'"));
    sh.add(&["--name", "Kwame Asante"]);
    let out = at(
        &sh,
        &["person", "add", "--name", "Zoé Adam", "--via", "kwame"],
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "an ambiguous introducer: {}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("matches 2 people"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        count(),
        before + 1,
        "neither Zoé was created (only Kwame Asante was)"
    );
}

#[test]
fn the_dossier_names_the_conflicts_in_english_or_french() {
    let (sh, [ana, ..]) = planted();
    let en = stdout(&ok(&sh, &["export", "dossier", "--person", &ana]));
    assert!(en.contains("<html lang=\"en\">"), "English unless asked");
    assert!(en.contains("<h2>Conflicts</h2>"), "{en}");
    assert!(en.contains("Ambassador of a competitor: Lumière Cosmetics (2026-01-01 → …)"));
    let fr = stdout(&ok(
        &sh,
        &["export", "dossier", "--person", &ana, "--lang", "fr"],
    ));
    assert!(fr.contains("<html lang=\"fr\">"));
    assert!(fr.contains("<h2>Conflits</h2>"), "{fr}");
    assert!(fr.contains("Égérie chez un concurrent : Lumière Cosmetics (2026-01-01 → …)"));
    assert!(
        fr.contains("Ouvrir dans Liaison"),
        "the whole dossier is in French"
    );
    let path = sh.dir.path().join("ana.html");
    ok(
        &sh,
        &[
            "export",
            "dossier",
            "--person",
            &ana,
            "--lang",
            "FR",
            "-o",
            path.to_str().unwrap(),
        ],
    );
    assert!(std::fs::read_to_string(&path).unwrap().contains("Conflits"));

    let bad = at(
        &sh,
        &["export", "dossier", "--person", &ana, "--lang", "de"],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("en or fr"), "{}", stderr(&bad));
    let csv = at(&sh, &["export", "csv", "--lang", "fr"]);
    assert_eq!(csv.status.code(), Some(2), "--lang is the dossier's only");
    assert!(
        stderr(&csv).contains("--lang applies to `export dossier` and `export everything` only"),
        "{}",
        stderr(&csv)
    );
}
