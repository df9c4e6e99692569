//! Conflicts from the command line where an event's attendees are listed and in "everything about a person": `export dossier --event` flags each attendee with a conflict and says why, in English or French (`--lang fr`); `export csv --event` has a Conflicts column; `export everything --person --out --lang fr` writes the bundle and the French dossier naming their conflicts beside it.

use crate::conflict_warnings::{at, json, ok, planted};
use crate::support::{stderr, stdout};

/// The `<tr>` of the sheet holding `name`'s link text.
fn row<'a>(html: &'a str, name: &str) -> &'a str {
    html.split("<tr>")
        .find(|r| r.contains(&format!(">{name}</a>")))
        .unwrap_or_else(|| panic!("{name} has a line on the sheet: {html}"))
}

#[test]
fn the_attendee_sheet_flags_conflicts_in_english_or_french() {
    let (sh, [ana, chloe, eli, gus]) = planted();
    let event = stdout(&ok(
        &sh,
        &[
            "event",
            "add",
            "--name",
            "Salon 2030",
            "--start",
            "2030-03-01",
        ],
    ))
    .trim()
    .to_string();
    for p in [&ana, &chloe, &eli, &gus] {
        ok(&sh, &["attend", &event, p]);
    }
    let en = stdout(&ok(&sh, &["export", "dossier", "--event", &event]));
    assert!(en.contains("3 attendees have a conflict"), "{en}");
    assert!(row(&en, "Ana Costa")
        .contains("⚠ Ambassador of a competitor: Lumière Cosmetics (2026-01-01 → …)"));
    assert!(row(&en, "Eli Moreau").contains("⚠ Do not contact"));
    assert!(!row(&en, "Gus Petit").contains('⚠'), "Gus has no conflict");

    let fr = stdout(&ok(
        &sh,
        &["export", "dossier", "--event", &event, "--lang", "fr"],
    ));
    assert!(fr.contains("<html lang=\"fr\">"));
    assert!(fr.contains("3 participants présentent un conflit"), "{fr}");
    assert!(row(&fr, "Ana Costa")
        .contains("⚠ Égérie chez un concurrent : Lumière Cosmetics (2026-01-01 → …)"));
    assert!(row(&fr, "Chloé Martin").contains("⚠ Exclusivité avec Glow &amp; Co (2026-06-01 → …)"));
    assert!(row(&fr, "Eli Moreau").contains("⚠ Ne pas contacter"));
    assert!(!row(&fr, "Gus Petit").contains('⚠'));

    let csv = stdout(&ok(&sh, &["export", "csv", "--event", &event]));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert!(lines[0].ends_with(",Conflicts"), "{}", lines[0]);
    let eli_line = lines.iter().find(|l| l.starts_with("Eli Moreau,")).unwrap();
    assert!(eli_line.ends_with(",do_not_contact"), "{eli_line}");
    let gus_line = lines.iter().find(|l| l.starts_with("Gus Petit,")).unwrap();
    assert!(
        gus_line.ends_with(','),
        "no conflict, an empty cell: {gus_line}"
    );
}

#[test]
fn everything_about_a_person_writes_the_dossier_in_the_language_asked() {
    let (sh, [ana, _, _, gus]) = planted();
    let path = sh.dir.path().join("ana.json");
    let said = json(
        &sh,
        &[
            "--json",
            "export",
            "everything",
            "--person",
            &ana,
            "--out",
            path.to_str().unwrap(),
            "--lang",
            "fr",
        ],
    );
    let html = path.with_extension("html");
    assert_eq!(
        said["dossier"],
        html.to_str().unwrap(),
        "says where the dossier went"
    );
    let bundle = std::fs::read_to_string(&path).unwrap();
    assert!(bundle.contains(&ana) && bundle.contains("\"kind\":\"ambassador\""));
    let dossier = std::fs::read_to_string(&html).unwrap();
    assert!(dossier.contains("<h2>Conflits</h2>"), "{dossier}");
    assert!(dossier.contains("Égérie chez un concurrent : Lumière Cosmetics (2026-01-01 → …)"));

    let en = sh.dir.path().join("gus.json");
    ok(
        &sh,
        &[
            "export",
            "everything",
            "--person",
            &gus,
            "-o",
            en.to_str().unwrap(),
        ],
    );
    let gus_dossier = std::fs::read_to_string(en.with_extension("html")).unwrap();
    assert!(
        gus_dossier.contains("<html lang=\"en\">"),
        "English unless asked"
    );
    assert!(!gus_dossier.contains("Conflicts"), "Gus has none");

    let piped = at(&sh, &["export", "everything", "--person", &ana]);
    assert_eq!(piped.status.code(), Some(2), "two files need --out");
    assert!(stderr(&piped).contains("give --out"), "{}", stderr(&piped));
    let book = at(
        &sh,
        &["export", "everything", "--out", en.to_str().unwrap()],
    );
    assert_eq!(book.status.code(), Some(2), "everything is about a person");
}
