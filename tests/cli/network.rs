//! Issue 16 from the command line: organizations and their people, connections, and `liaison path` naming who can introduce us, with `--json`.

use crate::support::{shell, stderr, stdout};

#[test]
fn path_names_the_warm_introductions_and_json_gives_the_hops() {
    let sh = shell();
    let amara = sh.add(&["--name", "Amara Mensah", "--stage", "engaged"]);
    let bertrand = sh.add(&["--name", "Bertrand Lefèvre"]);
    let chloe = sh.add(&["--name", "Chloé Martin", "--stage", "collaborating"]);
    let dmitri = sh.add(&["--name", "Dmitri Ivanov"]);
    let xavier = sh.add(&["--name", "Xavier Dupont"]);
    sh.ok(&["connect", &amara, &bertrand]);
    sh.ok(&[
        "connect",
        "Bertrand Lefèvre",
        "Xavier Dupont",
        "--kind",
        "represents",
    ]);
    sh.ok(&["connect", &chloe, &xavier, "--note", "Met at VivaTech"]);
    sh.ok(&["connect", &dmitri, &xavier, "--kind", "family"]);
    assert_eq!(
        sh.ok(&["path", "Xavier Dupont"]),
        "Chloé Martin → Xavier Dupont (knows, strength 1)\n\
         Amara Mensah → Bertrand Lefèvre (knows, strength 1) → Xavier Dupont (represents, strength 3)\n",
        "the warmest paths first, only from people we are close to"
    );
    let json = sh.json(&["path", &xavier, "--json"]);
    assert_eq!(json[1]["from_id"], amara.as_str());
    assert_eq!(json[1]["hops"][1]["kind"], "represents");
    let again = sh.run(&["connect", &xavier, &chloe]);
    assert_eq!(
        again.status.code(),
        Some(2),
        "the same tie twice is refused: {}",
        stderr(&again)
    );
    let ties = sh.ok(&["connections", "Xavier Dupont"]);
    assert!(
        ties.contains("represented by them") && ties.contains("family"),
        "{ties}"
    );
    let eve = sh.add(&["--name", "Eve Adams"]);
    let lonely = sh.run(&["path", &eve]);
    assert!(
        stdout(&lonely).is_empty() && stderr(&lonely).contains("No warm path to Eve Adams"),
        "{}",
        stderr(&lonely)
    );
}

#[test]
fn an_organization_lists_its_people_and_sets_their_employer() {
    let sh = shell();
    let org = sh.ok(&[
        "org",
        "add",
        "Maison Lumière",
        "--kind",
        "talent-manager",
        "--country",
        "fr",
    ]);
    let amara = sh.add(&["--name", "Amara Mensah"]);
    sh.ok(&[
        "org",
        "join",
        &amara,
        "maison lumière",
        "--role",
        "Talent",
        "--employer",
        "--since",
        "2023-01-01",
    ]);
    let shown = sh.ok(&["org", "show", org.trim()]);
    assert!(
        shown.starts_with("Maison Lumière (talent manager, 1 people)")
            && shown.contains("Amara Mensah (employer)"),
        "{shown}"
    );
    let person = sh.json(&["person", "show", &amara, "--json"]);
    assert_eq!(
        person["employer"], "Maison Lumière",
        "the employer field follows the membership"
    );
    let bad = sh.run(&["org", "add", "Nowhere", "--country", "ZZ"]);
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
    assert!(stderr(&bad).contains("country"), "{}", stderr(&bad));
}

#[test]
fn org_edit_changes_only_what_is_given_such_as_the_kind_an_import_could_not_know() {
    let sh = shell();
    // Imports (and `org add` without --kind) make a company.
    sh.ok(&[
        "org",
        "add",
        "Le Petit Journal",
        "--website",
        "https://lpj.example",
        "--country",
        "FR",
    ]);
    let edited = sh.json(&[
        "org",
        "edit",
        "le petit journal",
        "--kind",
        "media",
        "--json",
    ]);
    assert_eq!(edited["kind"], "media", "the kind is changed");
    assert_eq!(
        edited["website"], "https://lpj.example",
        "what was not given stays"
    );
    assert_eq!(edited["country"], "FR");
    let text = sh.ok(&["org", "edit", "Le Petit Journal", "--notes", "Daily"]);
    assert_eq!(text, "Le Petit Journal (media)\n");
    let missing = sh.run(&["org", "edit", "Nowhere", "--kind", "media"]);
    assert_eq!(missing.status.code(), Some(3), "{}", stderr(&missing));
    let bad = sh.run(&["org", "edit", "Le Petit Journal", "--kind", "newspaper"]);
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
}
