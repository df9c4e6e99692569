//! Issue 16's brands from the command line: `liaison org side`, `liaison affiliation add|ls|end|rm` with `--json`, and conflicts named in `liaison person show`, on a planted book giving exactly the expected conflicts.

use crate::support::{error_body, shell, stderr, stdout, Shell};
use serde_json::Value;
use std::process::Output;

/// Sunday 22 November 2026, 10:00 UTC (the test books' zone is UTC).
const NOW: &str = "2026-11-22T10:00:00Z";

fn at(sh: &Shell, args: &[&str]) -> Output {
    sh.run_at(NOW, args)
}

fn ok(sh: &Shell, args: &[&str]) -> Output {
    let out = at(sh, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    out
}

fn json(sh: &Shell, args: &[&str]) -> Value {
    serde_json::from_slice(&ok(sh, args).stdout).expect("--json prints JSON")
}

#[test]
fn the_planted_book_names_exactly_the_expected_conflicts() {
    let sh = shell();
    let ana = sh.add(&["--name", "Ana Costa"]);
    let ben = sh.add(&["--name", "Ben Adjei"]);
    let dia = sh.add(&["--name", "Dia Nguyen"]);
    for (name, side) in [
        ("Lumière Cosmetics", "competitor"),
        ("Atelier Nord", "ours"),
    ] {
        ok(&sh, &["org", "add", name, "--kind", "brand"]);
        ok(&sh, &["org", "side", name, side]);
    }
    let orgs = json(&sh, &["--json", "org", "ls"]);
    let sides: Vec<(&str, &str)> = orgs
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["name"].as_str().unwrap(),
                o["brand_side"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        sides,
        vec![
            ("Atelier Nord", "ours"),
            ("Lumière Cosmetics", "competitor")
        ],
        "`org side` is kept and shown"
    );

    let added = ok(
        &sh,
        &[
            "affiliation",
            "add",
            &ana,
            "lumière cosmetics",
            "--kind",
            "ambassador",
            "--since",
            "2026-01-01",
        ],
    );
    let ana_tie = stdout(&added).trim().to_string();
    assert_eq!(ana_tie.len(), 36, "prints the new id");
    assert!(
        stderr(&added).contains(
            "⚠ Ana Costa: ambassador of a competitor, Lumière Cosmetics (2026-01-01 → …)"
        ),
        "adding says the conflict it makes: {}",
        stderr(&added)
    );
    ok(
        &sh,
        &[
            "affiliation",
            "add",
            &ben,
            "Lumière Cosmetics",
            "--kind",
            "paid-post",
            "--since",
            "2026-03-01",
            "--until",
            "2026-03-31",
        ],
    );
    ok(
        &sh,
        &[
            "affiliation",
            "add",
            &dia,
            "Atelier Nord",
            "--kind",
            "exclusive",
        ],
    );

    let conflicts = |id: &str| -> Vec<String> {
        let v = json(&sh, &["--json", "affiliation", "ls", id]);
        v["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                format!(
                    "{} {}",
                    c["kind"].as_str().unwrap(),
                    c["brand_name"].as_str().unwrap_or("")
                )
            })
            .collect()
    };
    assert_eq!(conflicts(&ana), vec!["competitor Lumière Cosmetics"]);
    assert!(
        conflicts(&ben).is_empty(),
        "an ended paid post is no conflict"
    );
    assert!(
        conflicts(&dia).is_empty(),
        "exclusive with our own brand is no conflict"
    );

    let shown = stdout(&ok(&sh, &["person", "show", &ana]));
    assert!(
        shown.contains("⚠ Ana Costa: ambassador of a competitor, Lumière Cosmetics"),
        "`person show` names the conflict: {shown}"
    );
    let table = stdout(&ok(&sh, &["affiliation", "ls", &ben]));
    assert!(
        table.contains("Lumière Cosmetics") && table.contains("2026-03-01 → 2026-03-31"),
        "{table}"
    );

    // Ending it today lifts the conflict; removing leaves nothing; an unknown id is not found.
    let ended = json(&sh, &["--json", "affiliation", "end", &ana_tie]);
    assert_eq!(ended["until"], "2026-11-22");
    assert!(conflicts(&ana).is_empty());
    assert!(!stdout(&ok(&sh, &["person", "show", &ana])).contains('⚠'));
    ok(&sh, &["affiliation", "rm", &ana_tie]);
    let gone = at(&sh, &["--json", "affiliation", "rm", &ana_tie]);
    assert!(!gone.status.success());
    assert_eq!(error_body(&gone)["code"], "not_found");
    let bad = at(
        &sh,
        &[
            "--json",
            "affiliation",
            "add",
            &ana,
            "Atelier Nord",
            "--kind",
            "gifted",
            "--since",
            "2026-05-01",
            "--until",
            "2026-04-01",
        ],
    );
    assert!(!bad.status.success());
    assert_eq!(
        error_body(&bad)["fields"][0]["field"],
        "until",
        "the field is named"
    );
}
