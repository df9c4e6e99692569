//! The fields real contact files carry (job title, birthday) from a shell: set by flags, shown, checked, cleared.

use crate::support::shell;

#[test]
fn title_and_birthday_are_flags_shown_and_checked() {
    let sh = shell();
    let id = sh.add(&[
        "--name",
        "Inès Caron",
        "--employer",
        "Maison Verte",
        "--title",
        "Head of partnerships",
        "--birthday=--04-17",
    ]);
    let p = sh.json(&["person", "show", &id, "--json"]);
    assert_eq!(
        (&p["title"], &p["birthday"]),
        (&"Head of partnerships".into(), &"--04-17".into()),
        "a year-less birthday is written as vCard does"
    );
    let profile = sh.ok(&["person", "show", &id]);
    assert!(
        profile.contains("Head of partnerships") && profile.contains("--04-17"),
        "the readable profile shows them: {profile}"
    );
    let out = sh.run(&["person", "edit", &id, "--birthday", "1991-02-30"]);
    assert!(
        !out.status.success(),
        "a day that does not exist is refused"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--birthday"),
        "the error names the flag to fix: {err}"
    );
    let saved = sh.json(&["person", "edit", &id, "--clear", "title", "--json"]);
    assert_eq!(saved["person"]["title"], "", "--clear title empties it");
    assert_eq!(saved["person"]["birthday"], "--04-17", "the rest stays");
}
