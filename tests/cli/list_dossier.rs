//! `liaison export dossier --list / --smart-list`: a list's printable sheet from the command line, in English or French, every member on a line with their conflicts, and a smart list's sheet holding whoever it holds now.

use crate::conflict_warnings::{at, ok, planted};
use crate::support::{stderr, stdout};

/// The `<tr>` of the sheet holding `name`'s link text.
fn row<'a>(html: &'a str, name: &str) -> &'a str {
    html.split("<tr>")
        .find(|r| r.contains(&format!(">{name}</a>")))
        .unwrap_or_else(|| panic!("{name} has a line on the sheet: {html}"))
}

#[test]
fn a_lists_sheet_flags_its_members_in_english_or_french() {
    let (sh, [ana, _chloe, eli, gus]) = planted();
    ok(&sh, &["list", "add", "PFW"]);
    ok(&sh, &["list", "put", "PFW", &ana, &gus, &eli]);
    let en = stdout(&ok(&sh, &["export", "dossier", "--list", "PFW"]));
    assert!(
        en.contains("<h1>PFW</h1>") && en.contains("3 people"),
        "{en}"
    );
    assert!(en.contains("2 people have a conflict"), "{en}");
    assert!(row(&en, "Ana Costa")
        .contains("⚠ Ambassador of a competitor: Lumière Cosmetics (2026-01-01 → …)"));
    assert!(row(&en, "Eli Moreau").contains("⚠ Do not contact"));
    assert!(!row(&en, "Gus Petit").contains('⚠'), "Gus has no conflict");
    assert!(
        !en.contains("Chloé"),
        "Chloé is not on the list, so not on its sheet"
    );

    let fr = stdout(&ok(
        &sh,
        &["export", "dossier", "--list", "PFW", "--lang", "fr"],
    ));
    assert!(
        fr.contains("<html lang=\"fr\">") && fr.contains("3 personnes"),
        "{fr}"
    );
    assert!(row(&fr, "Eli Moreau").contains("⚠ Ne pas contacter"));

    let out = sh.dir.path().join("pfw.html");
    ok(
        &sh,
        &[
            "export",
            "dossier",
            "--list",
            "PFW",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        en,
        "--out writes what stdout shows"
    );

    ok(
        &sh,
        &["smart-list", "add", "Never contacted", "--never-contacted"],
    );
    let smart = stdout(&ok(
        &sh,
        &["export", "dossier", "--smart-list", "Never contacted"],
    ));
    assert!(
        smart.contains("<h1>Never contacted</h1>") && smart.contains("4 people"),
        "{smart}"
    );
    assert!(smart.contains("3 people have a conflict"), "{smart}");
    assert!(row(&smart, "Chloé Martin").contains("⚠ Exclusive with Glow &amp; Co"));

    let unknown = at(&sh, &["export", "dossier", "--list", "Nope"]);
    assert_ne!(unknown.status.code(), Some(0), "an unknown list is refused");
    assert!(stderr(&unknown).contains("Nope"), "{}", stderr(&unknown));
}
